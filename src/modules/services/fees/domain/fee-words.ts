import { t } from "../../../../platform/i18n/index.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import type { ProcedureDocument, ProcedureFee } from "../../catalogue/domain/procedure.js";
import type { FormField } from "../../catalogue/domain/procedure-form.js";
import type { FeeExemption } from "./fee-notice.js";
import "./fee-notice.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

function labelOf(fields: readonly FormField[], key: string): string {
  return fields.find((f) => f.key === key)?.label ?? key;
}

/** A fee line's rule as a citizen reads it: "2.000 đ cho mỗi bản (theo «Số bản sao»)". */
export function describeFee(fee: ProcedureFee, fields: readonly FormField[]): string {
  let text: string;
  if (fee.percentOfField) {
    text = tv("fees.rule.percent", {
      percent: decimal.format(fee.percent ?? 0),
      field: labelOf(fields, fee.percentOfField),
    });
    if (fee.minVnd !== undefined) text += tv("fees.rule.min", { amount: formatVnd(fee.minVnd) });
    if (fee.maxVnd !== undefined) text += tv("fees.rule.max", { amount: formatVnd(fee.maxVnd) });
  } else if (fee.perField) {
    const params = {
      amount: formatVnd(fee.amountVnd),
      unit: fee.unit ?? "",
      field: labelOf(fields, fee.perField),
    };
    text = tv(fee.unit ? "fees.rule.per" : "fees.rule.perNoUnit", params);
  } else text = tv("fees.rule.fixed", { amount: formatVnd(fee.amountVnd) });
  if (fee.whenField && fee.whenEquals !== undefined)
    text += tv("fees.rule.when", { field: labelOf(fields, fee.whenField), value: fee.whenEquals });
  return text;
}

/** "Hộ nghèo: giảm 50 % (kèm Giấy chứng nhận hộ nghèo)". */
export function describeExemption(e: FeeExemption, documents: readonly ProcedureDocument[]): string {
  const amount =
    e.percent >= 100 ? tv("fees.exemption.full") : tv("fees.exemption.partial", { percent: e.percent });
  const proof = documents.find((d) => d.key === e.proofDocumentKey);
  return (
    tv("fees.exemption.rule", { label: e.label, percent: amount }) +
    (proof ? tv("fees.exemption.proof", { document: proof.name }) : "")
  );
}
