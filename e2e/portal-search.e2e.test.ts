import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSiteId } from "../src/modules/orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../src/modules/orgs/staff-bootstrap.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { Authenticator } from "./support/totp.js";

/**
 * Issue 4 items 7, 9 and 11 in Chromium: the search pages in Vietnamese and English — with results, without
 * results, with errors — in normal and high-contrast modes with zero axe-core WCAG 2.1 AA violations; a search
 * made without JavaScript through to page 2; and the visit statistics page of a site admin.
 */

const SXD = demoSiteId("so-xay-dung");
const EN = demoSiteId("en");
/** A word no demo content uses, so the counts below are ours. */
const WORD = "Trà Khúc-e2e";

async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const insert = (
      site: string,
      slug: string,
      title: string,
      lead: string | null,
      body: string,
      at: string,
    ) =>
      client.query(
        `insert into content_items (id, site_id, kind, title, slug, lead, body_text, status, published_at)
         values ($1, $2, 'article', $3, $4, $5, $6, 'published', $7)`,
        [uuidv7(), site, title, slug, lead, body, at],
      );
    await insert(
      SXD,
      "e2e-song-tra-khuc",
      `Kè sông ${WORD} ở Quảng Ngãi hoàn thành`,
      "Công trình bảo vệ bờ sông đã được nghiệm thu.",
      `${"Đoạn mở đầu. ".repeat(30)}<script>alert("x")</script> Tuyến kè sông ${WORD} dài 2 km.`,
      "2026-03-02T08:00:00+07:00",
    );
    for (let n = 1; n <= 11; n++) {
      await insert(
        SXD,
        `e2e-tin-${n}`,
        `Tin xây dựng số ${n}`,
        null,
        `Dự án ven sông ${WORD} tại tỉnh Quang Ngai, đợt ${n}.`,
        `2026-01-${String(n).padStart(2, "0")}T08:00:00+07:00`,
      );
    }
    await insert(
      EN,
      "e2e-tra-khuc-river",
      `The ${WORD} river embankment in Quảng Ngãi`,
      "A new embankment protects the river bank.",
      "Works finished in March.",
      "2026-03-02T08:00:00+07:00",
    );
    await client.query(
      `insert into page_views (day, site_id, content_id, views)
       select current_date - n, $1, null, 10 + n from generate_series(0, 20) as n
       on conflict do nothing`,
      [SXD],
    );
  } finally {
    await client.end();
  }
}

async function visit(page: Page, path: string, status: number, label: string): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), label).toBe(status);
  await expect(page.locator("h1").first().textContent(), label).resolves.toBeTruthy();
  await expectNoAxeViolations(page, label);
}

const q = encodeURIComponent;

const VI_PAGES = [
  { path: "/tim-kiem", status: 200, label: "search, empty" },
  { path: `/tim-kiem?q=${q("trà khúc-e2e")}`, status: 200, label: "search, results" },
  { path: `/so-xay-dung/tim-kiem?q=${q(WORD)}&type=article`, status: 200, label: "site search, results" },
  { path: `/tim-kiem?q=${q(WORD)}&site=${SXD}`, status: 200, label: "search, site filter with categories" },
  { path: `/so-xay-dung/tim-kiem?q=${q(WORD)}&page=2`, status: 200, label: "site search, page 2" },
  { path: "/tim-kiem?q=khongcoketquanaoca", status: 200, label: "search, no results" },
  { path: `/tim-kiem?q=${q("&|!():*'")}`, status: 200, label: "search, no words" },
  { path: `/tim-kiem?q=a&from=31/02/2026&type=video`, status: 400, label: "search, errors" },
  { path: `/tim-kiem?q=${"ả".repeat(201)}`, status: 400, label: "search, too long" },
];

const EN_PAGES = [
  { path: "/en/search", status: 200, label: "English search, empty" },
  { path: `/en/search?q=${q("tra khuc-e2e river")}`, status: 200, label: "English search, results" },
  { path: "/en/search?q=nothingmatchesthis", status: 200, label: "English search, no results" },
  { path: "/en/search?q=river&from=2026-01-01", status: 400, label: "English search, errors" },
];

