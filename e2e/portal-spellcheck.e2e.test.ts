import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { arrived, pathOf, signInAdminFirstTime } from "./support/staff-pages.js";

/**
 * Spell check (SPEC §A11) in Chromium on the demo province: the province's word list with its error summary, and the
 * content page's panel after the "check without saving" button, which works without the page's scripts.
 * axe (WCAG 2.1 AA) runs on every page passed through.
 */

describe("spell check in Chromium", () => {
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

  it("edits the province's word list, meeting the error summary first", async () => {
    await admin
      .getByRole("navigation", { name: "Quản trị" })
      .getByRole("link", { name: "Từ điển chính tả", exact: true })
      .click();
    expect(pathOf(admin)).toBe("/admin/chinh-ta");
    await arrived(admin, "word list");
    const list = admin.getByLabel("Danh sách từ");
    const words = await list.inputValue();
    expect(words).toContain("Dung Quất");
    await list.fill(`${words}\n2026`);
    await admin.getByRole("button", { name: "Lưu danh sách" }).click();
    await arrived(admin, "word list with an error");
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain("không có chữ cái");
    await list.fill(`${words}\nVSIP`);
    await admin.getByRole("button", { name: "Lưu danh sách" }).click();
    await arrived(admin, "word list saved");
    await expect(admin.getByLabel("Danh sách từ").inputValue()).resolves.toContain("VSIP");
  });

  it("flags a misspelt word in the unsaved title, and shows the saved text's result on opening", async () => {
    await admin.goto("/admin/noi-dung?status=draft&kind=article");
    await admin.locator("table a[href^='/admin/noi-dung/']").first().click();
    await arrived(admin, "content page");
    await expect(admin.locator(".spellcheck-panel").textContent()).resolves.toContain("nội dung đã lưu");
    const title = admin.getByLabel("Tiêu đề", { exact: true });
    await title.fill(`Quyết địnnh ${await title.inputValue()}`);
    await admin.getByRole("button", { name: "Kiểm tra chính tả (không lưu)" }).click();
    await arrived(admin, "content page after the spell check");
    const panel = admin.locator(".spellcheck-panel");
    await expect(panel.textContent()).resolves.toContain("chưa lưu");
    await expect(panel.locator("table th[scope=row]").allTextContents()).resolves.toContain("địnnh");
    await expect(panel.textContent()).resolves.toContain("định");
    await expect(admin.getByLabel("Tiêu đề", { exact: true }).inputValue()).resolves.toMatch(/^Quyết địnnh /);
  });
});
