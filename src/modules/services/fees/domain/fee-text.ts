/**
 * The fee lines and exemptions as an administrator types them (one per line in the editor, ";"-separated in an import
 * cell), and back. Fields of the form are named by their key, as in the form's JSON:
 *   Lệ phí cấp phiếu: 200.000
 *   Phí cấp bản sao: 8.000 × soBanSao bản
 *   Lệ phí trước bạ: 0,5% × giaTri tối thiểu 100.000 tối đa 5.000.000
 *   Lệ phí cấp lại: 30.000 khi loaiCap = Cấp lại
 *   Người có công với cách mạng: 100% | Giấy xác nhận người có công   (an exemption and its proof paper)
 */
import { slugFromText } from "../../../../platform/i18n/vietnamese-slug.js";
import type { ProcedureDocument, ProcedureFee } from "../../catalogue/domain/procedure.js";
import type { FormField } from "../../catalogue/domain/procedure-form.js";
import type { FieldProblem, ParsedList } from "../../catalogue/domain/procedure-input.js";
import { foldSearch } from "../../catalogue/domain/text.js";
import type { FeeExemption } from "./fee-notice.js";
import "./fee-notice.js";

const KEY = "([a-z][a-zA-Z0-9_]{0,39})";
const MONEY = "([\\d.,\\s]+?)\\s*(?:đồng|đ|vnd|vnđ)?";
const TIMES = "\\s*[×x*]\\s*";
const HEAD = /^(.+?)\s*:\s*(.+)$/u;
const WHEN = new RegExp(`^(.*?)\\s+khi\\s+${KEY}\\s*=\\s*(.+)$`, "iu");
const FIXED = new RegExp(`^${MONEY}\\.?$`, "iu");
const PER = new RegExp(`^${MONEY}${TIMES}${KEY}(?:\\s+(\\S.{0,29}))?$`, "iu");
const PERCENT = new RegExp(
  `^(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%${TIMES}${KEY}(?:\\s*,?\\s*tối thiểu\\s+${MONEY})?(?:\\s*,?\\s*tối đa\\s+${MONEY})?$`,
  "iu",
);

function splitItems(text: string, separator: "line" | ";"): string[] {
  const parts = separator === "line" ? text.split(/\r?\n/) : text.split(/[;\n]/);
  return parts.map((p) => p.normalize("NFC").trim()).filter((p) => p !== "");
}

function money(text: string | undefined): number | null {
  const digits = (text ?? "").replace(/[.,\s]/g, "");
  return /^\d{1,13}$/.test(digits) ? Number(digits) : null;
}

/** One fee line; null when it follows none of the shapes. */
export function parseFeeLine(item: string): ProcedureFee | null {
  const head = HEAD.exec(item);
  if (!head?.[1] || !head[2]) return null;
  const label = head[1].trim();
  let rest = head[2].trim();
  const fee: ProcedureFee = { label, amountVnd: 0 };
  const when = WHEN.exec(rest);
  if (when?.[1] && when[2] && when[3]) {
    rest = when[1].trim();
    fee.whenField = when[2];
    fee.whenEquals = when[3].trim();
  }
  const pct = PERCENT.exec(rest);
  if (pct?.[1] && pct[2]) {
    const percent = Number(pct[1].replace(",", "."));
    if (!(percent >= 0 && percent <= 100)) return null;
    fee.percentOfField = pct[2];
    fee.percent = percent;
    if (pct[3] !== undefined) {
      const min = money(pct[3]);
      if (min === null) return null;
      fee.minVnd = min;
    }
    if (pct[4] !== undefined) {
      const max = money(pct[4]);
      if (max === null) return null;
      fee.maxVnd = max;
    }
    return fee;
  }
  const per = PER.exec(rest);
  if (per?.[2]) {
    const amount = money(per[1]);
    if (amount === null) return null;
    fee.amountVnd = amount;
    fee.perField = per[2];
    if (per[3]) fee.unit = per[3].trim();
    return fee;
  }
  const fixed = FIXED.exec(rest);
  const amount = money(fixed?.[1]);
  if (amount === null) return null;
  fee.amountVnd = amount;
  return fee;
}

export function parseFeeLines(text: string, separator: "line" | ";"): ParsedList<ProcedureFee> {
  const items: ProcedureFee[] = [];
  const problems: FieldProblem[] = [];
  splitItems(text, separator).forEach((item, i) => {
    const fee = parseFeeLine(item);
    if (fee) items.push(fee);
    else problems.push({ key: "svcCat.err.feeItem", params: { n: i + 1, item: item.slice(0, 80) } });
  });
  return { items, problems };
}

