import type { FastifyInstance, FastifyRequest } from "fastify";
import { sql } from "kysely";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { addDays, parseViDate, viDate, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { toCsv } from "../../../platform/csv/csv-table.js";
import { AppError } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { StaffPrincipal } from "../../../platform/rbac/access.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { type UnitScope, unitInScopeSql } from "../../../platform/rbac/unit-scope-sql.js";
import { SERVICES_PATHS } from "../paths.js";
import type { PaymentGateway } from "./gateway/http-gateway.js";
import { latestReconciliation, reconcileDay } from "./reconcile.js";
import type { ReconciliationMismatch } from "./tables.js";
import {
  type ReconciliationData,
  ReconciliationPage,
  resolutionLabel,
  statusLabel,
  type UnitTotals,
} from "./views/reconciliation-page.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export const RECONCILIATION_ROLES: readonly Role[] = ["system_admin", "leader", "one_stop_officer"];
export const RECONCILIATION_RUN_ROLES: readonly Role[] = ["system_admin", "leader"];
const UNIT_ROLES: readonly Role[] = ["leader", "one_stop_officer"];

/** System admins see every unit; leaders and one-stop officers the units of their grants and every unit below. */
export function reconciliationScope(staff: StaffPrincipal | null): UnitScope {
  if (!staff) return [];
  if (staff.grants.some((g) => g.role === "system_admin")) return "all";
  const mine = staff.grants.filter((g) => UNIT_ROLES.includes(g.role));
  if (mine.some((g) => !g.unitId && !g.siteId)) return "all";
  return mine.flatMap((g) => (g.unitId ? [g.unitId] : []));
}

type DayResult = { ok: true; day: string; input: string } | { ok: false; input: string; error: string };

function dayFrom(value: unknown, now: Date): DayResult {
  const input = typeof value === "string" ? value.trim().slice(0, 20) : "";
  const today = vnDay(now);
  if (input === "") return { ok: true, day: addDays(today, -1), input: viDate(addDays(today, -1)) };
  const day = parseViDate(input);
  if (!day) return { ok: false, input, error: tv("payments.recon.errors.day") };
  if (day > today) return { ok: false, input, error: tv("payments.recon.errors.future") };
  return { ok: true, day, input };
}

export async function reconciliationRoutes(
  app: FastifyInstance,
  opts: { gateway: PaymentGateway },
): Promise<void> {
  const services = app.services;
  const { db } = services;
  registerAdminNav({
    label: tv("payments.recon.nav"),
    href: SERVICES_PATHS.reconciliation,
    roles: RECONCILIATION_ROLES,
    order: 47,
  });

  async function unitTotals(day: string, scope: UnitScope): Promise<UnitTotals[]> {
    const rows = await db
      .selectFrom("payment_orders as o")
      .innerJoin("dossiers as d", "d.id", "o.dossier_id")
      .innerJoin("units as u", "u.id", "d.unit_id")
      .where("o.created_at", ">=", vnDayStart(day))
      .where("o.created_at", "<", vnDayStart(day, 1))
      .where(unitInScopeSql(scope, sql.ref("d.unit_id")))
      .select([
        "u.id as unitId",
        "u.name_vi as unitName",
        sql<string>`count(*)`.as("orders"),
        sql<string>`count(*) filter (where o.status = 'paid')`.as("paidCount"),
        sql<string>`coalesce(sum(o.amount_vnd) filter (where o.status = 'paid'), 0)`.as("paidVnd"),
      ])
      .groupBy(["u.id", "u.name_vi"])
      .orderBy("u.name_vi")
      .execute();
    return rows.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      orders: Number(r.orders),
      paidCount: Number(r.paidCount),
      paidVnd: Number(r.paidVnd),
    }));
  }

  /** The mismatches of the latest run about dossiers of the viewer's units. */
  async function visibleMismatches(
    list: readonly ReconciliationMismatch[],
    scope: UnitScope,
  ): Promise<ReconciliationMismatch[]> {
    if (scope === "all" || list.length === 0) return [...list];
    const codes = [...new Set(list.map((m) => m.dossierCode))];
    const rows = await db
      .selectFrom("dossiers as d")
      .select("d.code")
      .where("d.code", "in", codes)
      .where(unitInScopeSql(scope, sql.ref("d.unit_id")))
      .execute();
    const visible = new Set(rows.map((r) => r.code));
    return list.filter((m) => visible.has(m.dossierCode));
  }

  async function load(request: FastifyRequest, day: string): Promise<ReconciliationData> {
    const scope = reconciliationScope(request.staff);
    const [units, last] = await Promise.all([unitTotals(day, scope), latestReconciliation(db, day)]);
    return {
      day,
      units,
      lastRunAt: last?.run_at ?? null,
      mismatches: await visibleMismatches(last?.mismatches ?? [], scope),
      csvHref: `${SERVICES_PATHS.reconciliationCsv}?${new URLSearchParams({ day: viDate(day) })}`,
    };
  }

  const mayRun = (staff: StaffPrincipal | null) =>
    !!staff?.grants.some((g) => RECONCILIATION_RUN_ROLES.includes(g.role));

  app.get(
    SERVICES_PATHS.reconciliation,
    { config: { access: { roles: RECONCILIATION_ROLES } } },
    async (request, reply) => {
      const title = tv("payments.recon.title");
      const parsed = dayFrom((request.query as Record<string, unknown>)?.day, new Date());
      const common = { canRun: mayRun(request.staff), csrf: csrfToken(request) };
      if (!parsed.ok) {
        return sendAdminPage(
          request,
          reply,
          title,
          <ReconciliationPage
            dayInput={parsed.input}
            errors={{ day: parsed.error }}
            data={null}
            {...common}
          />,
          422,
        );
      }
      const data = await load(request, parsed.day);
      return sendAdminPage(
        request,
        reply,
        title,
        <ReconciliationPage dayInput={parsed.input} data={data} {...common} />,
      );
    },
  );

  app.get(
    SERVICES_PATHS.reconciliationCsv,
    { config: { access: { roles: RECONCILIATION_ROLES } } },
    async (request, reply) => {
      const parsed = dayFrom((request.query as Record<string, unknown>)?.day, new Date());
      if (!parsed.ok)
        throw new AppError(422, "validation_failed", "errors.validation", {}, { day: parsed.error });
      const data = await load(request, parsed.day);
      const csv = toCsv(
        [
          tv("payments.recon.colOrderRef"),
          tv("payments.recon.colDossier"),
          tv("payments.recon.colOurs"),
          tv("payments.recon.colBank"),
          tv("payments.recon.colAmount"),
          tv("payments.recon.colResolution"),
        ],
        data.mismatches.map((m) => [
          m.orderRef,
          m.dossierCode,
          statusLabel(m.ours),
          statusLabel(m.bank),
          m.amountVnd,
          resolutionLabel(m.resolution),
        ]),
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("cache-control", "no-store")
        .header("content-disposition", `attachment; filename="doi-soat-thanh-toan-${parsed.day}.csv"`)
        .send(csv);
    },
  );

  app.post(
    SERVICES_PATHS.reconciliationRun,
    { config: { access: { roles: RECONCILIATION_RUN_ROLES } } },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const parsed = dayFrom(body.day, new Date());
      if (!parsed.ok || (typeof body.day === "string" && body.day.trim() === "")) {
        const error = parsed.ok ? tv("payments.recon.errors.day") : parsed.error;
        return sendAdminPage(
          request,
          reply,
          tv("payments.recon.title"),
          <ReconciliationPage
            dayInput={parsed.input}
            errors={{ day: error }}
            data={null}
            canRun={true}
            csrf={csrfToken(request)}
          />,
          422,
        );
      }
      const run = await reconcileDay(services, opts.gateway, parsed.day, {
        runBy: request.staff?.id ?? null,
      });
      await recordAudit(db, actorFrom(request), {
        action: "payment.reconcile",
        entityType: "payment_reconciliation",
        entityId: run.id,
        summary: `Đối soát thanh toán ngày ${viDate(parsed.day)}`,
        after: { orders: run.orders, paid_count: run.paid_count, mismatches: run.mismatches.length },
      });
      await setFlash(
        request,
        tv("payments.recon.flash", {
          day: viDate(parsed.day),
          orders: run.orders,
          mismatches: run.mismatches.length,
        }),
      );
      return reply.redirect(
        `${SERVICES_PATHS.reconciliation}?${new URLSearchParams({ day: viDate(parsed.day) })}`,
        303,
      );
    },
  );
}
