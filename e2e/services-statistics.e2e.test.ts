import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoDossiersInto } from "../src/modules/services/seed/demo-dossiers.js";
import { ensureTestProcedures } from "../src/modules/services/seed/test-procedures.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signInEnrolledStaff, visitChecked } from "./support/staff-pages.js";
import { Authenticator } from "./support/totp.js";

/** Dossier statistics (§B6) in Chromium with axe-core WCAG 2.1 AA: presets, a typed period, errors, the XLSX link. */
describe("dossier statistics in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  const password = "Mat-khau-thanh-tra-E2E-2026";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    // The boot seeds the year of dossiers from the catalogue's demo procedures; without them, from a few of ours.
    await ensureTestProcedures(dbh.db);
    await seedDemoDossiersInto(dbh.db);
    const staff = await createStaff(dbh.db, {
      username: "thanhtra-e2e-tk",
      fullName: "Thanh tra E2E",
      password,
      grants: [{ role: "system_admin" }],
    });
    const context = await newPerson(browser, server.url);
    page = await context.newPage();
    await signInEnrolledStaff(page, "thanhtra-e2e-tk", password, new Authenticator(staff.totpSecret ?? ""));
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  it("filters by a preset and a typed period, groups by field, and links the XLSX", async () => {
    await visitChecked(page, "/admin/mot-cua/thong-ke");
    await expect(page.getByRole("link", { name: "Thống kê hồ sơ" }).count()).resolves.toBeGreaterThan(0);
    await page.getByLabel("Kỳ có sẵn").selectOption("lastYear");
    await page.locator(`input[name="from"]`).fill("");
    await page.locator(`input[name="to"]`).fill("");
    await page.getByRole("button", { name: "Xem thống kê" }).click();
    const lastYear = new Date().getFullYear() - 1;
    await expect(page.locator("main").textContent()).resolves.toContain(
      `Kỳ thống kê: từ ngày 01/01/${lastYear} đến ngày 31/12/${lastYear}`,
    );
    await expect(page.locator("table.services-stats tfoot").textContent()).resolves.toContain("Tổng cộng");
    await expect(page.locator('figure.stats-chart svg[role="img"]').count()).resolves.toBe(1);
    await expectNoAxeViolations(page, "statistics, last year");

    await page.locator(`input[name="from"]`).fill("31/02/2026");
    await page.getByRole("button", { name: "Xem thống kê" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Từ ngày phải là ngày dạng",
    );
    await expect(page.locator(`input[name="from"]`).inputValue()).resolves.toBe("31/02/2026");
    await expectNoAxeViolations(page, "statistics with errors");

    // The demo's year of dossiers ends today: this year so far has plenty.
    const today = new Date().toLocaleDateString("en-GB", { timeZone: "Asia/Ho_Chi_Minh" });
    await page.locator(`input[name="from"]`).fill(`01/01/${lastYear + 1}`);
    await page.locator(`input[name="to"]`).fill(today);
    await page.getByLabel("Thống kê theo").selectOption("field");
    await page.getByRole("button", { name: "Xem thống kê" }).click();
    await expect(page.locator("table.services-stats thead").textContent()).resolves.toContain("Lĩnh vực");
    await expectNoAxeViolations(page, "statistics by field");

    const link = page.getByRole("link", { name: "Tải bảng thống kê (XLSX)" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toContain("/admin/mot-cua/thong-ke.xlsx?");
    expect(href).toContain("by=field");
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("spreadsheetml");
  });
});
