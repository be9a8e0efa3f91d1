import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSiteId, demoUnitId } from "../src/modules/orgs/seed/demo-province.js";
import { insertCategory, insertItem } from "../src/modules/portal/public/test-fixtures.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { Authenticator } from "./support/totp.js";

/**
 * Issue 4 items 6, 10 and 11 in Chromium: every public page type of the portal (a site's home with its sections,
 * category, article, page, tag, English article) has zero axe-core WCAG 2.1 AA violations in normal and
 * high-contrast modes and reads without JavaScript; the site admin's structure pages pass axe too, and a category
 * created there appears on the site.
 */

const SXD = demoSiteId("so-xay-dung");
const EN = demoSiteId("en");

const MODES = [
  { name: "normal", query: "co_chu=normal&tuong_phan=0", htmlClass: null },
  { name: "high contrast", query: "co_chu=normal&tuong_phan=1", htmlClass: "contrast" },
] as const;

const PAGES = [
  { path: "/so-xay-dung", lang: "vi", heading: /Sở Xây dựng/ },
  { path: "/so-xay-dung/chuyen-muc/e2e-tin-tuc", lang: "vi", heading: /Tin tức E2E/ },
  { path: "/so-xay-dung/chuyen-muc/e2e-tin-tuc?trang=2", lang: "vi", heading: /Tin tức E2E/ },
  { path: "/so-xay-dung/bai-viet/e2e-khoi-cong-cau", lang: "vi", heading: /Khởi công cầu Trà Khúc 3/ },
  { path: "/so-xay-dung/bai-viet/e2e-khoi-cong-cau?che-do=van-ban", lang: "vi", heading: /Khởi công cầu/ },
  { path: "/so-xay-dung/trang/e2e-gioi-thieu", lang: "vi", heading: /Giới thiệu Sở/ },
  { path: `/so-xay-dung/the/${encodeURIComponent("Giao thông E2E")}`, lang: "vi", heading: /Giao thông E2E/ },
  { path: "/en/news/e2e-bridge", lang: "en", heading: /Work starts on the third Tra Khuc bridge/ },
  { path: "/en/investment", lang: "en", heading: /Investing in Quảng Ngãi/ },
  {
    path: "/so-xay-dung/bai-viet/khong-co-bai-nay",
    lang: "vi",
    heading: /Không tìm thấy trang/,
    status: 404,
  },
] as const;

