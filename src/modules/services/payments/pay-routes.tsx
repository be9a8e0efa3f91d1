/**
 * Paying a fee notice online: the citizen's "pay" button (an order, then off to the gateway), the bank's callback
 * (IPN) and the browser's return. Callback and return go through the same settlement (settle.ts), whichever comes
 * first.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { inTransaction } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import { formatVnd } from "../../../platform/i18n/money.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { citizenOf } from "../../citizens/index.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import { newOrderRef } from "./domain/settlement.js";
import type { PaymentGateway } from "./gateway/http-gateway.js";
import { callbackAnswer, paramsFromSearch } from "./gateway/protocol.js";
import { ensurePaymentJobs } from "./jobs.js";
import { settleArrival, settleFromQuery } from "./settle.js";
import type { PaymentOrder } from "./tables.js";
import { PaymentMessagePage } from "./views/public-pages.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** How long the bank accepts the order (the citizen types card details, an OTP …). */
export const ORDER_LIFETIME_MS = 15 * 60_000;

type CodeParams = { Params: { code: string } };

function rawQuery(request: FastifyRequest): string {
  const url = request.raw.url ?? "";
  const i = url.indexOf("?");
  return i < 0 ? "" : url.slice(i + 1);
}

export async function payRoutes(app: FastifyInstance, opts: { gateway: PaymentGateway }): Promise<void> {
  const services = app.services;
  const { db, config } = services;
  const { gateway } = opts;

  async function sendMessage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    page: { title: string; message: string; link?: { href: string; label: string } },
  ) {
    const found = await loadSiteWithUnit(db, "");
    if (!found) return reply.code(status).type("text/plain; charset=utf-8").send(page.message);
    const shell = await buildShell(request, found.site, found.unit);
    return reply
      .code(status)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(renderDocument(<PaymentMessagePage shell={shell} {...page} />));
  }

  const back = (code: string) => ({ href: CITIZEN_PATHS.myDossier(code), label: tv("payments.back") });

  app.post<CodeParams>(decodeURIComponent(CITIZEN_PATHS.payDossier(":code")), async (request, reply) => {
    const code = request.params.code;
    const citizen = citizenOf(request);
    if (!citizen) {
      const next = encodeURIComponent(CITIZEN_PATHS.myDossier(code));
      return reply.redirect(`${CITIZEN_PATHS.signIn}?next=${next}`, 303);
    }
    const notFoundPage = () =>
      sendMessage(request, reply, 404, {
        title: tv("payments.pay.notFound.title"),
        message: tv("payments.pay.notFound.body"),
        link: { href: CITIZEN_PATHS.myDossiers, label: tv("payments.return.myDossiers") },
      });
    if (code.length > 80) return notFoundPage();
    const dossier = await db
      .selectFrom("dossiers as d")
      .innerJoin("procedures as p", "p.id", "d.procedure_id")
      .select(["d.id", "d.code", "d.citizen_id", "p.online_payment"])
      .where("d.code", "=", code)
      .executeTakeFirst();
    // Another citizen's dossier answers exactly as an unknown one: nobody learns which codes exist.
    if (!dossier || dossier.citizen_id !== citizen.id) return notFoundPage();
    const refuse = (message: string) =>
      sendMessage(request, reply, 409, {
        title: tv("payments.pay.refused.title"),
        message,
        link: back(code),
      });
    if (config.payment.mode === "off") return refuse(tv("payments.pay.off"));
    if (!dossier.online_payment) return refuse(tv("payments.pay.notOnline", { code }));

    const now = new Date();
    // The amount is the notice's, read under its row lock: whatever the browser posted is never looked at.
    const created = await inTransaction(db, async (tx) => {
      const notice = await tx
        .selectFrom("dossier_fee_notices")
        .select(["status", "total_vnd"])
        .where("dossier_id", "=", dossier.id)
        .forUpdate()
        .executeTakeFirst();
      const refused = (key: string) => ({ refused: key, order: null });
      if (!notice) return refused("payments.pay.noNotice");
      if (notice.status === "paid") return refused("payments.pay.paid");
      if (notice.status === "exempt" || Number(notice.total_vnd) <= 0) return refused("payments.pay.exempt");
      const order = {
        id: uuidv7(),
        order_ref: newOrderRef(now, randomBytes(12)),
        dossier_id: dossier.id,
        citizen_id: citizen.id,
        amount_vnd: Number(notice.total_vnd),
        gateway: gateway.name,
        created_at: now,
        expires_at: new Date(now.getTime() + ORDER_LIFETIME_MS),
      };
      await tx.insertInto("payment_orders").values(order).execute();
      await ensurePaymentJobs(services, now, tx);
      return { refused: "", order };
    });
    if (!created.order) return refuse(tv(created.refused, { code }));
    const { order } = created;
    return reply.redirect(
      gateway.payUrl({
        orderRef: order.order_ref,
        amountVnd: order.amount_vnd,
        orderInfo: tv("payments.orderInfo", { code }),
        createdAt: order.created_at,
        expiresAt: order.expires_at,
      }),
      303,
    );
  });

  // The bank's server-to-server callback: JSON for the bank, HTTP 200 unless we cannot read the request at all.
  app.get(SERVICES_PATHS.paymentCallback, async (request, reply) => {
    const query = rawQuery(request);
    const answer = await settleArrival(
      services,
      gateway,
      { source: "callback", params: paramsFromSearch(query), rawQuery: query, ip: request.ip ?? null },
      request.log,
      request.id,
    );
    reply.header("cache-control", "no-store");
    // The bank reads RspCode; the error object is the app's JSON error shape, for anyone else who calls.
    if (answer.kind === "malformed")
      return reply.code(400).send({
        ...callbackAnswer("99"),
        error: { code: "bad_request", message: tv("payments.callback.malformed") },
      });
    if (answer.kind === "forged") return reply.send(callbackAnswer("97"));
    return reply.send(callbackAnswer(answer.rsp));
  });

  app.get(SERVICES_PATHS.paymentReturn, async (request, reply) => {
    const query = rawQuery(request);
    const answer = await settleArrival(
      services,
      gateway,
      { source: "return", params: paramsFromSearch(query), rawQuery: query, ip: request.ip ?? null },
      request.log,
      request.id,
    );
    const invalid = () =>
      sendMessage(request, reply, 400, {
        title: tv("payments.return.title.invalid"),
        message: tv("payments.return.invalid"),
        link: { href: CITIZEN_PATHS.myDossiers, label: tv("payments.return.myDossiers") },
      });
    if (answer.kind !== "answered") return invalid();
    let order = answer.order;
    if (!order) {
      return sendMessage(request, reply, 404, {
        title: tv("payments.return.title.invalid"),
        message: tv("payments.return.unknownOrder"),
        link: { href: CITIZEN_PATHS.myDossiers, label: tv("payments.return.myDossiers") },
      });
    }
    const dossier = await db
      .selectFrom("dossiers")
      .select("code")
      .where("id", "=", order.dossier_id)
      .executeTakeFirstOrThrow();
    const code = dossier.code;
    if (answer.outcome === "amount_mismatch" || answer.outcome === "wrong_merchant") {
      return sendMessage(request, reply, 409, {
        title: tv("payments.return.title.invalid"),
        message: tv("payments.return.mismatch", { code }),
        link: back(code),
      });
    }
    if (order.status === "pending") {
      // The browser came back without a final word: ask the bank once, so the citizen is not left guessing.
      const settled = await settleFromQuery(
        services,
        order.order_ref,
        await gateway.queryStatus(order.order_ref),
        new Date(),
      );
      order = settled?.order ?? order;
    }
    return sendMessage(request, reply, 200, outcomePage(order, code));
  });

  function outcomePage(order: PaymentOrder, code: string) {
    const amount = formatVnd(Number(order.amount_vnd));
    const link = back(code);
    switch (order.status) {
      case "paid":
        return {
          title: tv("payments.return.title.paid"),
          message: tv(order.refund_due ? "payments.return.paidRefund" : "payments.return.paid", {
            amount,
            code,
          }),
          link,
        };
      case "cancelled":
        return {
          title: tv("payments.return.title.cancelled"),
          message: tv("payments.return.cancelled", { code }),
          link,
        };
      case "pending":
        return {
          title: tv("payments.return.title.pending"),
          message: tv("payments.return.pending", { code }),
          link,
        };
      default:
        return {
          title: tv("payments.return.title.failed"),
          message: tv("payments.return.failed", { code, responseCode: order.response_code ?? "—" }),
          link,
        };
    }
  }
}
