const grouped = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

export interface VndFormatOptions {
  /** "đ" is the house style for amounts in tables, notices and receipts; the public catalogue spells out "đồng". */
  unit?: "đ" | "đồng";
}

/** 1250000 → "1.250.000 đ": whole đồng with Vietnamese digit grouping. */
export function formatVnd(amount: number, options: VndFormatOptions = {}): string {
  return `${grouped.format(amount)} ${options.unit ?? "đ"}`;
}
