import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { postMultipart } from "../../portal/legal/test-support.js";
import { IMPORT_COLUMNS } from "../catalogue/domain/import.js";
import type { ProcedureDocument, ProcedureFee } from "../catalogue/domain/procedure.js";
import type { FormField } from "../catalogue/domain/procedure-form.js";
import { ADMIN_NEW_PATH } from "../catalogue/views/admin-pages.js";
import { multipartBody, validOnlineFields } from "../dossiers/test-fixtures.js";
import { LIFECYCLE_PATHS } from "../lifecycle/paths.js";
import { insertTestDossier } from "../lifecycle/test-fixtures.js";
import { SERVICES_PATHS } from "../paths.js";
import { insertTestUnit } from "../workspace/test-factory.js";
import type { FeeExemption } from "./domain/fee-notice.js";
import { computeFeeNotice } from "./domain/fee-notice.js";
import { createFeeNotice, getFeeNotice, markNoticePaid } from "./notice-store.js";

/**
 * Fees on PostgreSQL: the notice written with the dossier (computed lines, exemption), its refusals, cash at the
 * counter (once, right amount, right people), and no result handed over while the fee is unpaid.
 */
let t: TestApp;
let unitId: string;
let procedureId: string;
let officer: StaffSession;
let specialist: StaffSession;
let admin: StaffSession;

const FORM: FormField[] = [
  { key: "hoTenCon", label: "Họ, chữ đệm, tên người được khai sinh", type: "text", required: true },
  { key: "ngaySinh", label: "Ngày sinh", type: "date", required: true },
  { key: "gioiTinh", label: "Giới tính", type: "select", required: true, options: ["Nam", "Nữ"] },
  { key: "soBanSao", label: "Số bản sao yêu cầu", type: "number", required: false, min: 0, max: 10 },
  { key: "camKet", label: "Cam kết", type: "checkbox", required: true },
];
const DOCS: ProcedureDocument[] = [
  { key: "to-khai", name: "Tờ khai", required: true, copies: 1 },
  { key: "giay-xac-nhan", name: "Giấy xác nhận người có công", required: false, copies: 1 },
];
const FEES: ProcedureFee[] = [
  { label: "Lệ phí đăng ký", amountVnd: 50_000 },
  { label: "Phí cấp bản sao", amountVnd: 8_000, perField: "soBanSao", unit: "bản" },
];
const EXEMPTIONS: FeeExemption[] = [
  {
    key: "nguoi-co-cong",
    label: "Người có công với cách mạng",
    percent: 100,
    proofDocumentKey: "giay-xac-nhan",
  },
  { key: "ho-ngheo", label: "Hộ nghèo", percent: 50 },
];

async function counterSubmit(extra: Record<string, string | string[]>) {
  const { payload, contentType } = multipartBody({
    ...validOnlineFields(),
    procedureId,
    returnChannel: "counter",
    papers: ["to-khai"],
    ...extra,
  });
  return t.app.inject({
    method: "POST",
    url: `${SERVICES_PATHS.counterNew}?_csrf=${officer.csrf}`,
    headers: { cookie: officer.cookie, "content-type": contentType },
    payload,
  });
}

