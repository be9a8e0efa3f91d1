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

/**
 * A Vietnamese mobile number as the gateways want it (E.164 without "+": "84912345678"), or null for anything that
 * cannot receive an SMS (landlines, hotlines, garbage). Separators and a +84/84/0 prefix are accepted.
 */
export function mobileMsisdn(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.replace(/[\s.\-()]/g, "");
  const m = /^(?:\+84|84|0)([35789]\d{8})$/.exec(compact);
  return m ? `84${m[1]}` : null;
}