describe("search pages in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    await seed(server.databaseUrl ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function person(opts: { javaScript?: boolean; contrast?: boolean } = {}): Promise<BrowserContext> {
    const context =
      opts.javaScript === false
        ? await browser.newContext({ baseURL: server.url, locale: "vi-VN", javaScriptEnabled: false })
        : await newPerson(browser, server.url);
    context.setDefaultTimeout(15_000);
    if (opts.contrast) {
      const page = await context.newPage();
      await page.goto("/hien-thi?tuong_phan=1&next=/");
      await page.close();
    }
    return context;
  }

  for (const contrast of [false, true]) {
    it(`has no WCAG 2.1 AA violations in Vietnamese${contrast ? " in high contrast" : ""}`, async () => {
      const context = await person({ contrast });
      try {
        const page = await context.newPage();
        for (const p of VI_PAGES)
          await visit(page, p.path, p.status, `${p.label}${contrast ? " (contrast)" : ""}`);
      } finally {
        await context.close();
      }
    });

    it(`has no WCAG 2.1 AA violations in English${contrast ? " in high contrast" : ""}`, async () => {
      const context = await person({ contrast });
      try {
        const page = await context.newPage();
        for (const p of EN_PAGES) {
          await visit(page, p.path, p.status, `${p.label}${contrast ? " (contrast)" : ""}`);
          expect(await page.getAttribute("html", "lang")).toBe("en");
        }
        await page.goto(`/en/search?q=${q("tra khuc-e2e")}`);
        await expect(page.locator(".search-summary").textContent()).resolves.toContain("1 result for");
        await expect(page.getByLabel("Search terms").inputValue()).resolves.toBe("tra khuc-e2e");
      } finally {
        await context.close();
      }
    });
  }

  it("answers a megabyte of query string with a 4xx, never a server error", async () => {
    const res = await fetch(`${server.url}/tim-kiem?q=${"a".repeat(1024 * 1024)}`);
    // Node refuses a request line this long before the app sees it (431); a shorter but still absurd one reaches
    // the search, which answers 414 with a message.
    expect([414, 431]).toContain(res.status);
    const refusal = await res.text();
    expect(refusal).toMatch(res.status === 431 ? /quá dài/ : /Địa chỉ tìm kiếm quá dài/);
    const long = await fetch(`${server.url}/tim-kiem?q=${"a".repeat(9000)}`);
    expect(long.status).toBe(414);
    expect(await long.text()).toContain("Địa chỉ tìm kiếm quá dài");
  });

  it("searches without JavaScript: form, highlighted results, escaped snippet, next page, filters kept", async () => {
    const context = await person({ javaScript: false });
    try {
      const page = await context.newPage();
      await page.goto("/so-xay-dung/tim-kiem");
      await page.getByLabel("Từ khóa").fill("TRÀ KHÚC-E2E");
      await page.getByLabel("Loại nội dung").selectOption({ label: "Bài viết" });
      await page.getByRole("button", { name: "Tìm kiếm" }).click();
      await page.waitForURL((url) => url.searchParams.has("q"));
      expect(new URL(page.url()).pathname).toBe("/so-xay-dung/tim-kiem");
      await expect(page.locator(".search-summary").textContent()).resolves.toContain(
        "Tìm thấy 12 kết quả cho «TRÀ KHÚC-E2E»",
      );
      // The item with the words as typed (diacritics included) in its title comes first, marked as written.
      const first = page.locator(".search-hits > li").first();
      await expect(first.locator("h3 a").getAttribute("href")).resolves.toBe(
        "/so-xay-dung/bai-viet/e2e-song-tra-khuc",
      );
      await expect(first.locator("h3 mark").first().textContent()).resolves.toBe("Trà Khúc-e2e");
      await expect(first.locator(".search-snippet").textContent()).resolves.toContain(
        '<script>alert("x")</script>',
      );
      expect(await page.locator(".search-hits > li").count()).toBe(10);
      // (axe needs JavaScript in the page: the same pages are checked with it in the tests above.)

      await page.getByRole("link", { name: "Trang sau" }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      const next = new URL(page.url());
      expect(next.searchParams.get("page")).toBe("2");
      expect(next.searchParams.get("type")).toBe("article");
      expect(await page.locator(".search-hits > li").count()).toBe(2);
      await expect(page.getByLabel("Loại nội dung").inputValue()).resolves.toBe("article");
      await page.getByRole("link", { name: "Trang trước" }).click();
      await page.waitForURL((url) => !url.searchParams.has("page"));
      expect(await page.locator(".search-hits > li").count()).toBe(10);
    } finally {
      await context.close();
    }
  });

  it("shows a site admin the statistics page with its chart, accessibly", async () => {
    const context = await person();
    try {
      const page = await context.newPage();
      await page.goto("/admin/dang-nhap");
      await page.getByLabel("Tên đăng nhập").fill("quantri.sxd");
      await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_STAFF_PASSWORD);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      const secret = ((await page.locator(".totp-secret").textContent()) ?? "").replace(/\s+/g, "");
      await page.getByLabel("Mã xác thực").fill(new Authenticator(secret).code());
      await page.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
      await page.getByRole("link", { name: "Tôi đã lưu mã khôi phục" }).click();

      await page.locator(".admin-nav").getByRole("link", { name: "Thống kê truy cập" }).click();
      expect(new URL(page.url()).pathname).toBe("/admin/thong-ke");
      await expect(page.getByRole("img", { name: /Biểu đồ lượt xem theo ngày/ }).count()).resolves.toBe(1);
      await expectNoAxeViolations(page, "statistics");
      // The numbers behind the chart are one click away, as a table.
      await page.getByText("Bảng số liệu của biểu đồ").click();
      expect(await page.locator(".stats-table table tbody tr").count()).toBe(30);
      await expectNoAxeViolations(page, "statistics with the data table open");

      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Tải xuống CSV" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^luot-xem-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);

      await page.getByLabel("Từ ngày").fill("31/02/2026");
      await page.getByRole("button", { name: "Xem thống kê" }).click();
      await expect(page.locator(".error-summary").textContent()).resolves.toContain("ngày/tháng/năm");
      await expectNoAxeViolations(page, "statistics with an error");
    } finally {
      await context.close();
    }
  });
});
