import type { FastifyInstance, FastifyRequest } from "fastify";
import { registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { viDate, vnDay } from "../../../platform/calendar/vn-day.js";
import { AppError, forbidden } from "../../../platform/http/errors.js";
import { servicesStats } from "../../../platform/i18n/catalogues/services-stats.js";
import { registerCatalogue, t, viCollator } from "../../../platform/i18n/index.js";
import type { StaffPrincipal } from "../../../platform/rbac/access.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { SERVICES_PATHS } from "../paths.js";
import { onTimeChartSvg } from "./chart.js";
import { periodFields, resolveStatsQuery, type StatsQueryInput } from "./domain/period.js";
import { buildStatsTable, type StatsTable, unitsWithDescendants } from "./domain/table.js";
import { procedureNames, type StatsUnit, statsByGroup, statsUnits, type UnitScope } from "./store.js";
import { StatisticsPage } from "./views/statistics-page.js";
import { statisticsWorkbook } from "./xlsx.js";

registerCatalogue(servicesStats);

/** Leaders and one-stop officers see their units (and the units below); inspectors and system admins every unit. */
export const STATISTICS_ROLES: readonly Role[] = ["leader", "one_stop_officer", "inspector", "system_admin"];
const UNIT_ROLES: readonly Role[] = ["leader", "one_stop_officer"];

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const FIELD_LABELS: Record<string, string> = {
  from: "servicesStats.from",
  to: "servicesStats.to",
  by: "servicesStats.by",
  unit: "servicesStats.unit",
};

const text = (v: unknown, max = 40) => (typeof v === "string" ? v.slice(0, max) : "");

function inputOf(request: FastifyRequest): StatsQueryInput {
  const q = (request.query ?? {}) as Record<string, unknown>;
  return { from: text(q.from), to: text(q.to), preset: text(q.preset), by: text(q.by), unit: text(q.unit) };
}

/** The units a person may see: "all", or the units of their leader/one-stop grants and every unit below them. */
export function statisticsScope(staff: StaffPrincipal | null, units: readonly StatsUnit[]): UnitScope {
  if (!staff) return [];
  if (staff.grants.some((g) => g.role === "system_admin" || g.role === "inspector")) return "all";
  const roots = staff.grants
    .filter((g) => UNIT_ROLES.includes(g.role) && g.unitId)
    .map((g) => g.unitId as string);
  if (staff.grants.some((g) => UNIT_ROLES.includes(g.role) && !g.unitId && !g.siteId)) return "all";
  return unitsWithDescendants(roots, units);
}

type Loaded =
  | { ok: true; from: string; to: string; table: StatsTable; input: StatsQueryInput; unitOptions: Option[] }
  | { ok: false; errors: Record<string, string>; input: StatsQueryInput; unitOptions: Option[] };
type Option = { value: string; label: string };

/**
 * Dossier statistics (SPEC §B6, issue 6 item 10): the seed 003 appendix table per unit, procedure or field for any
 * period, a chart of on-time vs late per unit (SVG drawn on the server) and the XLSX export. Two statements for the
 * figures whatever the number of units (the counts and the unit list), one more when grouped by procedure.
 */
export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({
    label: tv("servicesStats.nav"),
    href: SERVICES_PATHS.statistics,
    roles: STATISTICS_ROLES,
    order: 48,
  });

  async function load(request: FastifyRequest): Promise<Loaded> {
    const input = inputOf(request);
    const units = await statsUnits(db);
    const scope = statisticsScope(request.staff, units);
    const visible = scope === "all" ? units : units.filter((u) => scope.includes(u.id));
    const unitOptions = [...visible]
      .sort((a, b) => viCollator.compare(a.name, b.name))
      .map((u) => ({ value: u.id, label: u.name }));
    const resolved = resolveStatsQuery(input, vnDay(new Date()));
    if (!resolved.ok) {
      const errors: Record<string, string> = {};
      for (const [field, key] of Object.entries(resolved.errors)) {
        errors[field] = tv(key, { field: tv(FIELD_LABELS[field] ?? field) });
      }
      return { ok: false, errors, input, unitOptions };
    }
    let rowUnits = visible;
    if (resolved.unitId) {
      const unit = units.find((u) => u.id === resolved.unitId);
      if (!unit) {
        return { ok: false, errors: { unit: tv("servicesStats.errors.unit") }, input, unitOptions };
      }
      if (scope !== "all" && !scope.includes(unit.id)) throw forbidden();
      const ids = new Set(unitsWithDescendants([unit.id], units));
      rowUnits = units.filter((u) => ids.has(u.id));
    }
    const unitIds: UnitScope = scope === "all" && !resolved.unitId ? "all" : rowUnits.map((u) => u.id);
    const period = { from: resolved.from, to: resolved.to };
    const counts = await statsByGroup(db, period, resolved.by, unitIds);
    const procedures =
      resolved.by === "procedure"
        ? new Map([...(await procedureNames(db, [...counts.keys()]))].map(([id, p]) => [id, p.name]))
        : new Map<string, string>();
    const table = buildStatsTable(resolved.by, counts, { units: rowUnits, procedures }, viCollator);
    const fields = periodFields(resolved.from, resolved.to);
    return {
      ok: true,
      ...period,
      table,
      unitOptions,
      input: { ...fields, preset: input.preset, by: resolved.by, unit: resolved.unitId ?? "" },
    };
  }

  app.get(
    SERVICES_PATHS.statistics,
    { config: { access: { roles: STATISTICS_ROLES } } },
    async (request, reply) => {
      const title = tv("servicesStats.title");
      const loaded = await load(request);
      if (!loaded.ok) {
        return sendAdminPage(
          request,
          reply,
          title,
          <StatisticsPage
            input={loaded.input}
            errors={loaded.errors}
            unitOptions={loaded.unitOptions}
            data={null}
          />,
          422,
        );
      }
      const { table, from, to } = loaded;
      const chartTitle = tv("servicesStats.chartLabel", { from: viDate(from), to: viDate(to) });
      const bars = table.sections
        .flatMap((s) => s.rows)
        .filter((r) => r.counts.resolvedEarly + r.counts.resolvedOnTime + r.counts.resolvedLate > 0)
        .map((r) => ({
          label: r.name,
          onTime: r.counts.resolvedEarly + r.counts.resolvedOnTime,
          late: r.counts.resolvedLate,
        }));
      const chartSvg =
        table.by === "unit" && bars.length > 0
          ? onTimeChartSvg(bars, {
              title: chartTitle,
              onTimeLabel: tv("servicesStats.chartOnTime"),
              lateLabel: tv("servicesStats.chartLate"),
            })
          : null;
      const params = new URLSearchParams({ from: loaded.input.from, to: loaded.input.to, by: table.by });
      if (loaded.input.unit) params.set("unit", loaded.input.unit);
      return sendAdminPage(
        request,
        reply,
        title,
        <StatisticsPage
          input={loaded.input}
          unitOptions={loaded.unitOptions}
          data={{
            from,
            to,
            table,
            chartSvg,
            chartTitle,
            xlsxHref: `${SERVICES_PATHS.statisticsXlsx}?${params}`,
          }}
        />,
      );
    },
  );

  app.get(
    SERVICES_PATHS.statisticsXlsx,
    { config: { access: { roles: STATISTICS_ROLES } } },
    async (request, reply) => {
      const loaded = await load(request);
      if (!loaded.ok) throw new AppError(400, "validation_failed", "errors.validation", {}, loaded.errors);
      const body = await statisticsWorkbook(loaded.table, { from: loaded.from, to: loaded.to });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("cache-control", "no-store")
        .header(
          "content-disposition",
          `attachment; filename="thong-ke-ho-so-${loaded.from}-${loaded.to}.xlsx"`,
        )
        .send(body);
    },
  );
}
