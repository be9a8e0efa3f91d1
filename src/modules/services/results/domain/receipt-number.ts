/**
 * Receipt series and numbers. The series (ký hiệu) is "BL-" and the two last digits of the Vietnamese year the money
 * was collected in ("BL-26" in 2026): numbers restart at 1 each year for each collecting unit, so the series tells
 * the two runs apart and (unit, series, number) is unique. Numbers are printed with seven digits, as paper receipt
 * books are numbered.
 */
export function receiptSeries(year: number): string {
  return `BL-${String(year % 100).padStart(2, "0")}`;
}

export function formatReceiptNumber(n: number): string {
  return String(n).padStart(7, "0");
}
