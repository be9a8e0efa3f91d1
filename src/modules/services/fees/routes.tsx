import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { servicesFees } from "../../../platform/i18n/catalogues/services-fees.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { formatVnd } from "../../../platform/i18n/money.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { rolesOverDossier } from "../lifecycle/access.js";
import { UUID } from "../lifecycle/store.js";
import { SERVICES_PATHS } from "../paths.js";
import { parseCounterAmount } from "./domain/counter-amount.js";
import { getFeeNotice, markNoticePaid } from "./notice-store.js";
import { COUNTER_AMOUNT_FIELD } from "./views/counter-fee-form.js";
import { CounterFeePage } from "./views/counter-fee-page.js";

registerCatalogue(servicesFees);

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Cash at the counter is taken by the one-stop officers of the receiving unit (and the system administrator). */
const COLLECT_ROLES: readonly Role[] = ["one_stop_officer", "system_admin"];

type IdParams = { Params: { id: string } };

/** Fee collection at the counter (cash) against the dossier's fee notice (issue 8). */
export async function feeRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    dossier: { id: string; code: string },
    value: string,
    error: string,
  ) {
    const fee = await getFeeNotice(db, dossier.id);
    if (!fee) throw notFound();
    return sendAdminPage(
      request,
      reply,
      tv("fees.counter.pageTitle", { code: dossier.code }),
      <CounterFeePage
        dossier={dossier}
        fee={fee}
        csrf={csrfToken(request)}
        value={value}
        errors={{ [COUNTER_AMOUNT_FIELD]: error }}
      />,
      422,
    );
  }

  app.post<IdParams>(
    SERVICES_PATHS.dossierFee(":id"),
    { config: { access: { roles: COLLECT_ROLES } } },
    async (request, reply) => {
      const staff = request.staff;
      if (!staff) throw forbidden();
      if (!UUID.test(request.params.id)) throw notFound();
      const dossier = await db
        .selectFrom("dossiers")
        .select(["id", "code", "unit_id", "current_unit_id"])
        .where("id", "=", request.params.id)
        .executeTakeFirst();
      if (!dossier) throw notFound();
      const roles = await rolesOverDossier(db, staff.grants, dossier);
      if (!roles.systemAdmin && !roles.receiving.includes("one_stop_officer")) throw forbidden();

      const body = (request.body ?? {}) as Record<string, unknown>;
      const typed =
        typeof body[COUNTER_AMOUNT_FIELD] === "string" ? String(body[COUNTER_AMOUNT_FIELD]).trim() : "";
      const fee = await getFeeNotice(db, dossier.id);
      if (!fee) throw new AppError(409, "no_fee", "fees.counter.noNotice");
      if (fee.status === "paid") throw new AppError(409, "already_paid", "fees.counter.alreadyPaid");
      if (fee.status === "exempt") throw new AppError(409, "fee_exempt", "fees.counter.exempt");
      const amount = parseCounterAmount(typed);
      if (amount === null) return sendForm(request, reply, dossier, typed, tv("fees.counter.amountInvalid"));
      const total = Number(fee.total_vnd);
      if (amount !== total)
        return sendForm(
          request,
          reply,
          dossier,
          typed,
          tv("fees.counter.amountMismatch", { typed: formatVnd(amount), total: formatVnd(total) }),
        );

      const at = new Date();
      const outcome = await inTransaction(db, async (tx) => {
        const result = await markNoticePaid(services, tx, {
          dossierId: dossier.id,
          amountVnd: amount,
          via: "counter",
          orderId: null,
          staffId: staff.id,
          at,
        });
        if (result.outcome === "paid")
          await recordAudit(tx, actorFrom(request), {
            action: "dossier.fee_counter",
            entityType: "dossier",
            entityId: dossier.id,
            summary: `Hồ sơ ${dossier.code}: thu phí, lệ phí tại quầy ${formatVnd(amount)}`,
            after: { amount_vnd: amount, receipt_id: result.receiptId, verify_code: result.verifyCode },
          });
        return result;
      });
      // A concurrent payment (online callback, another officer) got there first: nothing is taken twice.
      if (outcome.outcome === "already_paid")
        throw new AppError(409, "already_paid", "fees.counter.alreadyPaid");
      if (outcome.outcome === "not_payable") {
        if (outcome.reason === "amount_mismatch")
          return sendForm(request, reply, dossier, typed, tv("fees.counter.amountChanged"));
        throw new AppError(
          409,
          "not_payable",
          outcome.reason === "exempt" ? "fees.counter.exempt" : "fees.counter.noNotice",
        );
      }
      await setFlash(
        request,
        tv("fees.counter.done", { amount: formatVnd(amount), code: outcome.verifyCode }),
      );
      return reply.redirect(SERVICES_PATHS.dossier(dossier.id), 303);
    },
  );
}
