import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signInEnrolledStaff } from "./support/staff-pages.js";
import { Authenticator } from "./support/totp.js";

/** The working-day calendar page in Chromium: the year's holidays, a refused form and an added change, under axe. */
describe("working calendar admin in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  const password = "Mat-khau-lich-E2E-2026";

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ database: "postgres", env: { SEED: "none" } }),
      launchBrowser(),
    ]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const staff = await createStaff(dbh.db, {
      username: "lich-e2e",
      fullName: "Quản trị lịch E2E",
      password,
      grants: [{ role: "system_admin" }],
    });
    const authenticator = new Authenticator(staff.totpSecret ?? "");
    page = await (await newPerson(browser, server.url)).newPage();
    await signInEnrolledStaff(page, "lich-e2e", password, authenticator);
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  it("shows 2026, refuses a Saturday as a day off, then adds the 2025 swap", async () => {
    const res = await page.goto("/admin/lich-lam-viec?nam=2026");
    expect(res?.status()).toBe(200);
    await expect(
      page.getByRole("table", { name: /Ngày nghỉ lễ, Tết năm 2026/ }).textContent(),
    ).resolves.toContain("17/02/2026");
    await expectNoAxeViolations(page, "/admin/lich-lam-viec?nam=2026");

    await page.getByLabel("Ngày", { exact: true }).fill("03/05/2025");
    await page.getByLabel("Loại điều chỉnh").selectOption("day_off");
    await page.getByLabel("Lý do").fill("Hoán đổi ngày làm việc dịp 30/4 – 1/5");
    await page.getByRole("button", { name: "Thêm điều chỉnh" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain("vốn đã là ngày nghỉ");
    await expect(page.getByLabel("Lý do").inputValue()).resolves.toBe(
      "Hoán đổi ngày làm việc dịp 30/4 – 1/5",
    );
    await expectNoAxeViolations(page, "calendar form with errors");

    await page.getByLabel("Ngày", { exact: true }).fill("02/05/2025");
    await page.getByRole("button", { name: "Thêm điều chỉnh" }).click();
    expect(new URL(page.url()).search).toBe("?nam=2025");
    await expect(
      page.getByRole("table", { name: /Ngày nghỉ bù, ngày làm việc bù năm 2025/ }).textContent(),
    ).resolves.toContain("02/05/2025");
    await expectNoAxeViolations(page, "/admin/lich-lam-viec?nam=2025 with a change");
  });
});
