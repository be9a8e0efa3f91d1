import { htmlToText } from "./html-text.js";
import { isAllCaps, normaliseText, tokenise } from "./tokenise.js";
import { otherTonePlacement } from "./tone-placement.js";

/** What the checker needs from a Hunspell dictionary (nspell in production). */
export interface SpellEngine {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export type SpellField = "title" | "lead" | "body" | "caption";

/** The texts of one content item that readers see. */
export interface SpellInput {
  title: string;
  lead: string;
  /** The body as HTML (sanitised when it comes from the database); reduced to text here. */
  bodyHtml: string;
  /** Image captions kept outside the body (the cover caption). */
  captions: readonly string[];
}

export interface SpellWarning {
  /** The word as first written. */
  word: string;
  /** How many times it occurs, in any case. */
  count: number;
  /** Where it first occurs, and the words around it there. */
  field: SpellField;
  before: string;
  after: string;
  suggestions: string[];
}

export interface SpellReport {
  warnings: SpellWarning[];
  /** Distinct words flagged, including any beyond the shown list. */
  flagged: number;
  /** Syllables looked at. */
  checked: number;
}

export const LIMITS = {
  /** Warnings listed; a text with more is not worth listing word by word. */
  warnings: 50,
  /** Suggestions are the slow part of Hunspell (milliseconds each): only this many words get them per report... */
  suggestWords: 12,
  /** ...only words this short (a Vietnamese syllable has at most 7 letters; longer ones are foreign or run-ons)... */
  suggestLength: 10,
  /** ...and at most this many each. */
  suggestions: 4,
  /** Letters of context either side of a flagged word. */
  context: 40,
};

/**
 * The province's own words (names, places, acronyms), as the set of syllables they allow. An entry in capitals
 * (UBND, TTHC) is accepted only in capitals; any other entry in any case ("Lý Sơn" also allows "LÝ SƠN").
 */
export function customWordSet(entries: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const entry of entries) {
    for (const token of tokenise(normaliseText(entry))) {
      words.add(isAllCaps(token.text) ? token.text : token.text.toLocaleLowerCase("vi"));
    }
  }
  return words;
}

function createAcceptor(engine: SpellEngine, custom: ReadonlySet<string>): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  return (word) => {
    let ok = memo.get(word);
    if (ok === undefined) {
      const lower = word.toLocaleLowerCase("vi");
      ok =
        // A single letter is an initial or a list marker far more often than a typo.
        word.length < 2 ||
        custom.has(word) ||
        custom.has(lower) ||
        engine.correct(word) ||
        isAcceptedOtherPlacement(engine, word);
      memo.set(word, ok);
    }
    return ok;
  };
}

function isAcceptedOtherPlacement(engine: SpellEngine, word: string): boolean {
  const other = otherTonePlacement(word);
  return other !== null && engine.correct(other);
}

function fieldTexts(input: SpellInput): { field: SpellField; text: string }[] {
  return [
    { field: "title" as const, text: normaliseText(input.title) },
    { field: "lead" as const, text: normaliseText(input.lead) },
    { field: "body" as const, text: htmlToText(input.bodyHtml) },
    ...input.captions.map((c) => ({ field: "caption" as const, text: normaliseText(c) })),
  ].filter((f) => f.text.trim() !== "");
}

/**
 * Up to `radius` characters before a word, on its own line, cut at a word boundary. Looks only at that window, so
 * a long body with many flagged words stays linear.
 */
function contextBefore(text: string, start: number, radius: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const from = Math.max(lineStart, start - radius);
  const piece = text.slice(from, start);
  if (from === lineStart) return piece.trimStart();
  const space = piece.indexOf(" ");
  return `…${space >= 0 ? piece.slice(space + 1) : piece}`;
}

function contextAfter(text: string, end: number, radius: number): string {
  const newline = text.indexOf("\n", end);
  const lineEnd = newline === -1 ? text.length : newline;
  const to = Math.min(lineEnd, end + radius);
  const piece = text.slice(end, to);
  if (to === lineEnd) return piece.trimEnd();
  const space = piece.lastIndexOf(" ");
  return `${space > 0 ? piece.slice(0, space) : piece}…`;
}

/** Keeps the capitalisation of the word on a suggestion made for its lower-case form. */
function caseLike(word: string, suggestion: string): string {
  if (isAllCaps(word)) return suggestion.toLocaleUpperCase("vi");
  const first = word.charAt(0);
  if (first !== first.toLocaleLowerCase("vi")) {
    return suggestion.charAt(0).toLocaleUpperCase("vi") + suggestion.slice(1);
  }
  return suggestion;
}

function suggestionsFor(engine: SpellEngine, word: string): string[] {
  if (word.length > LIMITS.suggestLength) return [];
  const out: string[] = [];
  for (const s of engine.suggest(word.toLocaleLowerCase("vi"))) {
    const shown = caseLike(word, s.normalize("NFC"));
    if (shown !== word && !out.includes(shown)) out.push(shown);
    if (out.length === LIMITS.suggestions) break;
  }
  return out;
}

function scan(engine: SpellEngine, custom: ReadonlySet<string>, input: SpellInput) {
  const accepted = createAcceptor(engine, custom);
  const found = new Map<string, Omit<SpellWarning, "suggestions">>();
  let checked = 0;
  for (const { field, text } of fieldTexts(input)) {
    for (const token of tokenise(text)) {
      checked++;
      if (accepted(token.text)) continue;
      const key = token.text.toLocaleLowerCase("vi");
      const seen = found.get(key);
      if (seen) {
        seen.count++;
        continue;
      }
      found.set(key, {
        word: token.text,
        count: 1,
        field,
        before: contextBefore(text, token.start, LIMITS.context),
        after: contextAfter(text, token.end, LIMITS.context),
      });
    }
  }
  return { found: [...found.values()], checked };
}

/** The words of an item the dictionary and the province's list do not know, in reading order, with suggestions. */
export function checkSpelling(
  engine: SpellEngine,
  custom: ReadonlySet<string>,
  input: SpellInput,
): SpellReport {
  const { found, checked } = scan(engine, custom, input);
  const warnings = found.slice(0, LIMITS.warnings).map((w, i) => ({
    ...w,
    suggestions: i < LIMITS.suggestWords ? suggestionsFor(engine, w.word) : [],
  }));
  return { warnings, flagged: found.length, checked };
}

/** Only how many distinct words would be flagged (no suggestions: cheap enough for a list page). */
export function countMisspellings(
  engine: SpellEngine,
  custom: ReadonlySet<string>,
  input: SpellInput,
): number {
  return scan(engine, custom, input).found.length;
}
