/**
 * Codes of a unit.
 *
 * Short code: used in document symbols ("123/QĐ-UBND", "45/BC-SXD"), so upper-case letters (Đ included) and digits.
 *
 * Electronic identifier code (mã định danh điện tử, QĐ 20/2020/QĐ-TTg Điều 5): four groups from the lowest level to
 * the highest, "000.00.00.H48": a 3-digit level-4 group, two 2-digit groups (levels 3 and 2) and a level-1 code that is
 * one upper-case letter and two digits (H48 for a province, G-codes for central bodies).
 */
export const SHORT_CODE_PATTERN = /^[A-ZĐ0-9]{1,20}$/u;
export const IDENTIFIER_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

export function isShortCode(value: string): boolean {
  return SHORT_CODE_PATTERN.test(value);
}

export function isIdentifierCode(value: string): boolean {
  return IDENTIFIER_CODE_PATTERN.test(value);
}
