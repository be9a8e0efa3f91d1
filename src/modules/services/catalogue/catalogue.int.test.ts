import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { type StaffSession, signIn, signInAsAdmin } from "../../../../test/support/staff-session.js";
import { demoUnitId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { minimalPdf, postMultipart } from "../../portal/legal/test-support.js";
import { SERVICES_PATHS } from "../paths.js";
import { IMPORT_COLUMNS } from "./domain/import.js";
import { DEMO_STP_PROCEDURE_CODE } from "./seed.js";
import { ADMIN_NEW_PATH, IMPORT_REPORT_PATH, IMPORT_TEMPLATE_PATH } from "./views/admin-pages.js";

const STP = demoUnitId("STP");
const SXD = demoUnitId("SXD");

function form(over: Record<string, string> = {}): Record<string, string> {
  return {
    code: "9.900001.000.00.00.H48",
    name: "Cấp bản sao trích lục hộ tịch",
    field: "Hộ tịch",
    unit_id: STP,
    level: "4",
    online_submission: "on",
    online_payment: "on",
    electronic_result: "on",
    processing_days: "2",
    legal_basis: "Luật Hộ tịch 2014\nNghị định 123/2015/NĐ-CP",
    result_type: "Bản sao trích lục",
    postal_return: "on",
    published: "on",
    applicants: "Công dân",
    conditions: "",
    documents: "Tờ khai cấp bản sao trích lục (bắt buộc)\nBản sao CCCD",
    fees: "Lệ phí cấp bản sao: 8.000",
    fee_note: "",
    steps: "Tiếp nhận | một cửa | 0\nXử lý | chuyên viên | 1,5\nKý | lãnh đạo | 0,5",
    form_fields: "",
    ...over,
  };
}

const csvCell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe("procedure catalogue (SPEC §B1)", () => {
  let t: TestApp;
  let admin: StaffSession;
  let officer: StaffSession;
  let specialist: StaffSession;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t.app);
    officer = await signIn(t.app, {
      username: "motcua.stp",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.0.0.2",
    });
    specialist = await signIn(t.app, {
      username: "chuyenvien.stp",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.0.0.3",
    });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ url });

  it("seeds the demo procedures, among them Sở Tư pháp's journey procedure", async () => {
    const rows = await t.services.db
      .selectFrom("procedures")
      .select(["code", "unit_id", "online_class"])
      .execute();
    expect(rows.length).toBeGreaterThan(120);
    const stp = rows.find((r) => r.code === DEMO_STP_PROCEDURE_CODE);
    expect(stp?.unit_id).toBe(STP);
  });

  describe("public catalogue", () => {
    it("finds procedures without diacritics", async () => {
      const res = await get(`${SERVICES_PATHS.catalogue}?q=${encodeURIComponent("khai sinh")}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("Đăng ký khai sinh");
      expect(res.body).not.toContain("Cấp Phiếu lý lịch tư pháp");
      const lyLich = await get(`${SERVICES_PATHS.catalogue}?q=ly+lich+tu+phap`);
      expect(lyLich.body).toContain("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
      expect(lyLich.body).toContain(SERVICES_PATHS.procedure(DEMO_STP_PROCEDURE_CODE).replace(/&/g, "&amp;"));
    });

    it("is never cached for everyone", async () => {
      const res = await get(SERVICES_PATHS.catalogue);
      expect(res.headers["cache-control"]).toBe("private, no-cache");
      expect(res.headers["x-cache"]).toBeUndefined();
    });

    it("filters by unit, online class, level and field", async () => {
      const stp = await get(`${SERVICES_PATHS.catalogue}?co_quan=STP`);
      expect(stp.body).toContain("Tìm thấy 6 thủ tục.");
      const stpFull = await get(`${SERVICES_PATHS.catalogue}?co_quan=STP&hinh_thuc=full`);
      expect(stpFull.body).toContain("Tìm thấy 2 thủ tục.");
      const none = await get(`${SERVICES_PATHS.catalogue}?co_quan=STP&muc_do=2`);
      expect(none.body).toContain("Tìm thấy 1 thủ tục.");
      expect(none.body).toContain("Thay đổi, cải chính, bổ sung thông tin hộ tịch");
      const field = await get(
        `${SERVICES_PATHS.catalogue}?linh_vuc=${encodeURIComponent("Lý lịch tư pháp")}`,
      );
      expect(field.body).toContain("Tìm thấy 2 thủ tục.");
      const bogus = await get(`${SERVICES_PATHS.catalogue}?hinh_thuc=x&muc_do=9&co_quan=NOPE&trang=-3`);
      expect(bogus.statusCode).toBe(200);
      const page2 = await get(`${SERVICES_PATHS.catalogue}?trang=2`);
      expect(page2.body).toContain("Trang 2/");
    });

    it("shows a procedure with every field and the submit button", async () => {
      const res = await get(SERVICES_PATHS.procedure(DEMO_STP_PROCEDURE_CODE));
      expect(res.statusCode).toBe(200);
      for (const text of [
        "Cấp Phiếu lý lịch tư pháp",
        "Sở Tư pháp",
        "10 ngày làm việc",
        "200.000 đồng",
        "Luật Lý lịch tư pháp 2009",
        "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
        "Phiếu lý lịch tư pháp số 1 hoặc số 2",
        "Một phần",
        "Nộp hồ sơ trực tuyến",
      ])
        expect(res.body).toContain(text);
      expect(res.body).toContain(`href="${SERVICES_PATHS.submit(DEMO_STP_PROCEDURE_CODE)}"`);
      const offline = await t.services.db
        .selectFrom("procedures")
        .select("code")
        .where("online_class", "=", "none")
        .executeTakeFirstOrThrow();
      const page = await get(SERVICES_PATHS.procedure(offline.code));
      expect(page.body).not.toContain("Nộp hồ sơ trực tuyến");
      expect((await get(SERVICES_PATHS.procedure("0.000"))).statusCode).toBe(404);
      expect((await get("/dich-vu-cong/thu-tuc/%3Cscript%3E")).statusCode).toBe(404);
    });
  });

  describe("editor", () => {
    it("lets only the catalogue roles in, each seeing their units", async () => {
      expect((await get(SERVICES_PATHS.adminProcedures)).statusCode).not.toBe(200);
      expect((await specialist.get(SERVICES_PATHS.adminProcedures)).statusCode).toBe(403);
      const list = await officer.get(SERVICES_PATHS.adminProcedures);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain("6 thủ tục");
      expect(list.body).not.toContain("Cấp giấy phép di dời công trình");
      const all = await admin.get(`${SERVICES_PATHS.adminProcedures}?q=giay+phep+di+doi`);
      expect(all.body).toContain("Cấp giấy phép di dời công trình");
      expect(all.body).toContain("Thủ tục hành chính");
    });

    it("creates a procedure of the officer's unit, audited", async () => {
      const res = await officer.post(ADMIN_NEW_PATH, form());
      expect(res.statusCode).toBe(303);
      const row = await t.services.db
        .selectFrom("procedures")
        .selectAll()
        .where("code", "=", "9.900001.000.00.00.H48")
        .executeTakeFirstOrThrow();
      expect(res.headers.location).toBe(SERVICES_PATHS.adminProcedure(row.id));
      expect(row.unit_id).toBe(STP);
      expect(row.documents.map((d) => [d.name, d.required])).toEqual([
        ["Tờ khai cấp bản sao trích lục", true],
        ["Bản sao CCCD", false],
      ]);
      expect(row.fees).toEqual([{ label: "Lệ phí cấp bản sao", amountVnd: 8000 }]);
      expect(row.steps.map((s) => s.days)).toEqual([0, 1.5, 0.5]);
      expect(row.search_text).toContain("cap ban sao trich luc");
      expect(row.postal_return).toBe(true);
      const audit = await t.services.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "procedure.create")
        .where("entity_id", "=", row.id)
        .executeTakeFirst();
      expect(audit?.actor_name).toBe("Ngô Thị Kim Oanh");
    });

    it("refuses bad input with 422, keeping what was typed", async () => {
      const res = await officer.post(
        ADMIN_NEW_PATH,
        form({ code: "9.900002", name: "", level: "3", fees: "Lệ phí không số", form_fields: "[{]" }),
      );
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain("Tên thủ tục: không được để trống.");
      expect(res.body).toContain("toàn trình phải ở mức độ 4");
      expect(res.body).toContain("Lệ phí không số");
      expect(res.body).toContain("không phải mảng JSON hợp lệ");
      expect(res.body).toContain('value="9.900002"');
      const dup = await officer.post(ADMIN_NEW_PATH, form());
      expect(dup.statusCode).toBe(422);
      expect(dup.body).toContain("đã có ở thủ tục khác");
    });

    it("keeps officers to their unit (403 on another unit's procedure, 422 when choosing it)", async () => {
      const other = await officer.post(ADMIN_NEW_PATH, form({ code: "9.900003", unit_id: SXD }));
      expect(other.statusCode).toBe(422);
      expect(other.body).toContain("không quản lý thủ tục của đơn vị này");
      const sxd = await t.services.db
        .selectFrom("procedures")
        .select("id")
        .where("unit_id", "=", SXD)
        .executeTakeFirstOrThrow();
      expect((await officer.get(SERVICES_PATHS.adminProcedure(sxd.id))).statusCode).toBe(403);
      expect(
        (await officer.post(SERVICES_PATHS.adminProcedure(sxd.id), form({ unit_id: SXD }))).statusCode,
      ).toBe(403);
      expect((await admin.get(SERVICES_PATHS.adminProcedure(sxd.id))).statusCode).toBe(200);
      expect((await officer.get(SERVICES_PATHS.adminProcedure("nope"))).statusCode).toBe(404);
    });

    it("edits, unpublishes (hidden from the public) and publishes again", async () => {
      const row = await t.services.db
        .selectFrom("procedures")
        .select(["id", "code"])
        .where("code", "=", "9.900001.000.00.00.H48")
        .executeTakeFirstOrThrow();
      const edit = await officer.get(SERVICES_PATHS.adminProcedure(row.id));
      expect(edit.body).toContain("Tờ khai cấp bản sao trích lục (bắt buộc)");
      const saved = await officer.post(
        SERVICES_PATHS.adminProcedure(row.id),
        form({ name: "Cấp bản sao trích lục hộ tịch (sửa)", processing_days: "3" }),
      );
      expect(saved.statusCode).toBe(303);
      const off = await officer.post(`${SERVICES_PATHS.adminProcedure(row.id)}/cong-khai`, {
        published: "0",
      });
      expect(off.statusCode).toBe(303);
      expect((await get(SERVICES_PATHS.procedure(row.code))).statusCode).toBe(404);
      await officer.post(`${SERVICES_PATHS.adminProcedure(row.id)}/cong-khai`, { published: "1" });
      const page = await get(SERVICES_PATHS.procedure(row.code));
      expect(page.body).toContain("Cấp bản sao trích lục hộ tịch (sửa)");
      const actions = await t.services.db
        .selectFrom("audit_log")
        .select("action")
        .where("entity_id", "=", row.id)
        .orderBy("id")
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        "procedure.create",
        "procedure.update",
        "procedure.unpublish",
        "procedure.publish",
      ]);
    });

    it("uploads a template per document (type sniffed) and serves it publicly by hash", async () => {
      const row = await t.services.db
        .selectFrom("procedures")
        .selectAll()
        .where("code", "=", "9.900001.000.00.00.H48")
        .executeTakeFirstOrThrow();
      const docKey = row.documents[0]?.key ?? "";
      const url = `${SERVICES_PATHS.adminProcedure(row.id)}/mau`;
      const fake = await postMultipart(t.app, officer, url, { document: docKey }, [
        {
          field: "template",
          filename: "to-khai.pdf",
          contentType: "application/pdf",
          data: Buffer.from("not a pdf"),
        },
      ]);
      expect(fake.statusCode).toBe(422);
      expect(fake.body).toContain("nhận diện theo nội dung tệp");
      const badDoc = await postMultipart(t.app, officer, url, { document: "nope" }, [
        { field: "template", filename: "to-khai.pdf", contentType: "application/pdf", data: minimalPdf() },
      ]);
      expect(badDoc.statusCode).toBe(422);
      const ok = await postMultipart(t.app, officer, url, { document: docKey }, [
        {
          field: "template",
          filename: "Tờ khai trích lục.pdf",
          contentType: "application/pdf",
          data: minimalPdf(),
        },
      ]);
      expect(ok.statusCode).toBe(303);
      const after = await t.services.db
        .selectFrom("procedures")
        .select("documents")
        .where("id", "=", row.id)
        .executeTakeFirstOrThrow();
      const doc = after.documents[0];
      expect(doc?.templateName).toBe("Tờ khai trích lục.pdf");
      const href = SERVICES_PATHS.template(doc?.templateSha256 ?? "", doc?.templateName ?? "");
      const page = await get(SERVICES_PATHS.procedure(row.code));
      expect(page.body).toContain(href);
      const file = await get(href);
      expect(file.statusCode).toBe(200);
      expect(file.headers["content-type"]).toBe("application/pdf");
      expect(String(file.headers["content-disposition"])).toContain("filename*=UTF-8''T%E1%BB%9D");
      expect((await get(SERVICES_PATHS.template("b".repeat(64), "x.pdf"))).statusCode).toBe(404);
      expect((await get("/dich-vu-cong/mau/xyz/x.pdf")).statusCode).toBe(404);
    });
  });

  describe("import", () => {
    it("imports ~1,000 rows in one go, reporting the bad ones (row, column, message) and a CSV report", async () => {
      const header = IMPORT_COLUMNS.map((c) => c.header);
      const lines = [header.map(csvCell).join(",")];
      const districts = ["TPQN", "HBT", "000.00.31.H48", "HLS"];
      for (let i = 1; i <= 1000; i++) {
        const bad = i === 10 ? "unit" : i === 500 ? "class" : "";
        const values: Record<string, string> = {
          code: `3.${String(i).padStart(6, "0")}.000.00.00.H48`,
          name: `Thủ tục thử nghiệm số ${i} về đăng ký hộ tịch`,
          field: i % 2 ? "Hộ tịch" : "Chứng thực",
          unit: bad === "unit" ? "KHONGCO" : (districts[i % districts.length] ?? "TPQN"),
          level: bad === "class" ? "2" : "4",
          online_class: "Toàn trình",
          processing_days: String(1 + (i % 15)),
          legal_basis: "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
          documents: "Tờ khai (bắt buộc); Bản sao CCCD",
          fees: "Lệ phí: 10.000",
          steps: "Tiếp nhận | một cửa | 0; Xử lý | chuyên viên | 1",
          result_type: "Giấy xác nhận",
          postal_return: i % 3 === 0 ? "Có" : "",
          published: "Có",
        };
        lines.push(IMPORT_COLUMNS.map((c) => csvCell(values[c.key] ?? "")).join(","));
      }
      const csv = `\uFEFF${lines.join("\r\n")}\r\n`;
      const res = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [
        { field: "file", filename: "thu-tuc.csv", contentType: "text/csv", data: Buffer.from(csv, "utf8") },
      ]);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("thêm mới 998, cập nhật 0; 2 dòng lỗi");
      expect(res.body).toMatch(/<td>11<\/td><td>Cơ quan thực hiện<\/td><td>[^<]*KHONGCO/);
      expect(res.body).toMatch(/<td>501<\/td><td>Hình thức trực tuyến<\/td>/);
      const count = await t.services.db
        .selectFrom("procedures")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("code", "like", "3.%")
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(998);
      const search = await get(`${SERVICES_PATHS.catalogue}?q=thu+nghiem+so+777`);
      expect(search.body).toContain("Thủ tục thử nghiệm số 777 về đăng ký hộ tịch");

      const report = /name="report" value="([^"]*)"/.exec(res.body)?.[1] ?? "";
      const decoded = report
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
      const csvReport = await admin.post(IMPORT_REPORT_PATH, { report: decoded });
      expect(csvReport.statusCode).toBe(200);
      expect(csvReport.headers["content-type"]).toContain("text/csv");
      expect(csvReport.body).toContain("11,Cơ quan thực hiện,");
      expect(csvReport.body.split("\r\n").filter((l) => l !== "")).toHaveLength(3);
      expect((await admin.post(IMPORT_REPORT_PATH, { report: "{" })).statusCode).toBe(400);

      // Again: every row now updates the procedure with its code.
      const again = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [
        { field: "file", filename: "thu-tuc.csv", contentType: "text/csv", data: Buffer.from(csv, "utf8") },
      ]);
      expect(again.body).toContain("thêm mới 0, cập nhật 998; 2 dòng lỗi");
      const audit = await t.services.db
        .selectFrom("audit_log")
        .select("summary")
        .where("action", "=", "procedure.import")
        .execute();
      expect(audit).toHaveLength(2);
    });

    it("reads XLSX and keeps an officer's rows to their unit", async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Thủ tục");
      ws.addRow([
        "Mã thủ tục",
        "Tên thủ tục",
        "Lĩnh vực",
        "Cơ quan thực hiện",
        "Mức độ",
        "Hình thức trực tuyến",
        "Thời hạn (ngày làm việc)",
      ]);
      ws.addRow(["4.000001", "Chứng thực chữ ký người dịch", "Chứng thực", "STP", 3, "Một phần", 2]);
      ws.addRow(["4.000002", "Cấp phép xây dựng thử", "Xây dựng", "SXD", 3, "Một phần", 15]);
      const buffer = Buffer.from(await wb.xlsx.writeBuffer());
      const res = await postMultipart(t.app, officer, SERVICES_PATHS.adminProcedureImport, {}, [
        {
          field: "file",
          filename: "thu-tuc.xlsx",
          contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          data: buffer,
        },
      ]);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("thêm mới 1, cập nhật 0; 1 dòng lỗi");
      expect(res.body).toMatch(/<td>3<\/td><td>Cơ quan thực hiện<\/td><td>[^<]*không quản lý/);
      const row = await t.services.db
        .selectFrom("procedures")
        .select(["unit_id", "form_fields"])
        .where("code", "=", "4.000001")
        .executeTakeFirstOrThrow();
      expect(row.unit_id).toBe(STP);
      expect(row.form_fields.some((f) => f.prefill === "phone")).toBe(true);
    });

    it("refuses unreadable files with a clear message and serves the template", async () => {
      const latin1 = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [
        {
          field: "file",
          filename: "x.csv",
          contentType: "text/csv",
          data: Buffer.from([0x4d, 0xe3, 0x20, 0xff]),
        },
      ]);
      expect(latin1.statusCode).toBe(422);
      expect(latin1.body).toContain("UTF-8");
      const missing = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [
        { field: "file", filename: "x.csv", contentType: "text/csv", data: Buffer.from("Tên thủ tục\nA\n") },
      ]);
      expect(missing.statusCode).toBe(422);
      expect(missing.body).toContain("Tệp thiếu cột bắt buộc");
      const none = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, []);
      expect(none.statusCode).toBe(422);
      const template = await admin.get(IMPORT_TEMPLATE_PATH);
      expect(template.statusCode).toBe(200);
      expect(template.body).toContain("Mã thủ tục,Tên thủ tục");
      expect((await specialist.get(SERVICES_PATHS.adminProcedureImport)).statusCode).toBe(403);
    });
  });
});
