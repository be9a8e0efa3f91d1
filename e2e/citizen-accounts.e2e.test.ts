import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { emailedCode, useCitizenApp } from "./support/citizen.js";

/**
 * Citizen accounts in Chromium on the demo province: from the portal's footer to sign-up, the emailed one-time code
 * (through the real job worker and a local SMTP server), "my dossiers" and the profile form with its errors.
 * axe (WCAG 2.1 AA) runs on every page passed through.
 */
describe("citizen accounts in Chromium", () => {
  const app = useCitizenApp(240_000);

  it("signs up with a code sent by email, then fills in the profile", async () => {
    const { page, smtp } = app;
    await page.goto("/");
    await page.getByRole("link", { name: "Tài khoản công dân" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Đăng nhập tài khoản công dân");
    await expectNoAxeViolations(page, "citizen sign-in");

    await page.getByRole("link", { name: "Đăng ký tài khoản" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Đăng ký tài khoản công dân");
    await expectNoAxeViolations(page, "citizen sign-up");
    // Nothing typed: the error summary, still accessible.
    await page.getByRole("button", { name: "Đăng ký và nhận mã" }).click();
    await expect(page.locator(".error-summary li").count()).resolves.toBe(2);
    await expectNoAxeViolations(page, "citizen sign-up with errors");

    const before = smtp.messages.length;
    await page.getByLabel("Họ và tên").fill("Trương Thị Ngọc Ánh");
    await page.getByLabel("Thư điện tử hoặc số điện thoại di động").fill("ngoc.anh@example.vn");
    await page.getByRole("button", { name: "Đăng ký và nhận mã" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Nhập mã xác thực");
    await expect(page.locator("main").textContent()).resolves.toContain("ng***@example.vn");
    await expectNoAxeViolations(page, "code page");

    const { mail, code } = await emailedCode(smtp, before);
    expect(mail?.to).toEqual(["ngoc.anh@example.vn"]);
    await page.getByLabel("Mã xác thực").fill(code);
    await page.getByRole("button", { name: "Xác nhận" }).click();

    await expect(page.locator("h1").textContent()).resolves.toBe("Hồ sơ của tôi");
    await expect(page.locator("main").textContent()).resolves.toContain("Bạn chưa nộp hồ sơ nào");
    await expect(page.locator("main").textContent()).resolves.toContain("Trương Thị Ngọc Ánh");
    await expectNoAxeViolations(page, "my dossiers (empty)");

    await page.getByRole("link", { name: "Thông tin cá nhân" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Thông tin cá nhân");
    await expect(page.locator("main").textContent()).resolves.toContain("ngoc.anh@example.vn");
    await expectNoAxeViolations(page, "profile");

    await page.getByLabel("Số định danh cá nhân (CCCD)").fill("0512");
    await page.getByLabel("Ngày sinh").fill("31/02/1994");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await expect(page.locator(".error-summary li").count()).resolves.toBe(2);
    await expect(page.getByLabel("Số định danh cá nhân (CCCD)").inputValue()).resolves.toBe("0512");
    await expectNoAxeViolations(page, "profile with errors");

    await page.getByLabel("Số định danh cá nhân (CCCD)").fill("051194001234");
    await page.getByLabel("Ngày sinh").fill("12/06/1994");
    await page.getByLabel("Giới tính").selectOption("female");
    await page.getByLabel("Địa chỉ thường trú").fill("18 Lê Lợi, phường Trần Phú, thành phố Quảng Ngãi");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await expect(page.locator(".notice").textContent()).resolves.toContain("Đã lưu thông tin cá nhân.");
    await expect(page.getByLabel("Ngày sinh").inputValue()).resolves.toBe("12/06/1994");
    await expectNoAxeViolations(page, "profile saved");

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page.locator("main").textContent()).resolves.toContain("Bạn đã đăng xuất.");
    await page.goto("/tai-khoan/thong-tin");
    await expect(page.locator("h1").textContent()).resolves.toBe("Đăng nhập tài khoản công dân");
  });
});
