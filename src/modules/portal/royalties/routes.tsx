import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { can, holdsAnyRole, sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { tr } from "./catalogue.js";
import {
  formatMonth,
  lastDayOf,
  monthBounds,
  monthOf,
  parseMonth,
  type SheetMonth,
  viDay,
  vnDayOf,
} from "./domain/month.js";
import {
  type ClassForm,
  type FieldProblems,
  parseClassForm,
  parsePointValueForm,
} from "./domain/rate-input.js";
import { formatVnd, pointValueOn } from "./domain/rates.js";
import { buildSheet, decisionsFor } from "./domain/sheet.js";
import {
  getClass,
  insertClass,
  insertPointValue,
  listClasses,
  listPointValues,
  type SheetSite,
  sheetSites,
  sheetSources,
  updateClass,
} from "./store.js";
import type { RoyaltyClass } from "./tables.js";
import {
  CLASS_NEW_PATH,
  classPath,
  POINT_VALUE_PATH,
  RATES_PATH,
  SHEET_PATH,
  SHEET_XLSX_PATH,
} from "./views/paths.js";
import { ClassFormPage, type ClassFormProps, RatesPage, type RatesPageProps } from "./views/rates-page.js";
import { SheetPage } from "./views/sheet-page.js";
import { sheetWorkbook } from "./xlsx.js";

/** The sheet: the people who approve or run a site, for their sites; system administrators for every site. */
const SHEET_ROLES: readonly Role[] = ["system_admin", "site_admin", "approver"];
const SITE_ROLES: readonly Role[] = ["site_admin", "approver"];
const RATES_VIEW_ROLES: readonly Role[] = ["system_admin", "site_admin"];
const RATES_EDIT_ROLES: readonly Role[] = ["system_admin"];

function queryString(query: unknown, name: string): string | undefined {
  const v = query && typeof query === "object" ? (query as Record<string, unknown>)[name] : undefined;
  return typeof v === "string" ? v.slice(0, 100) : undefined;
}

function bodyField(body: unknown, name: string): string {
  const v = body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s : "";
}

function bodyList(body: unknown, name: string): string[] {
  const v = body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}

function worded(problems: FieldProblems): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, p] of Object.entries(problems)) out[field] = tr(p.key, p.params);
  return out;
}

type SheetRequest =
  | { ok: true; site: SheetSite; month: SheetMonth; input: { site: string; thang: string } }
  | { ok: false; errors: Record<string, string>; input: { site: string; thang: string } };

