import ExcelJS from "exceljs";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import type { Db } from "../../../platform/db/connection.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { lastMonth, viDate, vnDay } from "./domain/period.js";

/** Issue 5 item 7: the province portal dashboard, its seed-003 appendix table for any period, and its XLSX. */

const MAIN = demoSiteId("");
const EN = demoSiteId("en");
const SXD = demoSiteId("so-xay-dung");
const BA_TO = demoSiteId("huyen-ba-to");
// 2018, the year of seed 003's report: the demo content is all later, so every count below is ours.
const PERIOD = "from=01%2F01%2F2018&to=31%2F12%2F2018";

let n = 0;
async function article(db: Db, siteId: string, publishedAt: string, status = "published"): Promise<string> {
  n += 1;
  const id = uuidv7();
  await sql`
    insert into content_items (id, site_id, kind, title, slug, status, published_at)
    values (${id}, ${siteId}, 'article', ${`Tin số ${n}`}, ${`tin-2018-${n}`}, ${status}, ${publishedAt}::timestamptz)`.execute(
    db,
  );
  return id;
}

/** The appendix row "name … count" as the page renders it. */
function rowCount(html: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`<th scope="row">${escaped}</th><td class="num">([\\d.]+)</td>`).exec(html)?.[1];
}

describe("province portal dashboard", () => {
  let t: TestApp;
  let admin: StaffSession;
  let inspector: StaffSession;
  let editor: StaffSession;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.services.db;
    for (let i = 0; i < 3; i++) await article(db, MAIN, "2018-03-05T09:00:00+07:00");
    for (let i = 0; i < 2; i++) await article(db, EN, "2018-06-10T09:00:00+07:00");
    for (let i = 0; i < 4; i++) await article(db, SXD, "2018-07-01T09:00:00+07:00");
    // The last evening of the year in Việt Nam counts; half an hour later (still 2018 in UTC) does not.
    await article(db, SXD, "2018-12-31T23:30:00+07:00");
    await article(db, SXD, "2019-01-01T00:30:00+07:00");
    await article(db, SXD, "2018-08-01T09:00:00+07:00", "draft");
    await article(db, BA_TO, "2018-02-02T09:00:00+07:00");
    await article(db, BA_TO, "2018-02-03T09:00:00+07:00");

    const commented = await article(db, SXD, "2026-01-10T09:00:00+07:00");
    for (let i = 0; i < 2; i++) {
      await db
        .insertInto("comments")
        .values({
          id: uuidv7(),
          site_id: SXD,
          content_id: commented,
          author_name: "Nguyễn Văn An",
          body: "Đề nghị công bố kế hoạch.",
          ip_hash: "x",
        })
        .execute();
    }
    await sql`
      insert into site_licences (site_id, licence_number, issued_on, expires_on)
      values (${SXD}, '12/GP-STTTT', '2015-01-01', '2020-01-01')
      on conflict (site_id) do update set licence_number = excluded.licence_number, issued_on = excluded.issued_on,
        expires_on = excluded.expires_on`.execute(db);

    const created = [
      await createStaff(db, {
        username: "tt.dash",
        grants: [{ role: "inspector", unitId: demoUnitId("STTTT") }],
      }),
      await createStaff(db, { username: "bt.dash", grants: [{ role: "editor", siteId: SXD }] }),
    ];
    inspector = await signIn(t.app, {
      username: "tt.dash",
      password: created[0]?.password ?? "",
      remoteAddress: "10.6.0.1",
    });
    editor = await signIn(t.app, {
      username: "bt.dash",
      password: created[1]?.password ?? "",
      remoteAddress: "10.6.0.2",
    });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("counts new items per site for the period: main and English together, 0 for the silent, a total that adds up", async () => {
    const { result: res, queries } = await countQueries(() =>
      admin.get(`/admin/bang-dieu-khien-cong?${PERIOD}`),
    );
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("Kỳ báo cáo: từ ngày 01/01/2018 đến ngày 31/12/2018");
    expect(rowCount(html, "VP.UBND tỉnh (Trang chủ, Trang tiếng Anh)")).toBe("5");
    expect(rowCount(html, "Sở Xây dựng")).toBe("5");
    expect(rowCount(html, "Sở Y tế")).toBe("0");
    expect(rowCount(html, "Tổng cộng")).toBeUndefined();
    expect(html).toMatch(/<th scope="row">Tổng cộng<\/th><td class="num"><strong>12<\/strong>/);
    expect(html).not.toContain("Không báo cáo");
    expect(html).toContain("Sở ban ngành");
    expect(html).toContain("UBND Huyện, Thành phố");
    // Within group I, the busiest first after the portal row.
    const agencies = html.slice(html.indexOf("Sở ban ngành"), html.indexOf("UBND Huyện, Thành phố"));
    expect(agencies.indexOf("VP.UBND tỉnh (Trang chủ")).toBeLessThan(agencies.indexOf("Sở Xây dựng"));
    expect(agencies.indexOf("Sở Xây dựng")).toBeLessThan(agencies.indexOf("Sở Y tế"));
    // Pending comments, licences and compliance come from their owners' grouped queries.
    expect(html).toMatch(/<th scope="row">Trang thông tin điện tử Sở Xây dựng<\/th><td class="num">2<\/td>/);
    expect(html).toContain("12/GP-STTTT");
    expect(html).toContain("Đã hết hạn");
    expect(html).toContain("Nghị định số 42/2022/NĐ-CP");
    expect(queries).toBeLessThanOrEqual(25);
  });

  it("defaults to last month and refuses a bad period with a Vietnamese message, input kept (422)", async () => {
    const res = await admin.get("/admin/bang-dieu-khien-cong");
    expect(res.statusCode).toBe(200);
    const last = lastMonth(vnDay(new Date()));
    expect(res.body).toContain(`Kỳ báo cáo: từ ngày ${viDate(last.from)} đến ngày ${viDate(last.to)}`);
    const bad = await admin.get("/admin/bang-dieu-khien-cong?from=31%2F02%2F2018&to=01%2F03%2F2018");
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Từ ngày phải là ngày dạng ngày/tháng/năm");
    expect(bad.body).toContain('value="31/02/2018"');
    const reversed = await admin.get("/admin/bang-dieu-khien-cong?from=01%2F03%2F2018&to=01%2F02%2F2018");
    expect(reversed.statusCode).toBe(422);
    expect((await admin.get("/admin/bang-dieu-khien-cong/bang-dieu-khien.xlsx?from=x")).statusCode).toBe(400);
  });

  it("exports the dashboard as XLSX: title, period, the appendix table, compliance and licences sheets", async () => {
    const res = await inspector.get(`/admin/bang-dieu-khien-cong/bang-dieu-khien.xlsx?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Cung cấp thông tin", "Tuân thủ", "Giấy phép"]);
    const items = wb.getWorksheet("Cung cấp thông tin");
    if (!items) throw new Error("no sheet");
    expect(items.getCell("A1").value).toBe(
      "Bảng tổng hợp tình hình cung cấp thông tin của Cổng thông tin điện tử tỉnh",
    );
    expect(items.getCell("A1").font?.name).toBe("Times New Roman");
    expect(items.getCell("A2").value).toBe("Kỳ báo cáo: từ ngày 01/01/2018 đến ngày 31/12/2018");
    const rows = new Map<string, unknown>();
    items.eachRow((row) => {
      const name = row.getCell(2).value;
      if (typeof name === "string") rows.set(name, row.getCell(3).value);
    });
    expect(rows.get("VP.UBND tỉnh (Trang chủ, Trang tiếng Anh)")).toBe(5);
    expect(rows.get("Sở Xây dựng")).toBe(5);
    expect(rows.get("Sở Y tế")).toBe(0);
    expect(rows.get("Tổng cộng")).toBe(12);
    const licences = wb.getWorksheet("Giấy phép");
    const values: unknown[] = [];
    licences?.eachRow((row) => {
      values.push(row.getCell(1).value, row.getCell(2).value, row.getCell(3).value);
    });
    expect(values).toContain("12/GP-STTTT");
    expect(values).toContain("01/01/2020");
    const compliance = wb.getWorksheet("Tuân thủ");
    expect(compliance?.getCell("A5").value).toBe(1);
    expect(typeof compliance?.getCell("C5").value).toBe("number");
  });

  it("is for the system administrator and inspectors only", async () => {
    expect((await inspector.get(`/admin/bang-dieu-khien-cong?${PERIOD}`)).statusCode).toBe(200);
    expect((await editor.get("/admin/bang-dieu-khien-cong")).statusCode).toBe(403);
    expect((await editor.get(`/admin/bang-dieu-khien-cong/bang-dieu-khien.xlsx?${PERIOD}`)).statusCode).toBe(
      403,
    );
  });
});
