/**
 * URL slugs of content items: readable Vietnamese without diacritics ("Quảng Ngãi đón bão" → "quang-ngai-don-bao"),
 * unique within a site (a second item with the same title gets "-2", then "-3" …).
 */
export const CONTENT_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CONTENT_SLUG_MAX_LENGTH = 120;

/** đ/Đ are letters of their own in Vietnamese, not a base letter with a mark, so NFD leaves them: map them by hand. */
function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** A slug from a title, cut at a word boundary to the maximum length; "" when the title has no letters or digits. */
export function slugify(title: string, maxLength = CONTENT_SLUG_MAX_LENGTH): string {
  const words = stripDiacritics(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      if (slug === "") slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

export function isValidContentSlug(slug: string): boolean {
  return slug.length <= CONTENT_SLUG_MAX_LENGTH && CONTENT_SLUG_PATTERN.test(slug);
}

/**
 * The first of base, base-2, base-3 … that is not taken. `taken` holds the slugs already used in the site that start
 * with base (one query fetches them), so this is pure and needs no retry loop against the database.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base === "" ? "bai-viet" : base;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, CONTENT_SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
