import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { badRequest, notFound } from "../../../platform/http/errors.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { formatDate, t } from "../../../platform/i18n/index.js";
import { isUuid, MAX_HOME_SECTIONS, readSectionConfig, storedConfig } from "../public/domain/home-config.js";
import type { HomeSection, HomeSectionKind } from "../tables.js";
import { direction, type ItemParams, SITE_ADMINS, type SiteParams, siteFor, tv } from "./access.js";
import { formString } from "./domain/category-input.js";
import {
  isSectionKind,
  type SectionErrors,
  type SectionFormValues,
  sectionFromForm,
  sectionValuesFromBody,
  sectionValuesFromConfig,
} from "./domain/section-input.js";
import {
  categoriesOfSite,
  deleteSection,
  insertSection,
  liveArticleExists,
  pinnableArticles,
  sectionsOfSite,
  sectionsOfSiteForUpdate,
  setSectionPositions,
  titlesOf,
  updateSection,
} from "./store.js";
import { parentOptions } from "./views/category-views.js";
import { SectionFormView, SectionListView, type SectionRow } from "./views/section-views.js";
import { type AdminSite, homePath } from "./views/site-tabs.js";

/**
 * A site's home page as an ordered list of sections (lead story, latest in a category, announcements, legal
 * documents, service links), rendered by the public side into the site's home. Audited; purges the site's pages.
 */
