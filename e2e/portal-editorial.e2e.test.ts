import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatVnDateTime } from "../src/platform/calendar/vn-datetime.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { E2E_ADMIN_PASSWORD, type RunningServer, startServer } from "./support/server.js";
import { Authenticator } from "./support/totp.js";

/**
 * JOURNEYS.md 3 and 4 in Chromium, for the parts the articles area owns (the public pages, search, RSS and sitemap
 * are checked by the public-rendering tests): the editor of Sở Xây dựng writes an
 * article with a lead, a source and a cover image, submits; the approver returns it with a comment; the editor fixes
 * and resubmits; the approver schedules it; the job queue publishes it when due; the system admin promotes it to the
 * main portal. Then the correction: unpublish, restore an earlier revision from the diff view, republish, and the
 * audit log shows each step. Plus a keyboard-only walk (Tab, Enter, typing) through writing and publishing.
 *
 * Time: the approver schedules the article a few seconds ahead (the form accepts dd/mm/yyyy HH:mm[:ss]) and the test
 * waits for the server's own job worker to publish it; no test-only clock exists in the server.
 * axe-core (WCAG 2.1 AA) runs on every admin page passed through, including the TipTap editor.
 */

const DEMO_PASSWORD = "CongSo@2026!";
const TITLE = "Sở Xây dựng kiểm tra chất lượng công trình nhà ở xã hội";
// "nghành" is the misspelling of "ngành" that journey 3 expects the spell check to flag.
const FIRST_BODY = "Đoàn kiểm tra liên nghành đã làm việc tại ba dự án nhà ở xã hội ở thành phố Quảng Ngãi.";
const FIX = " Tổng vốn đầu tư các dự án là 1.200 tỷ đồng.";

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

async function arrived(page: Page, label: string): Promise<void> {
  await expect(page.locator("h1").first().textContent(), `${label}: a heading`).resolves.toBeTruthy();
  await expect(page.locator("body").textContent()).resolves.not.toMatch(/Lỗi máy chủ|Internal Server Error/);
  await expectNoAxeViolations(page, label);
}

async function flash(page: Page): Promise<string> {
  return (await page.locator(".notice[role='status']").first().textContent()) ?? "";
}

