/**
 * Vietnamese phone numbers as people write them: landlines with a 3-digit area code after 02 ("0255 3822 158"),
 * mobiles ("0905 123 456"), either with +84 instead of the leading 0, and 1800/1900 hotlines. Spaces, dots, hyphens
 * and brackets are separators only.
 */
const LANDLINE_OR_MOBILE = /^(?:\+84|84|0)(?:2\d{9}|[35789]\d{8})$/;
const HOTLINE = /^1[89]00\d{4,6}$/;

export function phoneDigits(value: string): string {
  return value.replace(/[\s.\-()]/g, "");
}

export function isVietnamesePhone(value: string): boolean {
  if (!/^[\d\s.\-()+]+$/.test(value)) return false;
  const compact = phoneDigits(value);
  return LANDLINE_OR_MOBILE.test(compact) || HOTLINE.test(compact);
}
