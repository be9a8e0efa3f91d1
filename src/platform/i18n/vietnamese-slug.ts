/**
 * Address segments made from Vietnamese names: lower-case ASCII words joined by single hyphens, so URLs read well
 * without percent-encoding ("Quy hoạch – Kiến trúc" → "quy-hoach-kien-truc").
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Vietnamese text without diacritics: "Sở Xây dựng" → "So Xay dung" (đ/Đ are letters of their own, not accents). */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** A slug made from a name, cut at a word boundary so that it stays within maxLength. */
export function slugFromText(name: string, maxLength: number): string {
  const words = stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}
