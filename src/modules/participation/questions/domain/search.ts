import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";

/** Lower case, no diacritics (đ → d), single spaces: what `search_text` holds and what queries are compared with. */
export function foldQuestionText(text: string): string {
  return stripDiacritics(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The `search_text` of a question: title, body and (once published) the answer. Whoever publishes an answer
 * rebuilds it with the answer so the public search finds words of the answer too.
 */
export function questionSearchText(q: { title: string; body: string; answer?: string | null }): string {
  return foldQuestionText([q.title, q.body, q.answer ?? ""].join(" "));
}

/** The words of a public query, folded: every word must match; at most 8 words of 60 characters. */
export function queryWords(query: string): string[] {
  return foldQuestionText(query.slice(0, 200))
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, 60))
    .slice(0, 8);
}

/** A LIKE pattern matching the word literally anywhere. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
