const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const SCALES = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"];

/** One group of three digits; `full` reads the hundreds even when zero ("không trăm"), as inside a number. */
function group(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGITS[h] as string, "trăm");
  if (t === 0) {
    if (u > 0 && out.length > 0) out.push("linh");
  } else if (t === 1) out.push("mười");
  else out.push(DIGITS[t] as string, "mươi");
  if (u === 0) return out;
  if (u === 1 && t >= 2) out.push("mốt");
  else if (u === 5 && t >= 1) out.push("lăm");
  else out.push(DIGITS[u] as string);
  return out;
}

/**
 * An amount in words as Vietnamese accounting documents write it ("Số tiền bằng chữ"):
 * 1.080.000 → "Một triệu không trăm tám mươi nghìn đồng". Zero groups are left out; a group after a non-zero
 * one reads its hundreds ("không trăm …").
 */
export function vndInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not a VND amount: ${amount}`);
  if (amount === 0) return "Không đồng";
  const groups: number[] = [];
  for (let n = amount; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] as number;
    if (g === 0) continue;
    words.push(...group(g, i < groups.length - 1));
    if (SCALES[i]) words.push(SCALES[i] as string);
  }
  const text = `${words.join(" ")} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
