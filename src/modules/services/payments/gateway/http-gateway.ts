/**
 * The adapter to the payment gateway over HTTP (the bank's, or the sandbox bank inside the app). The protocol itself
 * is in protocol.ts; this file only does the network: the pay URL, the check of what comes back, the status query.
 */
import { randomBytes } from "node:crypto";
import {
  type Checked,
  checkQueryAnswer,
  checkResult,
  type GatewayResult,
  type MerchantSettings,
  type Params,
  type PayOrder,
  payUrl,
  type QueryAnswer,
  withSignature,
} from "./protocol.js";

export type QueryOutcome = { ok: true; answer: QueryAnswer } | { ok: false; problem: string };

export interface PaymentGateway {
  readonly name: string;
  payUrl(order: PayOrder): string;
  /** A callback or browser return: well formed and signed by the bank. */
  verify(params: Params | null): Checked<GatewayResult>;
  /** Asks the bank what became of an order; never throws (a network problem is an answer too). */
  queryStatus(orderRef: string): Promise<QueryOutcome>;
}

export interface HttpGatewayOptions extends MerchantSettings {
  name: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createHttpGateway(opts: HttpGatewayOptions): PaymentGateway {
  const base = opts.gatewayUrl.replace(/\/+$/, "");
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    name: opts.name,
    payUrl: (order) => payUrl(order, opts),
    verify: (params) => checkResult(params, opts.secret),
    async queryStatus(orderRef) {
      const body = withSignature(
        { merchant: opts.merchantId, orderRef, requestId: randomBytes(12).toString("hex") },
        opts.secret,
      );
      let res: Response;
      try {
        res = await doFetch(`${base}/query`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        return { ok: false, problem: `network: ${(err as Error).message}` };
      }
      if (!res.ok) return { ok: false, problem: `http ${res.status}` };
      let json: unknown;
      try {
        json = await res.json();
      } catch {
        return { ok: false, problem: "not json" };
      }
      const checked = checkQueryAnswer(json, opts.secret);
      if (!checked.ok) return { ok: false, problem: checked.problem };
      // An answer about another order is as good as a forged one.
      if (checked.value.orderRef !== orderRef) return { ok: false, problem: "other order" };
      return { ok: true, answer: checked.value };
    },
  };
}
