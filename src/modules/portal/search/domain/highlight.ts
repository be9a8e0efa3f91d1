/**
 * Highlighted snippets: the query's words are found in the ORIGINAL text by comparing folded forms (no diacritics,
 * lower case, đ → d), so "quang ngai" marks "Quảng Ngãi" as written. Folding keeps one UTF-16 unit per unit of the
 * NFC text, so a match's offsets in the folded text are its offsets in the original.
 */

/** One NFC character (a UTF-16 unit here; astral characters pass through unchanged). */
function foldUnit(ch: string): string {
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  if (base.length === ch.length) return base;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

// Snippets fold thousands of characters per result, so each UTF-16 unit is folded once per process and kept in a
// table (0: not folded yet; no unit folds to NUL except NUL itself, which is recomputed and costs nothing).
const foldTable = new Uint16Array(0x10000);
const utf16 = new TextDecoder("utf-16le");

function foldCode(code: number): number {
  const known = foldTable[code] ?? 0;
  if (known !== 0) return known;
  const out = foldUnit(String.fromCharCode(code)).charCodeAt(0);
  foldTable[code] = out;
  return out;
}

/** The text folded for matching, the same length as `text` (which must be NFC). */
export function foldForMatch(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldCode(text.charCodeAt(i));
  // A lone surrogate decodes to U+FFFD, still one unit: offsets stay those of the original.
  return utf16.decode(units);
}

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;

function isWordUnit(ch: string | undefined): boolean {
  return ch !== undefined && WORD_UNIT.test(ch);
}

export interface Needle {
  text: string;
  /** Matches the start of a longer word too. */
  prefix: boolean;
}

/** [start, end) ranges of the needles in the text, merged and in order; words match whole (or as a prefix). */
export function findMatches(text: string, needles: readonly Needle[]): [number, number][] {
  const folded = foldForMatch(text);
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    const key = foldForMatch(needle.text.normalize("NFC"));
    if (key === "") continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(key, from);
      if (at < 0) break;
      const end = at + key.length;
      const startsWord = !isWordUnit(folded[at - 1]);
      const endsWord = needle.prefix || !isWordUnit(folded[end]);
      if (startsWord && endsWord) {
        // A prefix match marks the rest of the word as well: "ngh" shows "Nghĩa" wholly marked.
        let stop = end;
        if (needle.prefix) while (isWordUnit(folded[stop])) stop++;
        ranges.push([at, stop]);
      }
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    // Words separated only by spaces read as one mark ("Quảng Ngãi", not two).
    if (prev && (r[0] <= prev[1] || /^\s+$/u.test(text.slice(prev[1], r[0]))))
      prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The whole text as HTML, every match wrapped in <mark> and everything else escaped. */
export function highlightHtml(text: string, needles: readonly Needle[]): string {
  const nfc = text.normalize("NFC");
  return markRanges(nfc, findMatches(nfc, needles), 0, nfc.length);
}

/** Escaped text with every run of white space (line breaks of a body) shown as one space. */
function shown(text: string): string {
  return escapeHtml(text.replace(/\s+/g, " "));
}

function markRanges(text: string, ranges: readonly [number, number][], start: number, end: number): string {
  let html = "";
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    html += shown(text.slice(pos, from));
    html += `<mark>${shown(text.slice(from, to))}</mark>`;
    pos = to;
  }
  return html + shown(text.slice(pos, end));
}

/** Moves an offset back to the start of the word it falls in (and never splits a surrogate pair). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/u.test(text[i - 1] ?? " ")) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/\s/u.test(text[i] ?? " ")) i++;
  return i;
}

export interface Excerpt {
  html: string;
  /** Whether any needle was found in the text. */
  matched: boolean;
}

/**
 * A short excerpt around the first match (or the beginning when the text has none), cut at word boundaries,
 * with "…" where text was left out, as HTML with the matches marked. Null for empty text.
 */
export function excerptHtml(text: string, needles: readonly Needle[], maxChars = 240): Excerpt | null {
  // White space is collapsed only in what is shown (markRanges): collapsing a long body first costs more.
  const nfc = text.normalize("NFC").trim();
  if (nfc === "") return null;
  const ranges = findMatches(nfc, needles);
  const matched = ranges.length > 0;
  if (nfc.length <= maxChars) return { html: markRanges(nfc, ranges, 0, nfc.length), matched };
  const first = ranges[0];
  // Show some context before the first match: a quarter of the window.
  let start = first ? Math.max(0, first[0] - Math.floor(maxChars / 4)) : 0;
  start = start === 0 ? 0 : wordStart(nfc, start);
  let end = Math.min(nfc.length, start + maxChars);
  if (end < nfc.length) {
    const cut = wordStart(nfc, end);
    end = cut > start ? cut : wordEnd(nfc, end);
  }
  const body = markRanges(nfc, ranges, start, end).trim();
  return { html: `${start > 0 ? "… " : ""}${body}${end < nfc.length ? " …" : ""}`, matched };
}

/** The excerpt's HTML alone (see excerptHtml). */
export function snippetHtml(text: string, needles: readonly Needle[], maxChars = 240): string | null {
  return excerptHtml(text, needles, maxChars)?.html ?? null;
}
