import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { type StaffSession, signIn, signInAsAdmin } from "../../../../test/support/staff-session.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import {
  errorSummary,
  idFromLocation,
  insertCategory,
  insertContent,
} from "../content/content.test-support.js";
import { formatMonth, monthOf } from "./domain/month.js";

/**
 * Royalties (issue 5 item 3): the assessment an approver gives when publishing, refused out of range with nothing
 * published, re-assessed on republication; the monthly sheet on screen and as XLSX with the value of its time; the
 * rate table's edits audited; each site's people limited to their sites.
 */
describe("royalties", () => {
  let t: TestApp;
  let editor: StaffSession;
  let approver: StaffSession;
  let siteAdmin: StaffSession;
  let admin: StaffSession;
  const sxd = demoSiteId("so-xay-dung");
  const main = demoSiteId("");
  let category = "";
  const thisMonth = formatMonth(monthOf(new Date()));

  const db = () => t.services.db;
  const item = (id: string) =>
    db().selectFrom("content_items").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const assessment = (id: string) =>
    db().selectFrom("royalty_assessments").selectAll().where("content_id", "=", id).executeTakeFirst();
  const auditActions = async (entityId: string) =>
    (
      await db()
        .selectFrom("audit_log")
        .select("action")
        .where("entity_id", "=", entityId)
        .orderBy("id")
        .execute()
    ).map((r) => r.action);
  const sheetText = (html: string) =>
    html
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();

  async function submittedArticle(title: string): Promise<string> {
    const res = await editor.post("/admin/noi-dung", {
      site_id: sxd,
      kind: "article",
      category_id: category,
      title,
      lead: "Sapo của bài.",
      body_html: "<p>Nội dung bài.</p>",
      author: "Huỳnh Thị Ngọc Ánh",
      tags: "xây dựng",
    });
    expect(res.statusCode, errorSummary(res.body)).toBe(303);
    const id = idFromLocation(res.headers.location);
    expect((await editor.post(`/admin/noi-dung/${id}/quy-trinh`, { action: "submit" })).statusCode).toBe(303);
    return id;
  }

  /** A published item of a past month with its assessment, written straight to the tables. */
  async function pastItem(title: string, publishedAt: string, points: number, classCode = "TIN") {
    const row = await insertContent(db(), {
      siteId: sxd,
      title,
      status: "published",
      publishedAt: new Date(publishedAt),
    });
    await db()
      .updateTable("content_items")
      .set({ author: "Trần Văn Tâm" })
      .where("id", "=", row.id)
      .execute();
    await db()
      .insertInto("royalty_assessments")
      .values({
        content_id: row.id,
        site_id: sxd,
        class_code: classCode,
        class_name: classCode === "TIN" ? "Tin" : classCode,
        points,
        beneficiary: "Trần Văn Tâm",
        point_value_vnd: null,
        assessed_by: null,
        assessed_by_name: null,
        assessed_at: new Date(publishedAt),
      })
      .execute();
    return row.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    category = await insertCategory(db(), sxd, "Tin hoạt động (nhuận bút)", "thu-nhuan-but");
    editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    approver = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
    siteAdmin = await signIn(t.app, { username: "quantri.sxd", password: DEMO_STAFF_PASSWORD });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("demo data: the latest demo months are assessed, deterministically, at the demo point value", async () => {
    const rows = await db()
      .selectFrom("royalty_assessments")
      .select(["class_code", "points", "point_value_vnd"])
      .execute();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.point_value_vnd === 120_000 && r.points >= 1)).toBe(true);
    expect(new Set(rows.map((r) => r.class_code)).size).toBeGreaterThan(1);
  });

  it("the approver assesses at publication; the month's sheet shows points × the value in force", async () => {
    const id = await submittedArticle("Sở Xây dựng nghiệm thu cầu Cửa Đại");
    const page = await approver.get(`/admin/noi-dung/${id}`);
    expect(page.body).toContain("Chấm nhuận bút");
    // The suggestion for an article: the class marked for articles, at its lowest points.
    expect(page.body).toMatch(/<option value="TIN" selected[^>]*>Tin \(1–10 điểm\)/);
    expect(page.body).toContain('id="f-royalty_points-publish"');
    expect(page.body).toContain('id="f-royalty_points-schedule"');

    const res = await approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "publish",
      royalty_form: "1",
      royalty_class: "BAI-VIET",
      royalty_points: "12",
    });
    expect(res.statusCode, errorSummary(res.body)).toBe(303);
    expect((await item(id)).status).toBe("published");
    const a = await assessment(id);
    expect(a).toMatchObject({
      class_code: "BAI-VIET",
      class_name: "Bài viết, ghi chép",
      points: 12,
      beneficiary: "Huỳnh Thị Ngọc Ánh",
      point_value_vnd: 120_000,
      assessed_by_name: "Đặng Quốc Bảo",
      revision: 1,
    });
    expect(await auditActions(id)).toEqual(expect.arrayContaining(["content.publish", "royalty.assess"]));

    const sheet = await approver.get(`/admin/nhuan-but?site=${sxd}&thang=${thisMonth}`);
    expect(sheet.statusCode).toBe(200);
    const text = sheetText(sheet.body);
    expect(text).toContain("Sở Xây dựng nghiệm thu cầu Cửa Đại");
    expect(text).toMatch(/Huỳnh Thị Ngọc Ánh Bài viết, ghi chép 12 120\.000 1\.440\.000/);
    expect(text).toContain("Nghị định số 18/2014/NĐ-CP");
    expect(text).toContain("Quyết định số 355/QĐ-UBND");
  });

  it("refuses points outside the class's range: 422, the message names the range, nothing published", async () => {
    const id = await submittedArticle("Hội nghị triển khai quy hoạch chung đô thị Dung Quất");
    const res = await approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "publish",
      royalty_form: "1",
      royalty_class: "BAI-VIET",
      royalty_points: "30",
    });
    expect(res.statusCode).toBe(422);
    expect(errorSummary(res.body)).toContain("ngoài khung của loại “Bài viết, ghi chép”: từ 5 đến 25 điểm");
    // The typed values come back with the message beside the field.
    expect(res.body).toMatch(/id="f-royalty_points-publish"[^>]*value="30"/);
    expect(res.body).toContain('href="#f-royalty_points-publish"');
    expect((await item(id)).status).toBe("submitted");
    expect(await assessment(id)).toBeUndefined();

    const fraction = await approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "schedule",
      schedule_at: "01/01/2099 08:00",
      royalty_form: "1",
      royalty_class: "KHONG-CO",
      royalty_points: "2,5",
    });
    expect(fraction.statusCode).toBe(422);
    expect(errorSummary(fraction.body)).toContain("không có trong bảng nhuận bút");
    expect(errorSummary(fraction.body)).toContain("số nguyên");
    expect((await item(id)).status).toBe("submitted");
    expect(await auditActions(id)).not.toContain("content.publish");

    // Scheduling records the assessment with the transition; the sheet lists the item once it is out.
    const scheduled = await approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "schedule",
      schedule_at: "01/01/2099 08:00",
      royalty_form: "1",
      royalty_class: "PHONG-VAN",
      royalty_points: "15",
    });
    expect(scheduled.statusCode, errorSummary(scheduled.body)).toBe(303);
    expect((await item(id)).status).toBe("scheduled");
    expect(await assessment(id)).toMatchObject({
      class_code: "PHONG-VAN",
      points: 15,
      point_value_vnd: 120_000,
    });
  });

  it("a republication re-assesses: the assessment is replaced, counted and audited with before and after", async () => {
    const id = await submittedArticle("Cấp phép xây dựng trực tuyến toàn trình");
    const publish = (points: string) =>
      approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
        action: "publish",
        royalty_form: "1",
        royalty_class: "TIN",
        royalty_points: points,
      });
    expect((await publish("4")).statusCode).toBe(303);
    expect((await approver.post(`/admin/noi-dung/${id}/quy-trinh`, { action: "unpublish" })).statusCode).toBe(
      303,
    );
    // The republish form proposes the current assessment.
    const page = await approver.get(`/admin/noi-dung/${id}`);
    expect(page.body).toMatch(/id="f-royalty_points-publish"[^>]*value="4"/);
    expect(page.body).toContain("Đã chấm: Tin, 4 điểm (lần 1");
    expect((await publish("9")).statusCode).toBe(303);
    expect(await assessment(id)).toMatchObject({ points: 9, revision: 2 });
    const rows = await db()
      .selectFrom("audit_log")
      .select(["action", "before", "after"])
      .where("entity_id", "=", id)
      .where("action", "like", "royalty.%")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.action)).toEqual(["royalty.assess", "royalty.reassess"]);
    expect(rows[1]?.before).toMatchObject({ points: 4 });
    expect(rows[1]?.after).toMatchObject({ points: 9, revision: 2 });
    const sheet = sheetText((await approver.get(`/admin/nhuan-but?site=${sxd}&thang=${thisMonth}`)).body);
    expect(sheet).toMatch(
      /Cấp phép xây dựng trực tuyến toàn trình \d{2}\/\d{2}\/\d{4} Huỳnh Thị Ngọc Ánh Tin 9 120\.000 1\.080\.000/,
    );
  });

  it("rate table: site admins read it, only system administrators change it, each change audited", async () => {
    const seen = await siteAdmin.get("/admin/nhuan-but/bang-nhuan-but");
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain("120.000 đ");
    expect(seen.body).not.toContain('action="/admin/nhuan-but/bang-nhuan-but/gia-tri-diem"');
    const sneaky = await siteAdmin.post("/admin/nhuan-but/bang-nhuan-but/gia-tri-diem", {
      effective_from: "01/01/2020",
      value_vnd: "1.000.000",
      province_decision: "Không được phép",
    });
    expect(sneaky.statusCode).toBe(403);
    expect((await approver.get("/admin/nhuan-but/bang-nhuan-but")).statusCode).toBe(403);

    const bad = await admin.post("/admin/nhuan-but/bang-nhuan-but/gia-tri-diem", {
      effective_from: "31/02/2020",
      value_vnd: "90.000,5",
      province_decision: "Quyết định số 01/QĐ-UBND ngày 02/01/2020",
    });
    expect(bad.statusCode).toBe(422);
    expect(errorSummary(bad.body)).toContain("ngày có thật");
    expect(errorSummary(bad.body)).toContain("số tiền nguyên dương");
    expect(bad.body).toContain('value="Quyết định số 01/QĐ-UBND ngày 02/01/2020"');

    const ok = await admin.post("/admin/nhuan-but/bang-nhuan-but/gia-tri-diem", {
      effective_from: "01/01/2020",
      value_vnd: "90.000",
      province_decision: "Quyết định số 01/QĐ-UBND ngày 02/01/2020",
    });
    expect(ok.statusCode, errorSummary(ok.body)).toBe(303);
    const row = await db()
      .selectFrom("royalty_point_values")
      .selectAll()
      .where("effective_from", "=", "2020-01-01")
      .executeTakeFirstOrThrow();
    expect(row.value_vnd).toBe(90_000);
    expect(await auditActions(row.id)).toEqual(["royalty.point_value.create"]);
    const again = await admin.post("/admin/nhuan-but/bang-nhuan-but/gia-tri-diem", {
      effective_from: "01/01/2020",
      value_vnd: "95.000",
      province_decision: "Quyết định khác",
    });
    expect(again.statusCode).toBe(409);

    const range = await admin.post("/admin/nhuan-but/loai-tac-pham/TIN-DICH", {
      name: "Tin dịch",
      min_points: "6",
      max_points: "2",
      sort_order: "20",
      active: "on",
    });
    expect(range.statusCode).toBe(422);
    expect(errorSummary(range.body)).toContain("lớn hơn hoặc bằng");
    const edit = await admin.post("/admin/nhuan-but/loai-tac-pham/TIN-DICH", {
      name: "Tin dịch, tin tổng hợp",
      min_points: "1",
      max_points: "8",
      sort_order: "20",
      active: "on",
    });
    expect(edit.statusCode, errorSummary(edit.body)).toBe(303);
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "before", "after"])
      .where("entity_type", "=", "royalty_class")
      .where("entity_id", "=", "TIN-DICH")
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe("royalty.class.update");
    expect(audit.before).toMatchObject({ max_points: 6 });
    expect(audit.after).toMatchObject({ max_points: 8, name: "Tin dịch, tin tổng hợp" });
    const created = await admin.post("/admin/nhuan-but/loai-tac-pham/moi", {
      code: "video",
      name: "Phóng sự video",
      min_points: "10",
      max_points: "40",
      sort_order: "70",
      active: "on",
    });
    expect(created.statusCode, errorSummary(created.body)).toBe(303);
    expect(await auditActions("VIDEO")).toEqual(["royalty.class.create"]);
  });

  it("a past month keeps the point value of its time", async () => {
    await pastItem("Tin tháng Năm (nhuận bút cũ)", "2025-05-20T03:00:00Z", 8);
    await pastItem("Tin tháng Sáu (nhuận bút mới)", "2025-06-03T03:00:00Z", 8);
    const raise = await admin.post("/admin/nhuan-but/bang-nhuan-but/gia-tri-diem", {
      effective_from: "01/06/2025",
      value_vnd: "150.000",
      province_decision: "Quyết định số 77/QĐ-UBND ngày 20/5/2025",
    });
    expect(raise.statusCode, errorSummary(raise.body)).toBe(303);
    const may = sheetText((await approver.get(`/admin/nhuan-but?site=${sxd}&thang=05/2025`)).body);
    expect(may).toMatch(/Tin tháng Năm \(nhuận bút cũ\) 20\/05\/2025 Trần Văn Tâm Tin 8 120\.000 960\.000/);
    expect(may).toContain("Quyết định số 355/QĐ-UBND");
    expect(may).not.toContain("Tin tháng Sáu");
    const june = sheetText((await approver.get(`/admin/nhuan-but?site=${sxd}&thang=6/2025`)).body);
    expect(june).toMatch(
      /Tin tháng Sáu \(nhuận bút mới\) 03\/06\/2025 Trần Văn Tâm Tin 8 150\.000 1\.200\.000/,
    );
    expect(june).toContain("Quyết định số 77/QĐ-UBND ngày 20/5/2025");
  });

  it("exports the sheet as XLSX: header, legal basis, lines, totals, signature blocks, Times New Roman", async () => {
    await pastItem("Khởi công nhà ở xã hội Nghĩa Hành", "2020-01-06T02:00:00Z", 5);
    await pastItem("Quy hoạch phân khu ven sông Trà Khúc", "2020-01-20T02:00:00Z", 7);
    // Published in January but never assessed: listed, not paid.
    await insertContent(db(), {
      siteId: sxd,
      title: "Tin chưa chấm nhuận bút",
      status: "published",
      publishedAt: new Date("2020-01-25T02:00:00Z"),
    });
    const res = await approver.get(`/admin/nhuan-but/bang-ke.xlsx?site=${sxd}&thang=01/2020`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no worksheet");
    const cell = (ref: string) => ws.getCell(ref).value;
    expect(cell("A2")).toBe("SỞ XÂY DỰNG");
    expect(cell("F1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(cell("A4")).toBe("BẢNG KÊ CHI TRẢ NHUẬN BÚT");
    expect(String(cell("A5"))).toContain("Tháng 01/2020");
    expect(String(cell("A6"))).toContain("Nghị định số 18/2014/NĐ-CP");
    expect(String(cell("A7"))).toContain("Quyết định số 01/QĐ-UBND ngày 02/01/2020");
    expect(cell("B9")).toBe("Tên tin, bài");
    const line = (r: number) => [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getRow(r).getCell(c).value);
    expect(line(10)).toEqual([
      1,
      "Khởi công nhà ở xã hội Nghĩa Hành",
      "06/01/2020",
      "Trần Văn Tâm",
      "Tin",
      5,
      90_000,
      450_000,
    ]);
    expect(line(11)).toEqual([
      2,
      "Quy hoạch phân khu ven sông Trà Khúc",
      "20/01/2020",
      "Trần Văn Tâm",
      "Tin",
      7,
      90_000,
      630_000,
    ]);
    expect(line(12).slice(0, 5)).toEqual([3, "Tin chưa chấm nhuận bút", "25/01/2020", "", "Chưa chấm"]);
    expect(line(12)[7]).toBeNull();
    expect(cell("A13")).toBe("Tổng cộng");
    expect(cell("F13")).toEqual({ formula: "SUM(F10:F12)", result: 12 });
    expect(cell("H13")).toEqual({ formula: "SUM(H10:H12)", result: 1_080_000 });
    expect(ws.getCell("H10").numFmt).toBe("#,##0");
    expect(ws.getCell("B10").font?.name).toBe("Times New Roman");
    const texts = ws
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .map(String);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Tổng số tiền: 1.080.000 đồng (viết bằng chữ: Một triệu không trăm tám mươi nghìn đồng).",
        "NGƯỜI LẬP BIỂU",
        "KẾ TOÁN",
        "THỦ TRƯỞNG ĐƠN VỊ",
      ]),
    );
  });

  it("each site's people see their own sites only; a bad month is a 422 in Vietnamese", async () => {
    expect((await approver.get(`/admin/nhuan-but?site=${main}&thang=${thisMonth}`)).statusCode).toBe(403);
    expect(
      (await approver.get(`/admin/nhuan-but/bang-ke.xlsx?site=${main}&thang=${thisMonth}`)).statusCode,
    ).toBe(403);
    expect((await siteAdmin.get(`/admin/nhuan-but?site=${main}`)).statusCode).toBe(403);
    // Editors are not given money figures.
    expect((await editor.get("/admin/nhuan-but")).statusCode).toBe(403);
    // The site list offers only the person's sites; the system administrator sees the main portal's sheet.
    const own = await approver.get("/admin/nhuan-but");
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain(`value="${main}"`);
    expect((await admin.get(`/admin/nhuan-but?site=${main}&thang=${thisMonth}`)).statusCode).toBe(200);

    const bad = await approver.get(`/admin/nhuan-but?site=${sxd}&thang=2025-13`);
    expect(bad.statusCode).toBe(422);
    expect(errorSummary(bad.body)).toContain("Tháng phải có dạng tháng/năm, ví dụ 11/2026.");
    expect(bad.body).toContain('value="2025-13"');
    const range = await approver.get(`/admin/nhuan-but?site=${sxd}&thang=13/2025`);
    expect(range.statusCode).toBe(422);
    expect(errorSummary(range.body)).toContain("tháng từ 01 đến 12");
    const junk = await approver.get(`/admin/nhuan-but?site=khong-phai-ma&thang=01/2025`);
    expect(junk.statusCode).toBe(422);
    expect((await approver.get(`/admin/nhuan-but/bang-ke.xlsx?site=${sxd}&thang=abc`)).statusCode).toBe(422);
  });

  it("the sheet runs the same number of queries for a busy month as for an empty one", async () => {
    for (let i = 0; i < 12; i++) await pastItem(`Tin số ${i + 1} tháng Ba`, `2024-03-${10 + i}T02:00:00Z`, 3);
    const empty = await countQueries(() => approver.get(`/admin/nhuan-but?site=${sxd}&thang=02/2019`));
    const busy = await countQueries(() => approver.get(`/admin/nhuan-but?site=${sxd}&thang=03/2024`));
    expect(empty.result.statusCode).toBe(200);
    expect(busy.result.statusCode).toBe(200);
    expect(sheetText(busy.result.body)).toContain("Tin số 12 tháng Ba");
    expect(busy.queries).toBe(empty.queries);
  });
});
