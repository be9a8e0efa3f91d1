import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { csrfFromHtml, formBody } from "../../../../test/support/staff-session.js";
import { SERVICES_PATHS } from "../paths.js";
import type { Dossier } from "../tables.js";
import { LOOKUP_RATE } from "./domain/lookup.js";
import { ensureMainSite, insertDossier, insertEvent, insertProcedure, insertUnit } from "./test-fixtures.js";

let t: TestApp;
let d: Dossier;
const vn = (day: string, hhmm = "09:00") => new Date(`${day}T${hhmm}:00+07:00`);

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
  const db = t.services.db;
  const unitId = await insertUnit(db, { name: "Sở Tư pháp thử nghiệm" });
  await ensureMainSite(db);
  const procedureId = await insertProcedure(db, { unitId, name: "Cấp phiếu lý lịch tư pháp số 1" });
  d = await insertDossier(db, {
    procedureId,
    unitId,
    state: "supplement_requested",
    receivedAt: vn("2026-03-03"),
    dueOn: "2026-03-17",
    submittedAt: vn("2026-03-02"),
  });
  await insertEvent(db, d.id, { action: "submit", to: "submitted", at: vn("2026-03-02") });
  await insertEvent(db, d.id, {
    action: "receive",
    from: "submitted",
    to: "received",
    note: "Nhận đủ bản chính",
    at: vn("2026-03-03"),
  });
  await insertEvent(db, d.id, {
    action: "assign",
    from: "received",
    to: "processing",
    note: "Giao anh Bình xử lý",
    at: vn("2026-03-03", "10:00"),
  });
  await insertEvent(db, d.id, {
    action: "request_supplement",
    from: "processing",
    to: "supplement_requested",
    note: "Thiếu bản sao giấy khai sinh",
    at: vn("2026-03-05"),
  });
  await db
    .insertInto("dossier_shipments")
    .values({
      id: "01900000-0000-7000-8000-000000000001",
      dossier_id: d.id,
      direction: "receipt",
      recipient_name: "Sở Tư pháp",
      recipient_phone: "0255 3822 158",
      street: "Số 1 Hùng Vương",
      commune: "Phường Trần Phú",
      district: "TP. Quảng Ngãi",
      province: "Quảng Ngãi",
      postal_service: "vnpost",
      tracking_number: "EL123456785VN",
      status: "delivered",
    })
    .execute();
});
afterAll(async () => {
  await t?.close();
});

let ipSeq = 0;
/** A fresh client (own address, own CSRF cookie), so the rate limit of one test does not touch another. */
async function client() {
  ipSeq++;
  const remoteAddress = `10.1.0.${ipSeq}`;
  const page = await t.app.inject({ url: SERVICES_PATHS.lookup, remoteAddress });
  const cookie = page.cookies.find((c) => c.name === "congso_csrf")?.value ?? "";
  const csrf = csrfFromHtml(page.body) ?? "";
  return {
    page,
    post: (form: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url: SERVICES_PATHS.lookup,
        remoteAddress,
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `congso_csrf=${cookie}` },
        payload: formBody({ _csrf: csrf, ...form }),
      }),
    get: (url: string) => t.app.inject({ url, remoteAddress }),
  };
}

const qr = (code: string, token: string) =>
  `${SERVICES_PATHS.lookup}?${new URLSearchParams({ ma: code, k: token }).toString()}`;

const GENERIC = "Không tìm thấy hồ sơ khớp với thông tin đã nhập";

