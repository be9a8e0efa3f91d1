import { t } from "../../../../platform/i18n/index.js";
import type { FeeExemption } from "./fee-notice.js";
import "./fee-notice.js";

/** The submission form's select "Đối tượng miễn, giảm phí" (empty = none claimed). */
export const FEE_EXEMPTION_FIELD = "feeExemption";

export type ExemptionChoice = { ok: true; exemption: FeeExemption | null } | { ok: false; error: string };

/** The exemption the applicant claims: one the procedure grants, or none; anything else is refused. */
export function readExemptionChoice(
  granted: readonly FeeExemption[],
  raw: string | string[] | undefined,
): ExemptionChoice {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (value === "") return { ok: true, exemption: null };
  const exemption = granted.find((e) => e.key === value);
  return exemption ? { ok: true, exemption } : { ok: false, error: t("vi", "fees.error.unknownExemption") };
}
