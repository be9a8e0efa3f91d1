import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_STP_PROCEDURE_CODE } from "../src/modules/services/catalogue/seed.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../src/modules/services/paths.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { newPerson } from "./support/browser.js";
import { emailedCode, useCitizenApp } from "./support/citizen.js";

/** A tiny but real PDF (type sniffing recognises it). */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`, "latin1");
}

/**
 * Journey 8 (JOURNEYS.md): a citizen signs up with an email one-time code, finds a procedure by searching without
 * diacritics, fills the form (a wrong phone number and a too-large file are refused with clear messages and nothing
 * typed is lost), submits, receives the code by email, and later looks the dossier up by code and phone. Through the
 * real UI in Chromium on the demo province; axe (WCAG 2.1 AA) on every page passed.
 */
describe("journey 8: an online dossier", () => {
  const app = useCitizenApp(300_000);
  const email = "hoang.minh@example.vn";

  async function mainText(): Promise<string> {
    return (await app.page.locator("main").textContent()) ?? "";
  }

  it("signs up, submits a dossier and looks it up", async () => {
    const { page, smtp, server, browser } = app;
    // Sign up with a one-time code sent by email.
    await page.goto(CITIZEN_PATHS.signUp);
    await expectNoAxeViolations(page, "citizen sign-up");
    await page.getByLabel("Họ và tên").fill("Hoàng Minh Đức");
    await page.getByLabel("Thư điện tử hoặc số điện thoại di động").fill(email);
    const before = smtp.messages.length;
    await page.getByRole("button", { name: "Đăng ký và nhận mã" }).click();
    await expectNoAxeViolations(page, "one-time code page");
    const { code: otp } = await emailedCode(smtp, before);
    await page.getByLabel("Mã xác thực").fill(otp);
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Hồ sơ của tôi");

    // Find the procedure typing without diacritics.
    await page.goto(SERVICES_PATHS.catalogue);
    await expectNoAxeViolations(page, "public catalogue");
    await page.getByLabel("Tìm thủ tục").fill("ly lich tu phap");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expectNoAxeViolations(page, "catalogue results");
    await page.getByRole("link", { name: /^Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam/ }).click();
    expect(new URL(page.url()).pathname).toBe(SERVICES_PATHS.procedure(DEMO_STP_PROCEDURE_CODE));
    await expectNoAxeViolations(page, "procedure page");
    await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
    expect(new URL(page.url()).pathname).toBe(SERVICES_PATHS.submit(DEMO_STP_PROCEDURE_CODE));
    await expectNoAxeViolations(page, "submission form");

    // The profile prefilled the form.
    await expect(page.getByLabel("Họ và tên người nộp").inputValue()).resolves.toBe("Hoàng Minh Đức");
    await expect(page.getByLabel("Thư điện tử").inputValue()).resolves.toBe(email);

    // A wrong phone number: refused with a clear message, everything typed kept.
    await page.getByLabel("Số điện thoại").fill("0123 45");
    await page.getByLabel("Số định danh cá nhân (CCCD)").fill("051194002345");
    await page.getByLabel("Địa chỉ liên hệ").fill("25 Phan Đình Phùng, phường Nghĩa Chánh, TP. Quảng Ngãi");
    await page.getByLabel("Mục đích sử dụng Phiếu").fill("Bổ sung hồ sơ xin việc");
    await page.getByLabel("Loại Phiếu yêu cầu cấp").selectOption("Phiếu lý lịch tư pháp số 1");
    await page.getByLabel("Số lượng Phiếu").fill("2");
    const attachPapers = async () => {
      await page.getByLabel("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp").setInputFiles({
        name: "to-khai.pdf",
        mimeType: "application/pdf",
        buffer: pdf("to khai"),
      });
      await page.getByLabel("Bản sao Căn cước công dân hoặc giấy tờ tùy thân").setInputFiles({
        name: "cccd.pdf",
        mimeType: "application/pdf",
        buffer: pdf("cccd"),
      });
    };
    await attachPapers();
    await page.getByLabel(/^Tôi cam đoan/).check();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Số điện thoại không đúng dạng số điện thoại Việt Nam",
    );
    await expect(page.getByLabel("Số điện thoại").inputValue()).resolves.toBe("0123 45");
    await expect(page.getByLabel("Mục đích sử dụng Phiếu").inputValue()).resolves.toBe(
      "Bổ sung hồ sơ xin việc",
    );
    await expect(page.getByLabel("Số lượng Phiếu").inputValue()).resolves.toBe("2");
    await expect(page.getByLabel("Địa chỉ liên hệ").inputValue()).resolves.toBe(
      "25 Phan Đình Phùng, phường Nghĩa Chánh, TP. Quảng Ngãi",
    );
    await expect(page.getByLabel(/^Tôi cam đoan/).isChecked()).resolves.toBe(true);
    expect(await mainText()).toContain("vui lòng chọn lại các tệp đính kèm");
    await expectNoAxeViolations(page, "submission form with a wrong phone");

    // A too-large file: refused with a clear message, everything typed kept.
    await page.getByLabel("Số điện thoại").fill("0905 246 810");
    // From disk, as a person picks it (Chromium reads the path itself; no 11 MB buffer over the protocol).
    const bigPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "congso-j8-")), "to-khai-scan.pdf");
    fs.writeFileSync(bigPath, Buffer.concat([pdf("lon"), Buffer.alloc(11 * 1024 * 1024, 0x20)]));
    await page.getByLabel("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp").setInputFiles(bigPath);
    await page.getByLabel("Bản sao Căn cước công dân hoặc giấy tờ tùy thân").setInputFiles({
      name: "cccd.pdf",
      mimeType: "application/pdf",
      buffer: pdf("cccd"),
    });
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Tệp “to-khai-scan.pdf” nặng hơn 10 MB, vượt quá 10 MB cho mỗi tệp.",
    );
    await expect(page.getByLabel("Số điện thoại").inputValue()).resolves.toBe("0905 246 810");
    await expect(page.getByLabel("Mục đích sử dụng Phiếu").inputValue()).resolves.toBe(
      "Bổ sung hồ sơ xin việc",
    );
    await expectNoAxeViolations(page, "submission form with a too-large file");

    // Submit for real.
    await attachPapers();
    const mailsBefore = smtp.messages.length;
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    const code = ((await page.locator(".dossier-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^000\.00\.\d{2}\.H48-\d{6}-\d{4}$/);
    expect(new URL(page.url()).pathname).toBe(SERVICES_PATHS.submitted(code));
    expect(await mainText()).toContain("10 ngày làm việc");
    await expectNoAxeViolations(page, "submitted page");
    const receipt = await page
      .getByRole("link", { name: "Tải giấy tiếp nhận hồ sơ (PDF)" })
      .getAttribute("href");
    const pdfRes = await page.request.get(receipt ?? "");
    expect(pdfRes.status()).toBe(200);
    expect(pdfRes.headers()["content-type"]).toBe("application/pdf");

    // The code arrives by email.
    const mails = await smtp.waitForMessages(mailsBefore + 1, 60_000);
    const withCode = mails.slice(mailsBefore).find((m) => `${m.subject}\n${m.text}`.includes(code));
    expect(withCode?.to).toEqual([email]);

    // Later, anyone with the code and the phone finds it (a fresh browser, not signed in).
    const stranger = await (await newPerson(browser, server.url)).newPage();
    await stranger.goto(SERVICES_PATHS.lookup);
    await expectNoAxeViolations(stranger, "lookup form");
    await stranger.getByLabel("Mã hồ sơ").fill(code);
    await stranger.getByLabel("Số điện thoại người nộp").fill("0905246810");
    await stranger.getByRole("button", { name: "Tra cứu" }).click();
    const found = (await stranger.locator("main").textContent()) ?? "";
    expect(found).toContain(code);
    expect(found).toContain("Cấp Phiếu lý lịch tư pháp");
    await expectNoAxeViolations(stranger, "lookup result");
  });
});
