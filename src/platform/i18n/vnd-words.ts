/**
 * An amount of money in Vietnamese words, as receipts write it under the figure ("Bằng chữ"): 1250000 →
 * "Một triệu hai trăm năm mươi nghìn đồng". The rules: "linh" for a zero tens digit before a unit (105 = một trăm
 * linh năm), "mười" for the teens, "mốt" for 1 after twenty and above (21 = hai mươi mốt), "lăm" for 5 after a tens
 * word (15 = mười lăm, 25 = hai mươi lăm), "tư" for 4 after twenty and above (24 = hai mươi tư), "không trăm" when a
 * group inside the number has no hundreds (1 005 000 = một triệu không trăm linh năm nghìn).
 */
const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
/** Scales of three digits; after "tỷ" the words start again (nghìn tỷ, triệu tỷ). */
const SCALES = ["", "nghìn", "triệu"] as const;

function digit(n: number): string {
  return DIGITS[n] ?? "";
}

/** One group of three digits (0–999). `full` when a higher group precedes it, so "không trăm" and "linh" are said. */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), "trăm");
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push("linh");
  } else if (tens === 1) {
    words.push("mười");
  } else {
    words.push(digit(tens), "mươi");
  }
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push("mốt");
  else if (units === 5 && tens >= 1) words.push("lăm");
  else if (units === 4 && tens >= 2) words.push("tư");
  else words.push(digit(units));
  return words;
}

/** Below one billion (tỷ): groups of thousands and millions. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  let started = full;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    words.push(...readGroup(g, started));
    if (SCALES[i]) words.push(SCALES[i] as string);
    started = true;
  }
  return words;
}

function readNumber(n: number): string[] {
  if (n < 1_000_000_000) return readBelowBillion(n, false);
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  const words = [...readNumber(billions), "tỷ"];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

/** Whole đồng (a non-negative safe integer) → the words with "đồng", first letter capitalised. */
export function vndInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not a whole amount: ${amount}`);
  const words = amount === 0 ? ["không"] : readNumber(amount);
  const text = `${words.join(" ")} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
