/**
 * Shares as the statistics show them: "37,5%" (Vietnamese decimal comma), and "—" when there is nothing to share
 * (no dossier received, none paid) rather than 0% or NaN, which would read as a measured result.
 */
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

export const NO_SHARE = "—";

export function shareText(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NO_SHARE : percent.format(value);
}
