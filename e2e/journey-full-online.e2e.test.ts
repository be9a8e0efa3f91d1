import { PDFDocument } from "pdf-lib";
import { v7 as uuidv7 } from "uuid";
import { afterAll, describe, expect, it } from "vitest";
import { demoStaffId } from "../src/modules/orgs/staff-bootstrap.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../src/modules/services/paths.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { newPerson } from "./support/browser.js";
import { useCitizenApp } from "./support/citizen.js";
import { clickAndLoad, signedInDemoStaff, signUpCitizen } from "./support/participants.js";

/** A tiny but real PDF (type sniffing recognises it). */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`, "latin1");
}

/**
 * Issue 8, a full-online ("toàn trình") service: a citizen signs up, submits a procedure that charges a fee, sees the
 * itemised fee notice on their dossier page, pays through the sandbox bank (the app's own, as the demo runs without a
 * gateway), sees the notice paid, downloads the signed receipt and checks it on the public verification page; a
 * specialist signs the result, the citizen downloads and verifies it, then attaches it from the document store to a
 * second request instead of uploading. Through the real UI in Chromium on the demo province; axe (WCAG 2.1 AA) on
 * every page visited.
 */
describe("a full-online service: fee, online payment, receipt, e-result, verification, reuse", () => {
  const app = useCitizenApp(300_000);
  let dbh: DbHandle | undefined;

  afterAll(async () => {
    await dbh?.close();
  });

  it("submits, pays online, gets the receipt and the signed result, verifies both and reuses the result", async () => {
    const { smtp, server, browser } = app;
    // The app's public URL (http://localhost:<port>) builds the sandbox bank's address: the browser must be on the
    // same origin, or the form-action CSP stops the redirect from the pay form to the bank.
    const page = await (await newPerson(browser, `http://localhost:${server.port}`)).newPage();
    const mainText = async () => (await page.locator("main").textContent()) ?? "";
    await signUpCitizen(page, smtp, { fullName: "Đặng Thu Hà", email: "dang.thu.ha@example.vn" });

    // A full-online procedure with a fee: land information (50.000 đ).
    await page.goto(SERVICES_PATHS.catalogue);
    await page.getByLabel("Tìm thủ tục").fill("du lieu dat dai");
    await clickAndLoad(page, page.getByRole("button", { name: "Tìm", exact: true }));
    await clickAndLoad(
      page,
      page.getByRole("link", { name: /^Cung cấp thông tin, dữ liệu đất đai/ }).first(),
    );
    await expectNoAxeViolations(page, "procedure page");
    await clickAndLoad(page, page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }));
    const submitPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page, "submission form");
    await page.getByLabel("Số điện thoại").fill("0905 135 791");
    await page.getByLabel("Số định danh cá nhân (CCCD)").fill("051195003456");
    await page.getByLabel("Địa chỉ liên hệ").fill("12 Hùng Vương, phường Trần Phú, TP. Quảng Ngãi");
    await page.getByLabel("Phiếu yêu cầu cung cấp thông tin").setInputFiles({
      name: "phieu-yeu-cau.pdf",
      mimeType: "application/pdf",
      buffer: pdf("phieu yeu cau"),
    });
    await page.getByLabel(/^Tôi cam đoan/).check();
    await clickAndLoad(page, page.getByRole("button", { name: "Nộp hồ sơ" }));
    const code = ((await page.locator(".dossier-code").textContent()) ?? "").trim();
    expect(new URL(page.url()).pathname).toBe(SERVICES_PATHS.submitted(code));
    expect(await mainText()).toContain("50.000 đ");
    await expectNoAxeViolations(page, "submitted page with the fee due");

    // The dossier page: the itemised notice and the pay button.
    await clickAndLoad(page, page.getByRole("link", { name: "Nộp phí trực tuyến" }));
    expect(new URL(page.url()).pathname).toBe(CITIZEN_PATHS.myDossier(code));
    const notice = (await page.locator(".fee-notice").textContent()) ?? "";
    expect(notice).toContain("Phí khai thác tài liệu đất đai");
    expect(notice).toContain("50.000 đ");
    expect(notice).toContain("Chưa nộp");
    await expectNoAxeViolations(page, "citizen dossier page, unpaid");

    // The sandbox bank, then back through the signed return.
    await clickAndLoad(page, page.getByRole("button", { name: "Thanh toán trực tuyến" }));
    expect(await mainText()).toContain("50.000 đ");
    await expectNoAxeViolations(page, "sandbox bank");
    await clickAndLoad(page, page.getByRole("button", { name: "Thanh toán", exact: true }));
    expect(await mainText()).toContain("Thanh toán thành công");
    await expectNoAxeViolations(page, "payment result");
    await clickAndLoad(page, page.getByRole("link", { name: "Quay lại trang hồ sơ" }));
    expect(await page.locator(".fee-status").textContent()).toBe("Đã nộp");
    expect(await page.locator(".payment-orders").textContent()).toContain("Thành công");
    await expectNoAxeViolations(page, "citizen dossier page, paid");

    // The signed receipt, downloaded by its owner.
    const receiptRow = page.locator('.e-documents tr[data-kind="receipt"]');
    const href = await receiptRow.getByRole("link", { name: /^Tải về \(PDF\)/ }).getAttribute("href");
    const res = await page.request.get(href ?? "");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/pdf");
    expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Anyone can verify it from its code.
    const verifyCode = ((await receiptRow.locator('a[href^="/xac-minh/"]').textContent()) ?? "").trim();
    await clickAndLoad(page, receiptRow.getByRole("link", { name: verifyCode }));
    expect(new URL(page.url()).pathname).toBe(SERVICES_PATHS.verifyCode(verifyCode));
    const verified = await mainText();
    expect(verified).toContain(verifyCode);
    expect(verified).toMatch(/[0-9a-f]{64}/);
    await expectNoAxeViolations(page, "verification page");

    // The unit's specialist signs and issues the result. The dossier is put in processing directly: the counter's
    // receive and assign pages are journey 6's; this journey is about what is new in issue 8.
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const db = dbh.db;
    const dossier = await db
      .selectFrom("dossiers")
      .select(["id", "unit_id"])
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    // The land office has no demo specialist: the judicial department's one is seconded to it for the journey.
    const specialistId = demoStaffId("chuyenvien.stp");
    await db
      .insertInto("role_grants")
      .values({
        id: uuidv7(),
        user_id: specialistId,
        role: "specialist",
        unit_id: dossier.unit_id,
        site_id: null,
      })
      .execute();
    await db
      .updateTable("dossiers")
      .set({ state: "processing", received_at: new Date(), assignee_id: specialistId })
      .where("id", "=", dossier.id)
      .execute();
    const staff = await signedInDemoStaff(db, browser, server.url, "chuyenvien.stp");
    await staff.goto(SERVICES_PATHS.dossierSignResult(dossier.id));
    await expectNoAxeViolations(staff, "sign result page");
    const result = await PDFDocument.create();
    result.addPage().drawText("Thong tin du lieu dat dai");
    await staff.getByLabel("Hoặc tải lên tệp kết quả (PDF)").setInputFiles({
      name: "ket-qua.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await result.save()),
    });
    await clickAndLoad(staff, staff.getByRole("button", { name: "Ký số và phát hành" }));
    expect((await staff.locator("main").textContent()) ?? "").toContain(
      "Đã ký số và phát hành kết quả điện tử",
    );

    // The citizen downloads the signed result from their dossier page and checks it publicly.
    await page.goto(CITIZEN_PATHS.myDossier(code));
    await expectNoAxeViolations(page, "citizen dossier page with the result");
    const resultRow = page.locator('.e-documents tr[data-kind="result"]');
    const resultHref = await resultRow.getByRole("link", { name: /^Tải về \(PDF\)/ }).getAttribute("href");
    const resultPdf = await page.request.get(resultHref ?? "");
    expect(resultPdf.status()).toBe(200);
    expect((await resultPdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const resultCode = ((await resultRow.locator('a[href^="/xac-minh/"]').textContent()) ?? "").trim();
    await clickAndLoad(page, resultRow.getByRole("link", { name: resultCode }));
    const checked = await mainText();
    expect(checked).toContain(resultCode);
    expect(checked).toMatch(/[0-9a-f]{64}/);
    const unit = await db
      .selectFrom("units")
      .select("name_vi")
      .where("id", "=", dossier.unit_id)
      .executeTakeFirstOrThrow();
    expect(checked).toContain(unit.name_vi);
    await expectNoAxeViolations(page, "verification of the result");

    // A second request: the signed result kept in the document store is attached instead of an upload.
    await page.goto(submitPath);
    await page.getByLabel("Số điện thoại").fill("0905 135 791");
    await page.getByLabel("Số định danh cá nhân (CCCD)").fill("051195003456");
    await page.getByLabel("Địa chỉ liên hệ").fill("12 Hùng Vương, phường Trần Phú, TP. Quảng Ngãi");
    await page
      .getByLabel("Hoặc dùng giấy tờ đã lưu cho: Phiếu yêu cầu cung cấp thông tin")
      .selectOption({ index: 1 });
    await expectNoAxeViolations(page, "submission form offering stored papers");
    await page.getByLabel(/^Tôi cam đoan/).check();
    await clickAndLoad(page, page.getByRole("button", { name: "Nộp hồ sơ" }));
    const second = ((await page.locator(".dossier-code").textContent()) ?? "").trim();
    expect(second).not.toBe(code);
    const reused = await db
      .selectFrom("dossier_files as f")
      .innerJoin("dossiers as d", "d.id", "f.dossier_id")
      .select("f.citizen_document_id")
      .where("d.code", "=", second)
      .execute();
    expect(reused.some((f) => f.citizen_document_id !== null)).toBe(true);
  });
});
