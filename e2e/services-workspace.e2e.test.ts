import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUnitId } from "../src/modules/orgs/seed/demo-province.js";
import { SERVICES_PATHS } from "../src/modules/services/paths.js";
import { insertTestDossier, insertTestProcedure } from "../src/modules/services/workspace/test-factory.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createStaff } from "../test/support/staff-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { type RunningServer, startServer } from "./support/server.js";
import { signInEnrolledStaff, visitChecked } from "./support/staff-pages.js";
import { Authenticator } from "./support/totp.js";

const DAY_MS = 86_400_000;
const vnIso = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The one-stop workspace in Chromium, with axe-core WCAG 2.1 AA on each page: queues as tabs, filters (and a filter
 * with an error), the deadline banner, bulk assign (refused, then done).
 */
describe("one-stop workspace in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  let page: Page;
  const password = "Mat-khau-mot-cua-E2E-2026";
  const codes = {
    rec1: "WSE2E-REC-0001",
    rec2: "WSE2E-REC-0002",
    late: "WSE2E-LATE-0001",
    sub: "WSE2E-SUB-0001",
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const db = dbh.db;
    const stp = demoUnitId("STP");
    const officer = await createStaff(db, {
      username: "motcua-e2e",
      fullName: "Cán bộ một cửa E2E",
      unitId: stp,
      password,
      grants: [{ role: "one_stop_officer", unitId: stp }],
    });
    await createStaff(db, {
      username: "chuyenvien-e2e",
      fullName: "Chuyên viên E2E",
      unitId: stp,
      grants: [{ role: "specialist", unitId: stp }],
    });
    const procedure = await insertTestProcedure(db, {
      unitId: stp,
      name: "Chứng thực bản sao E2E",
      field: "Chứng thực E2E",
    });
    const base = { procedureId: procedure.id, unitId: stp };
    const now = Date.now();
    await insertTestDossier(db, {
      ...base,
      code: codes.rec1,
      state: "received",
      dueOn: vnIso(new Date(now + 20 * DAY_MS)),
      applicantName: "Nguyễn Thị Hoa",
    });
    await insertTestDossier(db, {
      ...base,
      code: codes.rec2,
      state: "received",
      dueOn: vnIso(new Date(now + 21 * DAY_MS)),
      applicantName: "Trần Văn Hùng",
      channel: "post",
    });
    await insertTestDossier(db, {
      ...base,
      code: codes.late,
      state: "processing",
      dueOn: vnIso(new Date(now - 10 * DAY_MS)),
    });
    await insertTestDossier(db, { ...base, code: codes.sub, state: "submitted", receivedAt: null });
    const context = await newPerson(browser, server.url);
    page = await context.newPage();
    await signInEnrolledStaff(page, "motcua-e2e", password, new Authenticator(officer.totpSecret ?? ""));
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  it("shows the queues as tabs with counts, the banner, and filters", async () => {
    await visitChecked(page, SERVICES_PATHS.workspace);
    await expect(page.locator("h1").first().textContent()).resolves.toContain("Hồ sơ một cửa");
    await expect(page.locator(".workspace-banner").textContent()).resolves.toContain(
      "quá hạn chưa có phiếu xin lỗi",
    );
    // The demo province has dossiers of its own: narrow to this test's.
    await visitChecked(page, `${SERVICES_PATHS.workspace}?tab=submitted&q=WSE2E`);
    await expect(page.locator(`tr[data-code="${codes.sub}"]`).count()).resolves.toBe(1);

    await page.getByRole("link", { name: /^Quá hạn \(\d+\)$/ }).click();
    await expectNoAxeViolations(page, "overdue queue");
    await expect(page.locator(`tr[data-code="${codes.late}"] [data-no-apology]`).count()).resolves.toBe(1);

    await page.getByRole("link", { name: /^Chờ phân công \(\d+\)$/ }).click();
    await page.getByLabel("Mã hồ sơ hoặc tên người nộp").fill("tran van hung");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expectNoAxeViolations(page, "filtered queue");
    await expect(
      page.locator("tr[data-code]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code"))),
    ).resolves.toEqual([codes.rec2]);

    await page.getByLabel("Mã hồ sơ hoặc tên người nộp").fill("WSE2E-REC");
    await page.getByLabel("Tiếp nhận từ ngày").fill("31/02/2026");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain("phải là một ngày có thật");
    await expectNoAxeViolations(page, "filter with an error");
  });

  it("assigns dossiers in bulk, after saying what was missing", async () => {
    await visitChecked(page, `${SERVICES_PATHS.workspace}?tab=received&q=WSE2E-REC`);
    await page.getByLabel(`Chọn hồ sơ ${codes.rec1}`).check();
    await page.getByRole("button", { name: "Phân công", exact: true }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(
      "Vui lòng chọn chuyên viên được giao.",
    );
    await expectNoAxeViolations(page, "bulk assign with an error");
    await expect(page.getByLabel(`Chọn hồ sơ ${codes.rec1}`).isChecked()).resolves.toBe(true);

    await page.getByLabel(`Chọn hồ sơ ${codes.rec2}`).check();
    await page.getByLabel("Giao cho chuyên viên").selectOption({ label: "Chuyên viên E2E" });
    await page.getByRole("button", { name: "Phân công", exact: true }).click();
    await expect(
      page.locator(".notice", { hasText: "Đã phân công 2 hồ sơ cho Chuyên viên E2E." }).count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page, "after bulk assign");
    const rows = await dbh.db
      .selectFrom("dossiers")
      .select(["state", "assignee_id"])
      .where("code", "in", [codes.rec1, codes.rec2])
      .execute();
    expect(rows.every((r) => r.state === "processing" && r.assignee_id !== null)).toBe(true);

    await page.getByRole("link", { name: /^Đang xử lý \(\d+\)$/ }).click();
    await expectNoAxeViolations(page, "processing queue");
    await expect(page.locator(`tr[data-code="${codes.rec1}"]`).count()).resolves.toBe(1);
  });
});
