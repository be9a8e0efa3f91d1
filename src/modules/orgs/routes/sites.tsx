import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { type Executor, inTransaction, type Tx } from "../../../platform/db/transaction.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { viCollator } from "../../../platform/i18n/index.js";
import { can, sitesFor } from "../../../platform/rbac/grants.js";
import "../catalogue.js";
import { isUniqueViolation } from "../db-errors.js";
import { checkMenuRows, MENU_MAX_ITEMS } from "../domain/menu.js";
import {
  menuRowsFromBody,
  type SiteFormValues,
  siteCreateSchema,
  siteDetailsSchema,
  siteValuesFromBody,
  themeSchema,
} from "../domain/site-input.js";
import { componentSiteNames, defaultComponentMenu } from "../domain/site-naming.js";
import { slugProblem, suggestSlug } from "../domain/slug.js";
import { DEFAULT_ACCENT, isAccentKey } from "../domain/theme.js";
import { formString, isUuid } from "../domain/unit-input.js";
import { flattenTree } from "../domain/unit-tree.js";
import {
  getSite,
  getSiteForUpdate,
  insertSite,
  listSites,
  siteWithHost,
  siteWithSlug,
  updateSite,
} from "../site-store.js";
import type { MenuItem, Site, SiteKind } from "../tables.js";
import { getUnit, listUnits } from "../unit-store.js";
import { tv } from "../views/admin-text.js";
import { SiteCreateView, type SiteEditErrors, SiteEditView } from "../views/site-form.js";
import { SiteListView } from "../views/site-list.js";
import {
  backToRowPage,
  indentedOptions,
  listFiltersFrom,
  loadOr404,
  Refusal,
  type SaveOutcome,
  saveChecked,
  switchActive,
} from "./admin-handling.js";

const SYSTEM_ADMIN = { access: { roles: ["system_admin"] as const } };
const SITE_STAFF = { access: { roles: ["system_admin", "site_admin"] as const } };

type IdParams = { Params: { id: string } };

const SITES_PATH = "/admin/trang";

const SITE_KINDS: readonly SiteKind[] = ["main", "english", "component"];

function siteLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of ["unit_id", "slug", "name_vi", "name_en", "host", "intro_vi", "intro_en", "sort_order"]) {
    labels[f] = tv(`orgs.site.${f}`);
  }
  labels.accent = tv("orgs.site.accent");
  return labels;
}

function isSystemAdmin(request: FastifyRequest): boolean {
  return request.staff?.grants.some((g) => g.role === "system_admin") ?? false;
}

/** A site admin may touch the menu and theme of their own sites only; the system admin of every site. */
function assertCanManage(request: FastifyRequest, site: Site): void {
  if (!can(request.staff, "site_admin", { siteId: site.id, unitId: site.unit_id })) throw forbidden();
}

function valuesFromSite(site: Site): SiteFormValues {
  return {
    unit_id: site.unit_id,
    slug: site.slug,
    name_vi: site.name_vi,
    name_en: site.name_en,
    host: site.host ?? "",
    intro_vi: site.intro_vi ?? "",
    intro_en: site.intro_en ?? "",
    sort_order: String(site.sort_order),
  };
}

function slugMessage(slug: string): string | null {
  const problem = slugProblem(slug);
  if (problem === "format") return tv("orgs.site.slugFormat");
  if (problem === "tooLong") return tv("orgs.site.slugTooLong");
  if (problem === "reserved") return tv("orgs.site.slugReserved", { slug });
  return null;
}

async function unitOptions(db: Executor) {
  const units = (await listUnits(db)).filter((u) => u.active);
  return indentedOptions(flattenTree(units, viCollator));
}

async function loadSiteOr404(db: Executor, id: string): Promise<Site> {
  return loadOr404(db, id, getSite);
}

