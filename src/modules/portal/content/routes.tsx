import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { noteSiteReview } from "../../../platform/activity/index.js";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { formatVnDateTime, parseVnDateTime } from "../../../platform/calendar/vn-datetime.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { formatDateTime, t } from "../../../platform/i18n/index.js";
import { can, sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { ingestFile } from "../media/ingest.js";
import {
  prepareRoyalty,
  type RoyaltyRaw,
  royaltyPanel,
  royaltyRaw,
  saveRoyalty,
} from "../royalties/index.js";
import { SPELLCHECKED_STATUSES, spellcheckPanelFor, spellWarningCounts } from "../spellcheck/index.js";
import type { ContentItem, ContentKind, ContentStatus } from "../tables.js";
import { tc } from "./catalogue.js";
import {
  bodyRecord,
  CONTENT_KINDS,
  type ContentFormValues,
  type ContentInput,
  checkContentValues,
  contentValuesFromBody,
  formString,
  isUuid,
  LIMITS,
} from "./domain/input.js";
import { publicItemPath } from "./domain/paths.js";
import { sanitizeBody } from "./domain/sanitize.js";
import { slugify } from "./domain/slug.js";
import { diffText, hasChanges } from "./domain/text-diff.js";
import {
  availableActions,
  type Capabilities,
  isEditable,
  isPersonAction,
  transition,
  type WorkflowAction,
} from "./domain/workflow.js";
import { EDITOR_PATH_PREFIX, editorBundle } from "./editor-bundle.js";
import {
  ADMIN_PAGE_SIZE,
  type AdminFilters,
  categoryNames,
  countByStatus,
  freeSlug,
  getCategory,
  getItem,
  getItemForUpdate,
  getMediaRef,
  getRevision,
  getSiteRef,
  insertItem,
  insertRevision,
  latestRevisionNumber,
  listAdminItems,
  listRevisions,
  listSiteCategories,
  listSiteRefs,
  mainSite,
  promotedCopy,
  revisionFields,
  type SiteRef,
  siteImages,
  slugTaken,
  staffNames,
  updateItemIfVersion,
} from "./store.js";
import { applyTransition, enqueueExpire, workflowSnapshot } from "./transitions.js";
import { ChooseSiteView, type ContentFormProps, CreateView, EditView } from "./views/content-form.js";
import {
  CONTENT_STATUSES,
  type ContentListFilters,
  ContentListView,
  type Option,
} from "./views/content-list.js";
import { type FieldChange, RevisionDiffView, RevisionListView } from "./views/revisions.js";

/** Route-level access: anyone holding an editorial role somewhere; each handler then checks the item's own site. */
const EDITORIAL: { access: { roles: readonly Role[] } } = {
  access: { roles: ["editor", "approver", "site_admin"] },
};
const SEE_ROLES: readonly Role[] = ["editor", "approver", "site_admin"];
const WRITE_ROLES: readonly Role[] = ["editor", "site_admin"];
const APPROVE_ROLES: readonly Role[] = ["approver", "site_admin"];
/** A cover image may be at most this large (the media library's image limit). */
const COVER_MAX_BYTES = 10 * 1024 * 1024;

type IdParams = { Params: { id: string } };
type RevisionParams = { Params: { id: string; number: string } };

function capsOn(request: FastifyRequest, siteId: string): Capabilities {
  return {
    write: can(request.staff, WRITE_ROLES, { siteId }),
    approve: can(request.staff, APPROVE_ROLES, { siteId }),
  };
}

const msg = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function flattenCategories(
  rows: { id: string; parent_id: string | null; name: string; active: boolean }[],
): Option[] {
  const byParent = new Map<string | null, typeof rows>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), r]);
  }
  const out: Option[] = [];
  const walk = (parent: string | null, depth: number) => {
    if (depth > 10) return;
    for (const r of byParent.get(parent) ?? []) {
      if (r.active) out.push({ value: r.id, label: `${"— ".repeat(depth)}${r.name}` });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

function valuesFromItem(item: ContentItem): ContentFormValues {
  return {
    kind: item.kind,
    site_id: item.site_id,
    category_id: item.category_id ?? "",
    title: item.title,
    slug: item.slug,
    lead: item.lead ?? "",
    body_html: item.body_html,
    cover_media_id: item.cover_media_id ?? "",
    cover_alt: item.cover_alt ?? "",
    cover_caption: item.cover_caption ?? "",
    author: item.author ?? "",
    source: item.source ?? "",
    is_repost: item.is_repost,
    tags: item.tags.join(", "),
    publish_at: formatVnDateTime(item.publish_at),
    expire_at: formatVnDateTime(item.expire_at),
    version: String(item.version),
  };
}

async function loadItemOr404(request: FastifyRequest, id: string): Promise<ContentItem> {
  if (!isUuid(id)) throw notFound();
  const item = await getItem(request.server.services.db, id.toLowerCase());
  if (!item) throw notFound();
  return item;
}

/**
 * Who may open an item: the editorial staff of its site; and the main portal's approvers may open a published
 * component-site item to promote it.
 */
async function assertCanSee(request: FastifyRequest, item: ContentItem): Promise<void> {
  if (can(request.staff, SEE_ROLES, { siteId: item.site_id })) return;
  if (item.status === "published") {
    const main = await mainSite(request.server.services.db);
    if (main && can(request.staff, APPROVE_ROLES, { siteId: main.id })) return;
  }
  throw forbidden();
}

async function bundleUrl(request: FastifyRequest): Promise<string | null> {
  const b = await editorBundle((err) => request.log.error({ err }, "editor bundle failed"));
  return b?.url ?? null;
}

function purgeFor(request: FastifyRequest, siteId: string, itemId: string): void {
  request.server.services.pageCache.purge([`site:${siteId}`, `content:${itemId}`]);
}

/** Checks against the database that a form's category and cover belong to the item's site. */
async function checkReferences(
  request: FastifyRequest,
  siteId: string,
  input: ContentInput,
): Promise<Record<string, string>> {
  const db = request.server.services.db;
  const errors: Record<string, string> = {};
  if (input.categoryId) {
    const category = await getCategory(db, input.categoryId);
    if (!category || category.site_id !== siteId)
      errors.category_id = tc("portal.content.error.categoryOtherSite");
  }
  if (input.coverMediaId) {
    const media = await getMediaRef(db, input.coverMediaId);
    if (media?.kind !== "image" || (media.site_id !== null && media.site_id !== siteId)) {
      errors.cover_media_id = tc("portal.content.error.coverNotImage");
    }
  }
  return errors;
}

function wantedSlug(input: ContentInput): string {
  return input.slug !== "" ? input.slug : slugify(input.title);
}

export async function contentAdminRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;
  // Built in the background now, so the first editor page finds it ready (see editor-bundle.ts).
  void editorBundle((err) => app.log.error({ err }, "editor bundle failed"));
  if (!app.hasContentTypeParser("multipart/form-data")) {
    await app.register(multipart, { limits: { fileSize: COVER_MAX_BYTES, files: 1, fields: 10, parts: 12 } });
  }

  registerAdminNav({
    label: tc("portal.content.nav"),
    href: "/admin/noi-dung",
    roles: ["editor", "approver", "site_admin"],
    order: 30,
  });

  app.get<{ Params: { file: string } }>(`${EDITOR_PATH_PREFIX}:file`, async (request, reply) => {
    const bundle = await editorBundle((err) => request.log.error({ err }, "editor bundle failed"));
    if (!bundle || request.params.file !== bundle.fileName) throw notFound();
    return reply
      .type("application/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(bundle.code);
  });

  // ---- list ----

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/noi-dung",
    { config: EDITORIAL },
    async (request, reply) => {
      const staff = request.staff;
      if (!staff) throw forbidden();
      const query = request.query ?? {};
      // A main-portal approver may switch to the component sites' published articles, to promote them.
      const main = await mainSite(db);
      const canPromote = main !== undefined && can(staff, APPROVE_ROLES, { siteId: main.id });
      const promotable = canPromote && formString(query.nguon) === "thanh-phan" ? main : undefined;
      const allowed = promotable ? "all" : sitesFor(staff, SEE_ROLES);
      const sites = (await listSiteRefs(db, allowed)).filter((s) => !promotable || s.kind === "component");
      const q = formString(query.q).trim().slice(0, 200);
      const siteRaw = formString(query.site).toLowerCase();
      const site = sites.find((s) => s.id === siteRaw);
      const statusRaw = formString(query.status);
      const status = (CONTENT_STATUSES as readonly string[]).includes(statusRaw)
        ? (statusRaw as ContentStatus)
        : undefined;
      const kindRaw = formString(query.kind);
      const kind = (CONTENT_KINDS as readonly string[]).includes(kindRaw)
        ? (kindRaw as ContentKind)
        : undefined;
      const categorySite = site ?? (sites.length === 1 ? sites[0] : undefined);
      const categoryOptions = categorySite
        ? flattenCategories(await listSiteCategories(db, categorySite.id))
        : null;
      const categoryRaw = formString(query.category).toLowerCase();
      const category = categoryOptions?.some((c) => c.value === categoryRaw) ? categoryRaw : undefined;
      const pageRaw = Number(formString(query.trang));
      const page = Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= 100_000 ? pageRaw : 1;

      const filters: AdminFilters = {
        sites: allowed === "all" ? "all" : allowed,
        siteId: site?.id,
        status,
        kind,
        categoryId: category,
        q,
        promotableTo: promotable?.id,
      };
      const [list, counts] = await Promise.all([
        listAdminItems(db, filters, { limit: ADMIN_PAGE_SIZE, offset: (page - 1) * ADMIN_PAGE_SIZE }),
        countByStatus(db, filters),
      ]);
      // Items still being written or awaiting approval show how many words the spell check flags (SPEC §A11).
      const spelling = await spellWarningCounts(
        db,
        list.rows.filter((r) => SPELLCHECKED_STATUSES.has(r.status)).map((r) => r.id),
      );
      const shown: ContentListFilters = {
        q,
        site: site?.id ?? "",
        status: status ?? "",
        kind: kind ?? "",
        category: category ?? "",
        nguon: promotable ? "thanh-phan" : "",
      };
      return sendAdminPage(
        request,
        reply,
        tc("portal.content.title"),
        <ContentListView
          rows={list.rows}
          total={list.total}
          page={page}
          pageSize={ADMIN_PAGE_SIZE}
          filters={shown}
          counts={counts}
          siteOptions={sites.map((s) => ({ value: s.id, label: s.name_vi }))}
          categoryOptions={categoryOptions}
          canCreate={!promotable && sitesFor(staff, WRITE_ROLES).length !== 0}
          canPromote={canPromote}
          spellingCounts={spelling}
        />,
      );
    },
  );

  // ---- create ----

  async function writableSites(request: FastifyRequest): Promise<SiteRef[]> {
    const staff = request.staff;
    if (!staff) return [];
    return listSiteRefs(db, sitesFor(staff, WRITE_ROLES));
  }

  async function formOptions(siteId: string, currentCover: string | null) {
    const [categories, images] = await Promise.all([listSiteCategories(db, siteId), siteImages(db, siteId)]);
    const imageOptions: Option[] = images.map((m) => ({
      value: m.id,
      label: m.alt ? `${m.alt} (${m.original_name})` : m.original_name,
    }));
    let coverPreview: { sha256: string; alt: string } | null = null;
    if (currentCover && isUuid(currentCover)) {
      const cover = images.find((m) => m.id === currentCover) ?? (await getMediaRef(db, currentCover));
      if (cover) {
        if (!imageOptions.some((o) => o.value === cover.id)) {
          imageOptions.unshift({ value: cover.id, label: cover.alt ?? cover.original_name });
        }
        coverPreview = { sha256: cover.sha256, alt: cover.alt ?? "" };
      }
    }
    return { categoryOptions: flattenCategories(categories), imageOptions, coverPreview };
  }

  async function sendCreate(
    request: FastifyRequest,
    reply: FastifyReply,
    site: SiteRef,
    values: ContentFormValues,
    errors: Record<string, string> | undefined,
    status = 200,
  ) {
    const options = await formOptions(site.id, values.cover_media_id || null);
    return sendAdminPage(
      request,
      reply,
      tc("portal.content.createTitle"),
      <CreateView
        mode="create"
        action="/admin/noi-dung"
        csrf={csrfToken(request)}
        values={values}
        errors={errors}
        siteName={site.name_vi}
        editorScript={await bundleUrl(request)}
        {...options}
      />,
      status,
    );
  }

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/noi-dung/moi",
    { config: EDITORIAL },
    async (request, reply) => {
      const sites = await writableSites(request);
      if (sites.length === 0) {
        return sendAdminPage(
          request,
          reply,
          tc("portal.content.createTitle"),
          <p class="notice">{tc("portal.content.noSites")}</p>,
          403,
        );
      }
      const wanted = formString(request.query?.site).toLowerCase();
      const site = sites.length === 1 ? sites[0] : sites.find((s) => s.id === wanted);
      if (!site) {
        return sendAdminPage(
          request,
          reply,
          tc("portal.content.createTitle"),
          <ChooseSiteView siteOptions={sites.map((s) => ({ value: s.id, label: s.name_vi }))} />,
        );
      }
      const values = contentValuesFromBody({ kind: "article", site_id: site.id });
      values.author = request.staff?.fullName ?? "";
      return sendCreate(request, reply, site, values, undefined);
    },
  );

  app.post("/admin/noi-dung", { config: EDITORIAL }, async (request, reply) => {
    const values = contentValuesFromBody(request.body);
    const sites = await writableSites(request);
    const site = sites.find((s) => s.id === values.site_id);
    if (!site) {
      // The site decides everything else on the form, so without an allowed one there is no form to show back.
      if (!isUuid(values.site_id) || !(await getSiteRef(db, values.site_id))) {
        throw new AppError(422, "validation_failed", "portal.content.error.siteNotAllowed");
      }
      throw forbidden();
    }
    const checked = checkContentValues(values, msg, { requireVersion: false });
    let errors: Record<string, string> = checked.ok ? {} : checked.errors;
    let sanitized: ReturnType<typeof sanitizeBody> | null = null;
    if (checked.ok) {
      errors = await checkReferences(request, site.id, checked.input);
      sanitized = sanitizeBody(checked.input.bodyHtml);
      if (sanitized.droppedImages > 0) {
        errors.body_html = tc("portal.content.error.bodyImages", { count: sanitized.droppedImages });
      }
      if (checked.input.slug !== "" && (await slugTaken(db, site.id, checked.input.slug, null))) {
        const suggestion = await freeSlug(db, site.id, checked.input.slug, null);
        errors.slug = tc("portal.content.error.slugTaken", { slug: checked.input.slug, suggestion });
      }
    }
    if (!checked.ok || !sanitized || Object.keys(errors).length > 0) {
      return sendCreate(request, reply, site, values, errors, 422);
    }
    const input = checked.input;
    const body = sanitized;
    const actor = actorFrom(request);
    const created = await inTransaction(db, async (tx) => {
      const slug = await freeSlug(tx, site.id, wantedSlug(input), null);
      const now = new Date();
      const item = await insertItem(tx, {
        id: uuidv7(),
        site_id: site.id,
        kind: input.kind,
        category_id: input.categoryId,
        title: input.title,
        slug,
        lead: input.lead,
        body_html: body.html,
        body_text: body.text,
        cover_media_id: input.coverMediaId,
        cover_alt: input.coverAlt,
        cover_caption: input.coverCaption,
        author: input.author,
        source: input.source,
        is_repost: input.isRepost,
        tags: input.tags,
        status: "draft",
        publish_at: input.publishAt,
        expire_at: input.expireAt,
        created_by: actor.id,
        updated_by: actor.id,
        created_at: now,
        updated_at: now,
      });
      await insertRevision(tx, item, actor.id, tc("portal.revisions.note.created"));
      await recordAudit(tx, actor, {
        action: "content.create",
        entityType: "content_item",
        entityId: item.id,
        summary: tc("portal.content.audit.create", { title: item.title }),
        after: { ...revisionFields(item), title: item.title, lead: item.lead, site_id: item.site_id },
      });
      return item;
    });
    await setFlash(request, tc("portal.content.created", { title: created.title }));
    return reply.redirect(`/admin/noi-dung/${created.id}`, 303);
  });

  // ---- edit page ----

  interface EditPageOptions {
    values?: ContentFormValues;
    errors?: Record<string, string>;
    uploadErrors?: Record<string, string>;
    workflowErrors?: Record<string, string>;
    scheduleValue?: string;
    commentValue?: string;
    royaltyInput?: RoyaltyRaw | undefined;
  }

  async function sendEdit(
    request: FastifyRequest,
    reply: FastifyReply,
    item: ContentItem,
    opts: EditPageOptions = {},
    status = 200,
  ) {
    const caps = capsOn(request, item.site_id);
    const [site, main, revisionCount] = await Promise.all([
      getSiteRef(db, item.site_id),
      mainSite(db),
      latestRevisionNumber(db, item.id),
    ]);
    if (!site) throw notFound();
    const editable = caps.write && isEditable(item.status);
    const csrf = csrfToken(request);
    let form: ContentFormProps | null = null;
    if (editable) {
      const values = opts.values ?? valuesFromItem(item);
      form = {
        mode: "edit",
        action: `/admin/noi-dung/${item.id}`,
        recheckAction: `/admin/noi-dung/${item.id}/chinh-ta`,
        csrf,
        values,
        errors: opts.errors,
        ...(await formOptions(item.site_id, values.cover_media_id || null)),
      };
    }
    const lockedReason = editable
      ? null
      : caps.write
        ? tc("portal.content.lockedNotice", { status: tc(`portal.status.${item.status}`) })
        : tc("portal.content.noWriteNotice");
    const origin = item.origin_id ? await getItem(db, item.origin_id) : undefined;
    const originSite = origin ? await getSiteRef(db, origin.site_id) : undefined;
    const canPromote =
      main !== undefined &&
      site.kind === "component" &&
      item.kind !== "page" &&
      item.status === "published" &&
      can(request.staff, APPROVE_ROLES, { siteId: main.id });
    const copy = main && site.kind === "component" ? await promotedCopy(db, item.id, main.id) : undefined;
    const promote =
      canPromote && main && !copy
        ? {
            action: `/admin/noi-dung/${item.id}/dua-len-cong-chinh`,
            categoryOptions: flattenCategories(await listSiteCategories(db, main.id)),
            siteName: site.name_vi,
          }
        : null;
    const errors = { ...(opts.workflowErrors ?? {}), ...(opts.errors ?? {}) };
    return sendAdminPage(
      request,
      reply,
      tc("portal.content.editTitle", { title: item.title }),
      <EditView
        item={item}
        siteName={site.name_vi}
        publicPath={item.status === "published" ? publicItemPath(site, item) : null}
        revisionCount={revisionCount}
        originSiteName={originSite?.name_vi ?? null}
        workflow={{
          item,
          csrf,
          actions: availableActions(item.status, caps),
          scheduleValue: opts.scheduleValue ?? formatVnDateTime(item.publish_at),
          commentValue: opts.commentValue ?? "",
          royalty: await royaltyPanel(db, item, opts.royaltyInput),
          errors: opts.workflowErrors,
        }}
        form={form}
        spellcheck={site.kind === "english" ? null : await spellcheckPanelFor(request, item, opts.values)}
        lockedReason={lockedReason}
        uploadAction={
          editable ? `/admin/noi-dung/${item.id}/anh-bia?_csrf=${encodeURIComponent(csrf)}` : null
        }
        uploadErrors={opts.uploadErrors}
        promote={promote}
        promotedCopy={copy ? { id: copy.id } : null}
        editorScript={editable ? await bundleUrl(request) : null}
        errors={opts.uploadErrors ? undefined : Object.keys(errors).length > 0 ? errors : undefined}
      />,
      status,
    );
  }

  app.get<IdParams>("/admin/noi-dung/:id", { config: EDITORIAL }, async (request, reply) => {
    const item = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, item);
    // Opening an item of a site counts as reviewing that site (duty tracking, SPEC §F3).
    noteSiteReview(request, item.site_id);
    return sendEdit(request, reply, item);
  });

  // ---- save ----

  app.post<IdParams>("/admin/noi-dung/:id", { config: EDITORIAL }, async (request, reply) => {
    const current = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, current);
    const caps = capsOn(request, current.site_id);
    if (!caps.write) throw forbidden();
    const values = contentValuesFromBody(request.body);
    values.site_id = current.site_id;
    if (!isEditable(current.status)) {
      const errors = {
        _: tc("portal.content.error.locked", { status: tc(`portal.status.${current.status}`) }),
      };
      return sendEdit(request, reply, current, { workflowErrors: errors }, 409);
    }
    const checked = checkContentValues(values, msg, { requireVersion: true });
    let errors: Record<string, string> = checked.ok ? {} : checked.errors;
    let sanitized: ReturnType<typeof sanitizeBody> | null = null;
    if (checked.ok) {
      errors = await checkReferences(request, current.site_id, checked.input);
      sanitized = sanitizeBody(checked.input.bodyHtml);
      if (sanitized.droppedImages > 0) {
        errors.body_html = tc("portal.content.error.bodyImages", { count: sanitized.droppedImages });
      }
      const slug = wantedSlug(checked.input);
      if (slug !== current.slug && (await slugTaken(db, current.site_id, slug, current.id))) {
        const suggestion = await freeSlug(db, current.site_id, slug, current.id);
        errors.slug = tc("portal.content.error.slugTaken", { slug, suggestion });
      }
    }
    if (!checked.ok || !sanitized || Object.keys(errors).length > 0) {
      return sendEdit(request, reply, current, { values, errors }, 422);
    }
    const input = checked.input;
    const body = sanitized;
    const actor = actorFrom(request);
    const outcome = await inTransaction(db, async (tx) => {
      const locked = await getItemForUpdate(tx, current.id);
      if (!locked) return { kind: "gone" as const };
      if (locked.version !== input.version) return { kind: "stale" as const, item: locked };
      if (!isEditable(locked.status)) return { kind: "locked" as const, item: locked };
      const slug =
        wantedSlug(input) === locked.slug
          ? locked.slug
          : await freeSlug(tx, locked.site_id, wantedSlug(input), locked.id);
      const updated = await updateItemIfVersion(tx, locked.id, locked.version, {
        kind: input.kind,
        category_id: input.categoryId,
        title: input.title,
        slug,
        lead: input.lead,
        body_html: body.html,
        body_text: body.text,
        cover_media_id: input.coverMediaId,
        cover_alt: input.coverAlt,
        cover_caption: input.coverCaption,
        author: input.author,
        source: input.source,
        is_repost: input.isRepost,
        tags: input.tags,
        publish_at: input.publishAt,
        expire_at: input.expireAt,
        updated_by: actor.id,
      });
      if (!updated) return { kind: "stale" as const, item: locked };
      const revision = await insertRevision(tx, updated, actor.id, null);
      await recordAudit(tx, actor, {
        action: "content.update",
        entityType: "content_item",
        entityId: updated.id,
        summary: tc("portal.content.audit.update", { title: updated.title }),
        before: {
          ...revisionFields(locked),
          title: locked.title,
          lead: locked.lead,
          body_text: locked.body_text,
        },
        after: {
          ...revisionFields(updated),
          title: updated.title,
          lead: updated.lead,
          body_text: updated.body_text,
        },
      });
      return { kind: "saved" as const, item: updated, revision: revision.number };
    });
    if (outcome.kind === "gone") throw notFound();
    if (outcome.kind === "stale") {
      const names = await staffNames(db, [outcome.item.updated_by]);
      const errs = {
        _: tc("portal.content.error.stale", {
          name: names.get(outcome.item.updated_by ?? "") ?? tc("portal.revisions.unknownPerson"),
          time: formatDateTime(outcome.item.updated_at),
          version: outcome.item.version,
        }),
      };
      // The input stays on the form with the version it was based on, so sending it again cannot overwrite either.
      return sendEdit(request, reply, outcome.item, { values, errors: errs }, 409);
    }
    if (outcome.kind === "locked") {
      const errors = {
        _: tc("portal.content.error.locked", { status: tc(`portal.status.${outcome.item.status}`) }),
      };
      return sendEdit(request, reply, outcome.item, { workflowErrors: errors }, 409);
    }
    purgeFor(request, outcome.item.site_id, outcome.item.id);
    await setFlash(
      request,
      tc("portal.content.saved", { title: outcome.item.title, revision: outcome.revision }),
    );
    return reply.redirect(`/admin/noi-dung/${outcome.item.id}`, 303);
  });

  // ---- spell check of the text being edited (the form's button; works without JavaScript) ----

  app.post<IdParams>("/admin/noi-dung/:id/chinh-ta", { config: EDITORIAL }, async (request, reply) => {
    const current = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, current);
    if (!capsOn(request, current.site_id).write) throw forbidden();
    if (!isEditable(current.status)) return sendEdit(request, reply, current);
    // Nothing is saved: the page comes back with the form as typed and the warnings for that text.
    const values = contentValuesFromBody(request.body);
    values.site_id = current.site_id;
    return sendEdit(request, reply, current, { values });
  });

  // ---- workflow ----

  app.post<IdParams>("/admin/noi-dung/:id/quy-trinh", { config: EDITORIAL }, async (request, reply) => {
    const current = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, current);
    const caps = capsOn(request, current.site_id);
    if (!caps.write && !caps.approve) throw forbidden();
    const b = bodyRecord(request.body);
    const actionRaw = formString(b.action);
    const comment = formString(b.comment).trim();
    const scheduleRaw = formString(b.schedule_at).trim();
    const versionRaw = formString(b.version).trim();
    const keep = { scheduleValue: scheduleRaw, commentValue: comment, royaltyInput: royaltyRaw(b) };
    if (!isPersonAction(actionRaw)) {
      return sendEdit(
        request,
        reply,
        current,
        { ...keep, workflowErrors: { _: tc("portal.workflow.error.unknownAction") } },
        422,
      );
    }
    const action: WorkflowAction = actionRaw;
    const actionLabel = tc(`portal.workflow.${action}`);
    if (comment.length > LIMITS.comment) {
      const errors = {
        comment: msg("validation.tooLong", { field: tc("portal.workflow.comment"), max: LIMITS.comment }),
      };
      return sendEdit(request, reply, current, { ...keep, workflowErrors: errors }, 422);
    }
    let publishAt: Date | null = null;
    if (action === "schedule") {
      const parsed = parseVnDateTime(scheduleRaw);
      if (!parsed.ok) {
        const errors = {
          schedule_at: tc("portal.content.error.dateTime", { field: tc("portal.workflow.scheduleAt") }),
        };
        return sendEdit(request, reply, current, { ...keep, workflowErrors: errors }, 422);
      }
      publishAt = parsed.value;
    }
    // The royalty assessment is checked before anything is written: an out-of-range one publishes nothing.
    const royalty = await prepareRoyalty(db, action, b, caps.approve);
    if (royalty.kind === "invalid") {
      return sendEdit(request, reply, current, { ...keep, workflowErrors: royalty.errors }, 422);
    }
    const actor = actorFrom(request);
    const now = new Date();
    const outcome = await inTransaction(db, async (tx) => {
      const item = await getItemForUpdate(tx, current.id);
      if (!item) return { kind: "gone" as const };
      if (versionRaw !== "" && versionRaw !== String(item.version)) return { kind: "stale" as const, item };
      const result = transition(item.status, action, caps, {
        now,
        publishAt,
        comment,
        expireAt: item.expire_at,
      });
      if (!result.ok) return { kind: "refused" as const, item, result };
      const updated = await applyTransition(tx, services.jobs, item, action, actor, {
        now,
        publishAt,
        comment,
      });
      await saveRoyalty(tx, actor, updated, royalty, now);
      return { kind: "done" as const, item: updated };
    });
    if (outcome.kind === "gone") throw notFound();
    if (outcome.kind === "stale") {
      const errors = { _: tc("portal.content.error.staleWorkflow", { version: outcome.item.version }) };
      return sendEdit(request, reply, outcome.item, { ...keep, workflowErrors: errors }, 409);
    }
    if (outcome.kind === "refused") {
      const { refusal, status } = outcome.result;
      const field =
        refusal === "commentRequired" ? "comment" : refusal.startsWith("publishAt") ? "schedule_at" : "_";
      const errors = {
        [field]: tc(`portal.workflow.error.${refusal}`, {
          action: actionLabel,
          status: tc(`portal.status.${outcome.item.status}`),
        }),
      };
      return sendEdit(request, reply, outcome.item, { ...keep, workflowErrors: errors }, status);
    }
    purgeFor(request, outcome.item.site_id, outcome.item.id);
    await setFlash(
      request,
      tc(`portal.workflow.done.${action}`, {
        title: outcome.item.title,
        time: formatVnDateTime(outcome.item.publish_at),
      }),
    );
    return reply.redirect(`/admin/noi-dung/${outcome.item.id}`, 303);
  });

  // ---- cover upload (multipart; CSRF token in the query, see platform/auth/csrf.ts) ----

  app.post<IdParams>("/admin/noi-dung/:id/anh-bia", { config: EDITORIAL }, async (request, reply) => {
    const current = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, current);
    if (!capsOn(request, current.site_id).write) throw forbidden();
    const fail = (errors: Record<string, string>, status: number) =>
      sendEdit(request, reply, current, { uploadErrors: errors }, status);
    if (!request.isMultipart()) return fail({ file: tc("portal.content.error.notMultipart") }, 415);
    if (!isEditable(current.status)) {
      return fail(
        { file: tc("portal.content.error.locked", { status: tc(`portal.status.${current.status}`) }) },
        409,
      );
    }
    let buffer: Buffer | null = null;
    let fileName = "";
    const fields: Record<string, string> = {};
    try {
      for await (const part of request.parts()) {
        if (part.type === "file") {
          if (part.fieldname === "file" && buffer === null) {
            buffer = await part.toBuffer();
            fileName = part.filename;
          } else {
            part.file.resume();
          }
        } else if (typeof part.value === "string") {
          fields[part.fieldname] = part.value.normalize("NFC").trim();
        }
      }
    } catch (err) {
      if (err instanceof app.multipartErrors.RequestFileTooLargeError) {
        return fail({ file: tc("portal.content.error.fileTooLarge") }, 413);
      }
      return fail({ file: tc("portal.content.error.noFile") }, 400);
    }
    if (!buffer || buffer.length === 0) return fail({ file: tc("portal.content.error.noFile") }, 422);
    const alt = (fields.alt ?? "").slice(0, LIMITS.coverAlt + 1);
    const caption = (fields.caption ?? "").slice(0, LIMITS.coverCaption + 1);
    if (alt === "") return fail({ alt: tc("portal.content.error.coverAltRequired") }, 422);
    if (alt.length > LIMITS.coverAlt || caption.length > LIMITS.coverCaption) {
      return fail(
        {
          alt: msg("validation.tooLong", {
            field: tc("portal.content.field.cover_alt"),
            max: LIMITS.coverAlt,
          }),
        },
        422,
      );
    }
    const file = buffer;
    const actor = actorFrom(request);
    let outcome:
      | { kind: "done"; item: ContentItem }
      | { kind: "locked"; item: ContentItem }
      | { kind: "gone" };
    try {
      outcome = await inTransaction(db, async (tx) => {
        const item = await getItemForUpdate(tx, current.id);
        if (!item) return { kind: "gone" as const };
        if (!isEditable(item.status)) return { kind: "locked" as const, item };
        const media = await ingestFile(services, tx, {
          buffer: file,
          originalName: fileName || "anh-dai-dien",
          siteId: item.site_id,
          uploadedBy: actor.id,
          alt,
          caption: caption || null,
          allowedKinds: ["image"],
        });
        const updated = await updateItemIfVersion(tx, item.id, item.version, {
          cover_media_id: media.id,
          cover_alt: alt,
          cover_caption: caption || null,
          updated_by: actor.id,
        });
        if (!updated) return { kind: "gone" as const };
        await insertRevision(tx, updated, actor.id, tc("portal.revisions.note.cover"));
        await recordAudit(tx, actor, {
          action: "content.cover_upload",
          entityType: "content_item",
          entityId: item.id,
          summary: tc("portal.content.audit.cover", { title: item.title }),
          before: {
            cover_media_id: item.cover_media_id,
            cover_alt: item.cover_alt,
            cover_caption: item.cover_caption,
          },
          after: { cover_media_id: media.id, cover_alt: alt, cover_caption: caption || null },
        });
        return { kind: "done" as const, item: updated };
      });
    } catch (err) {
      if (err instanceof AppError && err.statusCode < 500) {
        const message = t("vi", err.messageKey, err.params);
        const errors: Record<string, string> = { ...err.fields };
        if (errors.file === undefined && errors.alt === undefined) errors.file = message;
        return fail(errors, err.statusCode);
      }
      throw err;
    }
    if (outcome.kind === "gone") throw notFound();
    if (outcome.kind === "locked") {
      return fail(
        { file: tc("portal.content.error.locked", { status: tc(`portal.status.${outcome.item.status}`) }) },
        409,
      );
    }
    purgeFor(request, outcome.item.site_id, outcome.item.id);
    await setFlash(request, tc("portal.content.coverUploaded", { title: outcome.item.title }));
    return reply.redirect(`/admin/noi-dung/${outcome.item.id}`, 303);
  });

  // ---- revisions ----

  app.get<IdParams>("/admin/noi-dung/:id/phien-ban", { config: EDITORIAL }, async (request, reply) => {
    const item = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, item);
    const rows = await listRevisions(db, item.id);
    return sendAdminPage(
      request,
      reply,
      tc("portal.revisions.title", { title: item.title }),
      <RevisionListView item={item} rows={rows} />,
    );
  });

  async function loadRevision(request: FastifyRequest<RevisionParams>) {
    const item = await loadItemOr404(request, request.params.id);
    await assertCanSee(request, item);
    const raw = request.params.number;
    if (!/^\d{1,9}$/.test(raw)) throw notFound();
    const revision = await getRevision(db, item.id, Number(raw));
    if (!revision) throw notFound();
    return { item, revision };
  }

  async function fieldChanges(
    revisionFieldsRaw: Record<string, unknown>,
    item: ContentItem,
  ): Promise<FieldChange[]> {
    const before = revisionFieldsRaw;
    const after = revisionFields(item);
    const categories = await categoryNames(db, [before.category_id, after.category_id].filter(isUuid));
    const show = (key: string, value: unknown): string => {
      if (value === null || value === undefined) return "";
      if (key === "category_id") return categories.get(String(value)) ?? "";
      if (key === "kind") return tc(`portal.kind.${String(value)}`);
      if (key === "is_repost") return value ? "✓" : "";
      if (key === "tags" && Array.isArray(value)) return value.join(", ");
      if (key === "publish_at" || key === "expire_at") return formatVnDateTime(String(value));
      return String(value);
    };
    const changes: FieldChange[] = [];
    for (const key of Object.keys(after)) {
      const b = show(key, before[key]);
      const a = show(key, after[key as keyof typeof after]);
      if (a !== b) changes.push({ label: tc(`portal.content.field.${key}`), before: b, after: a });
    }
    return changes;
  }

  app.get<RevisionParams>(
    "/admin/noi-dung/:id/phien-ban/:number",
    { config: EDITORIAL },
    async (request, reply) => {
      const { item, revision } = await loadRevision(request);
      const older = sanitizeBody(revision.body_html).text;
      const title = diffText(revision.title, item.title);
      const lead = diffText(revision.lead ?? "", item.lead ?? "");
      const body = diffText(older, item.body_text);
      const fields = await fieldChanges(revision.fields ?? {}, item);
      const caps = capsOn(request, item.site_id);
      const unchanged = !hasChanges(title) && !hasChanges(lead) && !hasChanges(body) && fields.length === 0;
      return sendAdminPage(
        request,
        reply,
        tc("portal.revisions.diffTitle", { number: revision.number, title: item.title }),
        <RevisionDiffView
          item={item}
          number={revision.number}
          who={revision.created_by_name ?? tc("portal.revisions.unknownPerson")}
          when={revision.created_at}
          title={title}
          lead={lead}
          body={body}
          fields={fields}
          unchanged={unchanged}
          csrf={csrfToken(request)}
          canRestore={caps.write && isEditable(item.status)}
          restoreBlockedReason={
            caps.write && !isEditable(item.status)
              ? tc("portal.revisions.restoreLocked", { status: tc(`portal.status.${item.status}`) })
              : null
          }
        />,
      );
    },
  );

  app.post<RevisionParams>(
    "/admin/noi-dung/:id/phien-ban/:number/khoi-phuc",
    { config: EDITORIAL },
    async (request, reply) => {
      const { item: current, revision } = await loadRevision(request);
      if (!capsOn(request, current.site_id).write) throw forbidden();
      const versionRaw = formString(bodyRecord(request.body).version).trim();
      const actor = actorFrom(request);
      const f = (revision.fields ?? {}) as Record<string, unknown>;
      const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
      const date = (v: unknown): Date | null => {
        const d = typeof v === "string" ? new Date(v) : null;
        return d && !Number.isNaN(d.getTime()) ? d : null;
      };
      const body = sanitizeBody(revision.body_html);
      const outcome = await inTransaction(db, async (tx) => {
        const item = await getItemForUpdate(tx, current.id);
        if (!item) return { kind: "gone" as const };
        if (versionRaw !== "" && versionRaw !== String(item.version)) return { kind: "stale" as const, item };
        if (!isEditable(item.status)) return { kind: "locked" as const, item };
        // References that no longer hold (a category moved away, a deleted image) keep the current value.
        const categoryId = str(f.category_id);
        const category = categoryId && isUuid(categoryId) ? await getCategory(tx, categoryId) : undefined;
        const coverId = str(f.cover_media_id);
        const cover = coverId && isUuid(coverId) ? await getMediaRef(tx, coverId) : undefined;
        const slug = str(f.slug);
        const slugFree =
          slug !== null && (slug === item.slug || !(await slugTaken(tx, item.site_id, slug, item.id)));
        const kind = str(f.kind);
        const updated = await updateItemIfVersion(tx, item.id, item.version, {
          title: revision.title,
          lead: revision.lead,
          body_html: body.html,
          body_text: body.text,
          kind:
            kind && (CONTENT_KINDS as readonly string[]).includes(kind) ? (kind as ContentKind) : item.kind,
          category_id:
            category && category.site_id === item.site_id
              ? category.id
              : categoryId === null
                ? null
                : item.category_id,
          slug: slugFree && slug ? slug : item.slug,
          cover_media_id: cover ? cover.id : coverId === null ? null : item.cover_media_id,
          cover_alt: cover || coverId === null ? str(f.cover_alt) : item.cover_alt,
          cover_caption: cover || coverId === null ? str(f.cover_caption) : item.cover_caption,
          author: str(f.author),
          source: str(f.source),
          is_repost: f.is_repost === true,
          tags: Array.isArray(f.tags) ? f.tags.filter((x): x is string => typeof x === "string") : item.tags,
          publish_at: date(f.publish_at),
          expire_at: date(f.expire_at),
          updated_by: actor.id,
        });
        if (!updated) return { kind: "stale" as const, item };
        const added = await insertRevision(
          tx,
          updated,
          actor.id,
          tc("portal.revisions.note.restored", { number: revision.number }),
        );
        await recordAudit(tx, actor, {
          action: "content.restore",
          entityType: "content_item",
          entityId: item.id,
          summary: tc("portal.content.audit.restore", { number: revision.number, title: updated.title }),
          before: { ...revisionFields(item), title: item.title, lead: item.lead, body_text: item.body_text },
          after: {
            ...revisionFields(updated),
            title: updated.title,
            lead: updated.lead,
            body_text: updated.body_text,
            restored_from: revision.number,
          },
        });
        return { kind: "done" as const, item: updated, revision: added.number };
      });
      if (outcome.kind === "gone") throw notFound();
      if (outcome.kind === "stale") {
        const errors = { _: tc("portal.content.error.staleWorkflow", { version: outcome.item.version }) };
        return sendEdit(request, reply, outcome.item, { workflowErrors: errors }, 409);
      }
      if (outcome.kind === "locked") {
        const errors = {
          _: tc("portal.revisions.restoreLocked", { status: tc(`portal.status.${outcome.item.status}`) }),
        };
        return sendEdit(request, reply, outcome.item, { workflowErrors: errors }, 409);
      }
      purgeFor(request, outcome.item.site_id, outcome.item.id);
      await setFlash(
        request,
        tc("portal.revisions.restored", { number: revision.number, revision: outcome.revision }),
      );
      return reply.redirect(`/admin/noi-dung/${outcome.item.id}`, 303);
    },
  );

  // ---- promote to the main portal ----

  app.post<IdParams>(
    "/admin/noi-dung/:id/dua-len-cong-chinh",
    { config: EDITORIAL },
    async (request, reply) => {
      const origin = await loadItemOr404(request, request.params.id);
      await assertCanSee(request, origin);
      const main = await mainSite(db);
      if (!main) throw new AppError(409, "conflict", "portal.promote.error.noMainSite");
      if (!can(request.staff, APPROVE_ROLES, { siteId: main.id })) throw forbidden();
      const site = await getSiteRef(db, origin.site_id);
      if (!site) throw notFound();
      const categoryRaw = formString(bodyRecord(request.body).promote_category_id).trim().toLowerCase();
      const refuse = (key: string, status = 409) =>
        sendEdit(request, reply, origin, { workflowErrors: { _: tc(key) } }, status);
      if (site.kind !== "component") return refuse("portal.promote.error.notComponent");
      if (origin.kind === "page") return refuse("portal.promote.error.notArticle");
      if (origin.status !== "published") return refuse("portal.promote.error.notPublished");
      let categoryId: string | null = null;
      if (categoryRaw !== "") {
        const category = isUuid(categoryRaw) ? await getCategory(db, categoryRaw) : undefined;
        if (!category || category.site_id !== main.id) {
          return sendEdit(
            request,
            reply,
            origin,
            { workflowErrors: { promote_category_id: tc("portal.content.error.categoryOtherSite") } },
            422,
          );
        }
        categoryId = category.id;
      }
      const actor = actorFrom(request);
      const now = new Date();
      const outcome = await inTransaction(db, async (tx) => {
        // Locking the origin serialises two approvers promoting at once; the unique index is the last guard.
        const item = await getItemForUpdate(tx, origin.id);
        if (item?.status !== "published") return { kind: "notPublished" as const };
        if (await promotedCopy(tx, item.id, main.id)) return { kind: "already" as const };
        const slug = await freeSlug(tx, main.id, item.slug, null);
        const copy = await insertItem(tx, {
          id: uuidv7(),
          site_id: main.id,
          kind: item.kind,
          category_id: categoryId,
          title: item.title,
          slug,
          lead: item.lead,
          body_html: item.body_html,
          body_text: item.body_text,
          cover_media_id: item.cover_media_id,
          cover_alt: item.cover_alt,
          cover_caption: item.cover_caption,
          author: item.author,
          source: site.name_vi,
          is_repost: true,
          tags: item.tags,
          status: "published",
          published_at: now,
          expire_at: item.expire_at,
          origin_id: item.id,
          created_by: actor.id,
          updated_by: actor.id,
          approved_by: actor.id,
          created_at: now,
          updated_at: now,
        });
        await insertRevision(
          tx,
          copy,
          actor.id,
          tc("portal.revisions.note.promoted", { site: site.name_vi }),
        );
        if (copy.expire_at && copy.expire_at > now)
          await enqueueExpire(services.jobs, tx, copy.id, copy.expire_at);
        await recordAudit(tx, actor, {
          action: "content.promote",
          entityType: "content_item",
          entityId: copy.id,
          summary: tc("portal.content.audit.promote", { title: item.title }),
          before: { origin_id: item.id, origin_site: site.name_vi, origin_slug: item.slug },
          after: {
            ...workflowSnapshot(copy),
            site_id: main.id,
            slug: copy.slug,
            origin_id: item.id,
            source: copy.source,
          },
        });
        return { kind: "done" as const, copy };
      }).catch((err: unknown) => {
        // Two promotions at the same instant: the second hits content_items_origin_site_key.
        if ((err as { code?: string }).code === "23505") return { kind: "already" as const };
        throw err;
      });
      if (outcome.kind === "already") return refuse("portal.promote.error.already");
      if (outcome.kind === "notPublished") return refuse("portal.promote.error.notPublished");
      purgeFor(request, main.id, outcome.copy.id);
      await setFlash(request, tc("portal.promote.done", { title: outcome.copy.title }));
      return reply.redirect(`/admin/noi-dung/${outcome.copy.id}`, 303);
    },
  );
}
