import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { badRequest, forbidden, notFound } from "../../../platform/http/errors.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { portalPublic } from "../../../platform/i18n/catalogues/portal-public.js";
import { formatDate, registerCatalogue, t, viCollator } from "../../../platform/i18n/index.js";
import { can, sitesFor } from "../../../platform/rbac/grants.js";
import {
  childrenOf,
  isVisible,
  MAX_CATEGORY_DEPTH,
  moveProblem,
  reorderSiblings,
  subtreeIds,
} from "../public/domain/category-tree.js";
import { isUuid, MAX_HOME_SECTIONS, readSectionConfig, storedConfig } from "../public/domain/home-config.js";
import { categoryHref, homeHref } from "../public/domain/paths.js";
import type { Category, HomeSection, HomeSectionKind } from "../tables.js";
import {
  type CategoryFormValues,
  categorySchema,
  categoryValuesFromBody,
  formString,
  slugFromName,
} from "./domain/category-input.js";
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
  categoriesOfSiteForUpdate,
  categoryWithSlug,
  deleteSection,
  insertCategory,
  insertSection,
  isUniqueViolation,
  liveArticleExists,
  pinnableArticles,
  sectionsOfSite,
  sectionsOfSiteForUpdate,
  setSectionPositions,
  setSortOrders,
  updateCategory,
  updateSection,
} from "./store.js";
import { CategoryFormView, CategoryListView, parentOptions } from "./views/category-views.js";
import { SectionFormView, SectionListView, type SectionRow, SitesHubView } from "./views/section-views.js";
import { type AdminSite, categoriesPath, homePath } from "./views/site-tabs.js";

registerCatalogue(portalPublic);

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

const SITE_ADMINS = { access: { roles: ["system_admin", "site_admin"] as const } };

type SiteParams = { Params: { siteId: string } };
type ItemParams = { Params: { siteId: string; id: string } };

function categoryLabels(): Record<string, string> {
  return {
    name: tv("portal.sa.field.name"),
    slug: tv("portal.sa.field.slug"),
    description: tv("portal.sa.field.description"),
    parent_id: tv("portal.sa.field.parent"),
  };
}

function valuesFromCategory(c: Category): CategoryFormValues {
  return { name: c.name, slug: c.slug, description: c.description ?? "", parent_id: c.parent_id ?? "" };
}

function moveMessage(problem: NonNullable<ReturnType<typeof moveProblem>>): string {
  switch (problem) {
    case "self":
      return tv("portal.sa.parentSelf");
    case "descendant":
      return tv("portal.sa.parentDescendant");
    case "tooDeep":
      return tv("portal.sa.parentTooDeep", { max: MAX_CATEGORY_DEPTH });
    case "unknownParent":
      return tv("portal.sa.parentUnknown");
  }
}

function direction(body: unknown): "up" | "down" {
  const value = formString((body as Record<string, unknown> | undefined)?.huong);
  if (value === "len") return "up";
  if (value === "xuong") return "down";
  throw badRequest("portal.sa.badKind");
}

/**
 * A site's structure for its site admin (SPEC §A1): the category tree and the home page's sections, with links to
 * the site's menu in the sites admin. A site admin works on their own sites only; the system admin on every site.
 * Every change is audited and purges the site's pages from the page cache once committed.
 */