export async function siteAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({
    label: tv("orgs.nav.sites"),
    href: "/admin/trang",
    roles: ["system_admin", "site_admin"],
    order: 21,
  });

  async function sendCreate(
    request: FastifyRequest,
    reply: FastifyReply,
    values: SiteFormValues,
    suggestion: string | null,
    errors?: FieldErrors,
    status = 200,
  ) {
    return sendAdminPage(
      request,
      reply,
      tv("orgs.sites.create"),
      <SiteCreateView
        csrf={csrfToken(request)}
        values={values}
        errors={errors}
        unitOptions={await unitOptions(db)}
        suggestion={suggestion}
      />,
      status,
    );
  }

  async function sendEdit(
    request: FastifyRequest,
    reply: FastifyReply,
    site: Site,
    opts: { details?: SiteFormValues; menuRows?: MenuItem[]; accent?: string; errors?: SiteEditErrors } = {},
    status = 200,
  ) {
    const unit = await getUnit(db, site.unit_id);
    const accent = opts.accent ?? (isAccentKey(site.theme.accent) ? site.theme.accent : DEFAULT_ACCENT);
    return sendAdminPage(
      request,
      reply,
      tv("orgs.sites.editTitle", { name: site.name_vi }),
      <SiteEditView
        csrf={csrfToken(request)}
        site={site}
        unitName={unit?.name_vi ?? ""}
        fullAccess={isSystemAdmin(request)}
        details={opts.details ?? valuesFromSite(site)}
        menuRows={opts.menuRows ?? site.menu}
        accent={accent}
        errors={opts.errors}
      />,
      status,
    );
  }

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/trang",
    { config: SITE_STAFF },
    async (request, reply) => {
      const { q, kind, active, form } = listFiltersFrom(request.query, SITE_KINDS);
      const mine = request.staff ? sitesFor(request.staff, ["site_admin"]) : [];
      const rows = await listSites(db, { q, kind, active, onlyIds: mine === "all" ? undefined : mine });
      const kindOrder: Record<SiteKind, number> = { main: 0, english: 1, component: 2 };
      rows.sort(
        (a, b) =>
          kindOrder[a.kind] - kindOrder[b.kind] ||
          a.sort_order - b.sort_order ||
          viCollator.compare(a.name_vi, b.name_vi),
      );
      return sendAdminPage(
        request,
        reply,
        tv("orgs.sites.title"),
        <SiteListView rows={rows} filters={form} canCreate={isSystemAdmin(request)} />,
      );
    },
  );

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/trang/moi",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const values = siteValuesFromBody({});
      let suggestion: string | null = null;
      const wanted = formString(request.query.don_vi);
      const unit = isUuid(wanted) ? await getUnit(db, wanted.toLowerCase()) : undefined;
      if (unit?.active) {
        suggestion = suggestSlug(unit.name_vi);
        Object.assign(values, componentSiteNames(unit.name_vi, unit.name_en), {
          unit_id: unit.id,
          slug: suggestion,
        });
      }
      return sendCreate(request, reply, values, suggestion);
    },
  );

  app.post("/admin/trang", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const values = siteValuesFromBody(request.body);
    const parsed = validate(siteCreateSchema, values, "vi", siteLabels());
    let suggestion: string | null = null;
    let outcome: SaveOutcome<Site> = { ok: false, errors: parsed.ok ? {} : parsed.errors };
    if (parsed.ok) {
      const data = parsed.data;
      outcome = await saveChecked(
        db,
        async (tx) => {
          const found: FieldErrors = {};
          const unit = await getUnit(tx, data.unit_id.toLowerCase());
          if (!unit) found.unit_id = tv("orgs.site.unitMissing");
          else if (!unit.active) found.unit_id = tv("orgs.site.unitInactive", { unit: unit.name_vi });
          const slug = data.slug !== "" ? data.slug : unit ? suggestSlug(unit.name_vi) : "";
          if (data.slug === "" && unit) suggestion = slug;
          const slugError = slug === "" ? null : slugMessage(slug);
          if (slug === "" && unit) found.slug = tv("orgs.site.slugFormat");
          else if (slugError) found.slug = slugError;
          else if (slug !== "" && (await siteWithSlug(tx, slug)))
            found.slug = tv("orgs.site.slugTaken", { slug });
          if (data.host) {
            const holder = await siteWithHost(tx, data.host);
            if (holder) found.host = tv("orgs.site.hostTaken", { host: data.host, site: holder.name_vi });
          }
          if (Object.keys(found).length > 0 || !unit) return new Refusal(found);
          const site = await insertSite(tx, {
            id: uuidv7(),
            unit_id: unit.id,
            kind: "component",
            slug,
            host: data.host,
            name_vi: data.name_vi,
            name_en: data.name_en,
            intro_vi: data.intro_vi,
            intro_en: data.intro_en,
            lang: "vi",
            theme: {},
            menu: defaultComponentMenu(slug),
            sort_order: data.sort_order,
          });
          await recordAudit(tx, actorFrom(request), {
            action: "site.create",
            entityType: "site",
            entityId: site.id,
            summary: site.name_vi,
            after: site,
          });
          return site;
        },
        (err): FieldErrors | null => {
          if (isUniqueViolation(err, "sites_slug_key"))
            return { slug: tv("orgs.site.slugTaken", { slug: data.slug || suggestion || "" }) };
          if (isUniqueViolation(err, "sites_host_key"))
            return { host: tv("orgs.site.hostTaken", { host: data.host ?? "", site: "" }) };
          return null;
        },
      );
    }
    if (!outcome.ok) {
      if (suggestion && values.slug === "") values.slug = suggestion;
      return sendCreate(request, reply, values, suggestion, outcome.errors, 422);
    }
    const created = outcome.row;
    return backToRowPage(request, reply, SITES_PATH, created, "orgs.site.created");
  });

  app.get<IdParams>("/admin/trang/:id", { config: SITE_STAFF }, async (request, reply) => {
    const site = await loadSiteOr404(db, request.params.id);
    assertCanManage(request, site);
    return sendEdit(request, reply, site);
  });

  app.post<IdParams>("/admin/trang/:id", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const site = await loadSiteOr404(db, request.params.id);
    const values = { ...siteValuesFromBody(request.body), unit_id: site.unit_id, slug: site.slug };
    const parsed = validate(siteDetailsSchema, values, "vi", siteLabels());
    let outcome: SaveOutcome<Site> = { ok: false, errors: parsed.ok ? {} : parsed.errors };
    if (parsed.ok) {
      const data = parsed.data;
      outcome = await saveChecked(
        db,
        async (tx) => {
          const before = await getSiteForUpdate(tx, site.id);
          if (!before) throw notFound();
          if (data.host) {
            const holder = await siteWithHost(tx, data.host, before.id);
            if (holder)
              return new Refusal({
                host: tv("orgs.site.hostTaken", { host: data.host, site: holder.name_vi }),
              });
          }
          const after = await updateSite(tx, before.id, data);
          await recordAudit(tx, actorFrom(request), {
            action: "site.update",
            entityType: "site",
            entityId: after.id,
            summary: after.name_vi,
            before,
            after,
          });
          return after;
        },
        (err) =>
          isUniqueViolation(err, "sites_host_key")
            ? { host: tv("orgs.site.hostTaken", { host: data.host ?? "", site: "" }) }
            : null,
      );
    }
    if (!outcome.ok)
      return sendEdit(request, reply, site, { details: values, errors: { details: outcome.errors } }, 422);
    const saved = outcome.row;
    // Every cached public page of the site carries its name and menu in the frame.
    app.services.pageCache.purge([`site:${saved.id}`, "sites"]);
    return backToRowPage(request, reply, SITES_PATH, saved, "orgs.site.saved");
  });

  /**
   * Saves the site's menu or theme, audited as "site.menu" / "site.theme" with only that setting before and after,
   * and drops the site's cached pages, whose frame shows both.
   */
  async function saveFrameSetting<Setting extends "menu" | "theme">(
    request: FastifyRequest,
    siteId: string,
    setting: Setting,
    patchFor: (before: Site) => Pick<Site, Setting>,
  ): Promise<Site> {
    const saved = await inTransaction(db, async (tx) => {
      const before = await getSiteForUpdate(tx, siteId);
      if (!before) throw notFound();
      const after = await updateSite(tx, before.id, patchFor(before));
      await recordAudit(tx, actorFrom(request), {
        action: `site.${setting}`,
        entityType: "site",
        entityId: after.id,
        summary: after.name_vi,
        before: { [setting]: before[setting] },
        after: { [setting]: after[setting] },
      });
      return after;
    });
    app.services.pageCache.purge([`site:${saved.id}`]);
    return saved;
  }

  app.post<IdParams>("/admin/trang/:id/danh-muc", { config: SITE_STAFF }, async (request, reply) => {
    const site = await loadSiteOr404(db, request.params.id);
    assertCanManage(request, site);
    const rows = menuRowsFromBody(request.body);
    const { items, problems } = checkMenuRows(rows);
    const errors: FieldErrors = {};
    for (const p of problems) {
      errors[`menu.${p.index}.${p.field}`] = tv(`orgs.site.menu.${p.problem}`, { n: p.index + 1 });
    }
    if (items.length > MENU_MAX_ITEMS) errors.menu = tv("orgs.site.menu.tooMany", { max: MENU_MAX_ITEMS });
    if (Object.keys(errors).length > 0) {
      // Rows come back as typed, in place, so each message sits beside its row (bounded against oversized posts).
      return sendEdit(request, reply, site, { menuRows: rows.slice(0, 50), errors: { menu: errors } }, 422);
    }
    const saved = await saveFrameSetting(request, site.id, "menu", () => ({ menu: items }));
    return backToRowPage(request, reply, SITES_PATH, saved, "orgs.site.menuSaved");
  });

  app.post<IdParams>("/admin/trang/:id/giao-dien", { config: SITE_STAFF }, async (request, reply) => {
    const site = await loadSiteOr404(db, request.params.id);
    assertCanManage(request, site);
    const accentRaw = formString((request.body as Record<string, unknown> | undefined)?.accent);
    const parsed = validate(themeSchema, { accent: accentRaw }, "vi", siteLabels());
    if (!parsed.ok)
      return sendEdit(request, reply, site, { accent: accentRaw, errors: { theme: parsed.errors } }, 422);
    // Other theme settings (the English site's contact mailbox) are kept.
    const saved = await saveFrameSetting(request, site.id, "theme", (before) => ({
      theme: { ...before.theme, accent: parsed.data.accent },
    }));
    return backToRowPage(request, reply, SITES_PATH, saved, "orgs.site.themeSaved");
  });

  /** Only component sites may be switched off, and one comes back on only under an active unit. */
  async function whatBlocksSwitch(tx: Tx, before: Site, active: boolean): Promise<string | null> {
    if (before.kind !== "component") return tv("orgs.site.cannotDeactivateMain");
    if (!active) return null;
    const unit = await getUnit(tx, before.unit_id);
    return unit && !unit.active ? tv("orgs.site.unitInactive", { unit: unit.name_vi }) : null;
  }

  async function setActive(request: FastifyRequest, reply: FastifyReply, id: string, active: boolean) {
    const site = await loadSiteOr404(db, id);
    const outcome = await switchActive(db, request, {
      entityType: "site",
      id: site.id,
      active,
      lockForUpdate: getSiteForUpdate,
      update: updateSite,
      refusal: (tx, before) => whatBlocksSwitch(tx, before, active),
    });
    if (!outcome.ok)
      return sendEdit(request, reply, site, { errors: { status: { _: outcome.refusal } } }, 409);
    const done = outcome.row;
    app.services.pageCache.purge([`site:${done.id}`, "sites"]);
    return backToRowPage(
      request,
      reply,
      SITES_PATH,
      done,
      active ? "orgs.site.reactivated" : "orgs.site.deactivated",
    );
  }

  app.post<IdParams>("/admin/trang/:id/ngung-hoat-dong", { config: SYSTEM_ADMIN }, async (request, reply) =>
    setActive(request, reply, request.params.id, false),
  );
  app.post<IdParams>("/admin/trang/:id/kich-hoat", { config: SYSTEM_ADMIN }, async (request, reply) =>
    setActive(request, reply, request.params.id, true),
  );
}
