import type { Page } from "playwright-core";
import { expect } from "vitest";
import { expectNoAxeViolations } from "./axe.js";
import { E2E_ADMIN_PASSWORD } from "./server.js";
import { Authenticator } from "./totp.js";

/** The path of the page the browser is on. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** A page arrived whole: a heading, no server error, and no axe (WCAG 2.1 AA) violation. */
export async function arrived(page: Page, label: string): Promise<void> {
  await expect(page.locator("h1").first().textContent(), `${label}: a heading`).resolves.toBeTruthy();
  await expect(page.locator("body").textContent()).resolves.not.toMatch(/Lỗi máy chủ|Internal Server Error/);
  await expectNoAxeViolations(page, label);
}

/**
 * The system administrator's first sign-in on a fresh server, as journey 1 walks it: password, TOTP enrolment with the
 * secret shown on the page, recovery codes acknowledged; ends on /admin.
 */
export async function signInAdminFirstTime(page: Page): Promise<void> {
  await page.goto("/admin/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  const secret = ((await page.locator(".totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("Mã xác thực").fill(new Authenticator(secret).code());
  await page.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
  await page.getByRole("link", { name: "Tôi đã lưu mã khôi phục" }).click();
  expect(pathOf(page)).toBe("/admin");
}

/** A staff member already enrolled in TOTP (created by the test with a known secret) signs in; ends on /admin. */
export async function signInEnrolledStaff(
  page: Page,
  username: string,
  password: string,
  authenticator: Authenticator,
): Promise<void> {
  await page.goto("/admin/dang-nhap");
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.locator('main form button.button[type="submit"]').first().click();
  await page.fill('input[name="code"]', authenticator.code());
  await page.locator('main form button.button[type="submit"]').first().click();
  expect(pathOf(page)).toBe("/admin");
}

/** Opens a page by its address, expects the status, and checks it with axe. */
export async function visitChecked(page: Page, path: string, status = 200): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(status);
  await expectNoAxeViolations(page, path);
}
