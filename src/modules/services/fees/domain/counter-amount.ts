/**
 * The amount an officer types at the counter, as people write money: "1.250.000", "1 250 000 đ", "1250000".
 * Anything else (decimals, letters, negatives) is null: the cash taken is whole đồng.
 */
export function parseCounterAmount(text: string): number | null {
  const m = /^([\d.\s]+?)\s*(đồng|đ|vnd|vnđ)?$/iu.exec(text.normalize("NFC").trim());
  if (!m?.[1]) return null;
  const groups = m[1].trim();
  if (!/^\d{1,3}([.\s]\d{3})*$/.test(groups) && !/^\d{1,13}$/.test(groups)) return null;
  const digits = groups.replace(/[.\s]/g, "");
  return digits.length > 13 ? null : Number(digits);
}