/** Royalties: rate table, monthly sheet per site (SPEC §A10); the assessment itself lives in the content workflow. */
export async function royaltyRoutes(app: FastifyInstance): Promise<void> {
  const db = app.services.db;
  registerAdminNav({ label: tr("portalRoyalties.nav"), href: SHEET_PATH, roles: SHEET_ROLES, order: 62 });

  /**
   * The site and month asked for. A site the person holds no role on is refused (403) even if it exists; an
   * unknown or malformed one, like a malformed month, is a form error (422).
   */
  function resolveSheet(
    request: FastifyRequest,
    sites: SheetSite[],
    allowed: "all" | string[],
  ): SheetRequest {
    const siteRaw = (queryString(request.query, "site") ?? "").trim().toLowerCase();
    const monthRaw = queryString(request.query, "thang");
    const input = { site: siteRaw, thang: monthRaw ?? formatMonth(monthOf(new Date())) };
    const errors: Record<string, string> = {};
    const site = siteRaw === "" ? sites[0] : sites.find((s) => s.id === siteRaw);
    if (siteRaw !== "" && !site) {
      if (allowed !== "all" && UUID_PATTERN.test(siteRaw) && !allowed.includes(siteRaw)) throw forbidden();
      errors.site = tr("portalRoyalties.error.siteUnknown");
    }
    const parsed = parseMonth(input.thang);
    if (!parsed.ok) {
      errors.thang = tr(
        parsed.problem === "format"
          ? "portalRoyalties.error.monthFormat"
          : "portalRoyalties.error.monthRange",
      );
    }
    if (!site || !parsed.ok) return { ok: false, errors, input };
    return {
      ok: true,
      site,
      month: parsed.value,
      input: { site: site.id, thang: formatMonth(parsed.value) },
    };
  }

  async function loadSheet(site: SheetSite, month: SheetMonth) {
    const { from, to } = monthBounds(month);
    const [sources, values] = await Promise.all([sheetSources(db, site.id, from, to), listPointValues(db)]);
    const history = values.map((v) => ({
      effectiveFrom: v.effective_from,
      valueVnd: v.value_vnd,
      provinceDecision: v.province_decision,
    }));
    const sheet = buildSheet(sources, history);
    return { sheet, decisions: decisionsFor(sheet, history, lastDayOf(month)) };
  }

  app.get(SHEET_PATH, { config: { access: { roles: SHEET_ROLES } } }, async (request, reply) => {
    const allowed = request.staff ? sitesFor(request.staff, SITE_ROLES) : [];
    const sites = await sheetSites(db, allowed);
    const siteOptions = sites.map((s) => ({ value: s.id, label: s.name }));
    const canSeeRates = request.staff ? holdsAnyRole(request.staff, RATES_VIEW_ROLES) : false;
    const title = tr("portalRoyalties.sheet.title");
    if (sites.length === 0) {
      return sendAdminPage(
        request,
        reply,
        title,
        <SheetPage input={{ site: "", thang: "" }} siteOptions={[]} canSeeRates={canSeeRates} data={null} />,
      );
    }
    const asked = resolveSheet(request, sites, allowed);
    if (!asked.ok) {
      return sendAdminPage(
        request,
        reply,
        title,
        <SheetPage
          input={asked.input}
          errors={asked.errors}
          siteOptions={siteOptions}
          canSeeRates={canSeeRates}
          data={null}
        />,
        422,
      );
    }
    const { sheet, decisions } = await loadSheet(asked.site, asked.month);
    const params = new URLSearchParams({ site: asked.site.id, thang: formatMonth(asked.month) });
    return sendAdminPage(
      request,
      reply,
      title,
      <SheetPage
        input={asked.input}
        siteOptions={siteOptions}
        canSeeRates={canSeeRates}
        data={{
          siteName: asked.site.name,
          month: asked.month,
          sheet,
          decisions,
          xlsxHref: `${SHEET_XLSX_PATH}?${params.toString()}`,
        }}
      />,
    );
  });

  app.get(SHEET_XLSX_PATH, { config: { access: { roles: SHEET_ROLES } } }, async (request, reply) => {
    const allowed = request.staff ? sitesFor(request.staff, SITE_ROLES) : [];
    const sites = await sheetSites(db, allowed);
    if (sites.length === 0) throw forbidden();
    const asked = resolveSheet(request, sites, allowed);
    if (!asked.ok) throw new AppError(422, "validation_failed", "errors.validation", {}, asked.errors);
    const { sheet, decisions } = await loadSheet(asked.site, asked.month);
    const buffer = await sheetWorkbook({ site: asked.site, month: asked.month, sheet, decisions });
    const file = `nhuan-but-${formatMonth(asked.month).replace("/", "-")}.xlsx`;
    return reply
      .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="${file}"`)
      .send(buffer);
  });

  // ---- rate table ----

  /** Site admins may read the table (they answer their staff's questions); only system administrators change it. */
  const canEditRates = (request: FastifyRequest) => can(request.staff, RATES_EDIT_ROLES);

  async function sendRates(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { valueInput?: RatesPageProps["valueInput"]; errors?: Record<string, string> } = {},
    status = 200,
  ) {
    const [classes, values] = await Promise.all([listClasses(db), listPointValues(db)]);
    const today = vnDayOf(new Date());
    const inForce = pointValueOn(
      values.map((v) => ({ id: v.id, effectiveFrom: v.effective_from, valueVnd: v.value_vnd })),
      today,
    );
    return sendAdminPage(
      request,
      reply,
      tr("portalRoyalties.rates.title"),
      <RatesPage
        classes={classes}
        values={values}
        inForceId={inForce?.id ?? null}
        today={today}
        canEdit={canEditRates(request)}
        csrf={csrfToken(request)}
        valueInput={opts.valueInput ?? { effective_from: "", value_vnd: "", province_decision: "" }}
        errors={opts.errors}
      />,
      status,
    );
  }

  app.get(RATES_PATH, { config: { access: { roles: RATES_VIEW_ROLES } } }, async (request, reply) =>
    sendRates(request, reply),
  );

  app.post(POINT_VALUE_PATH, { config: { access: { roles: RATES_EDIT_ROLES } } }, async (request, reply) => {
    const valueInput = {
      effective_from: bodyField(request.body, "effective_from").trim(),
      value_vnd: bodyField(request.body, "value_vnd").trim(),
      province_decision: bodyField(request.body, "province_decision").trim(),
    };
    const parsed = parsePointValueForm(valueInput);
    if (!parsed.ok) return sendRates(request, reply, { valueInput, errors: worded(parsed.problems) }, 422);
    const actor = actorFrom(request);
    const saved = await inTransaction(db, async (tx) => {
      const row = await insertPointValue(tx, parsed.value, actor.id);
      if (!row) return null;
      await recordAudit(tx, actor, {
        action: "royalty.point_value.create",
        entityType: "royalty_point_value",
        entityId: row.id,
        summary: tr("portalRoyalties.audit.valueCreate", {
          value: formatVnd(row.value_vnd),
          date: viDay(row.effective_from),
        }),
        after: row,
      });
      return row;
    });
    if (!saved) {
      return sendRates(
        request,
        reply,
        { valueInput, errors: { effective_from: tr("portalRoyalties.error.dateTaken") } },
        409,
      );
    }
    await setFlash(
      request,
      tr("portalRoyalties.value.saved", {
        value: formatVnd(saved.value_vnd),
        date: viDay(saved.effective_from),
      }),
    );
    return reply.redirect(RATES_PATH, 303);
  });

  // ---- classes ----

  function classForm(body: unknown, code: string): ClassForm {
    return {
      code,
      name: bodyField(body, "name"),
      min_points: bodyField(body, "min_points").trim(),
      max_points: bodyField(body, "max_points").trim(),
      suggest_for: bodyList(body, "suggest_for"),
      sort_order: bodyField(body, "sort_order").trim(),
      active: bodyField(body, "active") === "on",
    };
  }

  function formOf(c: RoyaltyClass): ClassFormProps["values"] {
    return {
      code: c.code,
      name: c.name,
      min_points: String(c.min_points),
      max_points: String(c.max_points),
      suggest_for: [...c.suggest_for],
      sort_order: String(c.sort_order),
      active: c.active,
    };
  }

  function sendClassForm(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<ClassFormProps, "csrf" | "backHref">,
    title: string,
    status = 200,
  ) {
    return sendAdminPage(
      request,
      reply,
      title,
      <ClassFormPage {...props} csrf={csrfToken(request)} backHref={RATES_PATH} />,
      status,
    );
  }

  const EDIT = { config: { access: { roles: RATES_EDIT_ROLES } } };
  const emptyClass: ClassFormProps["values"] = {
    code: "",
    name: "",
    min_points: "",
    max_points: "",
    suggest_for: [],
    sort_order: "",
    active: true,
  };

  app.get(CLASS_NEW_PATH, EDIT, async (request, reply) =>
    sendClassForm(
      request,
      reply,
      { isNew: true, action: CLASS_NEW_PATH, values: emptyClass },
      tr("portalRoyalties.class.newTitle"),
    ),
  );

  app.post(CLASS_NEW_PATH, EDIT, async (request, reply) => {
    const form = classForm(request.body, bodyField(request.body, "code").trim().toUpperCase());
    const again = (errors: Record<string, string>, status: number) =>
      sendClassForm(
        request,
        reply,
        { isNew: true, action: CLASS_NEW_PATH, values: form, errors },
        tr("portalRoyalties.class.newTitle"),
        status,
      );
    const parsed = parseClassForm(form, { isNew: true });
    if (!parsed.ok) return again(worded(parsed.problems), 422);
    const actor = actorFrom(request);
    const created = await inTransaction(db, async (tx) => {
      const row = await insertClass(tx, parsed.value, new Date());
      if (!row) return null;
      await recordAudit(tx, actor, {
        action: "royalty.class.create",
        entityType: "royalty_class",
        entityId: row.code,
        summary: tr("portalRoyalties.audit.classCreate", {
          name: row.name,
          min: row.min_points,
          max: row.max_points,
        }),
        after: row,
      });
      return row;
    });
    if (!created) return again({ code: tr("portalRoyalties.error.codeTaken") }, 409);
    await setFlash(request, tr("portalRoyalties.class.saved", { name: created.name }));
    return reply.redirect(RATES_PATH, 303);
  });

  app.get<{ Params: { code: string } }>(
    "/admin/nhuan-but/loai-tac-pham/:code",
    EDIT,
    async (request, reply) => {
      const cls = await getClass(db, request.params.code);
      if (!cls) throw notFound();
      return sendClassForm(
        request,
        reply,
        { isNew: false, action: classPath(cls.code), values: formOf(cls) },
        tr("portalRoyalties.class.editTitle", { name: cls.name }),
      );
    },
  );

  app.post<{ Params: { code: string } }>(
    "/admin/nhuan-but/loai-tac-pham/:code",
    EDIT,
    async (request, reply) => {
      const current = await getClass(db, request.params.code);
      if (!current) throw notFound();
      const form = classForm(request.body, current.code);
      const parsed = parseClassForm(form, { isNew: false });
      if (!parsed.ok) {
        return sendClassForm(
          request,
          reply,
          { isNew: false, action: classPath(current.code), values: form, errors: worded(parsed.problems) },
          tr("portalRoyalties.class.editTitle", { name: current.name }),
          422,
        );
      }
      const actor = actorFrom(request);
      const updated = await inTransaction(db, async (tx) => {
        const row = await updateClass(tx, current.code, parsed.value, new Date());
        await recordAudit(tx, actor, {
          action: "royalty.class.update",
          entityType: "royalty_class",
          entityId: row.code,
          summary: tr("portalRoyalties.audit.classUpdate", {
            name: row.name,
            min: row.min_points,
            max: row.max_points,
          }),
          before: current,
          after: row,
        });
        return row;
      });
      await setFlash(request, tr("portalRoyalties.class.saved", { name: updated.name }));
      return reply.redirect(RATES_PATH, 303);
    },
  );
}
