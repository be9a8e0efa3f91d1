/**
 * The itemised fee notice (thông báo phí, lệ phí) of a dossier, computed from the procedure's fee lines, the form's
 * values and the exemption the applicant claims. Pure: the amount is always computed on the server from these, never
 * read from a request.
 */
import { servicesFees } from "../../../../platform/i18n/catalogues/services-fees.js";
import { registerCatalogue, t } from "../../../../platform/i18n/index.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import type { ProcedureFee } from "../../catalogue/domain/procedure.js";
import type { FormField } from "../../catalogue/domain/procedure-form.js";
import { foldSearch } from "../../catalogue/domain/text.js";

registerCatalogue(servicesFees);

/** An exemption or reduction a procedure grants (miễn, giảm phí/lệ phí), claimed on the submission form. */
export interface FeeExemption {
  /** Stable key within the procedure ("nguoi-co-cong"). */
  key: string;
  label: string;
  /** 100 = exempt; 50 = half. */
  percent: number;
  /** The paper that proves it (a document key of the procedure), if any. */
  proofDocumentKey?: string | undefined;
}

export interface FeeNoticeLine {
  label: string;
  /** How the amount was found, in words ("3 bản × 2.000 đ"). */
  basis: string;
  quantity: number;
  unitVnd: number;
  amountVnd: number;
}

export interface FeeNotice {
  lines: FeeNoticeLine[];
  subtotalVnd: number;
  exemption: FeeExemption | null;
  exemptVnd: number;
  totalVnd: number;
}

/** What the computation needs of a procedure (a `procedures` row fits). */
export interface FeeProcedure {
  fees: readonly ProcedureFee[];
  fee_exemptions: readonly FeeExemption[];
  /** Only to word the basis with the fields' labels. */
  form_fields?: readonly FormField[] | undefined;
}

export class UnknownExemptionError extends Error {
  constructor(readonly key: string) {
    super(t("vi", "fees.error.unknownExemption"));
  }
}

const MAX_LINE_VND = 1_000_000_000_000;
const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** A number field's value as stored in form_data ("3", "4.5"); empty, negative or garbage counts as 0. */
export function numberValue(raw: string | undefined): number {
  const n = Number((raw ?? "").trim());
  return Number.isFinite(n) && n > 0 ? n : 0;
}

const TRUE_WORDS = new Set(["co", "true", "x", "dung"]);
const FALSE_WORDS = new Set(["khong", "false", ""]);

/** A condition's value against a select's value, or a checkbox stored as "true"/"" against "có"/"không". */
export function conditionHolds(value: string | undefined, expected: string): boolean {
  const v = foldSearch(value ?? "");
  const e = foldSearch(expected);
  if (v === e) return true;
  if (v === "true") return TRUE_WORDS.has(e);
  if (v === "") return FALSE_WORDS.has(e);
  return false;
}

/** Whole-đồng percent of a base, half up, exact for any base (percent has at most two decimals). */
export function percentOf(base: number, percent: number): number {
  const bp = BigInt(Math.round(percent * 100));
  const b = BigInt(Math.round(base));
  return Number((b * bp + 5000n) / 10000n);
}

function fieldLabel(p: FeeProcedure, key: string): string {
  return p.form_fields?.find((f) => f.key === key)?.label ?? key;
}

function lineOf(p: FeeProcedure, fee: ProcedureFee, formData: Record<string, string>): FeeNoticeLine | null {
  let when = "";
  if (fee.whenField && fee.whenEquals !== undefined) {
    const value = formData[fee.whenField];
    if (!conditionHolds(value, fee.whenEquals)) return null;
    when = tv("fees.basis.when", { field: fieldLabel(p, fee.whenField), value: fee.whenEquals });
  }
  if (fee.percentOfField) {
    const base = Math.round(numberValue(formData[fee.percentOfField]));
    let amount = percentOf(base, fee.percent ?? 0);
    let basis = tv("fees.basis.percent", {
      percent: decimal.format(fee.percent ?? 0),
      base: formatVnd(base),
    });
    if (fee.minVnd !== undefined && amount < fee.minVnd) {
      amount = fee.minVnd;
      basis += tv("fees.basis.min", { amount: formatVnd(fee.minVnd) });
    }
    if (fee.maxVnd !== undefined && amount > fee.maxVnd) {
      amount = fee.maxVnd;
      basis += tv("fees.basis.max", { amount: formatVnd(fee.maxVnd) });
    }
    amount = Math.min(amount, MAX_LINE_VND);
    return { label: fee.label, basis: basis + when, quantity: 1, unitVnd: amount, amountVnd: amount };
  }
  if (fee.perField) {
    const quantity = numberValue(formData[fee.perField]);
    const amount = Math.min(Math.round(quantity * fee.amountVnd), MAX_LINE_VND);
    const params = {
      quantity: decimal.format(quantity),
      unit: fee.unit ?? "",
      unitAmount: formatVnd(fee.amountVnd),
    };
    const basis = tv(fee.unit ? "fees.basis.per" : "fees.basis.perNoUnit", params);
    return { label: fee.label, basis: basis + when, quantity, unitVnd: fee.amountVnd, amountVnd: amount };
  }
  return {
    label: fee.label,
    basis: tv("fees.basis.fixed") + when,
    quantity: 1,
    unitVnd: fee.amountVnd,
    amountVnd: fee.amountVnd,
  };
}

/**
 * The notice of one submission: the lines that apply with their basis in words, the subtotal, the exemption (its
 * percent of the subtotal, rounded to whole đồng, never more than the subtotal) and the total to pay.
 * An exemption key the procedure does not grant throws UnknownExemptionError (the form offers only its own).
 */
export function computeFeeNotice(
  procedure: FeeProcedure,
  formData: Record<string, string>,
  exemptionKey: string | null,
): FeeNotice {
  const exemption =
    exemptionKey === null ? null : (procedure.fee_exemptions.find((e) => e.key === exemptionKey) ?? null);
  if (exemptionKey !== null && !exemption) throw new UnknownExemptionError(exemptionKey);
  const lines: FeeNoticeLine[] = [];
  for (const fee of procedure.fees) {
    const line = lineOf(procedure, fee, formData);
    if (line) lines.push(line);
  }
  const subtotalVnd = lines.reduce((s, l) => s + l.amountVnd, 0);
  const exemptVnd = exemption ? Math.min(subtotalVnd, percentOf(subtotalVnd, exemption.percent)) : 0;
  return {
    lines,
    subtotalVnd,
    exemption: exemption ? { ...exemption } : null,
    exemptVnd,
    totalVnd: subtotalVnd - exemptVnd,
  };
}
