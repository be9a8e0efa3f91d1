import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { E2E_ADMIN_PASSWORD, type RunningServer, startServer } from "./support/server.js";
import { Authenticator } from "./support/totp.js";

/**
 * JOURNEYS.md 1 and 2 in Chromium on a fresh demo province (issue 3: "sign in with TOTP, create a unit"):
 * the system admin's first sign-in with TOTP enrolment and recovery codes; a new department "Sở Du lịch" with its
 * component site, an editor and an approver; the editor's first sign-in; three wrong codes → a message and a wait.
 * Steps run in order on one server and share the people's browsers; axe runs on every page passed through.
 */

const NEW_PASSWORD = "Du-lich-Quang-Ngai-2026";

/** Checks the page a person has just reached: WCAG 2.1 AA, and never a server error. */
async function arrived(page: Page, label: string): Promise<void> {
  await expect(
    page.locator("h1").first().textContent(),
    `${label}: a page with a heading`,
  ).resolves.toBeTruthy();
  await expect(page.locator("body").textContent()).resolves.not.toMatch(/Lỗi máy chủ|Internal Server Error/);
  await expectNoAxeViolations(page, label);
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Password step of the sign-in form, as a person fills it. */
async function submitPassword(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** First sign-in of an account without TOTP: read the secret shown on the page, confirm a code, keep the codes. */
async function enrolTotp(
  page: Page,
  label: string,
): Promise<{ auth: Authenticator; recoveryCodes: string[] }> {
  expect(pathOf(page)).toBe("/admin/dang-nhap/thiet-lap-xac-thuc");
  await expect(page.locator("h1").textContent()).resolves.toBe("Thiết lập xác thực hai lớp");
  await expect(page.getByRole("img", { name: /Mã QR/ }).isVisible()).resolves.toBe(true);
  await arrived(page, `${label}: TOTP enrolment`);
  const secret = ((await page.locator(".totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  const auth = new Authenticator(secret);

  // A mistyped code is refused with a message, and the page stays usable.
  await page.getByLabel("Mã xác thực").fill(auth.wrongCode());
  await page.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
  await expect(page.locator(".error-summary").textContent()).resolves.toContain("Mã chưa đúng");
  await arrived(page, `${label}: TOTP enrolment with a wrong code`);

  await page.getByLabel("Mã xác thực").fill(auth.code());
  await page.getByRole("button", { name: "Xác nhận và tiếp tục" }).click();
  await expect(page.locator("h1").textContent()).resolves.toBe("Mã khôi phục của bạn");
  const recoveryCodes = (await page.locator("ol.recovery-codes code").allTextContents()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  expect(new Set(recoveryCodes).size).toBe(10);
  await arrived(page, `${label}: recovery codes`);
  await page.getByRole("link", { name: "Tôi đã lưu mã khôi phục" }).click();
  return { auth, recoveryCodes };
}

/** Opens an admin menu entry by its label, as a person clicks it. */
async function openMenu(page: Page, label: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Quản trị" })
    .getByRole("link", { name: label, exact: true })
    .click();
}

/**
 * Chooses the option of a labelled select whose text, without the tree indentation ("— ") or a trailing
 * "(/slug)", is `text`.
 */
async function choose(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const options = await select
    .locator("option")
    .evaluateAll((els) =>
      els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent ?? "" })),
    );
  const clean = (s: string) =>
    s
      .replace(/^(—\s*)+/, "")
      .replace(/\s*\(\/[^)]*\)$/, "")
      .trim();
  const match = options.find((o) => clean(o.text) === text);
  if (!match) throw new Error(`No option "${text}" in "${label}": ${options.map((o) => o.text).join(" | ")}`);
  await select.selectOption(match.value);
}

async function flash(page: Page): Promise<string> {
  return (await page.locator('[role="status"]').first().textContent()) ?? "";
}

describe("staff journeys in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;
  let adminAuth: Authenticator;
  let editorPassword = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    adminContext = await newPerson(browser, server.url);
    admin = await adminContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("journey 1: the system admin signs in, is made to enrol TOTP, saves the recovery codes, reaches the admin home", async () => {
    await admin.goto("/admin");
    expect(pathOf(admin)).toBe("/admin/dang-nhap");
    await expect(admin.locator("h1").textContent()).resolves.toBe("Đăng nhập quản trị");
    await arrived(admin, "sign-in page");

    // A wrong password first: a clear message, the user name kept.
    await submitPassword(admin, "admin", "khong-dung-mat-khau");
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain(
      "Tên đăng nhập hoặc mật khẩu không đúng",
    );
    await expect(admin.getByLabel("Tên đăng nhập").inputValue()).resolves.toBe("admin");
    await arrived(admin, "sign-in page with an error");

    await submitPassword(admin, "admin", E2E_ADMIN_PASSWORD);
    // The admin home cannot be reached before TOTP is set up.
    const { auth } = await enrolTotp(admin, "admin");
    adminAuth = auth;
    expect(pathOf(admin)).toBe("/admin");
    await expect(admin.locator("h1").textContent()).resolves.toBe("Trang quản trị");
    await expect(admin.locator("main").textContent()).resolves.toContain("Xin chào Quản trị hệ thống");
    await arrived(admin, "admin home");
  });

  it("journey 2: the admin creates Sở Du lịch under the province", async () => {
    await openMenu(admin, "Đơn vị");
    expect(pathOf(admin)).toBe("/admin/don-vi");
    await arrived(admin, "unit list");
    await admin.getByRole("link", { name: "Thêm đơn vị" }).first().click();
    expect(pathOf(admin)).toBe("/admin/don-vi/moi");
    await arrived(admin, "new unit form");

    // Sent empty first: the error summary lists what is missing.
    await admin.getByRole("button", { name: "Thêm đơn vị" }).click();
    await expect(admin.locator(".error-summary").textContent()).resolves.toContain("Tên đơn vị (tiếng Việt)");
    await arrived(admin, "new unit form with errors");

    await admin.getByLabel("Tên đơn vị (tiếng Việt)").fill("Sở Du lịch");
    await admin.getByLabel("Tên đơn vị (tiếng Anh)").fill("Department of Tourism");
    await choose(admin, "Loại đơn vị", "Sở, ban, ngành");
    await choose(admin, "Đơn vị cấp trên", "Ủy ban nhân dân tỉnh Quảng Ngãi");
    await admin.getByLabel("Mã viết tắt").fill("SDL");
    await admin.getByLabel("Mã định danh điện tử").fill("000.00.25.H48");
    await admin.getByRole("button", { name: "Thêm đơn vị" }).click();
    await expect(flash(admin)).resolves.toContain("Đã thêm đơn vị Sở Du lịch");
    await arrived(admin, "unit created");

    await openMenu(admin, "Đơn vị");
    await expect(admin.locator("main").textContent()).resolves.toContain("Sở Du lịch");
  });

  it("journey 2: the admin creates the component site /so-du-lich", async () => {
    await openMenu(admin, "Trang thông tin");
    expect(pathOf(admin)).toBe("/admin/trang");
    await arrived(admin, "site list");
    await admin.getByRole("link", { name: "Thêm trang thành phần" }).first().click();
    await arrived(admin, "new site form");
    await choose(admin, "Đơn vị chủ quản", "Sở Du lịch");
    await admin.getByLabel("Đường dẫn").fill("so-du-lich");
    await admin.getByLabel("Tên trang (tiếng Việt)").fill("Sở Du lịch");
    await admin.getByLabel("Tên trang (tiếng Anh)").fill("Department of Tourism");
    await admin.getByRole("button", { name: "Thêm trang thành phần" }).click();
    await expect(flash(admin)).resolves.toContain("Đã thêm trang Sở Du lịch");
    await arrived(admin, "site created");
  });

  for (const person of [
    { username: "bientap.sdl", fullName: "Nguyễn Thị Du", role: "Biên tập viên" },
    { username: "duyet.sdl", fullName: "Trần Văn Lịch", role: "Duyệt bài" },
  ]) {
    it(`journey 2: the admin adds ${person.role.toLowerCase()} ${person.username} for the new site`, async () => {
      await openMenu(admin, "Tài khoản cán bộ");
      await arrived(admin, "staff list");
      await admin.getByRole("link", { name: "Thêm tài khoản" }).first().click();
      expect(pathOf(admin)).toBe("/admin/can-bo/them");
      await arrived(admin, "new staff form");
      await admin.getByLabel("Tên đăng nhập").fill(person.username);
      await admin.getByLabel("Họ và tên").fill(person.fullName);
      await admin.getByLabel("Thư điện tử").fill(`${person.username}@quangngai.gov.vn`);
      await choose(admin, "Đơn vị", "Sở Du lịch");
      await admin.getByRole("button", { name: "Thêm mới" }).click();

      // The temporary password is shown once, to be handed to the person.
      const temporary = ((await admin.locator(".temp-password").textContent()) ?? "").trim();
      expect(temporary.length).toBeGreaterThanOrEqual(12);
      if (person.username === "bientap.sdl") editorPassword = temporary;
      await arrived(admin, "staff created");

      await admin.locator("main").getByRole("link", { name: "Quay lại" }).first().click();
      await expect(admin.locator("main").textContent()).resolves.toContain(person.username);
      await arrived(admin, "staff page");
      await choose(admin, "Vai trò", person.role);
      await choose(admin, "Trang thông tin", "Sở Du lịch");
      await admin.getByRole("button", { name: "Giao vai trò" }).click();
      await expect(flash(admin)).resolves.toContain(`Đã giao vai trò ${person.role}`);
      const grants = admin.locator("table.data tbody tr");
      await expect(grants.count()).resolves.toBe(1);
      await expect(grants.first().textContent()).resolves.toMatch(new RegExp(`${person.role}.*Sở Du lịch`));
      await arrived(admin, "staff page with the grant");
    });
  }

  it("journey 2: the new site appears on the portal home and opens", async () => {
    const reader = await newPerson(browser, server.url);
    try {
      const page = await reader.newPage();
      await page.goto("/");
      const link = page.getByRole("link", { name: "Sở Du lịch", exact: true });
      await expect(link.getAttribute("href")).resolves.toBe("/so-du-lich");
      await link.click();
      expect(pathOf(page)).toBe("/so-du-lich");
      await expect(page.locator("h1").textContent()).resolves.toContain("Sở Du lịch");
      await arrived(page, "/so-du-lich");
    } finally {
      await reader.close();
    }
  });

  it("journey 2: the editor signs in with the temporary password, enrols TOTP and sees only Sở Du lịch", async () => {
    expect(editorPassword).not.toBe("");
    const context = await newPerson(browser, server.url);
    try {
      const page = await context.newPage();
      await page.goto("/admin/dang-nhap");
      await submitPassword(page, "bientap.sdl", editorPassword);
      await enrolTotp(page, "editor");

      // A temporary password must be replaced before anything else.
      expect(pathOf(page)).toBe("/admin/tai-khoan/doi-mat-khau");
      await arrived(page, "forced password change");
      const current = page.getByLabel("Mật khẩu hiện tại", { exact: true });
      if ((await current.count()) > 0) await current.fill(editorPassword);
      await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole("button", { name: /Đổi mật khẩu|Lưu|Đặt mật khẩu/ }).click();

      expect(pathOf(page)).toBe("/admin");
      await expect(flash(page)).resolves.toContain("Đã đổi mật khẩu");
      await expect(page.locator("main").textContent()).resolves.toContain("Xin chào Nguyễn Thị Du");
      const sites = (await page.locator(".admin-home-sites li a").allTextContents()).map((s) => s.trim());
      expect(sites).toEqual(["Sở Du lịch"]);
      // Nothing of the system admin's: no unit or staff pages in the menu, and refused if typed in.
      const menu = await page.getByRole("navigation", { name: "Quản trị" }).textContent();
      expect(menu).not.toContain("Đơn vị");
      expect(menu).not.toContain("Tài khoản cán bộ");
      await arrived(page, "editor's admin home");
      const refused = await page.goto("/admin/don-vi");
      expect(refused?.status()).toBe(403);
      await arrived(page, "editor refused the unit list");
    } finally {
      await context.close();
    }
  });

  it("journey 1: three wrong codes at a later sign-in give a clear message and a wait", async () => {
    await admin.goto("/admin");
    await admin.getByRole("button", { name: "Đăng xuất" }).click();
    expect(pathOf(admin)).toBe("/admin/dang-nhap");
    await submitPassword(admin, "admin", E2E_ADMIN_PASSWORD);
    expect(pathOf(admin)).toBe("/admin/dang-nhap/ma-xac-thuc");
    await arrived(admin, "TOTP page");

    for (const left of [2, 1]) {
      await admin.getByLabel("Mã xác thực").fill(adminAuth.wrongCode());
      await admin.getByRole("button", { name: "Xác nhận" }).click();
      await expect(admin.locator(".error-summary").textContent()).resolves.toContain(
        `Mã xác thực không đúng. Bạn còn ${left} lần thử.`,
      );
      await arrived(admin, `TOTP page, ${left} tries left`);
    }
    await admin.getByLabel("Mã xác thực").fill(adminAuth.wrongCode());
    await admin.getByRole("button", { name: "Xác nhận" }).click();
    // Back on the sign-in form (the TOTP step is cancelled; the form is shown in its place).
    await expect(admin.locator("h1").textContent()).resolves.toBe("Đăng nhập quản trị");
    await expect(admin.locator(".error-summary").textContent()).resolves.toMatch(
      /sai mã xác thực 3 lần.*Vui lòng chờ \d+ giây rồi đăng nhập lại/s,
    );
    await arrived(admin, "sign-in cancelled after three wrong codes");

    // The wait is real: even the right password is refused until it is over, with the time to come back.
    await submitPassword(admin, "admin", E2E_ADMIN_PASSWORD);
    expect(pathOf(admin)).toBe("/admin/dang-nhap");
    await expect(admin.locator("h1").textContent()).resolves.toBe("Đăng nhập quản trị");
    await expect(admin.locator(".error-summary").textContent()).resolves.toMatch(/tạm khóa.*thử lại sau/s);
    await arrived(admin, "sign-in refused during the wait");
  });
});
