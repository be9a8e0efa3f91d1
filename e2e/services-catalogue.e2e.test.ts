import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STP_PROCEDURE_CODE } from "../src/modules/services/catalogue/seed.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { ROOT, type RunningServer, startServer } from "./support/server.js";
import { arrived, pathOf } from "./support/staff-pages.js";
import { Authenticator } from "./support/totp.js";

/**
 * The procedure catalogue (issue 6 item 1) in Chromium: a citizen searches the public catalogue without diacritics,
 * filters it and opens Sở Tư pháp's procedure; the one-stop officer of Sở Tư pháp imports a small CSV with one bad row
 * and sees that row's error. axe (WCAG 2.1 AA) on every page.
 */
const OFFICER = { username: "motcua.stp", password: "CongSo@2026!" };

describe("procedure catalogue in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let citizen: Page;
  let officer: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ database: "postgres", readyTimeoutMs: 280_000 }),
      launchBrowser(),
    ]);
    citizen = await (await newPerson(browser, server.url)).newPage();
    officer = await (await newPerson(browser, server.url)).newPage();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a citizen finds “Cấp Phiếu lý lịch tư pháp” typing without diacritics and opens it", async () => {
    await citizen.goto("/dich-vu-cong");
    await arrived(citizen, "public catalogue");
    await citizen.getByLabel("Tìm thủ tục").fill("ly lich tu phap");
    await citizen.getByLabel("Cơ quan thực hiện").selectOption("STP");
    await citizen.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(citizen.locator('main [role="status"]').first().textContent()).resolves.toContain(
      "Tìm thấy 2 thủ tục.",
    );
    await arrived(citizen, "catalogue search results");
    await citizen.getByRole("link", { name: /^Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/ }).click();
    expect(pathOf(citizen)).toBe(`/dich-vu-cong/thu-tuc/${DEMO_STP_PROCEDURE_CODE}`);
    const main = (await citizen.locator("main").textContent()) ?? "";
    expect(main).toContain("10 ngày làm việc");
    expect(main).toContain("200.000 đồng");
    expect(main).toContain("Luật Lý lịch tư pháp 2009");
    await expect(
      citizen.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).getAttribute("href"),
    ).resolves.toBe(`/dich-vu-cong/thu-tuc/${DEMO_STP_PROCEDURE_CODE}/nop-ho-so`);
    await arrived(citizen, "procedure page");
  });

  it("the one-stop officer imports a CSV with one bad row and sees its error", async () => {
    await officer.goto("/admin/dang-nhap");
    await officer.getByLabel("Tên đăng nhập").fill(OFFICER.username);
    await officer.getByLabel("Mật khẩu", { exact: true }).fill(OFFICER.password);
    await officer.getByRole("button", { name: "Đăng nhập" }).click();
    const secret = ((await officer.locator(".totp-secret").textContent()) ?? "").replace(/\s+/g, "");
    await officer.getByLabel("Mã xác thực").fill(new Authenticator(secret).code());
    await officer.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
    await officer.getByRole("link", { name: "Tôi đã lưu mã khôi phục" }).click();
    expect(pathOf(officer)).toBe("/admin");

    await officer
      .getByRole("navigation", { name: "Quản trị" })
      .getByRole("link", { name: "Thủ tục hành chính", exact: true })
      .click();
    expect(pathOf(officer)).toBe("/admin/thu-tuc");
    await arrived(officer, "catalogue editor list");
    await officer.getByRole("link", { name: "Thêm thủ tục" }).click();
    await arrived(officer, "new procedure form");
    await officer.getByRole("button", { name: "Lưu thủ tục" }).click();
    await expect(officer.locator(".error-summary").textContent()).resolves.toContain(
      "Mã thủ tục: không được để trống.",
    );
    await arrived(officer, "procedure form with errors");

    await officer.goto("/admin/thu-tuc/nhap");
    await arrived(officer, "import page");
    // Row 2 is valid; row 3 claims "toàn trình" at level 2.
    const csv = fs.readFileSync(path.join(ROOT, "test/fixtures/procedures/small-import.csv"));
    await officer.getByLabel("Tệp CSV hoặc XLSX").setInputFiles({
      name: "thu-tuc.csv",
      mimeType: "text/csv",
      buffer: csv,
    });
    await officer.getByRole("button", { name: "Nhập", exact: true }).click();
    await expect(officer.locator('main [role="status"]').first().textContent()).resolves.toContain(
      "thêm mới 1, cập nhật 0; 1 dòng lỗi",
    );
    const errorRow = (await officer.locator("table.import-errors tbody tr").first().textContent()) ?? "";
    expect(errorRow).toContain("3");
    expect(errorRow).toContain("Hình thức trực tuyến");
    expect(errorRow).toContain("toàn trình phải ở mức độ 4");
    await expectNoAxeViolations(officer, "import result");

    // The imported procedure in the editor, with its template upload form.
    await officer.goto("/admin/thu-tuc?q=chung+thuc+hop+dong");
    await officer.getByRole("link", { name: "Chứng thực hợp đồng giao dịch" }).click();
    expect(pathOf(officer)).toMatch(/^\/admin\/thu-tuc\/[0-9a-f-]{36}$/);
    await expect(officer.getByLabel("Thành phần hồ sơ", { exact: true }).inputValue()).resolves.toContain(
      "Dự thảo hợp đồng (bắt buộc)",
    );
    await arrived(officer, "procedure editor with templates");
  });
});
