/**
 * Upper-case letters without diacritics, for comparing what people type with the register's spellings: "qđ" and "QD"
 * both fold to "QD". Đ/đ are letters of their own in Vietnamese, so NFD does not split them and they are mapped here.
 */
export function stripSymbolAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase();
}

/** Lower-case, no diacritics, single spaces: the same folding as the database's f_search_key. */
export function searchFold(text: string): string {
  return stripSymbolAccents(text).toLowerCase().replace(/\s+/g, " ").trim();
}
