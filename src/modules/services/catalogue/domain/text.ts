import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";

/**
 * Search folding of the catalogue: NFC first (a decomposed "ế" typed on some keyboards is the same letter), then
 * diacritics dropped (đ → d), lower case, single spaces. "Đăng ký khai sinh" → "dang ky khai sinh", so "khai sinh"
 * and "dang ky" both find it.
 */
export function foldSearch(text: string): string {
  return stripDiacritics(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();
}

/** The `search_text` column: name, code, field and the unit's name, folded. */
export function buildSearchText(p: { code: string; name: string; field: string; unitName?: string }): string {
  return foldSearch([p.name, p.code, p.field, p.unitName ?? ""].join(" "));
}

/** The words of a query, folded, each at most 60 characters, at most 8 of them (every word must match). */
export function searchWords(query: string): string[] {
  return foldSearch(query)
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, 60))
    .slice(0, 8);
}

/** A LIKE pattern that matches the word literally anywhere (%, _ and \ escaped). */
export function likeContains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Vietnamese collation for sorting procedure names, fields and units (Ă after A, Đ after D). */
export const viCollator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}
