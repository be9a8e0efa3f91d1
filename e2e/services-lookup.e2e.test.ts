import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertDossier,
  insertEvent,
  insertProcedure,
  unitIdByShortCode,
} from "../src/modules/services/notifications/test-fixtures.js";
import { SERVICES_PATHS } from "../src/modules/services/paths.js";
import type { Dossier } from "../src/modules/services/tables.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";

/**
 * The public dossier lookup (SPEC §B4) in Chromium on the demo province: a citizen types the code with a wrong phone
 * number and gets one generic message with what they typed kept, then the right number and sees the dossier; the
 * receipt's QR link opens it with the supplement link. axe (WCAG 2.1 AA) on every page.
 */
describe("dossier lookup in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  let dossier: Dossier;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const unitId = await unitIdByShortCode(dbh.db, "STP");
    const procedureId = await insertProcedure(dbh.db, {
      unitId,
      name: "Cấp phiếu lý lịch tư pháp (thử nghiệm tra cứu)",
    });
    const at = (d: string) => new Date(`${d}T09:00:00+07:00`);
    dossier = await insertDossier(dbh.db, {
      procedureId,
      unitId,
      state: "supplement_requested",
      phone: "0912 345 678",
      receivedAt: at("2026-03-03"),
      dueOn: "2026-03-17",
      submittedAt: at("2026-03-02"),
    });
    await insertEvent(dbh.db, dossier.id, { action: "submit", to: "submitted", at: at("2026-03-02") });
    await insertEvent(dbh.db, dossier.id, {
      action: "receive",
      from: "submitted",
      to: "received",
      at: at("2026-03-03"),
    });
    await insertEvent(dbh.db, dossier.id, {
      action: "request_supplement",
      from: "received",
      to: "supplement_requested",
      note: "Thiếu bản sao giấy khai sinh",
      at: at("2026-03-04"),
    });
    page = await (await newPerson(browser, server.url)).newPage();
  }, 240_000);
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  it("a wrong phone number gets one generic message and keeps the input; the right one shows the dossier", async () => {
    await page.goto(SERVICES_PATHS.lookup);
    await expect(page.locator("h1").textContent()).resolves.toBe("Tra cứu hồ sơ");
    await expectNoAxeViolations(page, "lookup form");

    await page.getByLabel("Mã hồ sơ").fill(dossier.code);
    await page.getByLabel("Số điện thoại người nộp").fill("0912 345 679");
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain(
      "Không tìm thấy hồ sơ khớp với thông tin đã nhập",
    );
    await expect(page.getByLabel("Mã hồ sơ").inputValue()).resolves.toBe(dossier.code);
    await expect(page.getByLabel("Số điện thoại người nộp").inputValue()).resolves.toBe("0912 345 679");
    await expectNoAxeViolations(page, "lookup with no match");

    await page.getByLabel("Số điện thoại người nộp").fill("+84 912 345 678");
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe(`Thông tin hồ sơ ${dossier.code}`);
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body).toContain("Cấp phiếu lý lịch tư pháp (thử nghiệm tra cứu)");
    expect(body).toContain("Chờ bổ sung");
    expect(body).toContain("17/03/2026");
    expect(body).toContain("Thiếu bản sao giấy khai sinh");
    await expectNoAxeViolations(page, "lookup result");
  });

  it("the receipt's QR link opens the dossier with the supplement link", async () => {
    const q = new URLSearchParams({ ma: dossier.code, k: dossier.lookup_token });
    await page.goto(`${SERVICES_PATHS.lookup}?${q.toString()}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(`Thông tin hồ sơ ${dossier.code}`);
    const link = page.getByRole("link", { name: "Bổ sung hồ sơ trực tuyến" });
    await expect(link.getAttribute("href")).resolves.toBe(
      `${SERVICES_PATHS.supplement(dossier.code)}?k=${encodeURIComponent(dossier.lookup_token)}`,
    );
    await expectNoAxeViolations(page, "lookup from the QR link");
  });
});
