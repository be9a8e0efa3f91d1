import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSiteId } from "../src/modules/orgs/seed/demo-province.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { arrived, pathOf, signInAdminFirstTime } from "./support/staff-pages.js";

/**
 * The compliance checker and the province dashboard (issue 5 items 1 and 7) in Chromium on the demo province: the
 * system administrator walks the ranking, one site's score, its mapping page, the criteria and the dashboard with
 * a period typed wrong. axe (WCAG 2.1 AA) runs on every page passed through.
 */

const SXD = demoSiteId("so-xay-dung");

describe("compliance and the province dashboard in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    admin = await (await newPerson(browser, server.url)).newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the system administrator signs in", async () => {
    await signInAdminFirstTime(admin);
  });

  it("ranking, a site's score, its mapping page and the criteria pass axe", async () => {
    await admin
      .getByRole("navigation", { name: "Quản trị" })
      .getByRole("link", { name: "Tuân thủ nội dung", exact: true })
      .click();
    expect(pathOf(admin)).toBe("/admin/tuan-thu/tinh");
    await arrived(admin, "province ranking");
    await admin.goto(`/admin/tuan-thu?site=${SXD}`);
    await arrived(admin, "site score");
    await expect(admin.locator("body").textContent()).resolves.toContain("Nghị định số 42/2022/NĐ-CP");
    await admin.getByRole("link", { name: "Chọn nơi đăng các mục thông tin" }).click();
    await arrived(admin, "mapping page");
    await admin.locator("form[action='/admin/tuan-thu/gan'] button").first().click();
    await arrived(admin, "mapping page with an error");
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain("Vui lòng chọn");
    await admin.goto("/admin/tuan-thu/tieu-chi");
    await arrived(admin, "criteria");
    await admin.locator("a[href='/admin/tuan-thu/tieu-chi/thong-ke']").click();
    await admin.getByLabel("Trọng số").fill("99");
    await admin.getByRole("button", { name: "Lưu" }).click();
    await arrived(admin, "criterion form with errors");
  });

  it("the dashboard, with a period typed wrong, passes axe", async () => {
    await admin.goto("/admin/bang-dieu-khien-cong");
    await arrived(admin, "dashboard");
    await admin.getByLabel("Từ ngày").fill("31/02/2026");
    await admin.getByRole("button", { name: "Xem" }).click();
    await arrived(admin, "dashboard with a bad period");
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain("Từ ngày");
  });
});
