/**
 * Suggestions one edit away from a flagged word, checked against the dictionary. Hunspell's own search (nspell
 * `suggest`) goes on to two edits when one finds nothing, which was measured here at several seconds for a single
 * five-letter non-Vietnamese token: too slow for a page render. One edit covers the usual slips — a doubled letter
 * ("địnnh"), an extra letter ("nghành"), a wrong tone or vowel mark (one precomposed letter), two swapped letters —
 * in about a thousand dictionary look-ups.
 */

const BASES: Record<string, string> = {
  a: "aàảãáạ",
  ă: "ăằẳẵắặ",
  â: "âầẩẫấậ",
  e: "eèẻẽéẹ",
  ê: "êềểễếệ",
  i: "iìỉĩíị",
  o: "oòỏõóọ",
  ô: "ôồổỗốộ",
  ơ: "ơờởỡớợ",
  u: "uùủũúụ",
  ư: "ưừửữứự",
  y: "yỳỷỹýỵ",
};
const VOWELS = Object.values(BASES).join("");
const LETTERS = [...new Set([..."abcdđeghiklmnopqrstuvxy", ...VOWELS])];
/** Vowels that differ only by marks ("a" family: a ă â with their tones), so a mark slip ranks before other edits. */
const FAMILY = new Map<string, string>();
for (const family of ["aăâ", "eê", "i", "oôơ", "uư", "y"]) {
  const members = [...family].map((b) => BASES[b] ?? "").join("");
  for (const ch of members) FAMILY.set(ch, members);
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const toneOf = (w: string) => TONE.exec(w.normalize("NFD"))?.[0] ?? "";
/** Vowels after which Vietnamese spells the initial "ngh", "gh", "k" instead of "ng", "g", "c". */
const FRONT = /^[iìỉĩíịeèẻẽéẹêềểễếệ]/u;

/** The spelling rules of initial consonants: "nghành" → "ngành", "ngiêm" → "nghiêm", "kác" → "các". */
function initialRule(word: string): string[] {
  const m = /^(ngh|ng|gh|g|k|c)(.*)$/u.exec(word);
  if (!m) return [];
  const [, initial = "", rest = ""] = m;
  const front = FRONT.test(rest);
  const swap: Record<string, string> = front
    ? { ng: "ngh", g: "gh", c: "k" }
    : { ngh: "ng", gh: "g", k: "c" };
  const other = swap[initial];
  // "gi" is its own initial ("giá", "gìn"), never "ghi" by mistake.
  if (!other || (initial === "g" && rest.startsWith("i"))) return [];
  return [other + rest];
}

/** Final consonants that regional speech merges, so writers swap them: "tỉng" → "tỉnh", "chíng" → "chính". */
const FINAL_SWAPS: [string, string][] = [
  ["ng", "nh"],
  ["nh", "ng"],
  ["n", "ng"],
  ["t", "c"],
  ["c", "t"],
  ["ch", "c"],
];

function finalRule(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of FINAL_SWAPS) {
    if (
      word.endsWith(from) &&
      !(from === "n" && word.endsWith("nh")) &&
      !(from === "c" && word.endsWith("ch"))
    ) {
      out.push(word.slice(0, -from.length) + to);
    }
  }
  return out;
}

function candidates(word: string): string[][] {
  const chars = [...word];
  const at = (i: number, replacement: string, skip = 1) =>
    chars.slice(0, i).join("") + replacement + chars.slice(i + skip).join("");
  const doubled: string[] = [];
  const marks: string[] = [];
  const deletions: string[] = [];
  const swaps: string[] = [];
  const substitutions: string[] = [];
  const insertions: string[] = [];
  chars.forEach((ch, i) => {
    (ch === chars[i - 1] ? doubled : deletions).push(at(i, ""));
    for (const other of FAMILY.get(ch) ?? "") if (other !== ch) marks.push(at(i, other));
    if (i + 1 < chars.length && chars[i + 1] !== ch) swaps.push(at(i, `${chars[i + 1]}${ch}`, 2));
    for (const l of LETTERS) if (l !== ch) substitutions.push(at(i, l));
  });
  for (let i = 0; i <= chars.length; i++) for (const l of LETTERS) insertions.push(at(i, l, 0));
  return [
    [...initialRule(word), ...finalRule(word)],
    doubled,
    marks,
    deletions,
    swaps,
    insertions,
    substitutions,
  ];
}

/**
 * Up to `max` dictionary words one edit from `word` (lower case), the likeliest kinds of slip first; among the rest,
 * those that keep the word's tone first ("xãa" → "xã" before "xa").
 */
export function suggestOneEdit(word: string, correct: (w: string) => boolean, max: number): string[] {
  const lower = word.toLocaleLowerCase("vi");
  const tone = toneOf(lower);
  const found: { word: string; rank: number }[] = [];
  const seen = new Set<string>();
  candidates(lower).forEach((group, kind) => {
    for (const c of group) {
      if (c === "" || seen.has(c)) continue;
      seen.add(c);
      if (!correct(c)) continue;
      // Rules, doubled letters and mark slips explain a typo best, whatever the tone.
      found.push({ word: c, rank: kind <= 2 || toneOf(c) === tone ? kind : kind + 10 });
    }
  });
  return found
    .sort((a, b) => a.rank - b.rank)
    .slice(0, max)
    .map((f) => f.word);
}
