/** Tax code (mã số thuế): 10 digits, or 13 for a branch ("0123456789-001"); stored as digits only. */
export function normaliseTaxCode(input: string): string | null {
  const digits = input.trim().replace(/[\s-]/g, "");
  return /^\d{10}$|^\d{13}$/.test(digits) ? digits : null;
}
