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
  /** Matches any word starting with it ("ngh*" finds "Nghĩa" and "nghệ"). */
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
// turns them into quotes, which would end a quoted tsquery operand early. Combining marks only count after a letter
// or digit: unaccent deletes them, and a word of marks alone would become an empty operand. A "*" right after a
// word asks for every word starting with it.
const WORD_PART = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{M}]*";
const WORD = new RegExp(`(${WORD_PART}(?:[/\\-._]${WORD_PART})*)(\\*)?`, "gu");
const EXCLUDED_LETTERS = /[\p{Lm}\u0149]/gu;
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const QUOTES = /["“”„]/u;

/** NFC, control characters to spaces, runs of white space to one, trimmed. */
export function normaliseQueryText(raw: string): string {
  return raw.normalize("NFC").replace(CONTROL, " ").replace(/\s+/gu, " ").trim();
}

function wordsOf(text: string): { text: string; star: boolean }[] {
  return [...text.replace(EXCLUDED_LETTERS, " ").matchAll(WORD)].map((m) => ({
    text: m[1] ?? "",
    star: m[2] === "*",
  }));
}

/**
 * Parses a query: words, "word*" prefixes, and phrases in double quotes ("Quảng Ngãi" must appear as such,
 * diacritics aside). Everything else (tsquery operators, punctuation) only separates words, so no input can make the
 * SQL fail. Words are not made prefixes on their own: a prefix match cannot use the planner's statistics, and the
 * search must stay fast on common words.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const text = normaliseQueryText(raw);
  if ([...text].length > QUERY_MAX_LENGTH) {
    return { ok: false, error: "tooLong", text: [...text].slice(0, QUERY_MAX_LENGTH).join("") };
  }
  const terms: SearchTerm[] = [];
  // Split on quote marks: odd pieces are inside quotes. An unclosed quote simply runs to the end.
  text.split(QUOTES).forEach((piece, i) => {
    const words = wordsOf(piece);
    if (i % 2 === 1 && words.length > 1) {
      terms.push({ kind: "phrase", words: words.map((w) => w.text) });
      return;
    }
    for (const word of words) {
      // A one-letter prefix would match most of the index.
      terms.push({ kind: "word", text: word.text, prefix: word.star && [...word.text].length >= 2 });
    }
  });
  return { ok: true, text, terms: terms.slice(0, MAX_TERMS) };
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
