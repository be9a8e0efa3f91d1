import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { citizenBrowser, createTestCitizen } from "../../../../test/support/citizen-session.js";
import { bankSign } from "../../../../test/support/test-bank.js";
import type { TestBrowser } from "../../citizens/test-support.js";
import { ensureMainSite, insertProcedure, insertUnit } from "../notifications/test-fixtures.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import type { Dossier } from "../tables.js";
import { freePort, insertDossierWithNotice, pathOf } from "./test-fixtures.js";

/**
 * The demo's payment path on the embedded database: the sandbox bank served by the app (no gateway configured), and
 * identical callbacks racing each other through PGlite's one session.
 */
let t: TestApp;
let browser: TestBrowser;
let procedureId: string;
let unitId: string;
let citizenId: string;
const FEE = 42_000;

beforeAll(async () => {
  const port = await freePort();
  t = await startTestApp({
    database: "pglite",
    seed: "none",
    env: { PUBLIC_URL: `http://127.0.0.1:${port}` },
  });
  // The sandbox bank calls our callback over HTTP, as a real bank would.
  await t.app.listen({ port, host: "127.0.0.1" });
  const db = t.services.db;
  unitId = await insertUnit(db, { name: "UBND xã thử nghiệm thanh toán" });
  await ensureMainSite(db);
  procedureId = await insertProcedure(db, { unitId });
  await db.updateTable("procedures").set({ online_payment: true }).where("id", "=", procedureId).execute();
  citizenId = (await createTestCitizen(db)).id;
  browser = await citizenBrowser(t.app, citizenId);
  await browser.get(CITIZEN_PATHS.profile);
});
afterAll(async () => {
  await t?.close();
});

function dossierWithNotice(): Promise<Dossier> {
  return insertDossierWithNotice(t.services.db, {
    procedureId,
    unitId,
    ownerId: citizenId,
    feeVnd: FEE,
    line: { label: "Phí", basis: "1 hồ sơ" },
  });
}

function hiddenFields(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    out[m[1] as string] = (m[2] as string).replace(/&amp;/g, "&").replace(/&quot;/g, '"');
  }
  return out;
}

describe("the sandbox bank (demo mode)", () => {
  it("shows the order, takes the payment, calls our callback and sends the citizen back", async () => {
    expect(t.services.config.payment.mode).toBe("sandbox");
    const d = await dossierWithNotice();
    const start = await browser.post(CITIZEN_PATHS.payDossier(d.code), {});
    expect(start.statusCode).toBe(303);
    const payUrl = String(start.headers.location);
    expect(payUrl.startsWith(`${t.services.config.publicUrl}${SERVICES_PATHS.sandboxBank}/pay?`)).toBe(true);

    const bankPage = await browser.get(pathOf(payUrl));
    expect(bankPage.statusCode).toBe(200);
    expect(bankPage.body).toContain("Ngân hàng thử nghiệm — không chuyển tiền thật");
    expect(bankPage.body).toContain("42.000 đ");
    const fields = hiddenFields(bankPage.body);
    const orderRef = fields.orderRef as string;

    // A pay request altered on the way (another amount) is refused by the bank.
    const tampered = new URL(payUrl);
    tampered.searchParams.set("amount", "1000");
    expect((await browser.get(pathOf(tampered.toString()))).statusCode).toBe(400);

    const { _csrf: _token, ...signed } = fields;
    const paid = await browser.post(`${SERVICES_PATHS.sandboxBank}/pay`, { ...signed, decision: "pay" });
    expect(paid.statusCode).toBe(303);
    const order = await t.services.db
      .selectFrom("payment_orders")
      .selectAll()
      .where("order_ref", "=", orderRef)
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({ status: "paid", settled_via: "callback", amount_vnd: FEE });
    const back = await browser.get(pathOf(String(paid.headers.location)));
    expect(back.statusCode).toBe(200);
    expect(back.body).toContain("Thanh toán thành công");

    // The bank's page for a finished order says so instead of offering to pay again.
    expect((await browser.get(pathOf(payUrl))).statusCode).toBe(400);
  });

  it("five identical callbacks at once settle one order with one receipt", async () => {
    const d = await dossierWithNotice();
    const start = await browser.post(CITIZEN_PATHS.payDossier(d.code), {});
    const orderRef = new URL(String(start.headers.location)).searchParams.get("orderRef") as string;
    const params: Record<string, string> = {
      merchant: t.services.config.payment.merchantId,
      orderRef,
      amount: String(FEE),
      responseCode: "00",
      transactionNo: "20260305001",
      bankCode: "SANDBOX",
      payDate: "20260305101500",
    };
    params.signature = bankSign(params, t.services.config.payment.secret);
    const url = `${SERVICES_PATHS.paymentCallback}?${new URLSearchParams(params)}`;
    const replies = await Promise.all(Array.from({ length: 5 }, () => t.app.inject({ url })));
    const codes = replies.map((r) => (r.json() as { RspCode: string }).RspCode).sort();
    expect(codes).toEqual(["00", "02", "02", "02", "02"]);
    const orders = await t.services.db
      .selectFrom("payment_orders")
      .select("status")
      .where("dossier_id", "=", d.id)
      .execute();
    expect(orders).toEqual([{ status: "paid" }]);
    const receipts = await t.services.db
      .selectFrom("payment_receipts")
      .select("id")
      .where("dossier_id", "=", d.id)
      .execute();
    expect(receipts).toHaveLength(1);
  });

  it("with payment switched off, paying is refused with a clear message", async () => {
    const d = await dossierWithNotice();
    const payment = t.services.config.payment;
    const mode = payment.mode;
    payment.mode = "off";
    try {
      const res = await browser.post(CITIZEN_PATHS.payDossier(d.code), {});
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain("chưa hỗ trợ thanh toán trực tuyến");
    } finally {
      payment.mode = mode;
    }
  });
});
