import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSiteId, demoUnitId } from "../src/modules/orgs/seed/demo-province.js";
import { sampleJpeg, samplePng } from "../src/modules/portal/media/test-fixtures.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { Authenticator } from "./support/totp.js";

/**
 * The media library in Chromium: an editor of Sở Xây dựng uploads an image through the real form (first without alt
 * text, refused), sees it with its sizes, edits its caption, and finds it in the list; axe-core WCAG 2.1 AA runs on
 * every media admin page (list, upload form, form with errors, file page).
 */
describe("media library in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  let files: string;
  const password = "Mat-khau-bien-tap-E2E-2026";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const staff = await createStaff(dbh.db, {
      username: "bientap-media-e2e",
      fullName: "Biên tập E2E",
      password,
      unitId: demoUnitId("SXD"),
      grants: [{ role: "editor", siteId: demoSiteId("so-xay-dung") }],
    });
    files = fs.mkdtempSync(path.join(os.tmpdir(), "congso-media-e2e-"));
    fs.writeFileSync(path.join(files, "cau-tra-khuc.jpg"), await sampleJpeg(1400, 900, "#1f5f8b"));
    fs.writeFileSync(path.join(files, "ban-do.png"), await samplePng(500, 300));
    const authenticator = new Authenticator(staff.totpSecret ?? "");
    const context = await newPerson(browser, server.url);
    page = await context.newPage();
    await page.goto("/admin/dang-nhap");
    await page.fill('input[name="username"]', "bientap-media-e2e");
    await page.fill('input[name="password"]', password);
    await page.locator('main form button.button[type="submit"]').first().click();
    await page.fill('input[name="code"]', authenticator.code());
    await page.locator('main form button.button[type="submit"]').first().click();
    expect(new URL(page.url()).pathname).toBe("/admin");
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
    if (files) fs.rmSync(files, { recursive: true, force: true });
  });

  it("shows the empty library and the upload form without accessibility violations", async () => {
    const res = await page.goto("/admin/thu-vien");
    expect(res?.status()).toBe(200);
    await expectNoAxeViolations(page, "/admin/thu-vien (empty)");
    await page.getByRole("link", { name: "Tải tệp lên" }).first().click();
    expect(new URL(page.url()).pathname).toBe("/admin/thu-vien/tai-len");
    await expectNoAxeViolations(page, "/admin/thu-vien/tai-len");
  });

  it("refuses an image without alt text, keeping the caption, then uploads it with one", async () => {
    await page.getByLabel("Chú thích").fill("Bản đồ quy hoạch chung");
    await page.getByLabel("Tệp").setInputFiles(path.join(files, "ban-do.png"));
    await page.getByRole("button", { name: "Tải lên" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Vui lòng nhập Văn bản thay thế",
    );
    await expect(page.getByLabel("Chú thích").inputValue()).resolves.toBe("Bản đồ quy hoạch chung");
    await expectNoAxeViolations(page, "upload form with errors");

    await page.getByLabel("Văn bản thay thế").fill("Cầu Trà Khúc nhìn từ bờ Nam, buổi sáng");
    await page.getByLabel("Chú thích").fill("Cầu Trà Khúc mới");
    await page.getByLabel("Nguồn / tác giả ảnh").fill("Ảnh: Sở Xây dựng");
    await page.getByLabel("Tệp").setInputFiles(path.join(files, "cau-tra-khuc.jpg"));
    await page.getByRole("button", { name: "Tải lên" }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/thu-vien\/[0-9a-f-]{36}$/);
    await expect(page.locator("body").textContent()).resolves.toContain("Đã tải lên tệp cau-tra-khuc.jpg.");
    // The preview is the responsive image the public pages use, and the browser really loads it.
    const img = page.locator(".media-preview picture img");
    await expect(img.getAttribute("alt")).resolves.toBe("Cầu Trà Khúc nhìn từ bờ Nam, buổi sáng");
    await expect(img.getAttribute("width")).resolves.toBe("1400");
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const el = document.querySelector(".media-preview picture img") as HTMLImageElement | null;
      return el?.complete === true && el.naturalWidth > 0;
    });
    // 1400 px wide: 320, 640 and 1024, each as WebP and JPEG.
    await expect(page.locator(".media-variants li").count()).resolves.toBe(6);
    await expectNoAxeViolations(page, "file page");
  });

  it("edits the caption and finds the file by words typed without diacritics", async () => {
    await page.getByLabel("Chú thích").fill("Cầu Trà Khúc mới, thông xe năm 2026");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await expect(page.locator("body").textContent()).resolves.toContain("Đã lưu thông tin tệp.");
    await expect(page.getByLabel("Chú thích").inputValue()).resolves.toBe(
      "Cầu Trà Khúc mới, thông xe năm 2026",
    );

    await page.goto("/admin/thu-vien");
    await page.getByLabel("Tìm theo tên tệp, văn bản thay thế, chú thích").fill("cau tra khuc thong xe");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page.locator("[role=status]").first().textContent()).resolves.toBe("1 tệp");
    await expect(page.locator("table.media-table img").count()).resolves.toBe(1);
    await expectNoAxeViolations(page, "/admin/thu-vien (search)");
  });
});
