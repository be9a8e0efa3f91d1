import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { isUniqueViolation } from "../../orgs/db-errors.js";
import { field, readMultipartForm } from "../../portal/legal/upload.js";
import { formatLimit } from "../../portal/media/domain/media-policy.js";
import { formatExemptions } from "../fees/domain/fee-text.js";
import { SERVICES_PATHS } from "../paths.js";
import type { Procedure } from "../tables.js";
import {
  checkProcedure,
  emptyProcedureValues,
  formatDocuments,
  formatFees,
  formatSteps,
  PROCEDURE_FIELDS,
  type ProcedureFormValues,
  problemMessage,
} from "./domain/procedure-input.js";
import { CATALOGUE_ROLES, catalogueScope, mayKeepCatalogue } from "./domain/scope.js";
import { isTemplateType, TEMPLATE_MAX_BYTES, templateFileName } from "./domain/template-file.js";
import { sortVi } from "./domain/text.js";
import {
  type CatalogueUnit,
  codeTaken,
  getProcedure,
  getProcedureForUpdate,
  insertProcedure,
  listCatalogueUnits,
  listFacets,
  listProcedures,
  setDocuments,
  setPublished,
  updateProcedure,
} from "./store.js";
import {
  ADMIN_NEW_PATH,
  type AdminListFilters,
  AdminListPage,
  ProcedureFormPage,
  publishPath,
  templatePath,
} from "./views/admin-pages.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const ACCESS = { access: { roles: CATALOGUE_ROLES } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 50;

function str(value: unknown, max = 20_000): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.normalize("NFC").slice(0, max) : "";
}

/** The editor's values as sent, so a refused form comes back exactly as typed. */
export function valuesFromBody(body: unknown): ProcedureFormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const values = emptyProcedureValues();
  for (const key of Object.keys(values) as (keyof ProcedureFormValues)[]) {
    if (typeof values[key] === "boolean") (values[key] as boolean) = str(b[key]) === "on";
    else (values[key] as string) = str(b[key]);
  }
  return values;
}

export function valuesFromProcedure(p: Procedure): ProcedureFormValues {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    unit_id: p.unit_id,
    level: String(p.level),
    online_submission: p.online_submission,
    online_payment: p.online_payment,
    electronic_result: p.electronic_result,
    legal_basis: p.legal_basis,
    processing_days: String(p.processing_days),
    result_type: p.result_type,
    postal_return: p.postal_return,
    applicants: p.applicants,
    conditions: p.conditions,
    documents: formatDocuments(p.documents, "\n"),
    fees: formatFees(p.fees, "\n"),
    fee_exemptions: formatExemptions(p.fee_exemptions, p.documents, "\n"),
    fee_note: p.fee_note,
    steps: formatSteps(p.steps, "\n"),
    form_fields: p.form_fields.length > 0 ? JSON.stringify(p.form_fields, null, 2) : "",
    published: p.published,
  };
}

/**
 * The staff catalogue editor (SPEC §B1): list with filters, create, edit, publish/unpublish, one template file per
 * required document. System admins keep every unit's procedures; leaders and one-stop officers their unit's (and the
 * units below it). Every write is audited in its transaction.
 */