export function formatFeeLine(f: ProcedureFee): string {
  let rule: string;
  if (f.percentOfField) {
    rule = `${String(f.percent ?? 0).replace(".", ",")}% × ${f.percentOfField}`;
    if (f.minVnd !== undefined) rule += ` tối thiểu ${f.minVnd}`;
    if (f.maxVnd !== undefined) rule += ` tối đa ${f.maxVnd}`;
  } else if (f.perField) rule = `${f.amountVnd} × ${f.perField}${f.unit ? ` ${f.unit}` : ""}`;
  else rule = String(f.amountVnd);
  const when = f.whenField && f.whenEquals !== undefined ? ` khi ${f.whenField} = ${f.whenEquals}` : "";
  return `${f.label}: ${rule}${when}`;
}

/**
 * The fields a fee line names must exist in the procedure's form: numbers for amounts, a select (with that option) or
 * a checkbox for conditions. The first problem, worded by the catalogue's messages.
 */
export function checkFeeFields(
  fees: readonly ProcedureFee[],
  fields: readonly FormField[],
): FieldProblem | null {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const [i, fee] of fees.entries()) {
    const n = i + 1;
    for (const key of [fee.perField, fee.percentOfField]) {
      if (key === undefined) continue;
      const field = byKey.get(key);
      if (!field) return { key: "fees.err.fieldUnknown", params: { n, key } };
      if (field.type !== "number")
        return { key: "fees.err.fieldNotNumber", params: { n, key, label: field.label } };
    }
    if (fee.whenField !== undefined) {
      const field = byKey.get(fee.whenField);
      if (!field) return { key: "fees.err.fieldUnknown", params: { n, key: fee.whenField } };
      if (field.type !== "select" && field.type !== "checkbox")
        return { key: "fees.err.fieldNotChoice", params: { n, key: fee.whenField, label: field.label } };
      const value = foldSearch(fee.whenEquals ?? "");
      const options =
        field.type === "checkbox" ? ["co", "khong"] : (field.options ?? []).map((o) => foldSearch(o));
      if (!options.includes(value))
        return {
          key: "fees.err.optionUnknown",
          params: { n, value: fee.whenEquals ?? "", label: field.label },
        };
    }
    if (fee.minVnd !== undefined && fee.maxVnd !== undefined && fee.minVnd > fee.maxVnd)
      return { key: "fees.err.minMax", params: { n } };
  }
  return null;
}

const EXEMPTION = /^(.+?)\s*:\s*(\d{1,3})\s*%\s*(?:\|\s*(.+))?$/u;

/**
 * Exemptions "Hộ nghèo: 50%" or "Người có công với cách mạng: 100% | Giấy xác nhận người có công": the proof is one of
 * the procedure's documents, by name (ignoring case and diacritics) or key. A label keeps the key it had, so dossiers
 * that claimed it still name it.
 */
export function parseExemptions(
  text: string,
  separator: "line" | ";",
  documents: readonly ProcedureDocument[],
  existing: readonly FeeExemption[] = [],
): ParsedList<FeeExemption> {
  const items: FeeExemption[] = [];
  const problems: FieldProblem[] = [];
  const byLabel = new Map(existing.map((e) => [foldSearch(e.label), e.key]));
  const used = new Set<string>();
  splitItems(text, separator).forEach((item, i) => {
    const m = EXEMPTION.exec(item);
    const percent = Number(m?.[2]);
    const label = m?.[1]?.trim() ?? "";
    if (!m || !(percent >= 1 && percent <= 100) || label.length > 300) {
      problems.push({ key: "fees.err.exemptionItem", params: { n: i + 1, item: item.slice(0, 80) } });
      return;
    }
    let proofDocumentKey: string | undefined;
    if (m[3]) {
      const wanted = foldSearch(m[3]);
      const doc = documents.find((d) => d.key === m[3]?.trim() || foldSearch(d.name) === wanted);
      if (!doc) {
        problems.push({
          key: "fees.err.exemptionProof",
          params: { n: i + 1, document: m[3].trim().slice(0, 80) },
        });
        return;
      }
      proofDocumentKey = doc.key;
    }
    const old = byLabel.get(foldSearch(label));
    let key = old && !used.has(old) ? old : slugFromText(label, 36) || "doi-tuong";
    if (used.has(key)) {
      let k = 2;
      while (used.has(`${key}-${k}`)) k++;
      key = `${key}-${k}`;
    }
    used.add(key);
    items.push({ key, label, percent, ...(proofDocumentKey ? { proofDocumentKey } : {}) });
  });
  return { items, problems };
}

export function formatExemptions(
  exemptions: readonly FeeExemption[],
  documents: readonly ProcedureDocument[],
  separator: "\n" | "; ",
): string {
  return exemptions
    .map((e) => {
      const doc = documents.find((d) => d.key === e.proofDocumentKey);
      return `${e.label}: ${e.percent}%${doc ? ` | ${doc.name}` : ""}`;
    })
    .join(separator);
}