async function dossierOf(name: string) {
  return t.services.db
    .selectFrom("dossiers")
    .selectAll()
    .where("applicant_name", "=", name)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
  const db = t.services.db;
  unitId = await insertTestUnit(db, {
    shortCode: "FEE",
    name: "Sở Tư pháp thử nghiệm",
    identifierCode: "000.00.00.F01",
  });
  const row = await db
    .insertInto("procedures")
    .values({
      id: "01900000-0000-7000-8000-0000000fee01",
      code: "TEST.FEE.1",
      name: "Đăng ký khai sinh có thu phí",
      field: "Hộ tịch",
      unit_id: unitId,
      level: 4,
      online_class: "partial",
      online_payment: false,
      processing_days: 5,
      documents: JSON.stringify(DOCS),
      form_fields: JSON.stringify(FORM),
      fees: JSON.stringify(FEES),
      fee_exemptions: JSON.stringify(EXEMPTIONS),
      search_text: "dang ky khai sinh co thu phi test.fee.1",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  procedureId = row.id;
  const mk = async (username: string, role: "one_stop_officer" | "specialist", n: number) => {
    const s = await createStaff(db, {
      username,
      fullName: `Cán bộ ${username}`,
      grants: [{ role, unitId }],
      unitId,
    });
    return signIn(t.app, {
      username,
      password: s.password,
      totpSecret: s.totpSecret,
      remoteAddress: `10.8.0.${n}`,
    });
  };
  officer = await mk("fee.motcua", "one_stop_officer", 1);
  specialist = await mk("fee.chuyenvien", "specialist", 2);
  admin = await signInAsAdmin(t.app);
});

afterAll(async () => {
  await t?.close();
});

describe("the fee notice of a new dossier", () => {
  it("is computed from the form (per-copy line) with the exemption claimed", async () => {
    const res = await counterSubmit({
      ap_fullName: "Trần Hộ Nghèo",
      fd_soBanSao: "3",
      feeExemption: "ho-ngheo",
    });
    expect(res.statusCode).toBe(303);
    const d = await dossierOf("Trần Hộ Nghèo");
    const fee = await getFeeNotice(t.services.db, d.id);
    expect(fee).toMatchObject({
      subtotal_vnd: 74_000,
      exemption_key: "ho-ngheo",
      exemption_percent: 50,
      exempt_vnd: 37_000,
      total_vnd: 37_000,
      status: "unpaid",
    });
    expect(fee?.lines.map((l) => l.basis)).toEqual(["Mức thu cố định", "3 bản × 8.000 đ"]);
    const page = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain("3 bản × 8.000 đ");
    expect(page.body).toContain("37.000 đ");
    expect(page.body).toContain(`action="${SERVICES_PATHS.dossierFee(d.id)}"`);
    const form = await officer.get(`${SERVICES_PATHS.counterNew}?thu_tuc=${procedureId}`);
    expect(form.body).toContain("Đối tượng miễn, giảm phí");
    expect(form.body).toContain("8.000 đ cho mỗi bản (theo «Số bản sao yêu cầu»)");
    expect(form.body).toContain("Số tiền chính xác được hệ thống tính sau khi gửi hồ sơ");
  });

  it("refuses an exemption the procedure does not grant, and one claimed without its proof (422)", async () => {
    const bad = await counterSubmit({ ap_fullName: "Người Giả Mạo", feeExemption: "tu-cho-minh" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Đối tượng miễn, giảm phí không có trong thủ tục này.");
    const noProof = await counterSubmit({ ap_fullName: "Người Thiếu Giấy", feeExemption: "nguoi-co-cong" });
    expect(noProof.statusCode).toBe(422);
    expect(noProof.body).toContain("cần nộp kèm «Giấy xác nhận người có công»");
    const count = await t.services.db
      .selectFrom("dossiers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("applicant_name", "in", ["Người Giả Mạo", "Người Thiếu Giấy"])
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("is 'exempt' at 100 % with the proof, and the counter has nothing to take", async () => {
    const res = await counterSubmit({
      ap_fullName: "Lê Có Công",
      feeExemption: "nguoi-co-cong",
      papers: ["to-khai", "giay-xac-nhan"],
    });
    expect(res.statusCode).toBe(303);
    const d = await dossierOf("Lê Có Công");
    expect(await getFeeNotice(t.services.db, d.id)).toMatchObject({ status: "exempt", total_vnd: 0 });
    const pay = await officer.post(SERVICES_PATHS.dossierFee(d.id), { amount: "0" });
    expect(pay.statusCode).toBe(409);
    expect(pay.body).toContain("được miễn phí, lệ phí");
  });
});

describe("cash at the counter", () => {
  it("takes the exact total once, issues the receipt, refuses the rest", async () => {
    const d = await dossierOf("Trần Hộ Nghèo");
    const url = SERVICES_PATHS.dossierFee(d.id);
    expect((await specialist.post(url, { amount: "37.000" })).statusCode).toBe(403);
    const wrong = await officer.post(url, { amount: "30.000" });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain("khác số tiền phải nộp (37.000 đ)");
    expect((await officer.post(url, { amount: "ba mươi" })).statusCode).toBe(422);
    expect((await getFeeNotice(t.services.db, d.id))?.status).toBe("unpaid");

    const ok = await officer.post(url, { amount: "37.000" });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(SERVICES_PATHS.dossier(d.id));
    const fee = await getFeeNotice(t.services.db, d.id);
    expect(fee).toMatchObject({
      status: "paid",
      paid_via: "counter",
      collected_by_name: "Cán bộ fee.motcua",
      version: 1,
    });
    const receipts = await t.services.db
      .selectFrom("electronic_documents")
      .select("id")
      .where("dossier_id", "=", d.id)
      .where("kind", "=", "receipt")
      .execute();
    expect(receipts).toHaveLength(1);

    const again = await officer.post(url, { amount: "37.000" });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("đã nộp phí, lệ phí");
    const page = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain("nộp tại quầy");
    expect(page.body).toContain(SERVICES_PATHS.dossierElectronicDocument(d.id, receipts[0]?.id ?? ""));
    expect(page.body).not.toContain(`action="${url}"`);
  });

  it("markNoticePaid refuses a wrong amount and answers already_paid the second time", async () => {
    const db = t.services.db;
    const d = await insertTestDossier(db, { procedureId, unitId });
    const notice = computeFeeNotice({ fees: FEES, fee_exemptions: EXEMPTIONS }, { soBanSao: "1" }, null);
    await inTransaction(db, (tx) => createFeeNotice(tx, d.id, notice, new Date()));
    const pay = (amountVnd: number) =>
      inTransaction(db, (tx) =>
        markNoticePaid(t.services, tx, {
          dossierId: d.id,
          amountVnd,
          via: "online",
          orderId: null,
          staffId: null,
          at: new Date(),
        }),
      );
    expect(await pay(1)).toEqual({ outcome: "not_payable", reason: "amount_mismatch" });
    // Two settlements at once (a callback racing the browser's return): the row lock lets exactly one pay.
    const both = await Promise.all([pay(58_000), pay(58_000)]);
    expect(both.map((r) => r.outcome).sort()).toEqual(["already_paid", "paid"]);
    expect(await pay(58_000)).toEqual({ outcome: "already_paid" });
    const receipts = await db
      .selectFrom("payment_receipts")
      .select("id")
      .where("dossier_id", "=", d.id)
      .execute();
    expect(receipts).toHaveLength(1);
    const none = await insertTestDossier(db, { procedureId, unitId });
    expect(
      await inTransaction(db, (tx) =>
        markNoticePaid(t.services, tx, {
          dossierId: none.id,
          amountVnd: 0,
          via: "online",
          orderId: null,
          staffId: null,
          at: new Date(),
        }),
      ),
    ).toEqual({ outcome: "not_payable", reason: "no_notice" });
  });
});

describe("the lifecycle", () => {
  it("refuses to return the result while the fee is unpaid (409)", async () => {
    const db = t.services.db;
    const d = await insertTestDossier(db, {
      procedureId,
      unitId,
      state: "result_ready",
      receivedAt: new Date(),
      resolvedAt: new Date(),
      dueOn: "2099-12-31",
    });
    const notice = computeFeeNotice({ fees: FEES, fee_exemptions: [] }, {}, null);
    await inTransaction(db, (tx) => createFeeNotice(tx, d.id, notice, new Date()));
    const res = await officer.post(LIFECYCLE_PATHS.action(d.id, "return_result"), {
      expectedVersion: String(d.version),
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("Hồ sơ chưa nộp đủ phí, lệ phí");
    const row = await db
      .selectFrom("dossiers")
      .select("state")
      .where("id", "=", d.id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe("result_ready");
    expect((await officer.post(SERVICES_PATHS.dossierFee(d.id), { amount: "50.000" })).statusCode).toBe(303);
    const done = await officer.post(LIFECYCLE_PATHS.action(d.id, "return_result"), {
      expectedVersion: String(d.version),
    });
    expect(done.statusCode).toBe(303);
  });
});

describe("the catalogue's online settings and fee rules", () => {
  const editor = (over: Record<string, string> = {}) => ({
    code: "TEST.FEE.ADMIN",
    name: "Cấp bản sao trích lục có thu phí",
    field: "Hộ tịch",
    unit_id: unitId,
    level: "4",
    online_submission: "on",
    electronic_result: "on",
    processing_days: "2",
    documents: "Tờ khai (bắt buộc)\nGiấy xác nhận hộ nghèo",
    fees: "Lệ phí: 8.000\nPhí bản sao: 3.000 × soBan bản",
    fee_exemptions: "Hộ nghèo: 50% | Giấy xác nhận hộ nghèo",
    steps: "Tiếp nhận | một cửa | 0\nXử lý | chuyên viên | 2",
    form_fields: JSON.stringify([{ key: "soBan", label: "Số bản", type: "number" }]),
    published: "on",
    ...over,
  });

  it("derives the class on save and refuses fee rules naming missing or wrong fields (422)", async () => {
    const bad = await admin.post(ADMIN_NEW_PATH, editor({ fees: "Phí bản sao: 3.000 × soTrang trang" }));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("dùng trường «soTrang» không có trong biểu mẫu");
    const badProof = await admin.post(
      ADMIN_NEW_PATH,
      editor({ fee_exemptions: "Hộ nghèo: 50% | Sổ hộ nghèo" }),
    );
    expect(badProof.statusCode).toBe(422);
    expect(badProof.body).toContain("không có trong thành phần hồ sơ");

    const ok = await admin.post(ADMIN_NEW_PATH, editor());
    expect(ok.statusCode).toBe(303);
    const row = await t.services.db
      .selectFrom("procedures")
      .selectAll()
      .where("code", "=", "TEST.FEE.ADMIN")
      .executeTakeFirstOrThrow();
    // Charged, but not payable online: partial, whatever else is ticked.
    expect(row).toMatchObject({ online_class: "partial", online_payment: false, electronic_result: true });
    expect(row.fees[1]).toMatchObject({ perField: "soBan", amountVnd: 3000, unit: "bản" });
    expect(row.fee_exemptions).toEqual([
      { key: "ho-ngheo", label: "Hộ nghèo", percent: 50, proofDocumentKey: "giay-xac-nhan-ho-ngheo" },
    ]);
    const page = await admin.get(String(ok.headers.location));
    expect(page.body).toContain("Một phần: chưa thanh toán phí, lệ phí trực tuyến");
    expect(page.body).toContain("Phí bản sao: 3000 × soBan bản");

    const full = await admin.post(String(ok.headers.location), editor({ online_payment: "on" }));
    expect(full.statusCode).toBe(303);
    const again = await t.services.db
      .selectFrom("procedures")
      .select(["online_class", "fee_exemptions"])
      .where("code", "=", "TEST.FEE.ADMIN")
      .executeTakeFirstOrThrow();
    expect(again.online_class).toBe("full");
    expect(again.fee_exemptions[0]?.key).toBe("ho-ngheo");
  });

  it("imports the settings and exemptions, deriving the class (an old class column still maps)", async () => {
    const cell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const rows: Record<string, string>[] = [
      {
        code: "TEST.FEE.IMP1",
        online_submission: "Có",
        online_payment: "Có",
        electronic_result: "Có",
        fee_exemptions: "Người có công với cách mạng: 100% | Giấy xác nhận",
      },
      { code: "TEST.FEE.IMP2", online_class: "Một phần", level: "3" },
      { code: "TEST.FEE.IMP3", online_submission: "Có", fee_exemptions: "Hộ nghèo: 300%" },
    ];
    const lines = [IMPORT_COLUMNS.map((c) => cell(c.header)).join(",")];
    for (const r of rows) {
      const values: Record<string, string> = {
        name: `Thủ tục nhập ${r.code}`,
        field: "Hộ tịch",
        unit: "FEE",
        level: "4",
        processing_days: "3",
        documents: "Tờ khai (bắt buộc); Giấy xác nhận",
        fees: "Lệ phí: 10.000",
        ...r,
      };
      lines.push(IMPORT_COLUMNS.map((c) => cell(values[c.key] ?? "")).join(","));
    }
    const res = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [
      {
        field: "file",
        filename: "thu-tuc.csv",
        contentType: "text/csv",
        data: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8"),
      },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Miễn, giảm phí");
    const got = await t.services.db
      .selectFrom("procedures")
      .select(["code", "online_class", "online_payment", "fee_exemptions"])
      .where("code", "like", "TEST.FEE.IMP%")
      .orderBy("code")
      .execute();
    expect(got.map((g) => [g.code, g.online_class, g.online_payment])).toEqual([
      ["TEST.FEE.IMP1", "full", true],
      ["TEST.FEE.IMP2", "partial", false],
    ]);
    expect(got[0]?.fee_exemptions[0]).toMatchObject({ percent: 100, proofDocumentKey: "giay-xac-nhan" });
  });
});
