import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalPdf } from "../src/modules/portal/legal/test-support.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { Authenticator } from "./support/totp.js";

/**
 * JOURNEYS.md 5 in Chromium on a fresh demo province: the Office's clerk (vanthu.vp) signs in for the first time,
 * enrols TOTP, registers "Quyết định 1234/QĐ-UBND" with its PDF; a reader finds it in the public list filtered by
 * type and year, and its page shows issuer, signer and dates. axe (WCAG 2.1 AA) runs on every page passed through.
 */

const CLERK = { username: "vanthu.vp", password: "CongSo@2026!" };

async function arrived(page: Page, label: string): Promise<void> {
  await expect(page.locator("h1").first().textContent(), `${label}: a heading`).resolves.toBeTruthy();
  await expect(page.locator("body").textContent()).resolves.not.toMatch(/Lỗi máy chủ|Internal Server Error/);
  await expectNoAxeViolations(page, label);
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Selects the option of a labelled select whose text (without tree indentation) is `text`. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const options = await select
    .locator("option")
    .evaluateAll((els) =>
      els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent ?? "" })),
    );
  const match = options.find((o) => o.text.replace(/^(—\s*)+/, "").trim() === text);
  if (!match) throw new Error(`No option "${text}" in "${label}": ${options.map((o) => o.text).join(" | ")}`);
  await select.selectOption(match.value);
}

