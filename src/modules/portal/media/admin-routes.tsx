import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { wantsHtml } from "../../../platform/http/request-context.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { t, viCollator } from "../../../platform/i18n/index.js";
import { can, sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import type { Media } from "../tables.js";
import { tm } from "./catalogue.js";
import {
  formString,
  isUuid,
  type MediaTextValues,
  mediaListQuery,
  mediaTextSchema,
  mediaTextsFromBody,
  pageCount,
  parsePage,
} from "./domain/media-input.js";
import { variantName } from "./domain/media-policy.js";
import { ingestFileDetailed } from "./ingest.js";
import { mediaUrl, thumbnailUrl } from "./responsive-image.js";
import {
  deleteMediaRow,
  getMedia,
  getMediaForUpdate,
  hashReferenced,
  isUnused,
  listMedia,
  MEDIA_PAGE_SIZE,
  mediaUsage,
  pickerImages,
  siteNames,
  updateMediaText,
} from "./store.js";
import { MULTIPART_LIMITS, readUploadForm } from "./upload-form.js";
import { MediaEditView, usagePlaces } from "./views/media-edit.js";
import { MediaListView, type SiteOption } from "./views/media-list.js";
import { MediaUploadView, type UploadFormValues } from "./views/media-upload.js";

/** Who works with the library: the editorial roles of a site (system admins pass every check). */
export const MEDIA_ROLES: readonly Role[] = ["editor", "approver", "site_admin"];
const MEDIA_ACCESS = { access: { roles: MEDIA_ROLES } };
const PICKER_PAGE_SIZE = 24;

type IdParams = { Params: { id: string } };

function isSystemAdmin(request: FastifyRequest): boolean {
  return request.staff?.grants.some((g) => g.role === "system_admin") ?? false;
}

/** A site's files are edited by its editorial team; shared files (no site) by system admins only. */
function canEditMedia(request: FastifyRequest, media: Pick<Media, "site_id">): boolean {
  if (media.site_id === null) return isSystemAdmin(request);
  return can(request.staff, MEDIA_ROLES, { siteId: media.site_id });
}

/** What JSON clients (pickers, the editor's upload) get for a file. */
export function mediaJson(media: Media) {
  return {
    id: media.id,
    sha256: media.sha256,
    kind: media.kind,
    mime: media.mime,
    url: mediaUrl(media.sha256),
    thumbnailUrl: media.kind === "image" ? thumbnailUrl(media) : null,
    originalName: media.original_name,
    sizeBytes: Number(media.size_bytes),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    siteId: media.site_id,
    variants: media.variants.map((v) => ({
      name: variantName(v),
      url: mediaUrl(media.sha256, variantName(v)),
      width: v.width,
      height: v.height,
      format: v.format,
    })),
  };
}

function isForeignKeyViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === "23503";
}

function textsOf(media: Media): MediaTextValues {
  return {
    alt: media.alt ?? "",
    caption: media.caption ?? "",
    credit: media.credit ?? "",
    captions: media.captions ?? "",
  };
}

function textLabels(): Record<string, string> {
  return {
    alt: tm("media.field.alt"),
    caption: tm("media.field.caption"),
    credit: tm("media.field.credit"),
    captions: tm("media.field.captions"),
  };
}

