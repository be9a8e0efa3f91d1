import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { citizenBrowser, createTestCitizen } from "../../../../test/support/citizen-session.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import type { TestBrowser } from "../../citizens/test-support.js";
import {
  ensureMainSite,
  insertDossier,
  insertEvent,
  insertProcedure,
  insertUnit,
} from "../notifications/test-fixtures.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import type { Dossier } from "../tables.js";

/** Issue 8: the citizen's own dossier page — owner only, fee notice, payment form, attempts, receipts, results. */

let t: TestApp;
let owner: TestBrowser;
let stranger: TestBrowser;
let unpaid: Dossier;
let paid: Dossier;
let free: Dossier;
const vn = (day: string, hhmm = "09:00") => new Date(`${day}T${hhmm}:00+07:00`);
const SHA = "a".repeat(64);

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
  const db = t.services.db;
  const unitId = await insertUnit(db, { name: "Sở Tư pháp thử nghiệm" });
  await ensureMainSite(db);
  const procedureId = await insertProcedure(db, { unitId, name: "Cấp phiếu lý lịch tư pháp số 1" });
  const me = await createTestCitizen(db, { fullName: "Trần Thị Chủ" });
  const other = await createTestCitizen(db, { fullName: "Lê Văn Khác" });
  owner = await citizenBrowser(t.app, me.id, "10.8.0.1");
  stranger = await citizenBrowser(t.app, other.id, "10.8.0.2");

  const mine = async (o: Parameters<typeof insertDossier>[1]) => {
    const d = await insertDossier(db, o);
    await db.updateTable("dossiers").set({ citizen_id: me.id }).where("id", "=", d.id).execute();
    return d;
  };
  unpaid = await mine({
    procedureId,
    unitId,
    state: "supplement_requested",
    submittedAt: vn("2026-03-02"),
    receivedAt: vn("2026-03-03"),
    dueOn: "2026-03-17",
  });
  await insertEvent(db, unpaid.id, { action: "submit", to: "submitted", at: vn("2026-03-02") });
  await insertEvent(db, unpaid.id, {
    action: "receive",
    from: "submitted",
    to: "received",
    at: vn("2026-03-03"),
  });
  await insertEvent(db, unpaid.id, {
    action: "request_supplement",
    from: "received",
    to: "supplement_requested",
    note: "Thiếu bản sao căn cước",
    at: vn("2026-03-04"),
  });
  await db
    .insertInto("dossier_fee_notices")
    .values({
      dossier_id: unpaid.id,
      lines: JSON.stringify([
        {
          label: "Lệ phí cấp phiếu",
          basis: "1 phiếu × 200.000 đ",
          quantity: 1,
          unitVnd: 200_000,
          amountVnd: 200_000,
        },
        {
          label: "Phí cấp thêm bản",
          basis: "2 bản × 5.000 đ",
          quantity: 2,
          unitVnd: 5_000,
          amountVnd: 10_000,
        },
      ]),
      subtotal_vnd: 210_000,
      exemption_key: "sinh-vien",
      exemption_label: "Sinh viên",
      exemption_percent: 50,
      exempt_vnd: 105_000,
      total_vnd: 105_000,
      status: "unpaid",
    })
    .execute();
  await db
    .insertInto("payment_orders")
    .values({
      id: uuidv7(),
      order_ref: "CS2603040001",
      dossier_id: unpaid.id,
      citizen_id: me.id,
      amount_vnd: 105_000,
      status: "cancelled",
      gateway: "sandbox",
      expires_at: vn("2026-03-04", "10:00"),
      settled_at: vn("2026-03-04", "09:05"),
      settled_via: "return",
    })
    .execute();

  paid = await mine({ procedureId, unitId, state: "returned", submittedAt: vn("2026-02-02") });
  await db
    .insertInto("dossier_fee_notices")
    .values({
      dossier_id: paid.id,
      lines: JSON.stringify([
        {
          label: "Lệ phí cấp phiếu",
          basis: "1 phiếu",
          quantity: 1,
          unitVnd: 1_250_000,
          amountVnd: 1_250_000,
        },
      ]),
      subtotal_vnd: 1_250_000,
      total_vnd: 1_250_000,
      status: "paid",
      paid_at: vn("2026-02-03"),
      paid_via: "online",
    })
    .execute();
  for (const [kind, code, title] of [
    ["receipt", "BL-7Q2K-9XWD", "Biên lai thu phí, lệ phí số 0000001"],
    ["result", "KQ-4HZT-M2PA", "Phiếu lý lịch tư pháp số 1"],
  ] as const) {
    const fileId = uuidv7();
    await db
      .insertInto("dossier_files")
      .values({
        id: fileId,
        dossier_id: paid.id,
        document_key: null,
        kind,
        sha256: SHA,
        filename: `${code}.pdf`,
        mime_type: "application/pdf",
        size_bytes: 1000,
        uploaded_by_staff: null,
        uploaded_by_citizen: null,
      })
      .execute();
    await db
      .insertInto("electronic_documents")
      .values({
        id: uuidv7(),
        verify_code: code,
        kind,
        dossier_id: paid.id,
        dossier_file_id: fileId,
        title,
        sha256: SHA,
        issuer_unit_id: unitId,
        issuer_name: "Sở Tư pháp thử nghiệm",
        signer_subject: "CN=Sở Tư pháp thử nghiệm",
        cert_fingerprint: "b".repeat(64),
        signed_at: vn("2026-02-03"),
      })
      .execute();
  }
  free = await mine({ procedureId, unitId, state: "submitted", submittedAt: vn("2026-03-05") });
});

