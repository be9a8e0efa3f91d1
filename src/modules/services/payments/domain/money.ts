const vnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** "1.250.000 đ": whole đồng with Vietnamese digit grouping. */
export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đ`;
}