describe("portal public pages in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  const password = "Mat-khau-quan-tri-E2E-2026";
  let totpSecret = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const db = dbh.db;
    // A cover from the demo library when there is one, so the pages show real <picture> elements.
    const cover = await db
      .selectFrom("media")
      .select(["id", "alt"])
      .where("kind", "=", "image")
      .where("alt", "is not", null)
      .limit(1)
      .executeTakeFirst();
    const news = await insertCategory(db, {
      siteId: SXD,
      slug: "e2e-tin-tuc",
      name: "Tin tức E2E",
      description: "Tin hoạt động của Sở Xây dựng.",
    });
    await insertCategory(db, { siteId: SXD, slug: "e2e-quy-hoach", name: "Quy hoạch E2E", parentId: news });
    for (let i = 1; i <= 23; i++) {
      await insertItem(db, {
        siteId: SXD,
        slug: `e2e-tin-${i}`,
        title: `Tin hoạt động số ${i}`,
        lead: `Tóm tắt tin hoạt động số ${i}.`,
        categoryId: news,
        publishedMinutes: -2000 + i,
        coverMediaId: i % 3 === 0 ? (cover?.id ?? null) : null,
        tags: ["Giao thông E2E"],
      });
    }
    const vi = await insertItem(db, {
      siteId: SXD,
      slug: "e2e-khoi-cong-cau",
      title: "Khởi công cầu Trà Khúc 3",
      lead: "Sáng nay, tỉnh Quảng Ngãi khởi công cầu Trà Khúc 3 nối hai bờ sông.",
      bodyHtml:
        '<p>Cầu dài <strong>1.2 km</strong>, dự kiến hoàn thành năm 2028.</p><h2>Quy mô</h2><ul><li>Bốn làn xe</li><li>Hai làn đi bộ</li></ul><p>Xem thêm <a href="/so-xay-dung/chuyen-muc/e2e-tin-tuc">tin của Sở</a>.</p>',
      author: "Minh Anh",
      source: "Báo Quảng Ngãi",
      tags: ["Giao thông E2E", "Cầu đường"],
      categoryId: news,
      coverMediaId: cover?.id ?? null,
    });
    await insertItem(db, {
      siteId: EN,
      slug: "e2e-bridge",
      title: "Work starts on the third Tra Khuc bridge",
      lead: "The province began building a third bridge over the Tra Khuc river.",
      translationOfId: vi,
      tags: ["Transport"],
    });
    await insertItem(db, {
      siteId: SXD,
      kind: "page",
      slug: "e2e-gioi-thieu",
      title: "Giới thiệu Sở",
      bodyHtml: "<p>Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.</p>",
    });
    await insertItem(db, {
      siteId: SXD,
      kind: "announcement",
      slug: "e2e-thong-bao",
      title: "Thông báo tiếp dân",
    });
    // The home page of Sở Xây dựng with one section of each kind.
    await db.deleteFrom("home_sections").where("site_id", "=", SXD).execute();
    const sections = [
      { kind: "lead_story", config: {} },
      { kind: "latest_in_category", config: { categoryId: news, limit: 4 } },
      { kind: "announcements", config: { limit: 3 } },
      { kind: "legal_documents", config: { limit: 3 } },
      { kind: "service_links", config: { links: [{ label: "Dịch vụ công trực tuyến", href: "/tim-kiem" }] } },
    ] as const;
    for (const [position, s] of sections.entries()) {
      await db
        .insertInto("home_sections")
        .values({
          id: crypto.randomUUID(),
          site_id: SXD,
          position,
          kind: s.kind,
          title: null,
          config: JSON.stringify(s.config),
        })
        .execute();
    }
    const staff = await createStaff(db, {
      username: "quantri-e2e",
      fullName: "Quản trị E2E",
      password,
      unitId: demoUnitId("SXD"),
      grants: [{ role: "site_admin", siteId: SXD }],
    });
    totpSecret = staff.totpSecret ?? "";
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  for (const mode of MODES) {
    it(`has no WCAG 2.1 AA violations on every public page type in ${mode.name} mode`, async () => {
      const context = await newPerson(browser, server.url);
      try {
        const page = await context.newPage();
        await page.goto(`/hien-thi?${mode.query}&next=/so-xay-dung`);
        for (const p of PAGES) {
          const res = await page.goto(p.path);
          expect(res?.status(), p.path).toBe("status" in p ? p.status : 200);
          expect(await page.getAttribute("html", "lang"), p.path).toBe(p.lang);
          await expect(page.locator("h1").first().textContent(), p.path).resolves.toMatch(p.heading);
          if (mode.htmlClass)
            expect(await page.getAttribute("html", "class"), p.path).toContain(mode.htmlClass);
          await expectNoAxeViolations(page, `${p.path} (${mode.name})`);
        }
      } finally {
        await context.close();
      }
    });
  }

  it("shows the home sections, and leads from the home to a category, an article, its tag and its translation", async () => {
    const context = await newPerson(browser, server.url);
    try {
      const page = await context.newPage();
      await page.goto("/so-xay-dung");
      const headings = await page.locator(".home-sections h2").allTextContents();
      expect(headings).toEqual([
        "Tin nổi bật",
        "Tin tức E2E",
        "Thông báo",
        "Văn bản mới ban hành",
        "Dịch vụ trực tuyến",
      ]);
      await page.getByRole("link", { name: "Xem tất cả tin Tin tức E2E" }).click();
      expect(new URL(page.url()).pathname).toBe("/so-xay-dung/chuyen-muc/e2e-tin-tuc");
      await page.getByRole("link", { name: "Khởi công cầu Trà Khúc 3" }).click();
      expect(new URL(page.url()).pathname).toBe("/so-xay-dung/bai-viet/e2e-khoi-cong-cau");
      await expect(page.locator(".content-source").textContent()).resolves.toBe("Nguồn: Báo Quảng Ngãi");
      await page.getByRole("link", { name: "Cầu đường" }).click();
      await expect(page.locator("h1").textContent()).resolves.toBe("Từ khóa: Cầu đường");
      await page.goBack();
      await page.getByRole("link", { name: "English" }).click();
      expect(new URL(page.url()).pathname).toBe("/en/news/e2e-bridge");
      await page.getByRole("link", { name: "Tiếng Việt" }).click();
      expect(new URL(page.url()).pathname).toBe("/so-xay-dung/bai-viet/e2e-khoi-cong-cau");
    } finally {
      await context.close();
    }
  });

  describe("without JavaScript", () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: "vi-VN" });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it("pages through a category and switches to text-only reading with plain links", async () => {
      await page.goto("/so-xay-dung/chuyen-muc/e2e-tin-tuc");
      await page.getByRole("link", { name: "Trang sau" }).click();
      expect(new URL(page.url()).search).toBe("?trang=2");
      await expect(page.locator(".pager").textContent()).resolves.toContain("Trang 2/2");
      await page.goto("/so-xay-dung/bai-viet/e2e-khoi-cong-cau");
      await page.getByRole("link", { name: "Chỉ xem chữ (ẩn hình ảnh)" }).click();
      expect(await page.locator("main img").count()).toBe(0);
      await expect(page.locator(".content-body").textContent()).resolves.toContain("Bốn làn xe");
    });
  });

  it("lets the site admin add a category and a home section through accessible pages", async () => {
    const context = await newPerson(browser, server.url);
    try {
      const page = await context.newPage();
      const authenticator = new Authenticator(totpSecret);
      await page.goto("/admin/dang-nhap");
      await page.getByLabel("Tên đăng nhập").fill("quantri-e2e");
      await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
      await page.locator('main form button.button[type="submit"]').first().click();
      await page.fill('input[name="code"]', authenticator.code());
      await page.locator('main form button.button[type="submit"]').first().click();
      expect(new URL(page.url()).pathname).toBe("/admin");

      await page.goto("/admin/cau-truc-trang");
      await expectNoAxeViolations(page, "/admin/cau-truc-trang");
      await page.getByRole("link", { name: "Chuyên mục – Trang thông tin điện tử Sở Xây dựng" }).click();
      await expectNoAxeViolations(page, "category list");
      await page.getByRole("link", { name: "Thêm chuyên mục" }).click();
      await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
      await expect(page.locator(".error-summary").textContent()).resolves.toContain(
        "Vui lòng nhập Tên chuyên mục.",
      );
      await expectNoAxeViolations(page, "category form with errors");
      await page.getByLabel("Tên chuyên mục").fill("Đầu tư công E2E");
      await page.getByLabel("Chuyên mục cha").selectOption({ label: "Tin tức E2E" });
      await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
      await expect(page.locator(".notice").textContent()).resolves.toContain(
        "Đã thêm chuyên mục «Đầu tư công E2E».",
      );
      await expectNoAxeViolations(page, "category list after adding");

      await page.getByRole("link", { name: "Trang chủ", exact: true }).last().click();
      expect(new URL(page.url()).pathname).toBe(`/admin/trang/${SXD}/trang-chu`);
      await expectNoAxeViolations(page, "home sections list");
      await page.getByLabel("Loại khối cần thêm").selectOption("latest_in_category");
      await page.getByRole("button", { name: "Thêm khối" }).click();
      await expectNoAxeViolations(page, "home section form");
      await page.getByLabel("Chuyên mục", { exact: true }).selectOption({ label: "— Đầu tư công E2E" });
      await page.getByLabel("Tiêu đề khối").fill("Đầu tư công");
      await page.getByRole("button", { name: "Thêm khối" }).click();
      await expect(page.locator(".notice").textContent()).resolves.toContain("Đã thêm khối");

      const reader = await context.newPage();
      await reader.goto("/so-xay-dung");
      await expect(reader.locator(".home-sections h2").allTextContents()).resolves.toContain("Đầu tư công");
      await reader.goto("/so-xay-dung/chuyen-muc/dau-tu-cong-e2e");
      await expect(reader.locator("h1").textContent()).resolves.toBe("Đầu tư công E2E");
      await expectNoAxeViolations(reader, "new empty category");
    } finally {
      await context.close();
    }
  });
});
