/**
 * What a reader types into the search box, turned into terms the database and the highlighter both understand.
 * Pure: no I/O, so every odd input ("&|!():*'", NUL, 1 MB of text) is handled here before any SQL runs.
 */

/** Longest query accepted, in characters (after NFC and trimming). */
export const QUERY_MAX_LENGTH = 200;
/** More words than this add nothing to a search and only cost time. */
export const MAX_TERMS = 12;

export interface WordTerm {
  kind: "word";
  /** As typed (NFC), e.g. "Quảng" or "69/BC-VP". */
  text: string;
  /** Matches any word starting with it (the last word typed, so "quang ng" finds "Quảng Ngãi"). */
  prefix: boolean;
}

export interface PhraseTerm {
  kind: "phrase";
  /** The words of a quoted phrase, in order: they must follow each other. */
  words: string[];
}

export type SearchTerm = WordTerm | PhraseTerm;

export type ParsedQuery =
  | { ok: true; text: string; terms: SearchTerm[] }
  | { ok: false; error: "tooLong"; text: string };

// A word is letters and decimal digits, with inner "/", "-", "." or "_" kept so "69/BC-VP" and "covid-19" meet the
// lexemes PostgreSQL's parser made of them. Modifier letters (ʼ ˈ …) and "ŉ" are left out on purpose: unaccent
// turns them into quotes, which would end a quoted tsquery operand early.
// Combining marks only count after a letter or digit: unaccent deletes them, and a word of marks alone would
// become an empty operand.
const WORD_PART = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{M}]*";
const WORD = new RegExp(`${WORD_PART}(?:[/\\-._]${WORD_PART})*`, "gu");
const EXCLUDED_LETTERS = /[\p{Lm}\u0149]/gu;
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const QUOTES = /["“”„]/u;

/** NFC, control characters to spaces, runs of white space to one, trimmed. */
export function normaliseQueryText(raw: string): string {
  return raw.normalize("NFC").replace(CONTROL, " ").replace(/\s+/gu, " ").trim();
}

function wordsOf(text: string): string[] {
  return [...text.replace(EXCLUDED_LETTERS, " ").matchAll(WORD)].map((m) => m[0]);
}

/**
 * Parses a query: words, and phrases in double quotes ("Quảng Ngãi" must appear as such, diacritics aside). The
 * last word outside quotes matches as a prefix. Everything that is not a word (tsquery operators, punctuation)
 * only separates words, so no input can make the SQL fail.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const text = normaliseQueryText(raw);
  if ([...text].length > QUERY_MAX_LENGTH) {
    return { ok: false, error: "tooLong", text: [...text].slice(0, QUERY_MAX_LENGTH).join("") };
  }
  const terms: SearchTerm[] = [];
  let lastWordQuoted = false;
  // Split on quote marks: odd pieces are inside quotes. An unclosed quote simply runs to the end.
  text.split(QUOTES).forEach((piece, i) => {
    const quoted = i % 2 === 1;
    const words = wordsOf(piece);
    if (quoted && words.length > 1) {
      terms.push({ kind: "phrase", words });
      return;
    }
    for (const word of words) terms.push({ kind: "word", text: word, prefix: false });
    if (words.length > 0) lastWordQuoted = quoted;
  });
  const limited = terms.slice(0, MAX_TERMS);
  const last = limited[limited.length - 1];
  // The word being typed grows into a prefix; a one-letter prefix would match most of the index, and a quoted word
  // is meant as written.
  if (
    last?.kind === "word" &&
    !lastWordQuoted &&
    limited.length === terms.length &&
    [...last.text].length >= 2
  ) {
    limited[limited.length - 1] = { ...last, prefix: true };
  }
  return { ok: true, text, terms: limited };
}

/** Every word of the terms, in order (phrases flattened): what the highlighter looks for. */
export function termWords(terms: readonly SearchTerm[]): { text: string; prefix: boolean }[] {
  const out: { text: string; prefix: boolean }[] = [];
  for (const term of terms) {
    if (term.kind === "word") out.push({ text: term.text, prefix: term.prefix });
    else for (const word of term.words) out.push({ text: word, prefix: false });
  }
  return out;
}

function operand(word: string, prefix: boolean): string {
  // Words hold no quote or backslash (see WORD), so single quotes delimit them safely.
  return `'${word}'${prefix ? ":*" : ""}`;
}

/**
 * The to_tsquery text for the terms ("'quảng' & 'ngãi':*"), or null when there is nothing to look for. The database
 * applies f_search_key to it, so diacritics and case fall away exactly as they did when the index was built.
 */
export function toTsQueryText(terms: readonly SearchTerm[]): string | null {
  const parts = terms.map((term) =>
    term.kind === "word"
      ? operand(term.text, term.prefix)
      : `(${term.words.map((w) => operand(w, false)).join(" <-> ")})`,
  );
  return parts.length === 0 ? null : parts.join(" & ");
}

/**
 * What "exact diacritics" means for ranking: the query's words as typed, lower-cased. An item whose title or lead
 * contains the whole sequence ranks above items that match only without diacritics.
 */
export function exactNeedles(terms: readonly SearchTerm[]): { phrase: string; words: string[] } {
  const words = termWords(terms).map((w) => w.text.toLowerCase());
  return { phrase: words.join(" "), words: [...new Set(words)] };
}
