import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signInAdminFirstTime } from "./support/staff-pages.js";

/**
 * Readers' comments (SPEC §A7) in Chromium on the demo province: a reader sees approved comments under an article
 * and gets the form back with its errors; the system administrator opens the moderation queue and the settings.
 * axe (WCAG 2.1 AA) runs on every page passed through.
 */
describe("reader comments in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let reader: Page;
  let admin: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    reader = await (await newPerson(browser, server.url)).newPage();
    admin = await (await newPerson(browser, server.url)).newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a reader reads approved comments and meets the form's error summary", async () => {
    await signInAdminFirstTime(admin);

    await admin.goto("/admin/binh-luan?status=approved");
    const href = await admin.locator(".comment-queue tbody a").first().getAttribute("href");
    expect(href).toMatch(/^\/bai-viet\//);
    await reader.goto(href ?? "/");
    await expect(reader.locator("#binh-luan .comment-list li").count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(reader, "article with comments");
    await reader.getByRole("button", { name: "Gửi ý kiến" }).click();
    await expect(reader.locator(".error-summary").count()).resolves.toBe(1);
    await expectNoAxeViolations(reader, "comment form with errors");
  });

  it("the system administrator moderates and opens the settings", async () => {
    await admin.goto("/admin");
    await expect(admin.locator("#comments-panel-title").textContent()).resolves.toContain("chờ duyệt");
    await expectNoAxeViolations(admin, "admin home with the comments panel");
    await admin
      .getByRole("navigation", { name: "Quản trị" })
      .getByRole("link", { name: "Bình luận bạn đọc" })
      .click();
    await expectNoAxeViolations(admin, "moderation queue");
    await admin.locator(".comment-queue tbody input[type=checkbox]").first().check();
    await admin.getByRole("button", { name: "Duyệt các ý kiến đã chọn" }).click();
    await expect(admin.locator("body").textContent()).resolves.toContain("Đã duyệt 1 ý kiến");
    const itemPath = await admin.locator("form[id^=switch-]").first().getAttribute("action");
    await admin.getByRole("link", { name: "Cài đặt và từ cấm" }).click();
    await expectNoAxeViolations(admin, "comment settings");
    await admin.goto(itemPath ?? "/admin");
    await expect(admin.locator("h1").textContent()).resolves.toBe("Ý kiến bạn đọc của bài viết");
    await expectNoAxeViolations(admin, "one article's comments");
  });
});
