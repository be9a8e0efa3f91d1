import { v5 as uuidv5 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import { demoUnits } from "../../orgs/seed/demo-data.js";
import { demoUnitId } from "../../orgs/seed/demo-province.js";
import type { ProcedureStep } from "./domain/procedure.js";
import type { FormField } from "./domain/procedure-form.js";
import {
  checkProcedure,
  defaultFormFields,
  emptyProcedureValues,
  type ProcedureInput,
} from "./domain/procedure-input.js";
import {
  DEPARTMENT_PROCEDURES,
  type DemoProcedure,
  DISTRICT_PROCEDURES,
  districtShare,
} from "./seed-data.js";
import { procedureRow } from "./store.js";

/** Namespace of demo procedure ids: the same code gives the same id on every machine. */
const PROCEDURE_NAMESPACE = "6d0b8f3e-2c41-4f7a-9e55-1a7c3b9d2e64";
const SEEDED_AT = new Date("2020-01-01T00:00:00+07:00");

/**
 * Sở Tư pháp's "Cấp Phiếu lý lịch tư pháp …" (10 working days, online "một phần", a phone field, required papers):
 * the procedure journeys 6 and 8 submit to.
 */
export const DEMO_STP_PROCEDURE_CODE = "1.011001.000.00.00.H48";

export function demoProcedureId(code: string): string {
  return uuidv5(`procedure:${code}`, PROCEDURE_NAMESPACE);
}

const EXTRA_FIELDS: Record<NonNullable<DemoProcedure["extra"]>, FormField[]> = {
  judicial: [
    { key: "purpose", label: "Mục đích sử dụng Phiếu", type: "text", required: true, maxLength: 300 },
    {
      key: "slipType",
      label: "Loại Phiếu yêu cầu cấp",
      type: "select",
      required: true,
      options: ["Phiếu lý lịch tư pháp số 1", "Phiếu lý lịch tư pháp số 2"],
    },
    { key: "slipCount", label: "Số lượng Phiếu", type: "number", required: true, min: 1, max: 10 },
    {
      key: "soPhieuThem",
      label: "Số Phiếu cấp thêm từ Phiếu thứ 3 trở đi",
      type: "number",
      required: false,
      min: 0,
      max: 8,
      help: "Hai Phiếu đầu đã gồm trong phí; mỗi Phiếu thêm 5.000 đồng.",
    },
  ],
  business: [
    {
      key: "businessName",
      label: "Tên doanh nghiệp / hộ kinh doanh",
      type: "text",
      required: true,
      maxLength: 300,
    },
    { key: "capital", label: "Vốn đăng ký (đồng)", type: "number", required: true, min: 0 },
    {
      key: "businessLines",
      label: "Ngành, nghề kinh doanh",
      type: "textarea",
      required: true,
      maxLength: 2000,
    },
  ],
  construction: [
    {
      key: "siteAddress",
      label: "Địa điểm xây dựng (thửa đất, tờ bản đồ)",
      type: "text",
      required: true,
      maxLength: 300,
    },
    { key: "floorArea", label: "Tổng diện tích sàn (m²)", type: "number", required: true, min: 1 },
    { key: "floors", label: "Số tầng", type: "number", required: true, min: 1, max: 100 },
  ],
  birth: [
    { key: "childName", label: "Họ, chữ đệm, tên của trẻ", type: "text", required: true, maxLength: 200 },
    { key: "childBirthDate", label: "Ngày sinh của trẻ", type: "date", required: true },
    { key: "childSex", label: "Giới tính", type: "select", required: true, options: ["Nam", "Nữ"] },
  ],
  vehicle: [
    { key: "licenceNumber", label: "Số giấy phép lái xe", type: "text", required: true, maxLength: 20 },
    {
      key: "licenceClass",
      label: "Hạng",
      type: "select",
      required: true,
      options: ["A1", "A2", "B1", "B2", "C", "D", "E"],
    },
  ],
};

/** The workflow template from the processing time: receipt, review, (approval), return; the days add up to it. */
export function demoSteps(days: number, noLeader: boolean): ProcedureStep[] {
  if (days === 0)
    return [
      { name: "Tiếp nhận, kiểm tra hồ sơ", role: "one_stop_officer", days: 0 },
      { name: "Giải quyết và trả kết quả", role: "one_stop_officer", days: 0 },
    ];
  const receive = days >= 3 ? 0.5 : 0;
  const approve = noLeader ? 0 : days >= 3 ? 1 : 0.5;
  const give = days >= 3 ? 0.5 : 0;
  const steps: ProcedureStep[] = [
    { name: "Tiếp nhận, kiểm tra hồ sơ", role: "one_stop_officer", days: receive },
    { name: "Thẩm định, xử lý hồ sơ", role: "specialist", days: days - receive - approve - give },
  ];
  if (!noLeader) steps.push({ name: "Phê duyệt, ký kết quả", role: "leader", days: approve });
  steps.push({ name: "Trả kết quả", role: "one_stop_officer", days: give });
  return steps;
}

const LEVEL: Record<DemoProcedure["cls"], string> = { F: "4", P: "3", N: "2" };

/** The paper that proves an exemption, added to the procedures that grant one. */
const EXEMPTION_PROOF = "Giấy tờ chứng minh thuộc đối tượng miễn, giảm phí, lệ phí";

/**
 * Issue 8 on the demo: fee lines computed from the form on some procedures, exemptions on others (Thông tư
 * 244/2016/TT-BTC and the fee circulars exempt people with meritorious service and reduce fees for poor households).
 */
const FEE_EXTRAS: Partial<
  Record<NonNullable<DemoProcedure["extra"]>, { fees?: string; exemptions?: boolean }>
> = {
  judicial: { exemptions: true },
  construction: { fees: "Phí thẩm định theo diện tích sàn: 1.000 × floorArea m²", exemptions: true },
  business: {
    fees: "Phí công bố nội dung đăng ký: 0,01% × capital tối thiểu 100.000 tối đa 300.000",
  },
  vehicle: { exemptions: true },
};
const EXEMPTIONS = `Người có công với cách mạng: 100% | ${EXEMPTION_PROOF}; Hộ nghèo: 50% | ${EXEMPTION_PROOF}`;

/** One demo procedure as checked input (the editor's own checks: a bad demo entry fails the seed loudly). */
export function demoProcedureInput(p: DemoProcedure, code: string, unitId: string): ProcedureInput {
  const extras = p.extra ? FEE_EXTRAS[p.extra] : undefined;
  const fees = [p.fees, extras?.fees ?? ""].filter((f) => f !== "").join("; ");
  const formFields = [...defaultFormFields(), ...(p.extra ? EXTRA_FIELDS[p.extra] : [])];
  // The demo keeps its class mix: F all online; P submission, and payment when it charges; N none.
  const values = {
    ...emptyProcedureValues(),
    code,
    name: p.name,
    field: p.field,
    unit_id: unitId,
    level: LEVEL[p.cls],
    online_submission: p.cls !== "N",
    online_payment: p.cls === "F" || (p.cls === "P" && fees !== ""),
    electronic_result: p.cls === "F",
    processing_days: String(p.days),
    legal_basis: p.legal.split("; ").join("\n"),
    result_type: p.result,
    postal_return: p.postal ?? false,
    applicants: "Công dân Việt Nam, người nước ngoài, tổ chức, doanh nghiệp",
    documents: extras?.exemptions ? `${p.documents}; ${EXEMPTION_PROOF}` : p.documents,
    fees,
    fee_exemptions: extras?.exemptions ? EXEMPTIONS : "",
    fee_note: fees === "" ? "Không thu phí, lệ phí." : "",
    form_fields: JSON.stringify(formFields),
  };
  const checked = checkProcedure(values, { separator: ";" });
  if (!checked.ok) throw new Error(`demo procedure ${code}: ${JSON.stringify(checked.problems)}`);
  return {
    ...checked.input,
    steps: demoSteps(p.days, p.noLeader ?? false),
    formFields,
    conditions: p.cls === "N" ? "Nộp trực tiếp tại Bộ phận một cửa hoặc qua dịch vụ bưu chính công ích." : "",
  };
}

/** Every demo procedure with its unit: departments and boards, then districts (fixed order). */
export function demoProcedures(): { input: ProcedureInput; unitName: string }[] {
  const out: { input: ProcedureInput; unitName: string }[] = [];
  let districtIndex = 0;
  for (const unit of demoUnits()) {
    const nn = unit.identifier_code.split(".")[2] ?? "00";
    if (unit.kind === "department") {
      const list = DEPARTMENT_PROCEDURES[unit.short_code] ?? [];
      list.forEach((p, j) => {
        const code = `1.${nn.padStart(3, "0")}${String(j + 1).padStart(3, "0")}.000.00.00.H48`;
        out.push({ input: demoProcedureInput(p, code, demoUnitId(unit.short_code)), unitName: unit.name_vi });
      });
    } else if (unit.kind === "district") {
      const count = districtShare(districtIndex++);
      DISTRICT_PROCEDURES.slice(0, count).forEach((p, j) => {
        const code = `2.${String(j + 1).padStart(6, "0")}.000.00.${nn}.H48`;
        out.push({ input: demoProcedureInput(p, code, demoUnitId(unit.short_code)), unitName: unit.name_vi });
      });
    }
  }
  return out;
}

/** Demo procedures for every seeded department and district (issue 6 item 11): one multi-row insert, idempotent. */
export async function seedDemoProcedures(db: Db): Promise<void> {
  const rows = demoProcedures().map(({ input, unitName }) => ({
    ...procedureRow(input, unitName),
    id: demoProcedureId(input.code),
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  }));
  await db
    .insertInto("procedures")
    .values(rows)
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}
