import type { FastifyInstance, FastifyRequest } from "fastify";
import { registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { daysBetween, viDate, vnDay } from "../../../platform/calendar/vn-day.js";
import { toCsv } from "../../../platform/csv/csv-table.js";
import { AppError, forbidden } from "../../../platform/http/errors.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { portalSearch } from "../../../platform/i18n/catalogues/portal-search.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { dailyViewsSvg } from "./chart.js";
import { periodFields, periodSchema, resolvePeriod } from "./domain/period.js";
import { dailyViews, type StatsScope, siteTotals, statsSites, topContent, viewRows } from "./store.js";
import { attachViewCounter } from "./view-counter.js";
import { STATS_CSV_PATH, STATS_PATH, StatsPage } from "./views/stats-page.js";

registerCatalogue(portalSearch);

/** Site roles see their own sites; system administrators every site. */
const STATS_ROLES: readonly Role[] = ["system_admin", "site_admin", "editor", "approver"];
const SITE_ROLES: readonly Role[] = ["site_admin", "editor", "approver"];
const TOP_LIMIT = 20;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function typedInput(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (typeof v === "string") out[k] = v.slice(0, 100);
  return out;
}

type Parsed = { ok: true; scope: StatsScope; siteId: string | null } | { ok: false; errors: FieldErrors };

/**
 * Visit statistics (SPEC §A8, issue item 9): counts come from the app's own view counter (no third-party
 * tracker), shown per site, per day (an SVG chart drawn on the server, with its numbers in a table) and per article,
 * and exported as CSV. Four queries per page whatever the period.
 */
export async function statsAdminRoutes(app: FastifyInstance): Promise<void> {
  const db = app.services.db;
  attachViewCounter(app);
  registerAdminNav({ label: tv("portalStats.nav"), href: STATS_PATH, roles: STATS_ROLES, order: 60 });

  /** The period and the sites it covers; a site the person holds no role on is refused (403). */
  function parse(request: FastifyRequest): Parsed {
    const labels = { from: tv("portalStats.from"), to: tv("portalStats.to"), site: tv("portalStats.site") };
    const parsed = validate(periodSchema, request.query, "vi", labels);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const period = resolvePeriod(parsed.data, vnDay(new Date()));
    if (!period.ok) {
      const key =
        period.problem === "tooLong" ? "portalStats.errors.tooLong" : "portalStats.errors.dateOrder";
      return { ok: false, errors: { [period.field]: tv(key, { field: labels[period.field] }) } };
    }
    const allowed = request.staff ? sitesFor(request.staff, SITE_ROLES) : [];
    let siteIds: StatsScope["siteIds"] = allowed;
    if (period.siteId) {
      if (allowed !== "all" && !allowed.includes(period.siteId)) throw forbidden();
      siteIds = [period.siteId];
    }
    return { ok: true, scope: { from: period.from, to: period.to, siteIds }, siteId: period.siteId };
  }

  app.get(STATS_PATH, { config: { access: { roles: STATS_ROLES } } }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const input = typedInput(query);
    const title = tv("portalStats.title");
    const allowed = request.staff ? sitesFor(request.staff, SITE_ROLES) : [];
    const options = (await statsSites(db, allowed)).map((s) => ({ value: s.id, label: s.name }));
    const parsed = parse(request);
    if (!parsed.ok) {
      return sendAdminPage(
        request,
        reply,
        title,
        <StatsPage lang="vi" input={input} errors={parsed.errors} siteOptions={options} data={null} />,
        422,
      );
    }
    const { scope } = parsed;
    const sites = await siteTotals(db, scope);
    const perDay = await dailyViews(db, scope);
    const top = await topContent(db, scope, TOP_LIMIT);
    const days = daysBetween(scope.from, scope.to).map((day) => ({ day, views: perDay.get(day) ?? 0 }));
    const total = days.reduce((sum, d) => sum + d.views, 0);
    const fields = periodFields(scope.from, scope.to);
    const chartTitle = tv("portalStats.chartLabel", {
      from: fields.from,
      to: fields.to,
      total: new Intl.NumberFormat("vi-VN").format(total),
    });
    const csvParams = new URLSearchParams(fields);
    if (parsed.siteId) csvParams.set("site", parsed.siteId);
    return sendAdminPage(
      request,
      reply,
      title,
      <StatsPage
        lang="vi"
        input={{ ...fields, site: parsed.siteId ?? "" }}
        siteOptions={options}
        data={{
          from: scope.from,
          to: scope.to,
          total,
          days,
          chartTitle,
          chartSvg: dailyViewsSvg(
            days.map((d) => ({ label: `${d.day.slice(8, 10)}/${d.day.slice(5, 7)}`, value: d.views })),
            { title: chartTitle },
          ),
          sites,
          top,
          csvHref: `${STATS_CSV_PATH}?${csvParams.toString()}`,
        }}
      />,
    );
  });

  app.get(STATS_CSV_PATH, { config: { access: { roles: STATS_ROLES } } }, async (request, reply) => {
    const parsed = parse(request);
    if (!parsed.ok) throw new AppError(400, "validation_failed", "errors.validation", {}, parsed.errors);
    const { scope } = parsed;
    const rows = await viewRows(db, scope);
    const csv = toCsv(
      [
        tv("portalStats.colDay"),
        tv("portalStats.colSite"),
        tv("portalStats.colTitle"),
        tv("portalStats.colViews"),
      ],
      rows.map((r) => [viDate(r.day), r.siteName, r.title ?? tv("portalStats.otherPages"), r.views]),
    );
    return reply
      .type("text/csv; charset=utf-8")
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="luot-xem-${scope.from}-${scope.to}.csv"`)
      .send(csv);
  });
}
