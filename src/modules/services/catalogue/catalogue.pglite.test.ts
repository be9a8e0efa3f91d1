import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { signInAsAdmin } from "../../../../test/support/staff-session.js";
import { postMultipart } from "../../portal/legal/test-support.js";
import { SERVICES_PATHS } from "../paths.js";
import { DEMO_STP_PROCEDURE_CODE } from "./seed.js";

/** The embedded database: demo seed, search without diacritics, the import's multi-row upsert, the template lookup. */
describe("procedure catalogue on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite" });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it("seeds, searches and imports (insert then update by code)", async () => {
    const search = await t.app.inject({ url: `${SERVICES_PATHS.catalogue}?q=ly+lich+tu+phap&co_quan=STP` });
    expect(search.body).toContain(SERVICES_PATHS.procedure(DEMO_STP_PROCEDURE_CODE));
    const admin = await signInAsAdmin(t.app);
    const csv = [
      "Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Mức độ,Hình thức trực tuyến,Thời hạn (ngày làm việc)",
      "6.000001,Thủ tục nhúng thử,Hộ tịch,STP,4,Toàn trình,3",
    ].join("\n");
    const file = { field: "file", filename: "a.csv", contentType: "text/csv", data: Buffer.from(csv) };
    const first = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [file]);
    expect(first.body).toContain("thêm mới 1, cập nhật 0; 0 dòng lỗi");
    const second = await postMultipart(t.app, admin, SERVICES_PATHS.adminProcedureImport, {}, [
      { ...file, data: Buffer.from(csv.replace("nhúng thử", "nhúng thử lần hai")) },
    ]);
    expect(second.body).toContain("thêm mới 0, cập nhật 1; 0 dòng lỗi");
    const page = await t.app.inject({ url: SERVICES_PATHS.procedure("6.000001") });
    expect(page.body).toContain("Thủ tục nhúng thử lần hai");
    const missing = await t.app.inject({ url: SERVICES_PATHS.template("c".repeat(64), "x.pdf") });
    expect(missing.statusCode).toBe(404);
  });
});
