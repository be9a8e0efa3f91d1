/**
 * Benchmark data for full-online services: the verification pages of the demo's issued receipts and results, and a
 * signed gateway callback for an order that is already paid — what a bank's retries send, and the most frequent
 * callback a busy gateway produces (each is checked, logged and answered "02" under the order's row lock).
 */
import { SERVICES_PATHS } from "../src/modules/services/paths.js";
import {
  gatewayTime,
  stringParams,
  withSignature,
} from "../src/modules/services/payments/gateway/protocol.js";
import { openDatabase } from "../src/platform/db/connection.js";

/** The gateway settings the bench app runs with (a gateway that is never called: only its callbacks are sent). */
export const BENCH_PAYMENT_ENV = {
  PAYMENT_GATEWAY_URL: "http://127.0.0.1:9/bench-bank",
  PAYMENT_MERCHANT_ID: "CONGSO",
  PAYMENT_SECRET: "bench-secret-0123456789",
} as const;

export interface PaymentsBenchData {
  verifyPages: string[];
  /** A callback URL (path and signed query) for a paid order, or null when the data has none. */
  replayedCallback: string | null;
}

export async function loadPaymentsBenchData(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<PaymentsBenchData> {
  const dbh = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    const db = dbh.db;
    const codes = await db.selectFrom("electronic_documents").select("verify_code").limit(200).execute();
    const paid = await db
      .selectFrom("payment_orders")
      .select(["order_ref", "amount_vnd", "gateway_txn", "settled_at"])
      .where("status", "=", "paid")
      .orderBy("settled_at", "desc")
      .executeTakeFirst();
    let replayedCallback: string | null = null;
    if (paid) {
      const params = withSignature(
        stringParams({
          merchant: BENCH_PAYMENT_ENV.PAYMENT_MERCHANT_ID,
          orderRef: paid.order_ref,
          amount: paid.amount_vnd,
          responseCode: "00",
          transactionNo: paid.gateway_txn ?? "BENCH0001",
          bankCode: "NCB",
          payDate: gatewayTime(paid.settled_at ?? new Date()),
        }),
        BENCH_PAYMENT_ENV.PAYMENT_SECRET,
      );
      replayedCallback = `${SERVICES_PATHS.paymentCallback}?${new URLSearchParams(params).toString()}`;
    }
    return { verifyPages: codes.map((c) => SERVICES_PATHS.verifyCode(c.verify_code)), replayedCallback };
  } finally {
    await dbh.close();
  }
}