describe("public dossier lookup", () => {
  it("shows the form, never cached", async () => {
    const { page } = await client();
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain("Tra cứu hồ sơ");
    expect(page.body).toContain('name="code"');
    expect(page.body).toContain('name="phone"');
    expect(page.body).toContain('name="idNumber"');
  });

  it("finds the dossier by code and phone written another way, with dates dd/mm/yyyy and a public history", async () => {
    const c = await client();
    const res = await c.post({ code: d.code.toLowerCase(), phone: "+84 905.123.456", idNumber: "" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const html = res.body;
    expect(html).toContain(`Thông tin hồ sơ ${d.code}`);
    expect(html).toContain("Cấp phiếu lý lịch tư pháp số 1");
    expect(html).toContain("Sở Tư pháp thử nghiệm");
    expect(html).toContain("Chờ bổ sung");
    expect(html).toContain("03/03/2026");
    expect(html).toContain("17/03/2026");
    expect(html).toContain("Thiếu bản sao giấy khai sinh");
    expect(html).toContain("Đang giải quyết");
    // No internal notes, no staff names.
    expect(html).not.toContain("Giao anh Bình");
    expect(html).not.toContain("Nhận đủ bản chính");
    // Postal tracking is shown.
    expect(html).toContain("EL123456785VN");
    expect(html).toContain("Đã phát thành công");
    // Without the receipt's token there is no supplement link.
    expect(html).not.toContain(`${SERVICES_PATHS.supplement(d.code)}?k=`);
  });

  it("finds it by code and ID number", async () => {
    const c = await client();
    const res = await c.post({ code: d.code, phone: "", idNumber: "051 190 000 123" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Thông tin hồ sơ ${d.code}`);
  });

  it("opens from the receipt's QR link, with the supplement link carrying the token", async () => {
    const c = await client();
    const res = await c.get(qr(d.code, d.lookup_token));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Thông tin hồ sơ ${d.code}`);
    expect(res.body).toContain(
      `href="${SERVICES_PATHS.supplement(d.code)}?k=${encodeURIComponent(d.lookup_token)}"`,
    );
  });

  it("answers every wrong combination with the same message, keeping what was typed", async () => {
    const c = await client();
    const answers = [
      await c.post({ code: d.code, phone: "0905123457", idNumber: "" }),
      await c.post({ code: d.code, phone: "", idNumber: "051190000124" }),
      await c.post({ code: d.code, phone: "0905123456", idNumber: "051190000124" }),
      await c.post({ code: "000.99.00.H48-260302-9999", phone: "0905123456", idNumber: "" }),
      await c.get(qr(d.code, "not-the-token")),
      await c.get(qr("000.99.00.H48-260302-9999", d.lookup_token)),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(GENERIC);
      expect(res.body).not.toContain("Cấp phiếu lý lịch tư pháp số 1");
    }
    expect(answers[0]?.body).toContain('value="0905123457"');
  });

  it("asks for the code and a phone or ID number (422, field messages)", async () => {
    const c = await client();
    const empty = await c.post({ code: "", phone: "", idNumber: "" });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain("Nhập mã hồ sơ.");
    expect(empty.body).toContain("Nhập số điện thoại hoặc số định danh của người nộp hồ sơ.");
    const bad = await c.post({ code: "abc", phone: "0905123456", idNumber: "" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Mã hồ sơ không đúng định dạng");
    expect(bad.body).toContain('value="0905123456"');
  });

  it("refuses a form without the CSRF token", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: SERVICES_PATHS.lookup,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: formBody({ code: d.code, phone: "0905123456" }),
    });
    expect(res.statusCode).toBe(403);
  });

  it(`limits lookups to ${LOOKUP_RATE.max} per ${LOOKUP_RATE.windowMs / 60_000} minutes per address (429), counted in the database`, async () => {
    const c = await client();
    for (let i = 0; i < LOOKUP_RATE.max; i++) {
      const res =
        i % 2 === 0
          ? await c.post({ code: d.code, phone: `090512${String(1000 + i)}`, idNumber: "" })
          : await c.get(qr(d.code, d.lookup_token));
      expect(res.statusCode).not.toBe(429);
    }
    const over = await c.post({ code: d.code, phone: "0905123456", idNumber: "" });
    expect(over.statusCode).toBe(429);
    expect(over.body).toContain("Bạn đã tra cứu quá 20 lần trong 10 phút");
    expect(Number(over.headers["retry-after"])).toBeGreaterThan(0);
    // Even the right answer is not given past the limit.
    expect(over.body).not.toContain(`Thông tin hồ sơ ${d.code}`);
    const qrOver = await c.get(qr(d.code, d.lookup_token));
    expect(qrOver.statusCode).toBe(429);
    // Another address is not affected.
    const other = await client();
    expect((await other.post({ code: d.code, phone: "0905123456", idNumber: "" })).statusCode).toBe(200);
    const rows = await t.services.db.selectFrom("dossier_lookup_attempts").select("ip_hash").execute();
    expect(rows.every((r) => !r.ip_hash.includes("10.1.0"))).toBe(true);
  });
});
