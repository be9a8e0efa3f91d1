import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { citizenBrowser, createTestCitizen } from "../../../../test/support/citizen-session.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { startTestBank, type TestBank } from "../../../../test/support/test-bank.js";
import { TestBrowser } from "../../citizens/test-support.js";
import { ensureMainSite, insertProcedure, insertUnit } from "../notifications/test-fixtures.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import type { Dossier } from "../tables.js";
import { gatewayFromConfig } from "./gateway/from-config.js";
import {
  PAYMENT_EXPIRY_QUEUE,
  PAYMENT_RECONCILE_QUEUE,
  registerPaymentJobs,
  sweepExpiredOrders,
} from "./jobs.js";
import { freePort, insertDossierWithNotice, pathOf } from "./test-fixtures.js";

let t: TestApp;
let bank: TestBank;
let unitId: string;
let otherUnitId: string;
let procedureId: string;
let citizen: { id: string };
let browser: TestBrowser;
const FEE = 150_000;
/** Orders of the first tests, reused by the reconciliation (every receipt costs a signed PDF). */
const refs: Record<string, string> = {};

beforeAll(async () => {
  bank = await startTestBank();
  const port = await freePort();
  t = await startTestApp({ seed: "none", env: { ...bank.env, PUBLIC_URL: `http://127.0.0.1:${port}` } });
  // The bank calls our callback over real HTTP, as a bank does.
  await t.app.listen({ port, host: "127.0.0.1" });
  const db = t.services.db;
  unitId = await insertUnit(db, { name: "Sở Tư pháp thanh toán" });
  otherUnitId = await insertUnit(db, { name: "Sở Xây dựng thanh toán" });
  await ensureMainSite(db);
  procedureId = await insertProcedure(db, { unitId });
  await db.updateTable("procedures").set({ online_payment: true }).where("id", "=", procedureId).execute();
  citizen = await createTestCitizen(db);
  browser = await citizenBrowser(t.app, citizen.id);
  const profile = await browser.get(CITIZEN_PATHS.profile);
  expect(profile.statusCode).toBe(200);
  expect(browser.csrf).not.toBe("");
});
afterAll(async () => {
  await t?.close();
  await bank?.stop();
});

function dossierWithNotice(
  opts: { owner?: string | null; status?: "unpaid" | "paid" | "exempt"; unit?: string } = {},
): Promise<Dossier> {
  return insertDossierWithNotice(t.services.db, {
    procedureId,
    unitId: opts.unit ?? unitId,
    ownerId: opts.owner === undefined ? citizen.id : opts.owner,
    feeVnd: FEE,
    line: { label: "Lệ phí", basis: "1 hồ sơ × 150.000 đ" },
    status: opts.status,
  });
}

/** The citizen presses "pay": our answer must send the browser to the bank. */
async function startPayment(d: Dossier, extra: Record<string, string> = {}): Promise<string> {
  const res = await browser.post(CITIZEN_PATHS.payDossier(d.code), extra);
  expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
  const location = String(res.headers.location);
  expect(location.startsWith(`${bank.url}/pay?`)).toBe(true);
  return location;
}

/** The browser at the bank; returns where the bank sends it back (null when it does not). */
async function atBank(payUrl: string): Promise<string | null> {
  const res = await fetch(payUrl, { redirect: "manual" });
  expect(res.status, await res.clone().text()).not.toBe(400);
  return res.status === 302 ? res.headers.get("location") : null;
}

async function orderOf(orderRef: string) {
  return t.services.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("order_ref", "=", orderRef)
    .executeTakeFirstOrThrow();
}

async function noticeOf(d: Dossier) {
  return t.services.db
    .selectFrom("dossier_fee_notices")
    .selectAll()
    .where("dossier_id", "=", d.id)
    .executeTakeFirstOrThrow();
}

async function receiptsOf(d: Dossier) {
  return t.services.db.selectFrom("payment_receipts").selectAll().where("dossier_id", "=", d.id).execute();
}

function refOf(payUrl: string): string {
  return new URL(payUrl).searchParams.get("orderRef") ?? "";
}

async function callbackLog(orderRef: string) {
  return t.services.db
    .selectFrom("payment_callbacks")
    .selectAll()
    .where("order_ref", "=", orderRef)
    .orderBy("id")
    .execute();
}