/** First sign-in of a demo account: password, TOTP enrolment through the pages, recovery codes kept. */
async function signInFirstTime(page: Page, username: string, password: string): Promise<Authenticator> {
  await page.goto("/admin/dang-nhap");
  await arrived(page, `${username}: sign-in`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  expect(pathOf(page)).toBe("/admin/dang-nhap/thiet-lap-xac-thuc");
  await arrived(page, `${username}: TOTP enrolment`);
  const secret = ((await page.locator(".totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  const auth = new Authenticator(secret);
  await page.getByLabel("Mã xác thực").fill(auth.code());
  await page.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
  await arrived(page, `${username}: recovery codes`);
  await page.getByRole("link", { name: "Tôi đã lưu mã khôi phục" }).click();
  expect(pathOf(page)).toBe("/admin");
  return auth;
}

async function openMenu(page: Page, label: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Quản trị" })
    .getByRole("link", { name: label, exact: true })
    .click();
}

/** Presses Tab until the focused element satisfies `test` (keyboard only: reading focus is not interacting). */
async function tabTo(
  page: Page,
  description: string,
  test: (el: Element) => boolean,
  max = 150,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const hit = await page.evaluate(`(${test.toString()})(document.activeElement)`);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

/** The focused element is a link, button or field whose name (text, label or value) is `name`. */
function named(name: string) {
  return new Function(
    "el",
    `const name = ${JSON.stringify(name)};
     if (!el) return false;
     const text = (el.textContent || "").trim();
     const labels = el.labels ? Array.from(el.labels).map((l) => (l.textContent || "").trim()) : [];
     const labelledBy = (el.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean)
       .map((id) => (document.getElementById(id)?.textContent || "").trim());
     return text === name || labels.includes(name) || labelledBy.includes(name) || el.value === name;`,
  ) as (el: Element) => boolean;
}

describe("editorial journeys in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let editor: Page;
  let approver: Page;
  let admin: Page;
  let itemUrl = "";
  let cover: Buffer;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    editor = await (await newPerson(browser, server.url)).newPage();
    approver = await (await newPerson(browser, server.url)).newPage();
    admin = await (await newPerson(browser, server.url)).newPage();
    cover = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#1f5f8b" } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("journey 3: the editor of Sở Xây dựng writes an article with a lead, a source and a cover, and submits it", async () => {
    await signInFirstTime(editor, "bientap.sxd", DEMO_PASSWORD);
    await openMenu(editor, "Bài viết, trang");
    expect(pathOf(editor)).toBe("/admin/noi-dung");
    await arrived(editor, "content list");
    await editor.getByRole("link", { name: "Viết bài mới" }).click();
    expect(pathOf(editor)).toBe("/admin/noi-dung/moi");
    // The TipTap island replaces the HTML textarea.
    await editor.locator(".rte-content").waitFor();
    await arrived(editor, "new article form with the editor");

    await editor.getByLabel("Tiêu đề", { exact: true }).fill(TITLE);
    await editor
      .getByLabel("Sapo (tóm tắt)")
      .fill("Đoàn kiểm tra liên ngành làm việc tại các dự án nhà ở xã hội.");
    const categories = editor.getByLabel("Chuyên mục", { exact: true });
    const firstCategory = await categories.locator("option").nth(1).getAttribute("value");
    if (firstCategory) await categories.selectOption(firstCategory);
    await editor.locator(".rte-content").click();
    await editor.keyboard.type(FIRST_BODY);
    await editor.getByRole("button", { name: "Đậm" }).click();
    await editor.keyboard.type(" Kết luận");
    await editor.getByLabel("Bài đăng lại từ nguồn khác").check();
    await editor.getByLabel("Từ khóa (thẻ)").fill("nhà ở xã hội, Xây dựng, nhà ở xã hội");
    await editor.getByRole("button", { name: "Tạo bài" }).click();

    // A repost without its source is refused, citing the circular; what was typed is kept.
    await expect(editor.locator(".error-summary").textContent()).resolves.toContain("09/2014/TT-BTTTT");
    await expect(editor.getByLabel("Tiêu đề", { exact: true }).inputValue()).resolves.toBe(TITLE);
    await arrived(editor, "new article form with errors");
    await editor.getByLabel("Nguồn tin").fill("Báo Xây dựng, ngày 20/3/2026");
    await editor.getByRole("button", { name: "Tạo bài" }).click();
    await expect(flash(editor)).resolves.toContain(`Đã tạo bài “${TITLE}”`);
    itemUrl = pathOf(editor);
    expect(itemUrl).toMatch(/^\/admin\/noi-dung\/[0-9a-f-]{36}$/);
    await arrived(editor, "article page");

    // The cover: alt text is required.
    await editor
      .getByLabel("Tệp ảnh")
      .setInputFiles({ name: "cong-trinh.jpg", mimeType: "image/jpeg", buffer: cover });
    await editor.getByRole("button", { name: "Tải ảnh lên và dùng làm ảnh đại diện" }).click();
    await expect(editor.locator(".error-summary").textContent()).resolves.toContain("mô tả ảnh");
    await arrived(editor, "cover upload refused without alt text");
    await editor
      .getByLabel("Tệp ảnh")
      .setInputFiles({ name: "cong-trinh.jpg", mimeType: "image/jpeg", buffer: cover });
    await editor.locator("#f-alt").fill("Đoàn kiểm tra tại công trường nhà ở xã hội Nghĩa Lộ");
    await editor.locator("#f-caption").fill("Kiểm tra tại dự án nhà ở xã hội phường Nghĩa Lộ");
    await editor.getByRole("button", { name: "Tải ảnh lên và dùng làm ảnh đại diện" }).click();
    await expect(flash(editor)).resolves.toContain("Đã tải ảnh đại diện");
    await expect(editor.locator("img.cover-preview").getAttribute("alt")).resolves.toBe(
      "Đoàn kiểm tra tại công trường nhà ở xã hội Nghĩa Lộ",
    );
    await arrived(editor, "article with its cover");

    // The spell check flags the misspelt word and suggests the right one; it warns, it does not block.
    const spelling = editor.locator(".spellcheck-panel");
    await expect(spelling.textContent()).resolves.toContain("nghành");
    await expect(spelling.textContent()).resolves.toContain("ngành");

    await editor.getByRole("button", { name: "Gửi duyệt" }).click();
    await expect(flash(editor)).resolves.toContain("Đã gửi bài");
    await expect(editor.locator(".content-meta").textContent()).resolves.toContain("Chờ duyệt");
    await arrived(editor, "article submitted");
  });

  it("journey 3: the approver returns it with a comment; the editor fixes and resubmits", async () => {
    await signInFirstTime(approver, "duyet.sxd", DEMO_PASSWORD);
    await openMenu(approver, "Bài viết, trang");
    await approver
      .getByRole("navigation", { name: "Số bài theo trạng thái" })
      .getByRole("link", { name: /^Chờ duyệt/ })
      .click();
    await arrived(approver, "list of items waiting for approval");
    await approver.getByRole("link", { name: TITLE }).click();
    expect(pathOf(approver)).toBe(itemUrl);
    await arrived(approver, "approver's view of the article");
    await approver.getByRole("button", { name: "Trả lại cho biên tập viên" }).click();
    await expect(approver.locator(".error-summary").textContent()).resolves.toContain("ý kiến trả lại");
    await arrived(approver, "return refused without a comment");
    await approver.getByLabel("Ý kiến trả lại").fill("Đề nghị bổ sung tổng vốn đầu tư của các dự án.");
    await approver.getByRole("button", { name: "Trả lại cho biên tập viên" }).click();
    await expect(flash(approver)).resolves.toContain("Đã trả lại bài");

    await editor.goto(itemUrl);
    await expect(editor.locator(".return-comment").textContent()).resolves.toBe(
      "Đề nghị bổ sung tổng vốn đầu tư của các dự án.",
    );
    await editor.locator(".rte-content").waitFor();
    await arrived(editor, "returned article with the comment");
    await editor.locator(".rte-content p").first().click();
    await editor.keyboard.press("End");
    await editor.keyboard.type(FIX);
    await editor.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(flash(editor)).resolves.toContain("phiên bản 3");
    await editor.getByRole("button", { name: "Gửi duyệt" }).click();
    await expect(flash(editor)).resolves.toContain("Đã gửi bài");
  });

  it("journey 3: the approver schedules it and the job queue publishes it when due", async () => {
    await approver.goto(itemUrl);
    await arrived(approver, "resubmitted article");
    // A time already past is refused with a way forward.
    await approver.getByLabel("Thời điểm đăng", { exact: true }).fill("01/01/2020 08:00");
    await approver.getByRole("button", { name: "Hẹn giờ đăng" }).click();
    await expect(approver.locator(".error-summary").textContent()).resolves.toContain("phải ở tương lai");
    await arrived(approver, "schedule refused in the past");

    const due = new Date(Math.ceil((Date.now() + 15_000) / 1000) * 1000);
    await approver.getByLabel("Thời điểm đăng", { exact: true }).fill(formatVnDateTime(due));
    await approver.getByRole("button", { name: "Hẹn giờ đăng" }).click();
    await expect(flash(approver)).resolves.toContain("Đã hẹn đăng bài");
    await expect(approver.locator(".content-meta").textContent()).resolves.toContain("Hẹn giờ đăng");
    await arrived(approver, "scheduled article");

    // The server's worker runs the durable job at that time.
    const deadline = Date.now() + 90_000;
    let status = "";
    while (Date.now() < deadline) {
      await approver.goto(itemUrl);
      status = (await approver.locator(".content-meta .content-status").textContent()) ?? "";
      if (status === "Đã đăng") break;
      await approver.waitForTimeout(2000);
    }
    expect(status).toBe("Đã đăng");
    expect(Date.now()).toBeGreaterThanOrEqual(due.getTime());
    await expect(
      approver.getByRole("link", { name: "Xem bài trên trang" }).getAttribute("href"),
    ).resolves.toMatch(/^\/so-xay-dung\/bai-viet\/so-xay-dung-kiem-tra-chat-luong-cong-trinh-nha-o-xa-hoi$/);
    await arrived(approver, "published article");
  }, 150_000);

  it("journey 3: the system admin promotes it to the main portal, once", async () => {
    await signInFirstTime(admin, "admin", E2E_ADMIN_PASSWORD);
    await openMenu(admin, "Bài viết, trang");
    await admin.getByRole("link", { name: /Bài đã đăng ở các trang thành phần/ }).click();
    await arrived(admin, "component sites' published articles");
    await admin.getByRole("link", { name: TITLE }).click();
    await arrived(admin, "article with the promote action");
    await admin.getByRole("button", { name: "Đưa lên Cổng chính" }).click();
    await expect(flash(admin)).resolves.toContain("Đã đưa bài");
    await expect(admin.locator(".content-meta").textContent()).resolves.toContain(
      "Cổng thông tin điện tử tỉnh Quảng Ngãi",
    );
    await expect(admin.locator("main").textContent()).resolves.toContain(
      "Bài này được đưa lên từ Trang thông tin điện tử Sở Xây dựng",
    );
    await arrived(admin, "promoted copy on the main portal");
    await admin.goto(itemUrl);
    await expect(admin.locator("main").textContent()).resolves.toContain("Bài đã được đưa lên Cổng chính");
    await expect(admin.getByRole("button", { name: "Đưa lên Cổng chính" }).count()).resolves.toBe(0);
  });

  it("journey 4: unpublish, restore an earlier revision from the diff view, republish; the audit log shows each step", async () => {
    await approver.goto(itemUrl);
    await approver.getByRole("button", { name: "Gỡ bài" }).click();
    await expect(flash(approver)).resolves.toContain("Đã gỡ bài");
    await arrived(approver, "unpublished article");

    await editor.goto(itemUrl);
    await editor.getByRole("link", { name: /Lịch sử phiên bản/ }).click();
    await arrived(editor, "revision list");
    await expect(editor.locator("table.data tbody tr").count()).resolves.toBe(3);
    await editor.getByRole("link", { name: "So sánh phiên bản 1 với hiện tại" }).click();
    await arrived(editor, "diff of revision 1 with the current text");
    await expect(editor.locator(".diff-body ins").first().textContent()).resolves.toContain("1.200 tỷ đồng");
    await editor.getByRole("button", { name: "Khôi phục phiên bản 1" }).click();
    await expect(flash(editor)).resolves.toContain("Đã khôi phục phiên bản 1 thành phiên bản mới 4");
    await arrived(editor, "restored article");

    await approver.goto(itemUrl);
    await approver.getByRole("button", { name: "Đăng lại" }).click();
    await expect(flash(approver)).resolves.toContain("Đã đăng bài");

    const id = itemUrl.split("/").pop() ?? "";
    await admin.goto(`/admin/nhat-ky?entityId=${id}`);
    await arrived(admin, "audit log of the article");
    const log = (await admin.locator("main").textContent()) ?? "";
    for (const action of [
      "content.create",
      "content.cover_upload",
      "content.submit",
      "content.return",
      "content.update",
      "content.schedule",
      "content.publish_scheduled",
      "content.unpublish",
      "content.restore",
      "content.publish",
    ]) {
      expect(log, action).toContain(action);
    }
    for (const who of ["Huỳnh Thị Ngọc Ánh", "Đặng Quốc Bảo", "Hệ thống"]) expect(log).toContain(who);
  });

  it("keyboard only: the editor writes and submits an article, the approver publishes it (Tab, Enter, typing)", async () => {
    const title = "Hướng dẫn cấp giấy phép xây dựng nhà ở riêng lẻ";
    await editor.goto("/admin");
    await tabTo(editor, "the articles menu entry", named("Bài viết, trang"));
    await editor.keyboard.press("Enter");
    await editor.waitForURL("**/admin/noi-dung");
    await tabTo(editor, "the new article link", named("Viết bài mới"));
    await editor.keyboard.press("Enter");
    await editor.waitForURL("**/admin/noi-dung/moi");
    await editor.locator(".rte-content").waitFor();
    await tabTo(editor, "the title field", named("Tiêu đề"));
    await editor.keyboard.type(title);
    await tabTo(editor, "the lead field", named("Sapo (tóm tắt)"));
    await editor.keyboard.type("Các bước xin giấy phép xây dựng nhà ở riêng lẻ tại Quảng Ngãi.");
    await tabTo(editor, "the rich-text body", named("Nội dung"));
    await editor.keyboard.type("Người dân nộp hồ sơ tại Bộ phận một cửa. ");
    await editor.keyboard.press("Control+b");
    await editor.keyboard.type("Thời hạn giải quyết là 15 ngày.");
    await tabTo(editor, "the create button", named("Tạo bài"));
    await editor.keyboard.press("Enter");
    await editor.waitForURL(/\/admin\/noi-dung\/[0-9a-f-]{36}$/);
    await expect(flash(editor)).resolves.toContain(`Đã tạo bài “${title}”`);
    const url = pathOf(editor);
    await tabTo(editor, "the submit button", named("Gửi duyệt"));
    // The answer comes back to the same URL: wait for the new document, not for the URL.
    await Promise.all([editor.waitForEvent("load"), editor.keyboard.press("Enter")]);
    await expect(flash(editor)).resolves.toContain("Đã gửi bài");

    await approver.goto("/admin");
    await tabTo(approver, "the articles menu entry", named("Bài viết, trang"));
    await approver.keyboard.press("Enter");
    await approver.waitForURL("**/admin/noi-dung");
    await tabTo(approver, "the article link", named(title));
    await approver.keyboard.press("Enter");
    await approver.waitForURL(`**${url}`);
    await tabTo(approver, "the publish button", named("Đăng ngay"));
    await Promise.all([approver.waitForEvent("load"), approver.keyboard.press("Enter")]);
    await expect(flash(approver)).resolves.toContain(`Đã đăng bài “${title}”`);
    await expect(approver.locator(".content-meta").textContent()).resolves.toContain("Đã đăng");
    await arrived(approver, "article published with the keyboard");
    const body = await approver.locator(".content-body").innerHTML();
    expect(body).toContain("<strong>Thời hạn giải quyết là 15 ngày.</strong>");
  });
});
