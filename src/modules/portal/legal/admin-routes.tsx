import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { t } from "../../../platform/i18n/index.js";
import type { Role } from "../../../platform/rbac/roles.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { formatLimit, SIZE_LIMITS } from "../media/domain/media-policy.js";
import { ingestFile } from "../media/ingest.js";
import type { LegalDocument } from "../tables.js";
import { isoToViDate, todayInVietnam } from "./domain/dates.js";
import { docTypeByKey, docTypeByName } from "./domain/doc-types.js";
import {
  checkDocumentValues,
  type DocumentFormValues,
  emptyDocumentValues,
  OTHER_ISSUER,
} from "./domain/document-input.js";
import { legalFieldFromText } from "./domain/fields.js";
import { replacementLabel } from "./domain/replacement.js";
import { inScope, REGISTER_ROLES } from "./domain/scope.js";
import {
  duplicateMessage,
  issuerOptions,
  loadRegisterContext,
  purgeTagsFor,
  type RegisterContext,
  resolveEntry,
  scopeList,
  statusToday,
} from "./register.js";
import {
  addDocumentFiles,
  createLegalDocument,
  type DocumentDetail,
  documentFiles,
  findDuplicate,
  getDocumentDetail,
  getDocumentForUpdate,
  isDuplicateLegalDocument,
  listDocuments,
  listFacets,
  recentDocumentsForPicker,
  removeDocumentFiles,
  updateLegalDocument,
} from "./store.js";
import {
  documentValuesFromForm,
  MAX_FILES_PER_SAVE,
  type MultipartForm,
  readMultipartForm,
} from "./upload.js";
import { DocumentForm } from "./views/admin-form.js";
import { type AdminListFilters, AdminListView } from "./views/admin-list.js";
import { problemsToErrors, tl } from "./views/text.js";

export const REGISTER_ACCESS = { access: { roles: REGISTER_ROLES as readonly Role[] } };
const PAGE_SIZE = 50;

type IdParams = { Params: { id: string } };

/** Thrown inside a transaction to roll back what was written (stored files) and show the form again. */
class FormRefused extends Error {
  constructor(readonly errors: Errors) {
    super("form refused");
  }
}

function query(request: FastifyRequest): Record<string, unknown> {
  return (request.query ?? {}) as Record<string, unknown>;
}

function str(value: unknown, max = 200): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.trim().slice(0, max) : "";
}

function valuesFromDetail(detail: DocumentDetail): DocumentFormValues {
  const { doc } = detail;
  return {
    number_symbol: doc.number_symbol,
    doc_type: docTypeByName(doc.doc_type)?.key ?? "",
    issuer_unit_id: doc.issuer_unit_id ?? OTHER_ISSUER,
    issuer_other: doc.issuer_unit_id ? "" : doc.issuer_name,
    signer_name: doc.signer_name ?? "",
    signer_position: doc.signer_position ?? "",
    issued_on: isoToViDate(doc.issued_on),
    effective_on: isoToViDate(doc.effective_on),
    expires_on: isoToViDate(doc.expires_on),
    replaced_by: detail.replacement ? replacementLabel(detail.replacement) : "",
    field: doc.field ? (legalFieldFromText(doc.field)?.key ?? "") : "",
    summary: doc.summary,
    published: doc.published,
  };
}

function uploadProblem(form: MultipartForm): Errors {
  if (form.problem === "tooLarge")
    return { files: tl("legal.files.tooLarge", { limit: formatLimit(SIZE_LIMITS.pdf) }) };
  if (form.problem === "tooMany") return { files: tl("legal.files.tooMany", { max: MAX_FILES_PER_SAVE }) };
  if (form.problem === "broken") return { files: tl("legal.form.badUpload") };
  return {};
}

/** The public address of a published document (main portal). */
function publicHref(doc: Pick<LegalDocument, "id" | "published">): string | null {
  return doc.published ? `/van-ban/${doc.id}` : null;
}

/**
 * The register's admin side: list with filters, register and edit with PDFs (multipart), every write in one
 * transaction with its audit row, public pages purged after commit. A person sees and edits only documents of the
 * units in their scope (domain/scope.ts); another unit's document answers 403.
 */