describe("paying a fee notice online", () => {
  it("success: the callback settles first, the return page shows it, one receipt", async () => {
    const d = await dossierWithNotice();
    const payUrl = await startPayment(d);
    const pay = new URL(payUrl).searchParams;
    expect(pay.get("amount")).toBe(String(FEE));
    expect(pay.get("orderInfo")).toMatch(/^[\x20-\x7e]+$/);
    const back = await atBank(payUrl);
    const ref = refOf(payUrl);
    refs.success = ref;
    expect(bank.callbackReplies.at(-1)).toEqual({
      orderRef: ref,
      reply: { status: 200, body: expect.objectContaining({ RspCode: "00" }) },
    });
    const order = await orderOf(ref);
    expect(order).toMatchObject({
      status: "paid",
      settled_via: "callback",
      refund_due: false,
      amount_vnd: FEE,
    });
    expect(order.order_ref).not.toContain(d.code.replace(/\W/g, ""));
    expect((await noticeOf(d)).status).toBe("paid");
    const page = await browser.get(pathOf(back as string));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Thanh toán thành công");
    expect(page.body).toContain("150.000 đ");
    expect(page.body).toContain(CITIZEN_PATHS.myDossier(d.code));
    expect(await receiptsOf(d)).toHaveLength(1);
    const log = await callbackLog(ref);
    expect(log.map((l) => [l.source, l.signature_valid, l.outcome])).toEqual([
      ["callback", true, "paid"],
      ["return", true, "already_settled"],
    ]);
  });

  it("return before callback: the return settles, the late callback is answered 02 and changes nothing", async () => {
    const d = await dossierWithNotice();
    bank.script("return-first");
    const payUrl = await startPayment(d);
    const back = await atBank(payUrl);
    const ref = refOf(payUrl);
    refs.returnFirst = ref;
    const page = await browser.get(pathOf(back as string));
    expect(page.body).toContain("Thanh toán thành công");
    expect(await orderOf(ref)).toMatchObject({ status: "paid", settled_via: "return" });
    const reply = await bank.sendCallback(ref);
    expect(reply).toEqual({ status: 200, body: { RspCode: "02", Message: "Order already confirmed" } });
    expect(await receiptsOf(d)).toHaveLength(1);
  });

  it("failure and cancel: the order records it, the notice stays unpaid, the citizen may try again", async () => {
    const d = await dossierWithNotice();
    bank.script("failure");
    const failedUrl = await startPayment(d);
    const failedBack = await atBank(failedUrl);
    const failedPage = await browser.get(pathOf(failedBack as string));
    expect(failedPage.body).toContain("Thanh toán không thành công");
    expect(failedPage.body).toContain("51");
    expect((await orderOf(refOf(failedUrl))).status).toBe("failed");

    bank.script("cancel");
    const cancelUrl = await startPayment(d);
    const cancelBack = await atBank(cancelUrl);
    const cancelPage = await browser.get(pathOf(cancelBack as string));
    expect(cancelPage.body).toContain("Bạn đã hủy thanh toán");
    expect((await orderOf(refOf(cancelUrl))).status).toBe("cancelled");
    expect((await noticeOf(d)).status).toBe("unpaid");
    expect(await receiptsOf(d)).toHaveLength(0);
  });

  it("a callback arriving twice pays once: one paid order, one receipt, 00 then 02", async () => {
    const d = await dossierWithNotice();
    bank.script("callback-twice");
    const payUrl = await startPayment(d);
    await atBank(payUrl);
    const ref = refOf(payUrl);
    const replies = bank.callbackReplies.filter((r) => r.orderRef === ref).map((r) => r.reply.body.RspCode);
    expect(replies).toEqual(["00", "02"]);
    const orders = await t.services.db
      .selectFrom("payment_orders")
      .select("status")
      .where("dossier_id", "=", d.id)
      .execute();
    expect(orders).toEqual([{ status: "paid" }]);
    expect(await receiptsOf(d)).toHaveLength(1);
  });

  it("a forged signature is refused (97), logged and audited; nothing changes", async () => {
    const d = await dossierWithNotice();
    bank.script("forged");
    const payUrl = await startPayment(d);
    expect(await atBank(payUrl)).toBeNull();
    const ref = refOf(payUrl);
    refs.forged = ref;
    expect(bank.callbackReplies.at(-1)?.reply).toEqual({
      status: 200,
      body: { RspCode: "97", Message: "Invalid signature" },
    });
    expect((await orderOf(ref)).status).toBe("pending");
    expect((await noticeOf(d)).status).toBe("unpaid");
    const log = await callbackLog(ref);
    expect(log.map((l) => [l.signature_valid, l.outcome])).toEqual([[false, "forged_signature"]]);
    const audit = await t.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", ref)
      .execute();
    expect(audit).toEqual([{ action: "payment.forged_signature" }]);
    // The same forgery through the browser's return is a 400 page.
    const forged = bank.returnUrl(ref, bank.resultParams(ref, { secret: "not-the-bank-secret-0000" }));
    const page = await browser.get(pathOf(forged));
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain("Kết quả thanh toán không hợp lệ");
    expect((await orderOf(ref)).status).toBe("pending");
  });

  it("a tampered amount is refused (04): the order stays pending, the notice unpaid", async () => {
    const d = await dossierWithNotice();
    bank.script("tampered-amount");
    const payUrl = await startPayment(d);
    const back = await atBank(payUrl);
    const ref = refOf(payUrl);
    refs.tampered = ref;
    expect(bank.callbackReplies.at(-1)?.reply.body.RspCode).toBe("04");
    expect((await orderOf(ref)).status).toBe("pending");
    const page = await browser.get(pathOf(back as string));
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain("không khớp");
    expect((await noticeOf(d)).status).toBe("unpaid");
    expect((await callbackLog(ref)).map((l) => l.outcome)).toEqual(["amount_mismatch", "amount_mismatch"]);
  });

  it("an old successful callback replayed does not pay a new order", async () => {
    const oldRef = refs.success as string;
    const oldParams = bank.resultParams(oldRef);
    const d = await dossierWithNotice();
    bank.script("abandon");
    const newUrl = await startPayment(d);
    expect(await atBank(newUrl)).toBeNull();
    const newRef = refOf(newUrl);
    expect((await bank.sendCallback(oldRef, oldParams)).body.RspCode).toBe("02");
    // The old message pointed at the new order: the signature no longer matches.
    expect((await bank.sendCallback(newRef, { ...oldParams, orderRef: newRef })).body.RspCode).toBe("97");
    expect((await orderOf(newRef)).status).toBe("pending");
    expect((await noticeOf(d)).status).toBe("unpaid");
    expect(await receiptsOf(d)).toHaveLength(0);
  });

  it("a request the bank never sends (a parameter twice, fields missing) is a 400", async () => {
    const res = await t.app.inject({ url: `${SERVICES_PATHS.paymentCallback}?orderRef=A&orderRef=B` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      RspCode: "99",
      Message: "Unknown error",
      error: { code: "bad_request" },
    });
    const page = await browser.get(`${SERVICES_PATHS.paymentReturn}?orderRef=ABCDEFGH1`);
    expect(page.statusCode).toBe(400);
  });

  it("the amount posted by the browser is ignored: the order takes the notice's total", async () => {
    const d = await dossierWithNotice();
    bank.script("abandon");
    const payUrl = await startPayment(d, { amount: "1000", amount_vnd: "1000" });
    expect(new URL(payUrl).searchParams.get("amount")).toBe(String(FEE));
    expect((await orderOf(refOf(payUrl))).amount_vnd).toBe(FEE);
    // The order made sure the expiry sweep and the day's reconciliation are on the job queue.
    const queued = await t.services.db
      .selectFrom("jobs")
      .select("queue")
      .where("queue", "in", [PAYMENT_EXPIRY_QUEUE, PAYMENT_RECONCILE_QUEUE])
      .execute();
    expect(new Set(queued.map((j) => j.queue))).toEqual(
      new Set([PAYMENT_EXPIRY_QUEUE, PAYMENT_RECONCILE_QUEUE]),
    );
  });
});