export async function homeSectionAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, pageCache } = app.services;

  function sectionTitle(section: Pick<HomeSection, "kind" | "title">): string {
    return section.title?.trim() || tv(`portal.sa.kind.${section.kind}`);
  }

  app.get<SiteParams>("/admin/trang/:siteId/trang-chu", { config: SITE_ADMINS }, async (request, reply) => {
    const site = await siteFor(db, request, request.params.siteId);
    const [sections, categories] = await Promise.all([
      sectionsOfSite(db, site.id),
      categoriesOfSite(db, site.id),
    ]);
    const pinned = sections
      .map((s) => readSectionConfig(s.kind, s.config))
      .flatMap((c) => (c?.kind === "lead_story" && c.contentId ? [c.contentId] : []));
    const titles = await titlesOf(db, pinned);
    const rows: SectionRow[] = sections.map((s) => {
      const config = readSectionConfig(s.kind, s.config);
      let details = "";
      switch (config?.kind) {
        case "lead_story":
          details = config.contentId
            ? tv("portal.sa.details.chosen", { title: titles.get(config.contentId) ?? "?" })
            : tv("portal.sa.details.latest");
          break;
        case "latest_in_category":
          details = tv("portal.sa.details.category", {
            name: categories.find((c) => c.id === config.categoryId)?.name ?? "?",
            limit: config.limit,
          });
          break;
        case "announcements":
        case "legal_documents":
          details = tv("portal.sa.details.count", { limit: config.limit });
          break;
        case "service_links":
          details = tv("portal.sa.details.links", { count: config.links.length });
          break;
      }
      return { id: s.id, kind: s.kind, title: sectionTitle(s), details };
    });
    return sendAdminPage(
      request,
      reply,
      tv("portal.sa.homeTitle", { site: site.name }),
      <SectionListView
        csrf={csrfToken(request)}
        site={site}
        rows={rows}
        canAdd={sections.length < MAX_HOME_SECTIONS}
      />,
    );
  });

  async function sendSectionForm(
    request: FastifyRequest,
    reply: FastifyReply,
    site: AdminSite,
    opts: { kind: HomeSectionKind; section?: HomeSection; values: SectionFormValues; errors?: FieldErrors },
    status = 200,
  ) {
    const [categories, articles] = await Promise.all([
      opts.kind === "latest_in_category" ? categoriesOfSite(db, site.id) : Promise.resolve([]),
      opts.kind === "lead_story" ? pinnableArticles(db, site.id) : Promise.resolve([]),
    ]);
    const kindLabel = tv(`portal.sa.kind.${opts.kind}`);
    return sendAdminPage(
      request,
      reply,
      opts.section
        ? tv("portal.sa.sectionEditTitle", { kind: kindLabel })
        : tv("portal.sa.sectionCreateTitle", { kind: kindLabel }),
      <SectionFormView
        csrf={csrfToken(request)}
        site={site}
        kind={opts.kind}
        action={opts.section ? `${homePath(site.id)}/${opts.section.id}` : homePath(site.id)}
        values={opts.values}
        errors={opts.errors}
        categories={parentOptions(categories, new Set())}
        articles={articles.map((a) => ({
          value: a.id,
          label: `${a.title} (${formatDate(a.published_at)})`,
        }))}
        submitLabel={opts.section ? t("vi", "common.save") : tv("portal.sa.addSection")}
      />,
      status,
    );
  }

  const SECTION_FIELD_LABELS: Record<string, string> = {
    title: "portal.sa.field.title",
    content_id: "portal.sa.field.content",
    category_id: "portal.sa.field.category",
    limit: "portal.sa.field.limit",
  };

  function translateErrors(errors: SectionErrors): FieldErrors {
    const out: FieldErrors = {};
    for (const [field, e] of Object.entries(errors)) {
      const label = SECTION_FIELD_LABELS[field];
      out[field] = t("vi", e.key, { ...(label ? { field: tv(label) } : {}), ...e.params });
    }
    return out;
  }

  async function checkSection(siteId: string, kind: HomeSectionKind, values: SectionFormValues) {
    const categories = kind === "latest_in_category" ? await categoriesOfSite(db, siteId) : [];
    const wanted = values.content_id.trim().toLowerCase();
    const contentIds = new Set<string>(
      kind === "lead_story" && isUuid(wanted) && (await liveArticleExists(db, siteId, wanted))
        ? [wanted]
        : [],
    );
    return sectionFromForm(kind, values, { categoryIds: new Set(categories.map((c) => c.id)), contentIds });
  }

  function kindFrom(value: unknown): HomeSectionKind {
    const kind = formString(value);
    if (!isSectionKind(kind)) throw badRequest("portal.sa.badKind");
    return kind;
  }

  app.get<SiteParams & { Querystring: Record<string, unknown> }>(
    "/admin/trang/:siteId/trang-chu/moi",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const kind = kindFrom(request.query.loai);
      return sendSectionForm(request, reply, site, { kind, values: sectionValuesFromConfig(null, null) });
    },
  );

  app.post<SiteParams>("/admin/trang/:siteId/trang-chu", { config: SITE_ADMINS }, async (request, reply) => {
    const site = await siteFor(db, request, request.params.siteId);
    const kind = kindFrom((request.body as Record<string, unknown> | undefined)?.loai);
    const values = sectionValuesFromBody(request.body);
    const checked = await checkSection(site.id, kind, values);
    if (!checked.ok) {
      return sendSectionForm(
        request,
        reply,
        site,
        { kind, values, errors: translateErrors(checked.errors) },
        422,
      );
    }
    const created = await inTransaction(db, async (tx) => {
      const sections = await sectionsOfSiteForUpdate(tx, site.id);
      if (sections.length >= MAX_HOME_SECTIONS) return null;
      const section = await insertSection(tx, {
        id: uuidv7(),
        site_id: site.id,
        position: sections.length,
        kind,
        title: checked.title,
        config: storedConfig(checked.config),
      });
      await recordAudit(tx, actorFrom(request), {
        action: "home_section.create",
        entityType: "home_section",
        entityId: section.id,
        summary: `${sectionTitle(section)} (${site.name})`,
        after: section,
      });
      return section;
    });
    if (!created) {
      const errors = { title: tv("portal.sa.tooManySections", { max: MAX_HOME_SECTIONS }) };
      return sendSectionForm(request, reply, site, { kind, values, errors }, 422);
    }
    pageCache.purge([`site:${site.id}`]);
    await setFlash(request, tv("portal.sa.sectionCreated", { kind: tv(`portal.sa.kind.${kind}`) }));
    return reply.redirect(homePath(site.id), 303);
  });

  async function loadSection(siteId: string, id: string): Promise<HomeSection> {
    if (!isUuid(id)) throw notFound();
    const section = await db
      .selectFrom("home_sections")
      .selectAll()
      .where("id", "=", id.toLowerCase())
      .where("site_id", "=", siteId)
      .executeTakeFirst();
    if (!section) throw notFound();
    return section;
  }

  app.get<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const section = await loadSection(site.id, request.params.id);
      const values = sectionValuesFromConfig(section.title, readSectionConfig(section.kind, section.config));
      return sendSectionForm(request, reply, site, { kind: section.kind, section, values });
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const section = await loadSection(site.id, request.params.id);
      const values = sectionValuesFromBody(request.body);
      const checked = await checkSection(site.id, section.kind, values);
      if (!checked.ok) {
        const errors = translateErrors(checked.errors);
        return sendSectionForm(request, reply, site, { kind: section.kind, section, values, errors }, 422);
      }
      await inTransaction(db, async (tx) => {
        const after = await updateSection(tx, section.id, {
          title: checked.title,
          config: storedConfig(checked.config),
        });
        await recordAudit(tx, actorFrom(request), {
          action: "home_section.update",
          entityType: "home_section",
          entityId: section.id,
          summary: `${sectionTitle(after)} (${site.name})`,
          before: section,
          after,
        });
      });
      pageCache.purge([`site:${site.id}`]);
      await setFlash(request, tv("portal.sa.sectionSaved", { kind: tv(`portal.sa.kind.${section.kind}`) }));
      return reply.redirect(homePath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id/thu-tu",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const section = await loadSection(site.id, request.params.id);
      const dir = direction(request.body);
      const changed = await inTransaction(db, async (tx) => {
        const ids = (await sectionsOfSiteForUpdate(tx, site.id)).map((s) => s.id);
        const i = ids.indexOf(section.id);
        const j = dir === "up" ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= ids.length) return false;
        [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
        await setSectionPositions(tx, ids);
        await recordAudit(tx, actorFrom(request), {
          action: "home_section.reorder",
          entityType: "home_section",
          entityId: section.id,
          summary: `${sectionTitle(section)} (${site.name}): ${dir === "up" ? "lên" : "xuống"}`,
          before: { position: i },
          after: { position: j },
        });
        return true;
      });
      if (changed) {
        pageCache.purge([`site:${site.id}`]);
        await setFlash(request, tv("portal.sa.sectionMoved", { kind: sectionTitle(section) }));
      }
      return reply.redirect(homePath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id/xoa",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const section = await loadSection(site.id, request.params.id);
      await inTransaction(db, async (tx) => {
        await deleteSection(tx, section.id);
        const rest = (await sectionsOfSiteForUpdate(tx, site.id)).map((s) => s.id);
        await setSectionPositions(tx, rest);
        await recordAudit(tx, actorFrom(request), {
          action: "home_section.delete",
          entityType: "home_section",
          entityId: section.id,
          summary: `${sectionTitle(section)} (${site.name})`,
          before: section,
        });
      });
      pageCache.purge([`site:${site.id}`]);
      await setFlash(request, tv("portal.sa.sectionDeleted", { kind: sectionTitle(section) }));
      return reply.redirect(homePath(site.id), 303);
    },
  );
}
