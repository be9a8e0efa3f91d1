/**
 * The sandbox bank: a stand-in for the payment gateway, served by the app itself only in the demo (payment mode
 * "sandbox", no gateway configured outside production). It speaks the same protocol as a real bank — it checks the
 * signed pay request, calls our callback over HTTP, sends the browser back signed, and answers status queries — so
 * the demo exercises the production code path. Its ledger lives in memory, as a bank is not ours to keep.
 */
import { randomInt } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken } from "../../../platform/admin/shell.js";
import { badRequest } from "../../../platform/http/errors.js";
import { formatDateTime, t } from "../../../platform/i18n/index.js";
import { formatVnd } from "../../../platform/i18n/money.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { SERVICES_PATHS } from "../paths.js";
import {
  type BankStatus,
  checkPayRequest,
  checkQueryRequest,
  gatewayTime,
  type Params,
  type PayRequest,
  paramsFromSearch,
  parseGatewayTime,
  stringParams,
  withSignature,
} from "./gateway/protocol.js";
import { PaymentMessagePage, SandboxBankPage } from "./views/public-pages.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export const SANDBOX_PATHS = {
  pay: `${SERVICES_PATHS.sandboxBank}/pay`,
  query: `${SERVICES_PATHS.sandboxBank}/query`,
} as const;

interface LedgerEntry {
  amount: number;
  status: BankStatus;
  responseCode: string;
  transactionNo: string;
}

const PAY_FIELDS = [
  "merchant",
  "orderRef",
  "amount",
  "currency",
  "orderInfo",
  "returnUrl",
  "callbackUrl",
  "createdAt",
  "expiresAt",
  "signature",
] as const;

export async function sandboxBankRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;
  const { secret, merchantId } = config.payment;
  const ledger = new Map<string, LedgerEntry>();

  async function shell(request: FastifyRequest) {
    const found = await loadSiteWithUnit(db, "");
    return found ? buildShell(request, found.site, found.unit) : null;
  }

  async function invalid(
    request: FastifyRequest,
    reply: FastifyReply,
    message = tv("payments.sandbox.invalid"),
  ) {
    const s = await shell(request);
    reply.code(400).header("cache-control", "no-store");
    if (!s) return reply.type("text/plain; charset=utf-8").send(message);
    return reply
      .type("text/html; charset=utf-8")
      .send(
        renderDocument(
          <PaymentMessagePage shell={s} title={tv("payments.sandbox.invalid.title")} message={message} />,
        ),
      );
  }

  /** The pay request as the bank checks it: signed by our merchant, not expired. */
  function checked(params: Params | null, now: Date): PayRequest | null {
    const c = checkPayRequest(params, secret);
    if (!c.ok || c.value.merchant !== merchantId) return null;
    const expires = parseGatewayTime(c.value.expiresAt);
    return expires && expires > now ? c.value : null;
  }

  app.get(SANDBOX_PATHS.pay, async (request, reply) => {
    const url = request.raw.url ?? "";
    const params = paramsFromSearch(url.includes("?") ? url.slice(url.indexOf("?") + 1) : "");
    const pay = checked(params, new Date());
    if (!pay || !params) return invalid(request, reply);
    const entry = ledger.get(pay.orderRef);
    if (entry && entry.status !== "pending") return invalid(request, reply, tv("payments.sandbox.done"));
    if (!entry) {
      ledger.set(pay.orderRef, {
        amount: Number(pay.amount),
        status: "pending",
        responseCode: "",
        transactionNo: "",
      });
    }
    const s = await shell(request);
    if (!s) return invalid(request, reply);
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(
        renderDocument(
          <SandboxBankPage
            shell={s}
            order={{
              merchant: pay.merchant,
              orderRef: pay.orderRef,
              orderInfo: pay.orderInfo,
              amount: formatVnd(Number(pay.amount)),
              expiresAt: formatDateTime(parseGatewayTime(pay.expiresAt)),
            }}
            action={SANDBOX_PATHS.pay}
            hidden={params}
            csrf={csrfToken(request)}
          />,
        ),
      );
  });

  app.post(SANDBOX_PATHS.pay, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const params: Params = {};
    for (const name of PAY_FIELDS) {
      const v = body[name];
      if (typeof v === "string") params[name] = v;
    }
    const now = new Date();
    const pay = checked(params, now);
    if (!pay) return invalid(request, reply);
    const entry = ledger.get(pay.orderRef);
    if (entry && entry.status !== "pending") return invalid(request, reply, tv("payments.sandbox.done"));
    const paid = body.decision === "pay";
    const result: LedgerEntry = {
      amount: Number(pay.amount),
      status: paid ? "paid" : "cancelled",
      responseCode: paid ? "00" : "24",
      transactionNo: String(randomInt(10_000_000, 99_999_999)),
    };
    ledger.set(pay.orderRef, result);
    const message = withSignature(
      {
        merchant: pay.merchant,
        orderRef: pay.orderRef,
        amount: pay.amount,
        responseCode: result.responseCode,
        transactionNo: result.transactionNo,
        bankCode: "SANDBOX",
        payDate: gatewayTime(now),
      },
      secret,
    );
    const search = new URLSearchParams(message).toString();
    // A bank calls the merchant before showing the customer the way back; if the call fails, the return still
    // carries the result and the status query catches up later.
    try {
      await fetch(`${pay.callbackUrl}?${search}`, { signal: AbortSignal.timeout(5_000) });
    } catch (err) {
      request.log.warn({ err, orderRef: pay.orderRef }, "sandbox bank: callback failed");
    }
    return reply.redirect(`${pay.returnUrl}?${search}`, 303);
  });

  app.post(SANDBOX_PATHS.query, { config: { csrf: false } }, async (request, reply) => {
    const body = request.body;
    const params =
      body && typeof body === "object" && !Array.isArray(body)
        ? stringParams(body as Record<string, string | number>)
        : null;
    const q = checkQueryRequest(params, secret);
    if (!q.ok || q.value.merchant !== merchantId) throw badRequest("payments.sandbox.invalidQuery");
    const entry = ledger.get(q.value.orderRef);
    const answer = {
      orderRef: q.value.orderRef,
      amount: entry?.amount ?? 0,
      responseCode: entry?.responseCode || "99",
      transactionNo: entry?.transactionNo ?? "",
      status: entry?.status ?? "unknown",
    };
    return reply
      .header("cache-control", "no-store")
      .send({ ...answer, signature: withSignature(stringParams(answer), secret).signature });
  });
}