describe("journey 5: a legal document in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let clerk: Page;
  let reader: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    clerk = await (await newPerson(browser, server.url)).newPage();
    reader = await (await newPerson(browser, server.url)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the clerk signs in for the first time and enrols TOTP", async () => {
    await clerk.goto("/admin");
    expect(pathOf(clerk)).toBe("/admin/dang-nhap");
    await clerk.getByLabel("Tên đăng nhập").fill(CLERK.username);
    await clerk.getByLabel("Mật khẩu", { exact: true }).fill(CLERK.password);
    await clerk.getByRole("button", { name: "Đăng nhập" }).click();
    expect(pathOf(clerk)).toBe("/admin/dang-nhap/thiet-lap-xac-thuc");
    const secret = ((await clerk.locator(".totp-secret").textContent()) ?? "").replace(/\s+/g, "");
    const auth = new Authenticator(secret);
    await clerk.getByLabel("Mã xác thực").fill(auth.code());
    await clerk.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
    await clerk.getByRole("link", { name: "Tôi đã lưu mã khôi phục" }).click();
    expect(pathOf(clerk)).toBe("/admin");
  });

  it("the clerk registers Quyết định 1234/QĐ-UBND with its PDF", async () => {
    await clerk
      .getByRole("navigation", { name: "Quản trị" })
      .getByRole("link", { name: "Văn bản", exact: true })
      .click();
    expect(pathOf(clerk)).toBe("/admin/van-ban");
    await arrived(clerk, "register list");

    await clerk.getByRole("link", { name: "Nhập từ tệp CSV" }).click();
    await arrived(clerk, "CSV import page");
    await clerk.goBack();

    await clerk.getByRole("link", { name: "Đăng ký văn bản" }).click();
    expect(pathOf(clerk)).toBe("/admin/van-ban/moi");
    await arrived(clerk, "new document form");

    // A mistyped symbol and date first: the error summary, messages beside the fields, the input kept.
    await clerk.getByLabel("Số, ký hiệu", { exact: true }).fill("1234/QD-UBND");
    await choose(clerk, "Loại văn bản", "Quyết định (QĐ)");
    await choose(clerk, "Cơ quan ban hành", "Ủy ban nhân dân tỉnh Quảng Ngãi");
    await clerk.getByLabel("Ngày ban hành", { exact: true }).fill("31/02/2024");
    await clerk.getByRole("button", { name: "Lưu văn bản" }).click();
    const summary = (await clerk.locator(".error-summary").textContent()) ?? "";
    expect(summary).toContain("Viết chữ viết tắt tên loại là “QĐ”");
    expect(summary).toContain("Ngày phải có dạng dd/mm/yyyy");
    await expect(clerk.getByLabel("Số, ký hiệu", { exact: true }).inputValue()).resolves.toBe("1234/QD-UBND");
    await arrived(clerk, "document form with errors");

    await clerk.getByLabel("Số, ký hiệu", { exact: true }).fill("1234/QĐ-UBND");
    await clerk.getByLabel("Người ký", { exact: true }).fill("Trần Phước Hiền");
    await clerk.getByLabel("Chức vụ người ký").fill("Phó Chủ tịch");
    await choose(clerk, "Lĩnh vực", "Xây dựng");
    await clerk
      .getByLabel("Trích yếu")
      .fill("Về việc phê duyệt quy hoạch chi tiết xây dựng khu dân cư Nghĩa Lộ");
    await clerk.getByLabel("Ngày ban hành", { exact: true }).fill("15/03/2024");
    await clerk.getByLabel("Ngày có hiệu lực").fill("01/04/2024");
    await clerk.getByLabel("Tệp văn bản (PDF)").setInputFiles({
      name: "1234-QD-UBND.pdf",
      mimeType: "application/pdf",
      buffer: minimalPdf(),
    });
    await clerk.getByRole("button", { name: "Lưu văn bản" }).click();
    await expect(clerk.locator('[role="status"]').first().textContent()).resolves.toContain(
      "Đã đăng ký văn bản 1234/QĐ-UBND.",
    );
    expect(pathOf(clerk)).toMatch(/^\/admin\/van-ban\/[0-9a-f-]{36}$/);
    await expect(clerk.locator("main").textContent()).resolves.toContain("1234-QD-UBND.pdf");
    await arrived(clerk, "saved document");
  });

  it("a reader finds it in the public list filtered by type and year, and opens its page", async () => {
    await reader.goto("/van-ban");
    await arrived(reader, "public list");
    await choose(reader, "Loại văn bản", "Quyết định");
    await choose(reader, "Năm ban hành", "2024");
    await reader.getByRole("button", { name: "Lọc văn bản" }).click();
    const url = new URL(reader.url());
    expect(url.pathname).toBe("/van-ban");
    expect(url.searchParams.get("loai")).toBe("quyet-dinh");
    expect(url.searchParams.get("nam")).toBe("2024");
    const table = (await reader.locator("table.legal-table").textContent()) ?? "";
    expect(table).toContain("1234/QĐ-UBND");
    expect(table).toContain("15/03/2024");
    await arrived(reader, "public list filtered");

    await reader.getByRole("link", { name: "1234/QĐ-UBND", exact: true }).click();
    await expect(reader.locator("h1").textContent()).resolves.toBe("Quyết định 1234/QĐ-UBND");
    const details = (await reader.locator("dl.legal-details").textContent()) ?? "";
    expect(details).toContain("Ủy ban nhân dân tỉnh Quảng Ngãi");
    expect(details).toContain("Trần Phước Hiền");
    expect(details).toContain("Phó Chủ tịch");
    expect(details).toContain("15/03/2024");
    expect(details).toContain("01/04/2024");
    const pdf = reader.getByRole("link", { name: /1234-QD-UBND\.pdf \(PDF/ });
    const href = await pdf.getAttribute("href");
    expect(href).toMatch(/^\/tep\/[0-9a-f]{64}$/);
    await arrived(reader, "document page");
    const file = await reader.request.get(href ?? "");
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("application/pdf");
  });

  it("the English listing and a component site's list pass axe too", async () => {
    await reader.goto("/en/documents?loai=quyet-dinh&nam=2024");
    await expect(reader.locator("h1").textContent()).resolves.toBe("Legal documents");
    await expect(reader.locator("table.legal-table").textContent()).resolves.toContain("1234/QĐ-UBND");
    await arrived(reader, "English list");
    await reader.getByRole("link", { name: "1234/QĐ-UBND", exact: true }).click();
    await expect(reader.locator("h1").textContent()).resolves.toBe("Decision 1234/QĐ-UBND");
    await arrived(reader, "English document page");
    await reader.goto("/so-xay-dung/van-ban");
    await arrived(reader, "component site list");
  });
});
