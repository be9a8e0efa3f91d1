import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSiteId, demoUnitId } from "../src/modules/orgs/seed/demo-province.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signInEnrolledStaff, visitChecked } from "./support/staff-pages.js";
import { Authenticator } from "./support/totp.js";

/**
 * Units and sites in Chromium: journey 2's first half done through the real forms (a new department under the
 * province, its component site, the site on the portal home), with axe-core WCAG 2.1 AA run on every admin page of
 * units and sites (lists, forms, forms with errors) and on the English pages.
 */
describe("units and sites in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  let authenticator: Authenticator;
  const password = "Mat-khau-quan-tri-E2E-2026";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const staff = await createStaff(dbh.db, {
      username: "qtht-e2e",
      fullName: "Quản trị E2E",
      password,
      grants: [{ role: "system_admin" }],
    });
    authenticator = new Authenticator(staff.totpSecret ?? "");
    const context = await newPerson(browser, server.url);
    page = await context.newPage();
    await signInEnrolledStaff(page, "qtht-e2e", password, authenticator);
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  const visit = (path: string, status = 200) => visitChecked(page, path, status);

  it("creates a department under the province through the form, correcting a mistake first", async () => {
    await visit("/admin/don-vi");
    await page.getByRole("link", { name: "Thêm đơn vị" }).first().click();
    await expectNoAxeViolations(page, "/admin/don-vi/moi");
    await page.getByLabel("Tên đơn vị (tiếng Việt)").fill("Sở Du lịch");
    await page.getByLabel("Tên đơn vị (tiếng Anh)").fill("Department of Tourism");
    await page.getByLabel("Loại đơn vị").selectOption("department");
    await page.getByLabel("Đơn vị cấp trên").selectOption(demoUnitId("UBND"));
    await page.getByLabel("Mã viết tắt").fill("S DL");
    await page.locator("#f-phone").fill("0255 38");
    await page.locator("#f-leaders\\.0\\.name").fill("Lê Văn Lữ");
    await page.getByRole("button", { name: "Thêm đơn vị" }).click();

    // Refused: the summary lists the problems, each field keeps what was typed.
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Mã viết tắt chỉ gồm chữ in hoa",
    );
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Vui lòng nhập Chức vụ (lãnh đạo 1).",
    );
    await expect(page.getByLabel("Tên đơn vị (tiếng Việt)").inputValue()).resolves.toBe("Sở Du lịch");
    await expectNoAxeViolations(page, "unit form with errors");

    await page.getByLabel("Mã viết tắt").fill("SDL");
    await page.locator("#f-phone").fill("0255 3822 999");
    await page.locator("#f-leaders\\.0\\.position").fill("Giám đốc");
    await page.getByRole("button", { name: "Thêm đơn vị" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Đơn vị: Sở Du lịch");
    await expect(page.locator(".notice").textContent()).resolves.toContain("Đã thêm đơn vị Sở Du lịch.");
    await expectNoAxeViolations(page, "unit page");

    // Its component site, with the slug suggested from the unit's name.
    await page.getByRole("link", { name: "Thêm trang thông tin cho đơn vị này" }).click();
    await expect(page.getByLabel("Đường dẫn").inputValue()).resolves.toBe("so-du-lich");
    await expectNoAxeViolations(page, "/admin/trang/moi");
    await page.getByRole("button", { name: "Thêm trang thành phần" }).click();
    await expect(page.locator(".notice").textContent()).resolves.toContain("Đã thêm trang");
    await expectNoAxeViolations(page, "site page");

    await page.goto("/");
    await page.getByRole("link", { name: "Sở Du lịch", exact: true }).click();
    expect(new URL(page.url()).pathname).toBe("/so-du-lich");
    await expect(page.locator("h1").textContent()).resolves.toBe("Sở Du lịch");
    await expectNoAxeViolations(page, "/so-du-lich");
  });

  it("has no violations on the other unit and site pages, errors included", async () => {
    await visit("/admin/don-vi?q=duc+pho&kind=district");
    await expect(page.locator("table.unit-tree").textContent()).resolves.toContain("Huyện Đức Phổ");
    await visit(`/admin/don-vi/${demoUnitId("HLS")}`);
    await page.getByRole("button", { name: "Ngừng hoạt động đơn vị" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain("Xã An Vĩnh");
    await expectNoAxeViolations(page, "refused deactivation");
    await visit(`/admin/don-vi/${demoUnitId("XBTH")}/chuyen`);
    await visit("/admin/trang");
    await visit(`/admin/trang/${demoSiteId("so-xay-dung")}`);
    await page.locator("#f-menu\\.0\\.href").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Lưu danh mục" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain("Liên kết của mục 1");
    await expectNoAxeViolations(page, "menu with errors");
  });

  it("keeps every accent colour accessible on a public page, and the English pages too", async () => {
    for (const accent of ["do-son", "xanh-la", "xanh-ngoc", "tim", "nau", "xam-dam"]) {
      await dbh.db
        .updateTable("sites")
        .set({ theme: JSON.stringify({ accent }) })
        .where("slug", "=", "so-y-te")
        .execute();
      await visit("/so-y-te");
    }
    for (const path of [
      "/en/investment",
      "/en/online-services-guide",
      "/phuong-tran-phu",
      "/van-phong-ubnd-tinh",
    ]) {
      await visit(path);
    }
  });
});