export async function mediaAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  // Only this plugin reads multipart bodies; everywhere else a multipart POST stays a 415.
  await app.register(multipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });

  registerAdminNav({ label: tm("media.nav"), href: "/admin/thu-vien", roles: MEDIA_ROLES, order: 32 });

  async function siteOptionsFor(request: FastifyRequest): Promise<SiteOption[]> {
    const staff = request.staff;
    if (!staff) return [];
    const rows = await siteNames(db, sitesFor(staff, MEDIA_ROLES));
    const kindOrder: Record<string, number> = { main: 0, english: 1, component: 2 };
    rows.sort(
      (a, b) =>
        (kindOrder[a.kind] ?? 3) - (kindOrder[b.kind] ?? 3) ||
        a.sort_order - b.sort_order ||
        viCollator.compare(a.name_vi, b.name_vi),
    );
    return rows.map((r) => ({ value: r.id, label: r.name_vi }));
  }

  async function sendUploadForm(
    request: FastifyRequest,
    reply: FastifyReply,
    values: UploadFormValues,
    errors?: FieldErrors,
    status = 200,
  ) {
    const siteOptions = await siteOptionsFor(request);
    const shared = isSystemAdmin(request);
    const chosen = values.site !== "" || shared ? values : { ...values, site: siteOptions[0]?.value ?? "" };
    return sendAdminPage(
      request,
      reply,
      tm("media.upload.title"),
      <MediaUploadView
        csrf={csrfToken(request)}
        values={chosen}
        siteOptions={siteOptions}
        allowShared={shared}
        errors={errors}
      />,
      status,
    );
  }

  async function sendEditPage(
    request: FastifyRequest,
    reply: FastifyReply,
    media: Media,
    opts: { values?: MediaTextValues; errors?: FieldErrors } = {},
    status = 200,
  ) {
    const [usage, site] = await Promise.all([
      mediaUsage(db, media),
      media.site_id ? siteNames(db, [media.site_id]) : Promise.resolve([]),
    ]);
    return sendAdminPage(
      request,
      reply,
      tm("media.edit.title", { name: media.original_name }),
      <MediaEditView
        csrf={csrfToken(request)}
        media={media}
        siteName={site[0]?.name_vi ?? null}
        usage={usage}
        values={opts.values ?? textsOf(media)}
        canEdit={canEditMedia(request, media)}
        errors={opts.errors}
      />,
      status,
    );
  }

  async function loadMedia(id: string): Promise<Media> {
    if (!isUuid(id)) throw notFound();
    const media = await getMedia(db, id.toLowerCase());
    if (!media) throw notFound();
    return media;
  }

  function purgePublic(media: Pick<Media, "id" | "site_id">) {
    app.services.pageCache.purge([`media:${media.id}`, ...(media.site_id ? [`site:${media.site_id}`] : [])]);
  }

  app.get("/admin/thu-vien", { config: MEDIA_ACCESS }, async (request, reply) => {
    const filters = mediaListQuery(request.query);
    const staff = request.staff;
    if (!staff) throw forbidden();
    const visibleSites = sitesFor(staff, MEDIA_ROLES);
    const [siteOptions, { rows, total }] = await Promise.all([
      siteOptionsFor(request),
      listMedia(db, {
        visibleSites,
        siteId: filters.siteId,
        kind: filters.kind,
        q: filters.q,
        page: filters.page,
      }),
    ]);
    return sendAdminPage(
      request,
      reply,
      tm("media.list.title"),
      <MediaListView
        rows={rows}
        total={total}
        pages={pageCount(total, MEDIA_PAGE_SIZE)}
        filters={filters}
        siteOptions={siteOptions}
      />,
    );
  });

  app.get("/admin/thu-vien/tai-len", { config: MEDIA_ACCESS }, async (request, reply) => {
    return sendUploadForm(request, reply, { site: "", alt: "", caption: "", credit: "", captions: "" });
  });

  app.post("/admin/thu-vien", { config: MEDIA_ACCESS }, async (request, reply) => {
    const html = wantsHtml(request);
    const values: UploadFormValues = { site: "", alt: "", caption: "", credit: "", captions: "" };
    const refuse = (err: AppError) => {
      if (!html) throw err;
      const errors = Object.keys(err.fields).length
        ? err.fields
        : { file: t("vi", err.messageKey, err.params) };
      return sendUploadForm(request, reply, values, errors, err.statusCode);
    };

    let form: Awaited<ReturnType<typeof readUploadForm>>;
    try {
      form = await readUploadForm(request);
    } catch (err) {
      if (err instanceof AppError) return refuse(err);
      throw err;
    }
    Object.assign(values, mediaTextsFromBody(form.fields), { site: formString(form.fields.site).trim() });

    const siteId = values.site === "" ? null : values.site.toLowerCase();
    if (siteId !== null && !isUuid(siteId)) {
      return refuse(new AppError(422, "bad_site", "media.error.site", {}, { site: tm("media.error.site") }));
    }
    if (siteId === null ? !isSystemAdmin(request) : !can(request.staff, MEDIA_ROLES, { siteId })) {
      if (siteId === null) {
        return refuse(
          new AppError(422, "site_required", "media.error.site", {}, { site: tm("media.error.site") }),
        );
      }
      throw forbidden();
    }
    if (siteId !== null && (await siteNames(db, [siteId])).length === 0) {
      return refuse(new AppError(422, "bad_site", "media.error.site", {}, { site: tm("media.error.site") }));
    }
    if (!form.file) {
      return refuse(
        new AppError(422, "empty_file", "media.error.empty", {}, { file: tm("media.error.empty") }),
      );
    }
    const file = form.file;

    let result: Awaited<ReturnType<typeof ingestFileDetailed>>;
    try {
      result = await inTransaction(db, async (tx) => {
        const r = await ingestFileDetailed(app.services, tx, {
          buffer: file.buffer,
          originalName: file.filename,
          siteId,
          uploadedBy: request.staff?.id ?? null,
          alt: values.alt,
          caption: values.caption,
          credit: values.credit,
          captions: values.captions,
        });
        if (!r.existing) {
          await recordAudit(tx, actorFrom(request), {
            action: "media.upload",
            entityType: "media",
            entityId: r.media.id,
            summary: r.media.original_name,
            after: r.media,
          });
        }
        return r;
      });
    } catch (err) {
      if (err instanceof AppError) return refuse(err);
      throw err;
    }

    if (!html)
      return reply
        .code(result.existing ? 200 : 201)
        .send({ media: mediaJson(result.media), existing: result.existing });
    await setFlash(
      request,
      result.existing
        ? tm("media.upload.existing")
        : tm("media.upload.done", { name: result.media.original_name }),
    );
    return reply.redirect(`/admin/thu-vien/${result.media.id}`, 303);
  });

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/thu-vien/chon",
    { config: MEDIA_ACCESS },
    async (request, reply) => {
      const site = formString(request.query.site).trim().toLowerCase();
      if (!isUuid(site)) {
        throw new AppError(400, "bad_site", "media.error.site", {}, { site: tm("media.error.site") });
      }
      if (!can(request.staff, MEDIA_ROLES, { siteId: site })) throw forbidden();
      const page = parsePage(request.query.page);
      const q = formString(request.query.q).normalize("NFC").trim().slice(0, 200);
      const rows = await pickerImages(db, {
        siteId: site,
        q,
        limit: PICKER_PAGE_SIZE + 1,
        offset: (page - 1) * PICKER_PAGE_SIZE,
      });
      return reply.header("cache-control", "no-store").send({
        items: rows.slice(0, PICKER_PAGE_SIZE).map(mediaJson),
        page,
        hasMore: rows.length > PICKER_PAGE_SIZE,
      });
    },
  );

  app.get<IdParams>("/admin/thu-vien/:id", { config: MEDIA_ACCESS }, async (request, reply) => {
    const media = await loadMedia(request.params.id);
    if (!wantsHtml(request)) return reply.send({ media: mediaJson(media) });
    return sendEditPage(request, reply, media);
  });

  app.post<IdParams>("/admin/thu-vien/:id", { config: MEDIA_ACCESS }, async (request, reply) => {
    const current = await loadMedia(request.params.id);
    if (!canEditMedia(request, current)) throw forbidden();
    const values = mediaTextsFromBody(request.body);
    const parsed = validate(mediaTextSchema, values, "vi", textLabels());
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    if (current.kind === "image" && values.alt.trim() === "" && !errors.alt) {
      errors.alt = tm("media.error.altRequired");
    }
    if (!parsed.ok || Object.keys(errors).length > 0) {
      return sendEditPage(request, reply, current, { values, errors }, 422);
    }
    const data = parsed.data;
    const playable = current.kind === "video" || current.kind === "audio";
    const updated = await inTransaction(db, async (tx) => {
      const before = await getMediaForUpdate(tx, current.id);
      if (!before) throw notFound();
      const after = await updateMediaText(tx, before.id, {
        alt: data.alt || null,
        caption: data.caption || null,
        credit: data.credit || null,
        captions: playable ? data.captions || null : before.captions,
      });
      await recordAudit(tx, actorFrom(request), {
        action: "media.update",
        entityType: "media",
        entityId: before.id,
        summary: before.original_name,
        before: textsOf(before),
        after: textsOf(after),
      });
      return after;
    });
    purgePublic(updated);
    await setFlash(request, tm("media.edit.saved"));
    return reply.redirect(`/admin/thu-vien/${updated.id}`, 303);
  });

  app.post<IdParams>("/admin/thu-vien/:id/xoa", { config: MEDIA_ACCESS }, async (request, reply) => {
    const current = await loadMedia(request.params.id);
    if (!canEditMedia(request, current)) throw forbidden();
    const inUse = (places: string[]) =>
      new AppError(409, "media_in_use", "media.error.inUse", { places: places.join("; ") });
    let refused: AppError | null = null;
    try {
      await inTransaction(db, async (tx) => {
        const media = await getMediaForUpdate(tx, current.id);
        if (!media) throw notFound();
        const usage = await mediaUsage(tx, media);
        if (!isUnused(usage)) {
          refused = inUse(usagePlaces(usage));
          return;
        }
        await deleteMediaRow(tx, media.id);
        await recordAudit(tx, actorFrom(request), {
          action: "media.delete",
          entityType: "media",
          entityId: media.id,
          summary: media.original_name,
          before: media,
        });
      });
    } catch (err) {
      // A cover or an attachment that took the file between the check and the delete (foreign keys).
      if (!isForeignKeyViolation(err)) throw err;
      refused = inUse(usagePlaces(await mediaUsage(db, current)));
    }
    if (refused) {
      const err: AppError = refused;
      if (!wantsHtml(request)) throw err;
      return sendEditPage(
        request,
        reply,
        current,
        { errors: { delete: t("vi", err.messageKey, err.params) } },
        409,
      );
    }
    // Files go once no row stores them any more (another file's size could be the same bytes).
    for (const sha of [current.sha256, ...current.variants.map((v) => v.sha256)]) {
      if (!(await hashReferenced(db, sha))) await app.services.files.remove(sha);
    }
    purgePublic(current);
    if (!wantsHtml(request)) return reply.code(204).send();
    await setFlash(request, tm("media.edit.deleted", { name: current.original_name }));
    return reply.redirect("/admin/thu-vien", 303);
  });
}
