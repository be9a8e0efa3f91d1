import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { badRequest, notFound } from "../../../platform/http/errors.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { t } from "../../../platform/i18n/index.js";
import {
  childrenOf,
  isVisible,
  MAX_CATEGORY_DEPTH,
  moveProblem,
  reorderSiblings,
  subtreeIds,
} from "../public/domain/category-tree.js";
import { isUuid } from "../public/domain/home-config.js";
import { categoryHref } from "../public/domain/paths.js";
import type { Category } from "../tables.js";
import { direction, type ItemParams, SITE_ADMINS, type SiteParams, siteFor, tv } from "./access.js";
import {
  type CategoryFormValues,
  categorySchema,
  categoryValuesFromBody,
  formString,
  slugFromName,
} from "./domain/category-input.js";
import {
  categoriesOfSite,
  categoriesOfSiteForUpdate,
  categoryWithSlug,
  insertCategory,
  isUniqueViolation,
  setSortOrders,
  updateCategory,
} from "./store.js";
import { CategoryFormView, CategoryListView, parentOptions } from "./views/category-views.js";
import type { AdminSite } from "./views/site-tabs.js";
import { categoriesPath } from "./views/site-tabs.js";

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

/**
 * A site's category tree (SPEC §A1): create, rename, change the slug or description, move under another category,
 * reorder among siblings, deactivate. Slugs follow the Vietnamese slug rules and are unique per site; a category
 * never goes under itself. Audited; the site's cached pages are purged after each change.
 */
export async function categoryAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, pageCache } = app.services;

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
    sendCategoryList(request, reply, await siteFor(db, request, request.params.siteId)),
  );

  app.get<SiteParams>(
    "/admin/trang/:siteId/chuyen-muc/moi",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      // The compliance checker links here with the missing item's name and slug filled in.
      const query = (request.query ?? {}) as Record<string, unknown>;
      const values = categoryValuesFromBody({ name: query.name, slug: query.slug });
      return sendCategoryForm(request, reply, site, { values });
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
    const site = await siteFor(db, request, request.params.siteId);
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
    pageCache.purge([`site:${site.id}`]);
    await setFlash(request, tv("portal.sa.categoryCreated", { name: created.name }));
    return reply.redirect(categoriesPath(site.id), 303);
  });

  app.get<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const category = await loadCategory(site.id, request.params.id);
      return sendCategoryForm(request, reply, site, { category, values: valuesFromCategory(category) });
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
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
      pageCache.purge([`site:${site.id}`]);
      await setFlash(request, tv("portal.sa.categorySaved", { name: saved.name }));
      return reply.redirect(categoriesPath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id/thu-tu",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
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
        pageCache.purge([`site:${site.id}`]);
        await setFlash(request, tv("portal.sa.categoryMoved", { name: category.name }));
      }
      return reply.redirect(categoriesPath(site.id), 303);
    },
  );

  app.post<ItemParams>(
    "/admin/trang/:siteId/chuyen-muc/:id/trang-thai",
    { config: SITE_ADMINS },
    async (request, reply) => {
      const site = await siteFor(db, request, request.params.siteId);
      const category = await loadCategory(site.id, request.params.id);
      const wanted = formString((request.body as Record<string, unknown> | undefined)?.active);
      if (wanted !== "0" && wanted !== "1") throw badRequest("portal.sa.badStatus");
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
        pageCache.purge([`site:${site.id}`]);
      }
      await setFlash(
        request,
        tv(active ? "portal.sa.categoryActivated" : "portal.sa.categoryDeactivated", { name: category.name }),
      );
      return reply.redirect(`${categoriesPath(site.id)}/${category.id}`, 303);
    },
  );
}
