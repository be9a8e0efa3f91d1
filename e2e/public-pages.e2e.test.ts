import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

/**
 * Issue 3 item 8: the public shell in Chromium. Every public page of the foundation — the portal home, a component
 * site, the English home, a 404 and the staff sign-in page — in normal, large-font and high-contrast modes, with
 * zero axe-core WCAG 2.1 AA violations; the skip link, the font-size switch and the vi/en switch work without
 * JavaScript.
 */

const PAGES = [
  { path: "/", status: 200, lang: "vi", heading: /Cổng thông tin điện tử/ },
  { path: "/so-xay-dung", status: 200, lang: "vi", heading: /Sở Xây dựng/ },
  { path: "/en", status: 200, lang: "en", heading: /Quang Ngai|Quảng Ngãi/ },
  { path: "/khong-co-trang-nay", status: 404, lang: "vi", heading: /Không tìm thấy trang/ },
  { path: "/admin/dang-nhap", status: 200, lang: "vi", heading: /Đăng nhập/ },
] as const;

const MODES = [
  { name: "normal", query: "co_chu=normal&tuong_phan=0", htmlClass: null },
  { name: "large font", query: "co_chu=large&tuong_phan=0", htmlClass: "font-large" },
  { name: "high contrast", query: "co_chu=normal&tuong_phan=1", htmlClass: "contrast" },
] as const;

describe("public pages in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const mode of MODES) {
    it(`has no WCAG 2.1 AA violations in ${mode.name} mode`, async () => {
      const context = await newPerson(browser, server.url);
      try {
        const page = await context.newPage();
        // Set the mode as a reader does: the switch is a plain link that stores a cookie and comes back.
        await page.goto(`/hien-thi?${mode.query}&next=/`);
        expect(new URL(page.url()).pathname).toBe("/");
        for (const p of PAGES) {
          const res = await page.goto(p.path);
          expect(res?.status(), p.path).toBe(p.status);
          expect(await page.getAttribute("html", "lang"), p.path).toBe(p.lang);
          await expect(page.locator("h1").first().textContent()).resolves.toMatch(p.heading);
          if (mode.htmlClass && p.path !== "/admin/dang-nhap") {
            expect(await page.getAttribute("html", "class"), p.path).toContain(mode.htmlClass);
          }
          await expectNoAxeViolations(page, `${p.path} (${mode.name})`);
        }
      } finally {
        await context.close();
      }
    });
  }

  it("lists every component site on the portal home, each link leading to that site", async () => {
    const context = await newPerson(browser, server.url);
    try {
      const page = await context.newPage();
      await page.goto("/");
      const links = page.locator(".site-list a");
      expect(await links.count()).toBeGreaterThanOrEqual(35);
      await expect(
        page.getByRole("link", { name: "Sở Xây dựng", exact: true }).getAttribute("href"),
      ).resolves.toBe("/so-xay-dung");
      await expect(page.getByRole("link", { name: /Lý Sơn/ }).count()).resolves.toBeGreaterThan(0);
      await page.getByRole("link", { name: "Sở Tư pháp", exact: true }).click();
      expect(new URL(page.url()).pathname).toBe("/so-tu-phap");
      await expect(page.locator("h1").textContent()).resolves.toContain("Sở Tư pháp");
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  it("moves keyboard focus to the main content with the skip link", async () => {
    const context = await newPerson(browser, server.url);
    try {
      const page = await context.newPage();
      for (const path of ["/", "/so-xay-dung", "/en"]) {
        await page.goto(path);
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => ({
          cls: document.activeElement?.className,
          href: document.activeElement?.getAttribute("href"),
        }));
        expect(focused, path).toEqual({ cls: "skip-link", href: "#main" });
        await expect(page.locator(".skip-link").isVisible()).resolves.toBe(true);
        await page.keyboard.press("Enter");
        const active = await page.evaluate(() => ({
          tag: document.activeElement?.tagName,
          id: document.activeElement?.id,
        }));
        expect(active, path).toEqual({ tag: "MAIN", id: "main" });
      }
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

    /**
     * The root font size of `path` as this no-JavaScript reader sees it. Playwright cannot evaluate script in a page
     * with JavaScript off, so the same cookies are loaded in a scripting context to measure (and run axe there).
     */
    async function measure(path: string, label: string): Promise<number> {
      const probe = await newPerson(browser, server.url);
      try {
        await probe.addCookies(await context.cookies());
        const p = await probe.newPage();
        await p.goto(path);
        await expectNoAxeViolations(p, label);
        return await p.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
      } finally {
        await probe.close();
      }
    }
    const htmlClass = async () => (await page.getAttribute("html", "class")) ?? "";

    it("switches the font size and the contrast with plain links, and remembers them", async () => {
      await page.goto("/so-xay-dung");
      expect(await htmlClass()).toBe("");
      const normal = await measure("/so-xay-dung", "/so-xay-dung (normal)");

      await page.getByRole("link", { name: /Cỡ chữ lớn/ }).click();
      expect(new URL(page.url()).pathname).toBe("/so-xay-dung");
      expect(await htmlClass()).toContain("font-large");
      const large = await measure("/so-xay-dung", "/so-xay-dung (large font)");
      expect(large).toBeGreaterThan(normal);

      await page.getByRole("link", { name: /Cỡ chữ rất lớn/ }).click();
      expect(await htmlClass()).toContain("font-larger");
      expect(await measure("/so-xay-dung", "/so-xay-dung (larger font)")).toBeGreaterThan(large);

      await page.getByRole("link", { name: "Độ tương phản cao" }).click();
      expect(await htmlClass()).toContain("contrast");
      // The choice is kept on the next page.
      await page.goto("/");
      expect(await htmlClass()).toContain("font-larger");
      expect(await htmlClass()).toContain("contrast");
      await measure("/", "/ (larger font, high contrast)");

      await page.getByRole("link", { name: "Giao diện thường" }).click();
      await page.getByRole("link", { name: /Cỡ chữ thường/ }).click();
      expect(new URL(page.url()).pathname).toBe("/");
      expect(await htmlClass()).toBe("");
      expect(await measure("/", "/ (back to normal)")).toBe(normal);
    });

    it("switches between Vietnamese and English", async () => {
      await page.goto("/");
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      await page.getByRole("link", { name: "English" }).first().click();
      expect(new URL(page.url()).pathname).toBe("/en");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      await expect(page.getByRole("link", { name: "Skip to main content" }).count()).resolves.toBe(1);
      await page.getByRole("link", { name: "Tiếng Việt" }).click();
      expect(new URL(page.url()).pathname).toBe("/");
      expect(await page.getAttribute("html", "lang")).toBe("vi");
    });

    it("shows a Vietnamese 404 page inside the portal shell", async () => {
      const res = await page.goto("/trang-khong-ton-tai/abc");
      expect(res?.status()).toBe(404);
      await expect(page.locator("h1").textContent()).resolves.toMatch(/Không tìm thấy trang/);
      await expect(page.locator(".skip-link").count()).resolves.toBe(1);
      await expect(page.locator("footer").textContent()).resolves.toMatch(/Quảng Ngãi/);
    });
  });
});