describe("who may pay what", () => {
  it("another citizen's dossier and an unknown code get the same 404 page", async () => {
    const other = await createTestCitizen(t.services.db, { fullName: "Trần Thị Khác" });
    const d = await dossierWithNotice({ owner: other.id });
    const theirs = await browser.post(CITIZEN_PATHS.payDossier(d.code), {});
    const unknown = await browser.post(CITIZEN_PATHS.payDossier("000.00.00.H48-260101-9999"), {});
    expect(theirs.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(theirs.body).toContain("Không tìm thấy hồ sơ này trong tài khoản của bạn");
    const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0];
    expect(main(theirs.body)).toBeDefined();
    expect(main(theirs.body)).toBe(main(unknown.body));
    expect(
      await t.services.db.selectFrom("payment_orders").select("id").where("dossier_id", "=", d.id).execute(),
    ).toEqual([]);
  });

  it("a paid or exempt notice is a 409 with the way back to the dossier", async () => {
    for (const status of ["paid", "exempt"] as const) {
      const d = await dossierWithNotice({ status });
      const res = await browser.post(CITIZEN_PATHS.payDossier(d.code), {});
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain(CITIZEN_PATHS.myDossier(d.code));
      expect(res.body).toContain(status === "paid" ? "đã được thanh toán" : "được miễn");
    }
  });

  it("without the CSRF token nothing happens; signed out, the citizen is sent to sign in", async () => {
    const d = await dossierWithNotice();
    const res = await browser.post(CITIZEN_PATHS.payDossier(d.code), {}, { csrf: false });
    expect(res.statusCode).toBe(403);
    const anonymous = new TestBrowser(t.app);
    await anonymous.get(CITIZEN_PATHS.signIn);
    const signedOut = await anonymous.post(CITIZEN_PATHS.payDossier(d.code), {});
    expect(signedOut.statusCode).toBe(303);
    expect(String(signedOut.headers.location)).toContain(CITIZEN_PATHS.signIn);
    expect(
      await t.services.db.selectFrom("payment_orders").select("id").where("dossier_id", "=", d.id).execute(),
    ).toEqual([]);
  });

  it("the sandbox bank is not served when a real gateway is configured", async () => {
    const res = await t.app.inject({ url: `${SERVICES_PATHS.sandboxBank}/pay` });
    expect(res.statusCode).toBe(404);
  });
});