export async function catalogueAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, files } = app.services;
  registerAdminNav({
    label: tv("svcCat.nav"),
    href: SERVICES_PATHS.adminProcedures,
    roles: CATALOGUE_ROLES,
    order: 50,
  });

  async function context(request: FastifyRequest) {
    const units = await listCatalogueUnits(db);
    const scope = catalogueScope(request.staff, units);
    const editable = sortVi(
      (scope === "all" ? units : scope).filter((u) => u.active),
      (u) => u.name_vi,
    );
    return { units, scope, editable };
  }

  async function procedureFor(request: FastifyRequest<{ Params: { id: string } }>, units: CatalogueUnit[]) {
    const id = request.params.id;
    if (!UUID.test(id)) throw notFound();
    const p = await getProcedure(db, id.toLowerCase());
    if (!p) throw notFound();
    if (!mayKeepCatalogue(request.staff, units, p.unit_id)) throw forbidden();
    return p;
  }

  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: {
      values: ProcedureFormValues;
      editable: CatalogueUnit[];
      procedure?: Procedure;
      errors?: Errors;
    },
  ) {
    const title = opts.procedure
      ? tv("svcCat.admin.editTitle", { name: opts.procedure.name })
      : tv("svcCat.admin.createTitle");
    return sendAdminPage(
      request,
      reply,
      title,
      <ProcedureFormPage
        csrf={csrfToken(request)}
        action={opts.procedure ? SERVICES_PATHS.adminProcedure(opts.procedure.id) : ADMIN_NEW_PATH}
        values={opts.values}
        units={opts.editable}
        errors={opts.errors}
        procedure={opts.procedure}
        templateSizeLabel={formatLimit(TEMPLATE_MAX_BYTES)}
      />,
      opts.errors ? 422 : 200,
    );
  }

  app.get(SERVICES_PATHS.adminProcedures, { config: ACCESS }, async (request, reply) => {
    const { scope, editable } = await context(request);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const state = str(query.state, 20);
    const filters: AdminListFilters = {
      q: str(query.q, 200).trim(),
      unit: UUID.test(str(query.unit, 40)) ? str(query.unit, 40).toLowerCase() : "",
      field: str(query.field, 200),
      state: state === "published" || state === "hidden" ? state : "",
    };
    const page = Math.min(Math.max(Number.parseInt(str(query.trang, 6), 10) || 1, 1), 10_000);
    const unitIds = scope === "all" ? "all" : scope.map((u) => u.id);
    const [list, facets] = await Promise.all([
      listProcedures(
        db,
        {
          q: filters.q,
          unitId: filters.unit || undefined,
          field: filters.field || undefined,
          published: filters.state === "" ? undefined : filters.state === "published",
          unitIds,
        },
        { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      ),
      listFacets(db, { publishedOnly: false, unitIds }),
    ]);
    return sendAdminPage(
      request,
      reply,
      tv("svcCat.admin.title"),
      <AdminListPage
        filters={filters}
        units={editable}
        fields={sortVi(facets.fields, (f) => f)}
        rows={list.rows}
        total={list.total}
        page={page}
        pages={Math.max(1, Math.ceil(list.total / PAGE_SIZE))}
      />,
    );
  });

  app.get(ADMIN_NEW_PATH, { config: ACCESS }, async (request, reply) => {
    const { editable } = await context(request);
    const values = emptyProcedureValues();
    if (editable.length === 1 && editable[0]) values.unit_id = editable[0].id;
    return sendForm(request, reply, { values, editable });
  });

  /** The editor's checks, plus the ones needing the database: the unit is in the person's scope, the code is free. */
  async function check(
    request: FastifyRequest,
    values: ProcedureFormValues,
    units: CatalogueUnit[],
    existing: Procedure | undefined,
  ) {
    const checked = checkProcedure(values, {
      separator: "line",
      existingDocuments: existing?.documents ?? [],
      existingExemptions: existing?.fee_exemptions ?? [],
    });
    const errors: Errors = {};
    if (!checked.ok) {
      for (const f of PROCEDURE_FIELDS) {
        const p = checked.problems[f];
        if (p) errors[f] = problemMessage(f, p);
      }
      return { errors, input: null };
    }
    const input = checked.input;
    const unit = units.find((u) => u.id === input.unitId);
    if (!unit?.active) errors.unit_id = problemMessage("unit_id", { key: "svcCat.err.unitUnknown" });
    else if (!mayKeepCatalogue(request.staff, units, unit.id))
      errors.unit_id = problemMessage("unit_id", { key: "svcCat.err.unitNotAllowed" });
    if (await codeTaken(db, input.code, existing?.id ?? null))
      errors.code = problemMessage("code", { key: "svcCat.err.codeTaken", params: { code: input.code } });
    return Object.keys(errors).length > 0
      ? { errors, input: null }
      : { errors: null, input, unitName: unit?.name_vi ?? "" };
  }

  app.post(ADMIN_NEW_PATH, { config: ACCESS }, async (request, reply) => {
    const { units, editable } = await context(request);
    const values = valuesFromBody(request.body);
    const checked = await check(request, values, units, undefined);
    if (!checked.input) return sendForm(request, reply, { values, editable, errors: checked.errors ?? {} });
    const input = checked.input;
    try {
      const created = await inTransaction(db, async (tx) => {
        const row = await insertProcedure(tx, input, checked.unitName ?? "");
        await recordAudit(tx, actorFrom(request), {
          action: "procedure.create",
          entityType: "procedure",
          entityId: row.id,
          summary: tv("svcCat.audit.create", { code: row.code, name: row.name }),
          after: row,
        });
        return row;
      });
      await setFlash(request, tv("svcCat.admin.created", { code: created.code }));
      return reply.redirect(SERVICES_PATHS.adminProcedure(created.id), 303);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return sendForm(request, reply, {
        values,
        editable,
        errors: {
          code: problemMessage("code", { key: "svcCat.err.codeTaken", params: { code: input.code } }),
        },
      });
    }
  });

  app.get<{ Params: { id: string } }>("/admin/thu-tuc/:id", { config: ACCESS }, async (request, reply) => {
    const { units, editable } = await context(request);
    const p = await procedureFor(request, units);
    return sendForm(request, reply, { values: valuesFromProcedure(p), editable, procedure: p });
  });

  app.post<{ Params: { id: string } }>("/admin/thu-tuc/:id", { config: ACCESS }, async (request, reply) => {
    const { units, editable } = await context(request);
    const p = await procedureFor(request, units);
    const values = valuesFromBody(request.body);
    const checked = await check(request, values, units, p);
    if (!checked.input)
      return sendForm(request, reply, { values, editable, procedure: p, errors: checked.errors ?? {} });
    const input = checked.input;
    try {
      await inTransaction(db, async (tx) => {
        const before = await getProcedureForUpdate(tx, p.id);
        if (!before) throw notFound();
        const after = await updateProcedure(tx, p.id, input, checked.unitName ?? "");
        await recordAudit(tx, actorFrom(request), {
          action: "procedure.update",
          entityType: "procedure",
          entityId: p.id,
          summary: tv("svcCat.audit.update", { code: after.code, name: after.name }),
          before,
          after,
        });
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return sendForm(request, reply, {
        values,
        editable,
        procedure: p,
        errors: {
          code: problemMessage("code", { key: "svcCat.err.codeTaken", params: { code: input.code } }),
        },
      });
    }
    await setFlash(request, tv("svcCat.admin.saved", { code: input.code }));
    return reply.redirect(SERVICES_PATHS.adminProcedure(p.id), 303);
  });

  app.post<{ Params: { id: string } }>(publishPath(":id"), { config: ACCESS }, async (request, reply) => {
    const { units } = await context(request);
    const p = await procedureFor(request, units);
    const published = str((request.body as Record<string, unknown> | undefined)?.published) === "1";
    await inTransaction(db, async (tx) => {
      await setPublished(tx, p.id, published);
      await recordAudit(tx, actorFrom(request), {
        action: published ? "procedure.publish" : "procedure.unpublish",
        entityType: "procedure",
        entityId: p.id,
        summary: tv(published ? "svcCat.audit.publish" : "svcCat.audit.unpublish", { code: p.code }),
        before: { published: p.published },
        after: { published },
      });
    });
    await setFlash(
      request,
      tv(published ? "svcCat.admin.published" : "svcCat.admin.unpublished", { code: p.code }),
    );
    return reply.redirect(SERVICES_PATHS.adminProcedure(p.id), 303);
  });

  app.post<{ Params: { id: string } }>(templatePath(":id"), { config: ACCESS }, async (request, reply) => {
    const { units, editable } = await context(request);
    const p = await procedureFor(request, units);
    const form = await readMultipartForm(request, { maxFileBytes: TEMPLATE_MAX_BYTES });
    const refuse = (errors: Errors) =>
      sendForm(request, reply, { values: valuesFromProcedure(p), editable, procedure: p, errors });
    if (form.problem === "tooLarge")
      return refuse({
        template: tv("svcCat.admin.templateTooLarge", { size: formatLimit(TEMPLATE_MAX_BYTES) }),
      });
    const doc = p.documents.find((d) => d.key === field(form, "document"));
    if (!doc) return refuse({ document: tv("svcCat.admin.templateBadDoc") });
    const upload = form.files.find((f) => f.fieldname === "template");
    if (!upload || form.problem) return refuse({ template: tv("svcCat.admin.templateMissingFile") });
    const sniffed = await fileTypeFromBuffer(upload.buffer);
    if (!isTemplateType(sniffed?.mime)) return refuse({ template: tv("svcCat.admin.templateBadType") });
    const stored = await files.put(upload.buffer);
    const name = templateFileName(upload.filename, sniffed?.mime ?? "");
    await inTransaction(db, async (tx) => {
      const current = await getProcedureForUpdate(tx, p.id);
      if (!current) throw notFound();
      const documents = current.documents.map((d) =>
        d.key === doc.key ? { ...d, templateSha256: stored.sha256, templateName: name } : d,
      );
      await setDocuments(tx, p.id, documents);
      await recordAudit(tx, actorFrom(request), {
        action: "procedure.template",
        entityType: "procedure",
        entityId: p.id,
        summary: tv("svcCat.audit.template", { file: name, doc: doc.name, code: p.code }),
        before: { documents: current.documents },
        after: { documents },
      });
    });
    await setFlash(request, tv("svcCat.admin.templateSaved", { file: name, doc: doc.name }));
    return reply.redirect(SERVICES_PATHS.adminProcedure(p.id), 303);
  });
}
