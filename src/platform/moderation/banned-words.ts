/**
 * Banned-word matching for reader comments (SPEC §A7). Readers often type without diacritics or in capitals, so
 * text and list are folded (no tone marks, đ → d, lower case) and matched on whole words: "lừa đảo" flags
 * "LUA DAO" and "Lừa   đảo" but not "lừa đảoo" or "bùa". Folding also makes "đĩ" match "đi"; a match only flags a
 * comment for the moderator (it is never refused), so the cost of such a false hit is one look.
 */

/** At most this many entries per list, each at most MAX_WORD_LENGTH characters. */
export const MAX_WORDS = 300;
export const MAX_WORD_LENGTH = 60;

export function foldForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

function words(text: string): string[] {
  return foldForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The entries of `banned` that occur in `text` as whole words (in list order, each once). */
export function findBannedWords(text: string, banned: readonly string[]): string[] {
  const tokens = words(text);
  // Positions of each word, so every entry is checked only where its first word occurs.
  const at = new Map<string, number[]>();
  tokens.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  const found: string[] = [];
  for (const entry of banned) {
    const parts = words(entry);
    const first = parts[0];
    if (first === undefined) continue;
    const starts = at.get(first) ?? [];
    if (starts.some((s) => parts.every((p, j) => tokens[s + j] === p))) found.push(entry);
  }
  return found;
}

export type BannedListResult =
  | { ok: true; words: string[] }
  | { ok: false; problem: "tooMany"; count: number }
  | { ok: false; problem: "tooLong"; word: string };

/**
 * A list as typed in the admin textarea: one entry per line, NFC, inner spaces collapsed, blank lines dropped, and
 * entries that fold to the same words kept once (first spelling wins).
 */
export function parseBannedList(text: string): BannedListResult {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.normalize("NFC").split(/\r?\n/)) {
    const entry = line.replace(/\s+/g, " ").trim();
    if (entry === "") continue;
    if ([...entry].length > MAX_WORD_LENGTH) return { ok: false, problem: "tooLong", word: entry };
    const key = words(entry).join(" ");
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  if (out.length > MAX_WORDS) return { ok: false, problem: "tooMany", count: out.length };
  return { ok: true, words: out };
}