describe("expiry sweep", () => {
  it("settles an expired order the bank has an answer for, and closes one it never saw finish", async () => {
    const gateway = gatewayFromConfig(t.services.config);
    const paidLate = await dossierWithNotice();
    const gone = await dossierWithNotice();
    bank.script("abandon", "abandon");
    const paidRef = refOf(await startPaymentAndFinish(paidLate));
    const goneRef = refOf(await startPaymentAndFinish(gone));
    bank.setLedger(paidRef, { status: "cancelled", responseCode: "24" });
    const past = new Date(Date.now() - 60_000);
    await t.services.db
      .updateTable("payment_orders")
      .set({ expires_at: past })
      .where("order_ref", "in", [paidRef, goneRef])
      .execute();
    const result = await sweepExpiredOrders(t.services, gateway, new Date());
    expect(result).toEqual({ settled: 1, expired: 1 });
    expect(await orderOf(paidRef)).toMatchObject({ status: "cancelled", settled_via: "query" });
    expect((await orderOf(goneRef)).status).toBe("expired");
  });
});

describe("daily reconciliation", () => {
  let admin: StaffSession;
  let otherOfficer: StaffSession;
  let specialist: StaffSession;

  beforeAll(async () => {
    admin = await signInAsAdmin(t.app);
    const officer = await createStaff(t.services.db, {
      username: "motcua.doisoat.khac",
      unitId: otherUnitId,
      grants: [{ role: "one_stop_officer", unitId: otherUnitId }],
    });
    otherOfficer = await signIn(t.app, { ...officer, remoteAddress: "10.9.0.2" });
    const sp = await createStaff(t.services.db, {
      username: "chuyenvien.doisoat",
      unitId,
      grants: [{ role: "specialist", unitId }],
    });
    specialist = await signIn(t.app, { ...sp, remoteAddress: "10.9.0.3" });
  });

  it("finds each kind of mismatch, settles what the bank paid, and exports them", async () => {
    // ok: the first test's order, paid on both sides.
    const ok = refs.success as string;
    // settled: the forged test's order — the citizen did pay, but only a forgery reached us.
    const missed = refs.forged as string;
    // investigate: paid here, the bank's books say failed.
    const doubtful = refs.returnFirst as string;
    bank.setLedger(doubtful, { status: "failed", responseCode: "51" });
    // amount: the bank took another amount than the order's (the tampered test's order).
    const amount = refs.tampered as string;
    // refund_due: paid at the counter while the online payment was under way, then the bank confirms it too.
    const twice = await dossierWithNotice();
    bank.script("abandon");
    const first = refOf(await startPaymentAndFinish(twice));
    await t.services.db
      .updateTable("dossier_fee_notices")
      .set({ status: "paid", paid_at: new Date(), paid_via: "counter" })
      .where("dossier_id", "=", twice.id)
      .execute();
    bank.setLedger(first, { status: "paid", responseCode: "00" });
    expect((await bank.sendCallback(first)).body.RspCode).toBe("00");
    expect(await orderOf(first)).toMatchObject({ status: "paid", refund_due: true });
    const missedOrder = await orderOf(missed);

    const day = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    const run = await admin.post(SERVICES_PATHS.reconciliationRun, { day });
    expect(run.statusCode, run.body.slice(0, 500)).toBe(303);
    const stored = await t.services.db
      .selectFrom("payment_reconciliations")
      .selectAll()
      .orderBy("run_at", "desc")
      .executeTakeFirstOrThrow();
    const byRef = new Map(stored.mismatches.map((m) => [m.orderRef, m.resolution]));
    expect(byRef.get(ok)).toBeUndefined();
    expect(byRef.get(missed)).toBe("settled");
    expect(byRef.get(doubtful)).toBe("investigate");
    expect(byRef.get(first)).toBe("refund_due");
    expect(byRef.get(amount)).toBe("amount");
    expect(await orderOf(missed)).toMatchObject({ status: "paid", settled_via: "query" });
    const missedNotice = await t.services.db
      .selectFrom("dossier_fee_notices")
      .select("status")
      .where("dossier_id", "=", missedOrder.dossier_id)
      .executeTakeFirstOrThrow();
    expect(missedNotice.status).toBe("paid");

    const page = await admin.get(`${SERVICES_PATHS.reconciliation}?day=${encodeURIComponent(day)}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Sở Tư pháp thanh toán");
    for (const ref of [missed, doubtful, first, amount]) expect(page.body).toContain(ref);
    expect(page.body).toContain("Cần hoàn tiền");

    const csv = await admin.get(`${SERVICES_PATHS.reconciliationCsv}?day=${encodeURIComponent(day)}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain(first);
    expect(csv.body).toContain("Cần kiểm tra");

    // An officer of another unit sees the day, but not this unit's dossiers.
    const theirs = await otherOfficer.get(`${SERVICES_PATHS.reconciliation}?day=${encodeURIComponent(day)}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain(first);
    expect(theirs.body).not.toContain("Đối soát lại");
  });

  it("refuses a bad day (422), and people without the role", async () => {
    const bad = await admin.get(`${SERVICES_PATHS.reconciliation}?day=31/02/2026`);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("ngày/tháng/năm");
    expect((await admin.post(SERVICES_PATHS.reconciliationRun, { day: "hôm qua" })).statusCode).toBe(422);
    expect((await specialist.get(SERVICES_PATHS.reconciliation)).statusCode).toBe(403);
    expect(
      (await otherOfficer.post(SERVICES_PATHS.reconciliationRun, { day: "01/01/2026" })).statusCode,
    ).toBe(403);
    const anonymous = await t.app.inject({ url: SERVICES_PATHS.reconciliation });
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toContain("/admin/dang-nhap");
    const asCitizen = await browser.get(SERVICES_PATHS.reconciliationCsv);
    expect(asCitizen.statusCode).toBe(303);
  });
});

describe("the daily reconciliation job", () => {
  it("reconciles the day it names and puts the next day on the queue", async () => {
    const handlers = new Map<string, (payload: Record<string, unknown>) => Promise<void>>();
    const queue = {
      register: (name: string, fn: (payload: Record<string, unknown>) => Promise<void>) =>
        handlers.set(name, fn),
      enqueue: t.services.jobs.enqueue.bind(t.services.jobs),
    } as unknown as typeof t.services.jobs;
    registerPaymentJobs(t.services, { queue, gateway: gatewayFromConfig(t.services.config) });
    await handlers.get(PAYMENT_RECONCILE_QUEUE)?.({ day: "2026-01-15" });
    const run = await t.services.db
      .selectFrom("payment_reconciliations")
      .selectAll()
      .where("day", "=", "2026-01-15")
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ orders: 0, paid_count: 0, run_by: null });
    const next = await t.services.db
      .selectFrom("jobs")
      .select("dedupe_key")
      .where("dedupe_key", "=", `${PAYMENT_RECONCILE_QUEUE}:2026-01-16`)
      .execute();
    expect(next).toHaveLength(1);
  });
});

/** Starts a payment and lets the bank do what its next script says; returns the pay URL. */
async function startPaymentAndFinish(d: Dossier): Promise<string> {
  const payUrl = await startPayment(d);
  await atBank(payUrl);
  return payUrl;
}
