import { normaliseText } from "./tokenise.js";

export const WORD_LIST_LIMITS = { entries: 5_000, entryLength: 100, text: 300_000 };

export type WordListProblem =
  | { kind: "tooBig"; max: number }
  | { kind: "tooMany"; max: number; count: number }
  | { kind: "tooLong"; line: number; max: number }
  | { kind: "noLetter"; line: number; entry: string };

/**
 * An editor's word list (one entry per line) as clean entries: NFC, inner spaces collapsed, trimmed, blank lines and
 * repeats dropped; or the problems with line numbers as the person typed them (at most a few, so the message stays
 * readable).
 */
export function parseWordList(
  text: string,
): { ok: true; words: string[] } | { ok: false; problems: WordListProblem[] } {
  if (text.length > WORD_LIST_LIMITS.text) {
    return { ok: false, problems: [{ kind: "tooBig", max: WORD_LIST_LIMITS.text }] };
  }
  const seen = new Set<string>();
  const words: string[] = [];
  const problems: WordListProblem[] = [];
  normaliseText(text)
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const entry = raw.replace(/\s+/gu, " ").trim();
      if (entry === "" || seen.has(entry)) return;
      if (entry.length > WORD_LIST_LIMITS.entryLength) {
        problems.push({ kind: "tooLong", line: i + 1, max: WORD_LIST_LIMITS.entryLength });
      } else if (!/\p{L}/u.test(entry)) {
        problems.push({ kind: "noLetter", line: i + 1, entry });
      }
      seen.add(entry);
      words.push(entry);
    });
  if (words.length > WORD_LIST_LIMITS.entries) {
    problems.unshift({ kind: "tooMany", max: WORD_LIST_LIMITS.entries, count: words.length });
  }
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 5) } : { ok: true, words };
}
