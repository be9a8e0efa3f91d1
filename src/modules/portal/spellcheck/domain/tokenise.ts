/**
 * Splits Vietnamese text into the syllables a spell checker should look at. Vietnamese dictionaries list syllables,
 * so a word is a run of letters (diacritics kept, NFC). Whole chunks that are not prose are skipped: anything with a
 * digit (numbers, dates, document symbols such as "69/BC-VP" or "1234/QĐ-UBND", "Covid-19"), web addresses, e-mail
 * addresses and dotted names such as "quangngai.gov.vn"; so are Roman numerals.
 */

export interface Token {
  /** The syllable as written (NFC). */
  text: string;
  /** Offsets in the NFC text. */
  start: number;
  end: number;
}

const CHUNK = /\S+/gu;
const LETTERS = /[\p{L}\p{M}]+/gu;
const HAS_DIGIT = /\p{Nd}/u;
const URL_START = /^[\p{P}]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/u;
const DOTTED_NAME = /[\p{L}\p{Nd}]\.[\p{L}\p{Nd}]/u;
/** "Chương II", "Quý III", "Khóa XIV": Roman numerals number parts, quarters and terms in official texts. */
const ROMAN = /^(?=[MDCLXVI]{2,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function skippedChunk(chunk: string): boolean {
  return (
    HAS_DIGIT.test(chunk) ||
    URL_START.test(chunk) ||
    chunk.includes("://") ||
    EMAIL.test(chunk) ||
    DOTTED_NAME.test(chunk)
  );
}

/** The syllables of `text` worth checking, in order. `text` must already be NFC (see normaliseText). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    if (skippedChunk(chunk[0])) continue;
    for (const word of chunk[0].matchAll(LETTERS)) {
      if (ROMAN.test(word[0])) continue;
      const start = chunk.index + word.index;
      tokens.push({ text: word[0], start, end: start + word[0].length });
    }
  }
  return tokens;
}

export function normaliseText(text: string): string {
  return text.normalize("NFC");
}

/** A syllable written in capitals only, with at least two letters: an acronym (UBND, HĐND, TTHC) or a shouted word. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toLocaleUpperCase("vi") && word !== word.toLocaleLowerCase("vi");
}