afterAll(async () => {
  await t?.close();
});

describe("the citizen's dossier page", () => {
  it("shows the owner the state, dates, history, supplement link, itemised fee, pay form and attempts", async () => {
    const { result: res, queries } = await countQueries(() =>
      owner.get(CITIZEN_PATHS.myDossier(unpaid.code)),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const html = res.body;
    expect(html).toContain("Cấp phiếu lý lịch tư pháp số 1");
    expect(html).toContain("02/03/2026");
    expect(html).toContain("17/03/2026");
    expect(html).toContain("Thiếu bản sao căn cước");
    expect(html).toContain(`href="${SERVICES_PATHS.supplement(unpaid.code)}"`);
    expect(html).toContain("Lệ phí cấp phiếu");
    expect(html).toContain("2 bản × 5.000 đ");
    expect(html).toContain("210.000 đ");
    expect(html).toContain("Miễn, giảm: Sinh viên (50%)");
    expect(html).toContain("105.000 đ");
    expect(html).toContain("Chưa nộp");
    expect(html).toContain(`action="${CITIZEN_PATHS.payDossier(unpaid.code)}"`);
    expect(html).toMatch(/name="_csrf"/);
    expect(html).toContain("CS2603040001");
    expect(html).toContain("Đã hủy");
    expect(queries).toBeLessThanOrEqual(12);
  });

  it("lists receipts and results with download and verification links, no pay form once paid", async () => {
    const { result: res, queries } = await countQueries(() => owner.get(CITIZEN_PATHS.myDossier(paid.code)));
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("Đã nộp");
    expect(html).toContain("1.250.000 đ");
    expect(html).toContain("03/02/2026 (trực tuyến)");
    expect(html).not.toContain(CITIZEN_PATHS.payDossier(paid.code));
    expect(html).toContain("Biên lai điện tử");
    expect(html).toContain("Phiếu lý lịch tư pháp số 1");
    expect(html).toContain(`href="${SERVICES_PATHS.verifyCode("BL-7Q2K-9XWD")}"`);
    expect(html).toContain(`href="${SERVICES_PATHS.verifyCode("KQ-4HZT-M2PA")}"`);
    expect(html.match(/\/van-ban\/[0-9a-f-]+\.pdf"/g)?.length).toBe(2);
    expect(html).toContain(`href="${CITIZEN_PATHS.documentStore}"`);
    // The same statements with two documents as with none.
    const { queries: without } = await countQueries(() => owner.get(CITIZEN_PATHS.myDossier(free.code)));
    expect(queries).toBe(without);
  });

  it("says when a dossier has no fee, with no receipt or result yet", async () => {
    const res = await owner.get(CITIZEN_PATHS.myDossier(free.code));
    expect(res.body).toContain("Thủ tục này không thu phí, lệ phí.");
    expect(res.body).toContain("Chưa có biên lai hay kết quả điện tử nào.");
  });

  it("gives another citizen and an unknown code the same 404, and sends a visitor to sign in", async () => {
    const theirs = await stranger.get(CITIZEN_PATHS.myDossier(unpaid.code));
    const unknown = await owner.get(CITIZEN_PATHS.myDossier("000.00.00.H48-990101-9999"));
    expect(theirs.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(theirs.body).not.toContain("Cấp phiếu lý lịch tư pháp số 1");
    const anon = await t.app.inject({ url: CITIZEN_PATHS.myDossier(unpaid.code) });
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toContain(CITIZEN_PATHS.signIn);
    expect(anon.headers.location).toContain(encodeURIComponent(CITIZEN_PATHS.myDossier(unpaid.code)));
  });
});
