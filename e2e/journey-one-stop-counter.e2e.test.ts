import { PDFDocument } from "pdf-lib";
import type { Browser, Page } from "playwright-core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaffId } from "../src/modules/orgs/staff-bootstrap.js";
import { DEMO_STP_PROCEDURE_CODE, demoProcedureId } from "../src/modules/services/catalogue/seed.js";
import { COUNTER_AMOUNT_FIELD } from "../src/modules/services/fees/views/counter-fee-form.js";
import { LIFECYCLE_PATHS } from "../src/modules/services/lifecycle/paths.js";
import { SERVICES_PATHS } from "../src/modules/services/paths.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { launchBrowser, newPerson } from "./support/browser.js";
import { signedInDemoStaff } from "./support/participants.js";
import { type RunningServer, startServer } from "./support/server.js";
import { arrived, pathOf } from "./support/staff-pages.js";

// ---------------------------------------------------------------------------------------------------------------
// Working days counted by hand (not with the app's calendar): Monday–Friday, minus the statutory days off of the
// years the test can run in (Labour Code 2019 Art. 112 and their compensatory days), minus the announced changes
// read from the table, with the cut-off hour from the settings row.

const DAY_MS = 86_400_000;
const STATUTORY_OFF = new Set([
  "2026-01-01",
  "2026-02-16",
  "2026-02-17",
  "2026-02-18",
  "2026-02-19",
  "2026-02-20",
  "2026-04-27", // Hùng Kings' day falls on Sunday 26/4
  "2026-04-30",
  "2026-05-01",
  "2026-09-01",
  "2026-09-02",
  "2027-01-01",
  "2027-02-05",
  "2027-02-08",
  "2027-02-09",
  "2027-02-10",
  "2027-04-16",
  "2027-04-30",
  "2027-05-03", // Labour Day falls on Saturday 1/5
  "2027-09-02",
  "2027-09-03",
]);

/** yyyy-mm-dd of the Vietnamese day (UTC+7) of an instant. */
const vnIso = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function handCalendar(overrides: Map<string, "day_off" | "working_day">, cutoffMinutes: number | null) {
  const working = (iso: string) => {
    const o = overrides.get(iso);
    if (o) return o === "working_day";
    const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6 && !STATUTORY_OFF.has(iso);
  };
  const next = (iso: string) => {
    let d = addDays(iso, 1);
    while (!working(d)) d = addDays(d, 1);
    return d;
  };
  const receiptDay = (ms: number) => {
    const today = vnIso(ms);
    const minutes = Math.floor(((ms + 7 * 3_600_000) % DAY_MS) / 60_000);
    const late = cutoffMinutes !== null && minutes >= cutoffMinutes;
    return working(today) && !late ? today : next(today);
  };
  const add = (ms: number, n: number) => {
    let d = receiptDay(ms);
    for (let i = 0; i < n; i++) d = next(d);
    return d;
  };
  /** Working days in (today, due]. */
  const left = (due: string, ms: number) => {
    let count = 0;
    for (let d = addDays(vnIso(ms), 1); d <= due; d = addDays(d, 1)) if (working(d)) count++;
    return count;
  };
  return { working, next, receiptDay, add, left };
}

// ---------------------------------------------------------------------------------------------------------------

