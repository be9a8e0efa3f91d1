import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { arrived, pathOf, signInAdminFirstTime } from "./support/staff-pages.js";

/**
 * Royalties (SPEC §A10) in Chromium on the demo province: the system administrator opens the monthly sheet, the rate
 * table and a class's form, meets the error summaries, and assesses a submitted article while publishing it.
 * axe (WCAG 2.1 AA) runs on every page passed through.
 */

describe("royalties in Chromium", () => {
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

  it("the sheet, with a month typed wrong", async () => {
    await admin
      .getByRole("navigation", { name: "Quản trị" })
      .getByRole("link", { name: "Nhuận bút", exact: true })
      .click();
    expect(pathOf(admin)).toBe("/admin/nhuan-but");
    await arrived(admin, "royalty sheet");
    await admin.getByLabel("Tháng", { exact: true }).fill("2026-11");
    await admin.getByRole("button", { name: "Xem bảng kê" }).click();
    await arrived(admin, "royalty sheet with a bad month");
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain(
      "Tháng phải có dạng tháng/năm",
    );
  });

  it("the rate table and a class's form, with their error summaries", async () => {
    await admin.goto("/admin/nhuan-but/bang-nhuan-but");
    await arrived(admin, "rate table");
    await admin.getByLabel("Giá trị 1 điểm (đồng)").fill("không rõ");
    await admin.getByRole("button", { name: "Lưu giá trị 1 điểm" }).click();
    await arrived(admin, "rate table with errors");
    await admin.getByRole("link", { name: "Sửa loại “Bài viết, ghi chép”" }).click();
    await arrived(admin, "class form");
    await admin.getByLabel("Số điểm tối đa").fill("1");
    await admin.getByRole("button", { name: "Lưu loại tác phẩm" }).click();
    await arrived(admin, "class form with errors");
  });

  it("assesses a submitted article while publishing it", async () => {
    await admin.goto("/admin/noi-dung?status=submitted&kind=article");
    await admin.locator("table a[href^='/admin/noi-dung/']").first().click();
    await arrived(admin, "submitted article with the assessment fields");
    const publish = admin
      .locator("form.workflow-form")
      .filter({ has: admin.locator("input[value='publish']") });
    await publish.getByLabel("Số điểm").fill("99");
    await publish.getByRole("button").click();
    await arrived(admin, "assessment out of range");
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain("ngoài khung");
    const again = admin
      .locator("form.workflow-form")
      .filter({ has: admin.locator("input[value='publish']") });
    await again.getByLabel("Số điểm").fill("3");
    await again.getByRole("button").click();
    await arrived(admin, "published article");
    await expect(admin.locator(".notice[role='status']").first().textContent()).resolves.toContain(
      "Đã đăng bài",
    );
  });
});
