/**
 * Vietnamese writes the tone of "oa", "oe", "uy" (with no final consonant) in two accepted places: the old style
 * "hòa, khỏe, thủy" that most government texts still use, and the new style "hoà, khoẻ, thuỷ" that the dictionary
 * lists. Both are correct, so a syllable refused in one style is tried in the other before it is reported.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const PAIRS = ["oa", "oe", "uy"];

/** The same syllable with its tone on the other vowel of a final oa/oe/uy, or null when the question does not arise. */
export function otherTonePlacement(word: string): string | null {
  const decomposed = word.normalize("NFD");
  const tone = TONES.exec(decomposed);
  if (!tone) return null;
  const bare = decomposed.replace(TONES, "");
  const lower = bare.toLowerCase();
  const pair = PAIRS.find((p) => lower.endsWith(p));
  // After "qu" the u belongs to the consonant ("quý"), so there is only one place for the tone.
  if (!pair || (pair === "uy" && lower.endsWith("quy"))) return null;
  const firstAt = bare.length - 2;
  const toneAt = tone.index;
  // The mark sits right after its base letter in NFD (these vowels carry no other mark).
  const onFirst = toneAt === firstAt + 1;
  const onSecond = toneAt === firstAt + 2;
  if (!onFirst && !onSecond) return null;
  const at = onFirst ? bare.length : firstAt + 1;
  return `${bare.slice(0, at)}${tone[0]}${bare.slice(at)}`.normalize("NFC");
}
