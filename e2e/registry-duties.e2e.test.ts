import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSiteId } from "../src/modules/orgs/seed/demo-province.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signInEnrolledStaff, visitChecked } from "./support/staff-pages.js";
import { Authenticator } from "./support/totp.js";

/**
 * The site registry (§A12) and duty tracking (§F3) admin pages in Chromium, with axe-core WCAG 2.1 AA on each: lists,
 * forms, forms with errors, the breach list.
 */
describe("site registry and duty tracking in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  const password = "Mat-khau-quan-tri-E2E-2026";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const staff = await createStaff(dbh.db, {
      username: "qtht-e2e-nv",
      fullName: "Quản trị E2E",
      password,
      grants: [{ role: "system_admin" }],
    });
    const authenticator = new Authenticator(staff.totpSecret ?? "");
    const context = await newPerson(browser, server.url);
    page = await context.newPage();
    await signInEnrolledStaff(page, "qtht-e2e-nv", password, authenticator);
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  const visit = (path: string, status = 200) => visitChecked(page, path, status);

  it("keeps a site's licence through the form, correcting a mistake first", async () => {
    await visit("/admin/so-dang-ky-trang");
    await visit(`/admin/so-dang-ky-trang/${demoSiteId("so-xay-dung")}`);
    await page.getByLabel("Ngày hết hạn").fill("2029-03-01");
    await page.getByRole("button", { name: "Lưu sổ đăng ký" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Ngày hết hạn phải là một ngày có thật",
    );
    await expectNoAxeViolations(page, "registry form with errors");
    await page.getByLabel("Ngày hết hạn").fill("01/03/2031");
    await page.getByRole("button", { name: "Lưu sổ đăng ký" }).click();
    await expect(page.locator(".notice").textContent()).resolves.toContain("Đã lưu sổ đăng ký");
  });

  it("adds a duty rule and shows the breach list", async () => {
    await visit("/admin/nhiem-vu-giam-sat");
    await visit("/admin/nhiem-vu-giam-sat/moi");
    await page.getByLabel("Tên nhiệm vụ").fill("Quản trị viên kiểm tra trang hằng tuần");
    await page.getByLabel("Người thực hiện").selectOption("site_admin");
    await page.getByLabel("Số ngày tối đa giữa hai lần").fill("0");
    await page.getByRole("button", { name: "Lưu nhiệm vụ" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Số ngày tối đa giữa hai lần",
    );
    await expectNoAxeViolations(page, "rule form with errors");
    await page.getByLabel("Số ngày tối đa giữa hai lần").fill("7");
    await page.getByRole("button", { name: "Lưu nhiệm vụ" }).click();
    await expect(page.locator(".notice").textContent()).resolves.toContain("Đã thêm nhiệm vụ");
    await visit("/admin/nhiem-vu-giam-sat/vi-pham");
    await visit("/admin/nhiem-vu-giam-sat/vi-pham?from=31/02/2026&to=", 422);
    await visit("/admin/nhiem-vu-cua-toi");
    await visit(`/admin/nhiem-vu-cua-toi/trang/${demoSiteId("so-tu-phap")}`);
  });
});