export async function siteContentAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, pageCache } = app.services;
  registerAdminNav({
    label: tv("portal.sa.nav"),
    href: "/admin/cau-truc-trang",
    roles: ["system_admin", "site_admin"],
    order: 22,
  });

  /** The site of the URL, when this person administers it; 404 for a malformed or unknown id, 403 for another's. */
  async function siteFor(
    request: FastifyRequest,
    siteId: string,
  ): Promise<AdminSite & { kind: string; unitId: string }> {
    if (!isUuid(siteId)) throw notFound();
    const site = await db
      .selectFrom("sites")
      .select(["id", "slug", "name_vi", "lang", "kind", "unit_id"])
      .where("id", "=", siteId.toLowerCase())
      .executeTakeFirst();
    if (!site) throw notFound();
    if (!can(request.staff, "site_admin", { siteId: site.id })) throw forbidden();
    return {
      id: site.id,
      slug: site.slug,
      name: site.name_vi,
      lang: site.lang,
      kind: site.kind,
      unitId: site.unit_id,
    };
  }

  const purgeSite = (siteId: string) => pageCache.purge([`site:${siteId}`]);

  // ---- hub ----

  app.get("/admin/cau-truc-trang", { config: SITE_ADMINS }, async (request, reply) => {
    const mine = request.staff ? sitesFor(request.staff, ["site_admin"]) : [];
    let q = db
      .selectFrom("sites")
      .select(["id", "slug", "name_vi", "lang", "kind", "sort_order"])
      .where("active", "=", true);
    if (mine !== "all") q = q.where("id", "in", mine);
    const rows = mine !== "all" && mine.length === 0 ? [] : await q.execute();
    const kindOrder: Record<string, number> = { main: 0, english: 1, component: 2 };
    rows.sort(
      (a, b) =>
        (kindOrder[a.kind] ?? 3) - (kindOrder[b.kind] ?? 3) ||
        a.sort_order - b.sort_order ||
        viCollator.compare(a.name_vi, b.name_vi),
    );
    return sendAdminPage(
      request,
      reply,
      tv("portal.sa.sitesTitle"),
      <SitesHubView
        sites={rows.map((r) => ({
          id: r.id,
          slug: r.slug,
          name: r.name_vi,
          lang: r.lang,
          path: homeHref(r),
        }))}
      />,
    );
  });

  // ---- categories ----

  async function sendCategoryList(request: FastifyRequest, reply: FastifyReply, site: AdminSite) {
    const categories = await categoriesOfSite(db, site.id);
    return sendAdminPage(
      request,
      reply,
      tv("portal.sa.categoriesTitle", { site: site.name }),
      <CategoryListView csrf={csrfToken(request)} site={site} categories={categories} />,
    );
  }

  async function sendCategoryForm(
    request: FastifyRequest,
    reply: FastifyReply,
    site: AdminSite,
    opts: { category?: Category; values: CategoryFormValues; errors?: FieldErrors; categories?: Category[] },
    status = 200,
  ) {
    const categories = opts.categories ?? (await categoriesOfSite(db, site.id));
    const excluded = new Set(opts.category ? subtreeIds(categories, opts.category.id) : []);
    const title = opts.category
      ? tv("portal.sa.categoryEditTitle", { name: opts.category.name })
      : tv("portal.sa.categoryCreate");
    const c = opts.category;
    return sendAdminPage(
      request,
      reply,
      title,
      <CategoryFormView
        csrf={csrfToken(request)}
        site={site}
        action={c ? `${categoriesPath(site.id)}/${c.id}` : categoriesPath(site.id)}
        values={opts.values}
        errors={opts.errors}
        parents={parentOptions(categories, excluded)}
        submitLabel={c ? t("vi", "common.save") : tv("portal.sa.categoryCreate")}
        category={c}
        publicHref={c && isVisible(categories, c.id) ? categoryHref(site, c.slug) : undefined}
      />,
      status,
    );
  }

  async function loadCategory(siteId: string, id: string): Promise<Category> {
    if (!isUuid(id)) throw notFound();
    const category = await db
      .selectFrom("categories")
      .selectAll()
      .where("id", "=", id.toLowerCase())
      .where("site_id", "=", siteId)
      .executeTakeFirst();
    if (!category) throw notFound();
    return category;
  }

  app.get<SiteParams>("/admin/trang/:siteId/chuyen-muc", { config: SITE_ADMINS }, async (request, reply) =>
    sendCategoryList(request, reply, await siteFor(request, request.params.siteId)),
  );

  app.get<SiteParams>(
    "/admin/trang/:siteId/chuyen-muc/moi",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
      return sendCategoryForm(request, reply, site, { values: categoryValuesFromBody({}) });
    },
  );

  /** Checks a category form against the tree; returns field errors, or the values to store. */
  async function checkCategory(
    tx: Executor,
    site: AdminSite,
    categories: Category[],
    values: CategoryFormValues,
    id: string | null,
  ): Promise<
    | { errors: FieldErrors }
    | { data: { name: string; slug: string; description: string | null; parent_id: string | null } }
  > {
    const parsed = validate(categorySchema, values, "vi", categoryLabels());
    if (!parsed.ok) return { errors: parsed.errors };
    const { name, description, parent_id } = parsed.data;
    const errors: FieldErrors = {};
    const slug = parsed.data.slug !== "" ? parsed.data.slug : slugFromName(name);
    if (slug === "") errors.slug = tv("portal.sa.slugFormat");
    else {
      const holder = await categoryWithSlug(tx, site.id, slug);
      if (holder && holder.id !== id) errors.slug = tv("portal.sa.slugTaken", { slug, name: holder.name });
    }
    const problem = moveProblem(categories, id, parent_id);
    if (problem) errors.parent_id = moveMessage(problem);
    if (Object.keys(errors).length > 0) return { errors };
    return { data: { name, slug, description, parent_id } };
  }

  app.post<SiteParams>("/admin/trang/:siteId/chuyen-muc", { config: SITE_ADMINS }, async (request, reply) => {
    const site = await siteFor(request, request.params.siteId);
    const values = categoryValuesFromBody(request.body);
    let errors: FieldErrors = {};
    let created: Category | null = null;
    try {
      created = await inTransaction(db, async (tx) => {
        const categories = await categoriesOfSiteForUpdate(tx, site.id);
        const checked = await checkCategory(tx, site, categories, values, null);
        if ("errors" in checked) {
          errors = checked.errors;
          return null;
        }
        const siblings = childrenOf(categories, checked.data.parent_id);
        const category = await insertCategory(tx, {
          id: uuidv7(),
          site_id: site.id,
          ...checked.data,
          sort_order: Math.max(-1, ...siblings.map((s) => s.sort_order)) + 1,
        });
        await recordAudit(tx, actorFrom(request), {
          action: "category.create",
          entityType: "category",
          entityId: category.id,
          summary: `${category.name} (${site.name})`,
          after: category,
        });
        return category;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Another admin took the slug between the check and the write.
      errors = { slug: tv("portal.sa.slugTakenRace", { slug: values.slug }) };
    }
    if (!created) return sendCategoryForm(request, reply, site, { values, errors }, 422);
    purgeSite(site.id);
    await setFlash(request, tv("portal.sa.categoryCreated", { name: created.name }));
    return reply.redirect(categoriesPath(site.id), 303);
  });

  app.get<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
      const category = await loadCategory(site.id, request.params.id);
      return sendCategoryForm(request, reply, site, { category, values: valuesFromCategory(category) });
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
      const category = await loadCategory(site.id, request.params.id);
      const values = categoryValuesFromBody(request.body);
      let errors: FieldErrors = {};
      let saved: Category | null = null;
      try {
        saved = await inTransaction(db, async (tx) => {
          const categories = await categoriesOfSiteForUpdate(tx, site.id);
          const before = categories.find((c) => c.id === category.id);
          if (!before) throw notFound();
          const checked = await checkCategory(tx, site, categories, values, before.id);
          if ("errors" in checked) {
            errors = checked.errors;
            return null;
          }
          const moved = checked.data.parent_id !== before.parent_id;
          const sortOrder = moved
            ? Math.max(-1, ...childrenOf(categories, checked.data.parent_id).map((s) => s.sort_order)) + 1
            : before.sort_order;
          const after = await updateCategory(tx, before.id, { ...checked.data, sort_order: sortOrder });
          await recordAudit(tx, actorFrom(request), {
            action: moved ? "category.move" : "category.update",
            entityType: "category",
            entityId: after.id,
            summary: `${after.name} (${site.name})`,
            before,
            after,
          });
          return after;
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Another admin took the slug between the check and the write.
        errors = { slug: tv("portal.sa.slugTakenRace", { slug: values.slug }) };
      }
      if (!saved) return sendCategoryForm(request, reply, site, { category, values, errors }, 422);
      purgeSite(site.id);
      await setFlash(request, tv("portal.sa.categorySaved", { name: saved.name }));
      return reply.redirect(categoriesPath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id/thu-tu",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
      const category = await loadCategory(site.id, request.params.id);
      const dir = direction(request.body);
      const changed = await inTransaction(db, async (tx) => {
        const categories = await categoriesOfSiteForUpdate(tx, site.id);
        const orders = reorderSiblings(categories, category.id, dir);
        if (!orders) return false;
        await setSortOrders(tx, orders);
        await recordAudit(tx, actorFrom(request), {
          action: "category.reorder",
          entityType: "category",
          entityId: category.id,
          summary: `${category.name} (${site.name}): ${dir === "up" ? "lên" : "xuống"}`,
          before: { sort_order: category.sort_order },
          after: { sort_order: orders.find((o) => o.id === category.id)?.sort_order },
        });
        return true;
      });
      if (changed) {
        purgeSite(site.id);
        await setFlash(request, tv("portal.sa.categoryMoved", { name: category.name }));
      }
      return reply.redirect(categoriesPath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id/trang-thai",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
      const category = await loadCategory(site.id, request.params.id);
      const wanted = formString((request.body as Record<string, unknown> | undefined)?.active);
      if (wanted !== "0" && wanted !== "1") throw badRequest("portal.sa.badKind");
      const active = wanted === "1";
      if (active !== category.active) {
        await inTransaction(db, async (tx) => {
          const after = await updateCategory(tx, category.id, { active });
          await recordAudit(tx, actorFrom(request), {
            action: active ? "category.activate" : "category.deactivate",
            entityType: "category",
            entityId: category.id,
            summary: `${category.name} (${site.name})`,
            before: { active: category.active },
            after: { active: after.active },
          });
        });
        purgeSite(site.id);
      }
      await setFlash(
        request,
        tv(active ? "portal.sa.categoryActivated" : "portal.sa.categoryDeactivated", { name: category.name }),
      );
      return reply.redirect(`${categoriesPath(site.id)}/${category.id}`, 303);
    },
  );

  // ---- home sections ----

  function sectionTitle(section: Pick<HomeSection, "kind" | "title">): string {
    return section.title?.trim() || tv(`portal.sa.kind.${section.kind}`);
  }

  app.get<SiteParams>("/admin/trang/:siteId/trang-chu", { config: SITE_ADMINS }, async (request, reply) => {
    const site = await siteFor(request, request.params.siteId);
    const [sections, categories] = await Promise.all([
      sectionsOfSite(db, site.id),
      categoriesOfSite(db, site.id),
    ]);
    const pinned = sections
      .map((s) => readSectionConfig(s.kind, s.config))
      .flatMap((c) => (c?.kind === "lead_story" && c.contentId ? [c.contentId] : []));
    const titles = new Map(
      pinned.length === 0
        ? []
        : (
            await db.selectFrom("content_items").select(["id", "title"]).where("id", "in", pinned).execute()
          ).map((r) => [r.id, r.title] as const),
    );
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
      const site = await siteFor(request, request.params.siteId);
      const kind = kindFrom(request.query.loai);
      return sendSectionForm(request, reply, site, { kind, values: sectionValuesFromConfig(null, null) });
    },
  );

  app.post<SiteParams>("/admin/trang/:siteId/trang-chu", { config: SITE_ADMINS }, async (request, reply) => {
    const site = await siteFor(request, request.params.siteId);
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
    purgeSite(site.id);
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
      const site = await siteFor(request, request.params.siteId);
      const section = await loadSection(site.id, request.params.id);
      const values = sectionValuesFromConfig(section.title, readSectionConfig(section.kind, section.config));
      return sendSectionForm(request, reply, site, { kind: section.kind, section, values });
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
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
      purgeSite(site.id);
      await setFlash(request, tv("portal.sa.sectionSaved", { kind: tv(`portal.sa.kind.${section.kind}`) }));
      return reply.redirect(homePath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id/thu-tu",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
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
        purgeSite(site.id);
        await setFlash(request, tv("portal.sa.sectionMoved", { kind: sectionTitle(section) }));
      }
      return reply.redirect(homePath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/trang-chu/:id/xoa",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(request, request.params.siteId);
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
      purgeSite(site.id);
      await setFlash(request, tv("portal.sa.sectionDeleted", { kind: sectionTitle(section) }));
      return reply.redirect(homePath(site.id), 303);
    },
  );
}
