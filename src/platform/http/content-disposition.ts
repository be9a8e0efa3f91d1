/**
 * `attachment` with an ASCII fallback name (diacritics dropped, quotes, backslashes and semicolons removed) and the
 * exact name in RFC 5987 form, which every current browser prefers.
 */
export function attachmentDisposition(filename: string, fallback: string): string {
  const ascii =
    filename
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "") || fallback;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