describe("journey 6: a walk-in dossier at the one-stop counter, to its result", () => {
  let server: RunningServer;
  let browser: Browser;
  let dbh: DbHandle;
  const people: Record<string, Page> = {};

  async function person(username: string): Promise<Page> {
    people[username] ??= await signedInDemoStaff(dbh.db, browser, server.url, username);
    return people[username];
  }

  async function submitAction(page: Page, action: string, note?: string) {
    const form = page.locator(`form[data-action="${action}"]`);
    if (note !== undefined) await form.locator('textarea[name="note"]').fill(note);
    await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      form.locator('button[type="submit"]').click(),
    ]);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: "postgres" }), launchBrowser()]);
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
  });
  afterAll(async () => {
    await dbh?.close();
    await browser?.close();
    await server?.stop();
  });

  it("registers, assigns, pauses for a supplement, resumes, approves and returns, with due dates counted by hand", async () => {
    const procedure = await dbh.db
      .selectFrom("procedures")
      .select(["id", "processing_days", "documents"])
      .where("code", "=", DEMO_STP_PROCEDURE_CODE)
      .executeTakeFirstOrThrow();
    expect(procedure.id).toBe(demoProcedureId(DEMO_STP_PROCEDURE_CODE));
    const settings = await dbh.db.selectFrom("calendar_settings").select("cutoff_minutes").executeTakeFirst();
    const cutoff = settings?.cutoff_minutes ?? null;

    // An announced day off on a weekday inside the processing window (the third working day after the receipt).
    const existing = await dbh.db.selectFrom("calendar_overrides").select(["day", "kind"]).execute();
    const overrides = new Map(existing.map((o) => [o.day, o.kind]));
    const before = handCalendar(overrides, cutoff);
    let dayOff = before.receiptDay(Date.now());
    for (let i = 0; i < 3; i++) dayOff = before.next(dayOff);
    await dbh.db
      .insertInto("calendar_overrides")
      .values({
        id: uuidv7(),
        day: dayOff,
        kind: "day_off",
        reason: "Nghỉ theo thông báo (kiểm thử hành trình 6)",
        legal_basis: null,
        created_by: null,
        created_by_name: "E2E",
      })
      .execute();
    overrides.set(dayOff, "day_off");
    const cal = handCalendar(overrides, cutoff);

    // 1. The counter officer registers the walk-in dossier.
    const officer = await person("motcua.stp");
    await officer.goto(`${SERVICES_PATHS.counterNew}?q=${encodeURIComponent("lý lịch tư pháp")}`);
    await arrived(officer, "counter: pick a procedure");
    await officer.goto(`${SERVICES_PATHS.counterNew}?thu_tuc=${procedure.id}`);
    await arrived(officer, "counter: the dossier form");
    const values: Record<string, string> = {
      fullName: "Trần Thị Bích Ngọc",
      phone: "0905111222",
      idNumber: "051190001234",
      address: "12 Hùng Vương, phường Trần Hưng Đạo, TP. Quảng Ngãi",
      purpose: "Bổ sung hồ sơ xin việc",
      slipCount: "1",
    };
    // The procedure's own fields (fd_*) and the applicant block (ap_*), whichever the form shows.
    for (const [key, value] of Object.entries(values)) {
      for (const name of [`fd_${key}`, `ap_${key}`]) {
        const input = officer.locator(`[name="${name}"]`);
        if ((await input.count()) > 0) await input.fill(value);
      }
    }
    await officer.selectOption('[name="fd_slipType"]', "Phiếu lý lịch tư pháp số 1");
    for (const box of await officer.locator('input[type="checkbox"][name="papers"]').all()) await box.check();
    const counterReturn = officer.locator('input[name="returnChannel"][value="counter"]');
    if ((await counterReturn.count()) > 0) await counterReturn.check();
    const registeredAt = Date.now();
    await Promise.all([
      officer.waitForNavigation({ waitUntil: "load" }),
      officer.locator('main form[enctype="multipart/form-data"] button[type="submit"]').click(),
    ]);
    if (!pathOf(officer).startsWith("/admin/mot-cua/ho-so/")) {
      throw new Error(
        `The counter form was refused: ${await officer.locator(".error-summary").allTextContents()}`,
      );
    }
    expect(pathOf(officer)).toMatch(/^\/admin\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
    await arrived(officer, "dossier page after registration");
    const dossierId = pathOf(officer).split("/").pop() as string;
    const row = await dbh.db
      .selectFrom("dossiers")
      .select(["code", "lookup_token", "state"])
      .where("id", "=", dossierId)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe("received");
    await expect(officer.locator("main").textContent()).resolves.toContain(row.code);

    // The due date: 10 working days counted by hand from the receipt day, skipping the announced day off.
    const due = cal.add(registeredAt, procedure.processing_days);
    expect(due > dayOff).toBe(true);
    await expect(officer.locator("[data-due-on]").getAttribute("data-due-on")).resolves.toBe(due);
    await expect(officer.locator('[data-testid="due"]').textContent()).resolves.toContain(dmy(due));

    // The receipt slip is a PDF naming the code.
    const receipt = await officer.request.get(SERVICES_PATHS.dossierReceiptPdf(dossierId));
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()["content-type"]).toContain("application/pdf");
    const receiptBytes = await receipt.body();
    expect(receiptBytes.subarray(0, 5).toString()).toBe("%PDF-");
    const receiptPdf = await PDFDocument.load(receiptBytes);
    expect(`${receiptPdf.getTitle() ?? ""} ${receiptPdf.getSubject() ?? ""}`).toContain(row.code);

    // 2. The officer assigns it to the specialist.
    await officer.selectOption(
      'form[data-action="assign"] select[name="toAssigneeId"]',
      demoStaffId("chuyenvien.stp"),
    );
    await submitAction(officer, "assign");
    await arrived(officer, "dossier page after assignment");
    await expect(officer.locator("[data-state]").first().getAttribute("data-state")).resolves.toBe(
      "processing",
    );

    // 3. The specialist asks for a supplement: the clock is paused.
    const specialist = await person("chuyenvien.stp");
    await specialist.goto(SERVICES_PATHS.dossier(dossierId));
    await arrived(specialist, "dossier page (specialist)");
    const pausedAt = Date.now();
    await submitAction(
      specialist,
      "request_supplement",
      "Đề nghị bổ sung bản chụp Căn cước công dân còn hiệu lực.",
    );
    await arrived(specialist, "dossier page while paused");
    await expect(specialist.locator('[data-paused="true"]').textContent()).resolves.toContain("tạm dừng");
    const pausedLeft = cal.left(due, pausedAt);

    // 4. The citizen sends the supplement through the link of the receipt.
    const citizen = await (await newPerson(browser, server.url)).newPage();
    await citizen.goto(`${SERVICES_PATHS.supplement(row.code)}?k=${encodeURIComponent(row.lookup_token)}`);
    await expectNoAxeViolations(citizen, "supplement page");
    const scan = Buffer.from(await (await PDFDocument.create()).save());
    await citizen.setInputFiles('input[name="doc__other"]', {
      name: "cccd.pdf",
      mimeType: "application/pdf",
      buffer: scan,
    });
    const resumedAt = Date.now();
    await Promise.all([
      citizen.waitForNavigation({ waitUntil: "load" }),
      citizen.locator('main form button[type="submit"]').click(),
    ]);
    await expectNoAxeViolations(citizen, "lookup page after the supplement");

    // The clock runs again: the working days left when paused, counted by hand from the supplement's receipt day.
    const resumedDue = cal.add(resumedAt, Math.max(pausedLeft, 1));
    await specialist.goto(SERVICES_PATHS.dossier(dossierId));
    await arrived(specialist, "dossier page after the supplement");
    await expect(specialist.locator("[data-state]").first().getAttribute("data-state")).resolves.toBe(
      "processing",
    );
    await expect(specialist.locator('[data-paused="true"]').count()).resolves.toBe(0);
    await expect(specialist.locator("[data-due-on]").getAttribute("data-due-on")).resolves.toBe(resumedDue);

    // 5. The specialist submits it; the leader approves.
    await submitAction(specialist, "submit_for_approval");
    await arrived(specialist, "dossier page awaiting approval");
    const leader = await person("lanhdao.stp");
    await leader.goto(SERVICES_PATHS.dossier(dossierId));
    await arrived(leader, "dossier page (leader)");
    await submitAction(leader, "approve");
    await arrived(leader, "dossier page with the result ready");
    await expect(leader.locator("[data-state]").first().getAttribute("data-state")).resolves.toBe(
      "result_ready",
    );

    // 6. The counter officer takes the fee at the counter (a result is not returned while its fee is unpaid), with
    // the total of the itemised notice, then returns the result.
    const notice = await dbh.db
      .selectFrom("dossier_fee_notices")
      .select(["total_vnd", "status"])
      .where("dossier_id", "=", dossierId)
      .executeTakeFirstOrThrow();
    expect(notice.status).toBe("unpaid");
    await officer.goto(SERVICES_PATHS.dossier(dossierId));
    const feeForm = officer.locator(`form[action="${SERVICES_PATHS.dossierFee(dossierId)}"]`);
    await feeForm.locator(`input[name="${COUNTER_AMOUNT_FIELD}"]`).fill(String(notice.total_vnd));
    await Promise.all([
      officer.waitForNavigation({ waitUntil: "load" }),
      feeForm.locator('button[type="submit"]').click(),
    ]);
    await arrived(officer, "dossier page, fee taken at the counter");
    await expect(
      dbh.db
        .selectFrom("dossier_fee_notices")
        .select(["status", "paid_via"])
        .where("dossier_id", "=", dossierId)
        .executeTakeFirstOrThrow(),
    ).resolves.toEqual({ status: "paid", paid_via: "counter" });
    await submitAction(officer, "return_result");
    await arrived(officer, "dossier page, result returned");
    await expect(officer.locator("[data-state]").first().getAttribute("data-state")).resolves.toBe(
      "returned",
    );
    await expect(officer.locator("main").textContent()).resolves.toContain("Đã trả kết quả");

    // The history lists every hand-over, and the control slip is a PDF.
    const history = await officer
      .locator("table.data tbody tr[data-action]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    expect(history).toEqual([
      "submit",
      "receive",
      "assign",
      "request_supplement",
      "supplement",
      "submit_for_approval",
      "approve",
      "return_result",
    ]);
    const slip = await officer.request.get(SERVICES_PATHS.dossierControlSlipPdf(dossierId));
    expect(slip.status()).toBe(200);
    expect((await PDFDocument.load(await slip.body())).getTitle()).toContain(row.code);
    expect(LIFECYCLE_PATHS.action(dossierId, "receive")).toContain(SERVICES_PATHS.dossier(dossierId));
  });
});
