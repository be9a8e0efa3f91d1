import type { FastifyInstance, FastifyRequest } from "fastify";
import { registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { AppError } from "../../../platform/http/errors.js";
import { tv } from "../compliance/access.js";
import { loadDashboard } from "./data.js";
import { resolvePeriod, viDate, vnDay } from "./domain/period.js";
import { DASHBOARD_PATH, DASHBOARD_XLSX_PATH, DashboardView } from "./views/dashboard.js";
import { dashboardWorkbook } from "./xlsx.js";

/** The province's view over every site: the Office of the People's Committee's IT staff and the inspectors. */
const ACCESS = { access: { roles: ["system_admin", "inspector"] as const } };

type Query = { Querystring: { from?: unknown; to?: unknown } };

const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 20) : "");

function parsePeriod(request: FastifyRequest<Query>) {
  const input = { from: text(request.query?.from), to: text(request.query?.to) };
  const period = resolvePeriod(input, vnDay(new Date()));
  if (period.ok) return { input, period };
  const labels = { from: tv("govDash.from"), to: tv("govDash.to") };
  const message = tv(`govDash.errors.${period.problem}`, { field: labels[period.field] });
  return { input, errors: { [period.field]: message } };
}

/**
 * The province portal dashboard (issue 5 item 7): new items per site for any period in the layout of the annual
 * report's appendix (seed 003), compliance scores, pending comments, overdue duties and licences; exported as XLSX.
 */
export async function portalDashboardRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({
    label: tv("govDash.nav"),
    href: DASHBOARD_PATH,
    roles: ["system_admin", "inspector"],
    order: 5,
  });

  app.get<Query>(DASHBOARD_PATH, { config: ACCESS }, async (request, reply) => {
    const parsed = parsePeriod(request);
    if (!parsed.period) {
      return sendAdminPage(
        request,
        reply,
        tv("govDash.title"),
        <DashboardView input={parsed.input} errors={parsed.errors} data={null} />,
        422,
      );
    }
    const now = new Date();
    const data = await loadDashboard(db, parsed.period, now, vnDay(now));
    const input = { from: viDate(parsed.period.from), to: viDate(parsed.period.to) };
    return sendAdminPage(request, reply, tv("govDash.title"), <DashboardView input={input} data={data} />);
  });

  app.get<Query>(DASHBOARD_XLSX_PATH, { config: ACCESS }, async (request, reply) => {
    const parsed = parsePeriod(request);
    if (!parsed.period) {
      throw new AppError(400, "validation_failed", "errors.validation", {}, parsed.errors ?? {});
    }
    const now = new Date();
    const data = await loadDashboard(db, parsed.period, now, vnDay(now));
    const body = await dashboardWorkbook(data);
    return reply
      .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .header("cache-control", "no-store")
      .header(
        "content-disposition",
        `attachment; filename="bang-dieu-khien-cong-${parsed.period.from}-${parsed.period.to}.xlsx"`,
      )
      .send(body);
  });
}