export async function legalAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const services = app.services;

  registerAdminNav({ label: tl("legal.nav"), href: "/admin/van-ban", roles: REGISTER_ROLES, order: 45 });

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: RegisterContext,
    opts: {
      values: DocumentFormValues;
      errors?: Errors;
      current?: DocumentDetail;
      removeFiles?: string[];
      status?: number;
    },
  ) {
    const suggestions = await recentDocumentsForPicker(db, scopeList(ctx.scope));
    const current = opts.current;
    const title = current
      ? tl("legal.admin.editTitle", { ns: current.doc.number_symbol })
      : tl("legal.admin.create");
    return sendAdminPage(
      request,
      reply,
      title,
      <DocumentForm
        action={current ? `/admin/van-ban/${current.doc.id}` : "/admin/van-ban"}
        csrf={csrfToken(request)}
        values={opts.values}
        errors={opts.errors}
        issuerOptions={issuerOptions(ctx, current?.doc.issuer_unit_id ?? null)}
        currentFiles={current?.files}
        removeFiles={opts.removeFiles}
        suggestions={suggestions.filter((s) => s.id !== current?.doc.id).map((s) => replacementLabel(s))}
        pdfLimit={formatLimit(SIZE_LIMITS.pdf)}
        publicHref={current ? publicHref(current.doc) : null}
      />,
      opts.status ?? 200,
    );
  }

  async function loadOwned(request: FastifyRequest<IdParams>, ctx: RegisterContext): Promise<DocumentDetail> {
    const id = request.params.id;
    if (!UUID_PATTERN.test(id)) throw notFound();
    const detail = await getDocumentDetail(db, id.toLowerCase());
    if (!detail) throw notFound();
    if (!inScope(ctx.scope, detail.doc.owner_unit_id)) throw forbidden();
    return detail;
  }

  /** Stores the uploaded PDFs through the media library (content hash, type sniffing, size limit). */
  async function ingestPdfs(
    tx: Parameters<typeof ingestFile>[1],
    request: FastifyRequest,
    form: MultipartForm,
    siteId: string | null,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const file of form.files) {
      if (file.fieldname !== "files") continue;
      try {
        const media = await ingestFile(services, tx, {
          buffer: file.buffer,
          originalName: file.filename || "van-ban.pdf",
          siteId,
          uploadedBy: request.staff?.id ?? null,
          allowedKinds: ["pdf"],
        });
        ids.push(media.id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        throw new FormRefused({
          files: tl("legal.files.notPdf", {
            name: file.filename,
            message: t("vi", err.messageKey, err.params),
          }),
        });
      }
    }
    return ids;
  }

  app.get("/admin/van-ban", { config: REGISTER_ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const ctx = await loadRegisterContext(db, staff);
    const q = query(request);
    const filters: AdminListFilters = {
      q: str(q.q),
      loai: docTypeByKey(str(q.loai)) ? str(q.loai) : "",
      nam: /^\d{4}$/.test(str(q.nam)) ? str(q.nam) : "",
      cong_khai: ["0", "1"].includes(str(q.cong_khai)) ? str(q.cong_khai) : "",
    };
    const page = Math.min(Math.max(Number.parseInt(str(q.trang), 10) || 1, 1), 10_000);
    const scope = scopeList(ctx.scope);
    const [list, facets] = await Promise.all([
      listDocuments(
        db,
        scope,
        {
          q: filters.q || undefined,
          docType: docTypeByKey(filters.loai)?.vi,
          year: filters.nam ? Number(filters.nam) : undefined,
          published: filters.cong_khai === "" ? undefined : filters.cong_khai === "1",
        },
        { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      ),
      listFacets(db, scope, { publishedOnly: false }),
    ]);
    const today = todayInVietnam(new Date());
    return sendAdminPage(
      request,
      reply,
      tl("legal.admin.title"),
      <AdminListView
        rows={list.rows}
        total={list.total}
        page={page}
        pages={Math.max(1, Math.ceil(list.total / PAGE_SIZE))}
        filters={filters}
        years={facets.years}
        statusOf={(r) => statusToday(r, today)}
      />,
    );
  });

  app.get("/admin/van-ban/moi", { config: REGISTER_ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const ctx = await loadRegisterContext(db, staff);
    const values = emptyDocumentValues();
    if (staff.unitId && inScope(ctx.scope, staff.unitId)) values.issuer_unit_id = staff.unitId;
    return sendForm(request, reply, ctx, { values });
  });

  app.post("/admin/van-ban", { config: REGISTER_ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const form = await readMultipartForm(request);
    const values = documentValuesFromForm(form);
    const ctx = await loadRegisterContext(db, staff);
    const checked = checkDocumentValues(values, todayInVietnam(new Date()));
    let errors: Errors = {
      ...(checked.ok ? {} : problemsToErrors(checked.problems)),
      ...uploadProblem(form),
    };
    let created: LegalDocument | null = null;
    if (checked.ok && Object.keys(errors).length === 0) {
      try {
        created = await inTransaction(db, async (tx) => {
          const entry = await resolveEntry(tx, ctx, checked.data, null);
          if (Object.keys(entry.errors).length > 0) throw new FormRefused(entry.errors);
          const mediaIds = await ingestPdfs(tx, request, form, entry.patch.site_id);
          const doc = await createLegalDocument(tx, {
            numberSymbol: entry.patch.number_symbol,
            docTypeKey: checked.data.type.key,
            issuerUnitId: entry.patch.issuer_unit_id,
            issuerName: entry.patch.issuer_name,
            ownerUnitId: entry.patch.owner_unit_id,
            siteId: entry.patch.site_id,
            signerName: entry.patch.signer_name,
            signerPosition: entry.patch.signer_position,
            issuedOn: entry.patch.issued_on,
            effectiveOn: entry.patch.effective_on,
            expiresOn: entry.patch.expires_on,
            replacedById: entry.patch.replaced_by_id,
            fieldKey: checked.data.field?.key ?? null,
            summary: entry.patch.summary,
            published: entry.patch.published,
            createdBy: staff.id,
            mediaIds,
          });
          await recordAudit(tx, actorFrom(request), {
            action: "legal_document.create",
            entityType: "legal_document",
            entityId: doc.id,
            summary: `${doc.doc_type} ${doc.number_symbol}`,
            after: { ...doc, search: undefined, files: mediaIds },
          });
          return doc;
        });
      } catch (err) {
        if (err instanceof FormRefused) errors = err.errors;
        else if (isDuplicateLegalDocument(err)) {
          const dup = await findDuplicate(
            db,
            {
              numberSymbol: checked.data.numberSymbol.text,
              issuerName:
                checked.data.issuer.kind === "other"
                  ? checked.data.issuer.name
                  : (ctx.units.find(
                      (u) => checked.data.issuer.kind === "unit" && u.id === checked.data.issuer.unitId,
                    )?.name_vi ?? ""),
              year: Number(checked.data.issuedOn.slice(0, 4)),
            },
            null,
          );
          errors = { number_symbol: dup ? duplicateMessage(dup) : tl("errors.conflict") };
        } else throw err;
      }
    }
    if (!created) {
      if (form.files.length > 0 && !errors.files) errors.files = tl("legal.files.chooseAgain");
      return sendForm(request, reply, ctx, { values, errors, status: 422 });
    }
    services.pageCache.purge(purgeTagsFor(ctx.units, ctx.sites, [created.owner_unit_id]));
    await setFlash(request, tl("legal.admin.created", { ns: created.number_symbol }));
    return reply.redirect(`/admin/van-ban/${created.id}`, 303);
  });

  app.get<IdParams>("/admin/van-ban/:id", { config: REGISTER_ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const ctx = await loadRegisterContext(db, staff);
    const detail = await loadOwned(request, ctx);
    return sendForm(request, reply, ctx, { values: valuesFromDetail(detail), current: detail });
  });

  app.post<IdParams>("/admin/van-ban/:id", { config: REGISTER_ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const ctx = await loadRegisterContext(db, staff);
    const current = await loadOwned(request, ctx);
    const form = await readMultipartForm(request);
    const values = documentValuesFromForm(form);
    const removeFiles = (form.fields.remove_file ?? [])
      .filter((id) => UUID_PATTERN.test(id))
      .map((id) => id.toLowerCase());
    const checked = checkDocumentValues(values, todayInVietnam(new Date()));
    let errors: Errors = {
      ...(checked.ok ? {} : problemsToErrors(checked.problems)),
      ...uploadProblem(form),
    };
    let saved: LegalDocument | null = null;
    let ownerBefore: string | null = current.doc.owner_unit_id;
    if (checked.ok && Object.keys(errors).length === 0) {
      try {
        saved = await inTransaction(db, async (tx) => {
          const before = await getDocumentForUpdate(tx, current.doc.id);
          if (!before) throw notFound();
          if (!inScope(ctx.scope, before.owner_unit_id)) throw forbidden();
          ownerBefore = before.owner_unit_id;
          const entry = await resolveEntry(tx, ctx, checked.data, before);
          if (Object.keys(entry.errors).length > 0) throw new FormRefused(entry.errors);
          const filesBefore = await documentFiles(tx, before.id);
          const mediaIds = await ingestPdfs(tx, request, form, entry.patch.site_id);
          const after = await updateLegalDocument(tx, before.id, entry.patch);
          await removeDocumentFiles(tx, before.id, removeFiles);
          await addDocumentFiles(tx, before.id, mediaIds);
          const filesAfter = await documentFiles(tx, before.id);
          await recordAudit(tx, actorFrom(request), {
            action: "legal_document.update",
            entityType: "legal_document",
            entityId: after.id,
            summary: `${after.doc_type} ${after.number_symbol}`,
            before: { ...before, search: undefined, files: filesBefore.map((f) => f.original_name) },
            after: { ...after, search: undefined, files: filesAfter.map((f) => f.original_name) },
          });
          return after;
        });
      } catch (err) {
        if (err instanceof FormRefused) errors = err.errors;
        else if (isDuplicateLegalDocument(err)) errors = { number_symbol: tl("errors.conflict") };
        else throw err;
      }
    }
    if (!saved) {
      if (form.files.length > 0 && !errors.files) errors.files = tl("legal.files.chooseAgain");
      return sendForm(request, reply, ctx, { values, errors, current, removeFiles, status: 422 });
    }
    services.pageCache.purge(purgeTagsFor(ctx.units, ctx.sites, [ownerBefore, saved.owner_unit_id]));
    await setFlash(request, tl("legal.admin.saved", { ns: saved.number_symbol }));
    return reply.redirect(`/admin/van-ban/${saved.id}`, 303);
  });
}
