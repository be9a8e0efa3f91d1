import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import "./catalogue.js";
import { t } from "../../../platform/i18n/index.js";
import { stripDiacritics } from "../../../platform/i18n/vietnamese-slug.js";
import { can } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { citizenOf } from "../../citizens/principal.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { unpaidFee } from "../account/store.js";
import { checkReuseChoices, loadStoreOffer, STORE_CONSENT_FIELD } from "../documents/reuse.js";
import { applyTransition } from "../lifecycle/transitions.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import type { Dossier, Procedure } from "../tables.js";
import { mayOpenAsApplicant, receiptLookupUrl } from "./domain/access.js";
import { applicantFieldName, channelRules } from "./domain/applicant-input.js";
import { looksLikeDossierCode } from "./domain/dossier-code.js";
import { formFieldName } from "./domain/form-schema.js";
import { renderReceiptPdf } from "./receipt-pdf.js";
import {
  getDossierByCode,
  getDossierById,
  getProcedureById,
  getPublishedProcedureByCode,
  getUnitForCode,
  listDossierFiles,
  listDossierPapers,
  searchCounterProcedures,
  staffName,
} from "./store.js";
import { createDossier, OTHER_PAPERS_FIELD, storeFiles, validateSubmission } from "./submission.js";
import { checkUploads, DOSSIER_MULTIPART_LIMITS, readDossierForm } from "./upload.js";
import { CounterFormView, CounterPickView } from "./views/counter-pages.js";
import type { FormValues } from "./views/dossier-form.js";
import { MessagePage, SubmissionPage, SubmittedPage, SupplementPage } from "./views/public-pages.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who registers walk-in dossiers (system admins pass every check). */
export const COUNTER_ROLES: readonly Role[] = ["one_stop_officer"];
/** Staff who may print a dossier's receipt: the one-stop roles of its unit. */
export const DOSSIER_STAFF_ROLES: readonly Role[] = ["one_stop_officer", "specialist", "leader"];

type CodeParams = { Params: { code: string }; Querystring: { k?: string } };

function tokenOf(request: FastifyRequest): string | undefined {
  const k = (request.query as Record<string, unknown> | undefined)?.k;
  return typeof k === "string" && k.length <= 64 ? k : undefined;
}

function withCsrf(path: string, request: FastifyRequest, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ ...extra, _csrf: csrfToken(request) });
  return `${path}?${q.toString()}`;
}

function isoToVi(day: string | null): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}

/** Default channels: online papers; the result online when the procedure allows it, else at the centre. */
function defaultValues(procedure: Procedure, mode: "online" | "counter"): FormValues {
  const rules = channelRules(procedure, mode);
  return { receiptChannel: rules.receipt[0] ?? "online", returnChannel: rules.return[0] ?? "counter" };
}

/** The signed-in citizen's profile in the applicant block and in the fields marked `prefill`. */
function prefillValues(procedure: Procedure, request: FastifyRequest): FormValues {
  const values = defaultValues(procedure, "online");
  const c = citizenOf(request);
  if (!c) return values;
  const profile: Record<string, string> = {
    fullName: c.fullName,
    phone: c.phone ?? "",
    email: c.email ?? "",
    idNumber: c.idNumber ?? "",
    address: c.address ?? "",
    birthDate: isoToVi(c.birthDate),
  };
  values[applicantFieldName("fullName")] = profile.fullName ?? "";
  values[applicantFieldName("phone")] = profile.phone ?? "";
  values[applicantFieldName("email")] = profile.email ?? "";
  values[applicantFieldName("idNumber")] = profile.idNumber ?? "";
  values[applicantFieldName("address")] = profile.address ?? "";
  for (const f of procedure.form_fields)
    if (f.prefill) values[formFieldName(f.key)] = profile[f.prefill] ?? "";
  return values;
}

/**
 * Dossier submission (SPEC §B2, issue 6 item 3): the online form of a procedure, the submitted page and the receipt
 * slip for the applicant, the receipt for staff, walk-in registration at the counter, and the citizen's supplement.
 * Online and counter dossiers go through the same validation and the same `createDossier`.
 */
export async function submissionRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;
  // Only this plugin reads dossier forms; files over the limit are cut and reported on the form, never a 413.
  await app.register(multipart, { limits: DOSSIER_MULTIPART_LIMITS, throwFileSizeLimit: false });
  registerAdminNav({
    label: tv("submission.nav"),
    href: SERVICES_PATHS.counterNew,
    roles: COUNTER_ROLES,
    order: 41,
  });

  async function publicShell(request: FastifyRequest) {
    const found = await loadSiteWithUnit(db, "");
    if (!found) throw notFound();
    return buildShell(request, found.site, found.unit);
  }

  function sendHtml(reply: FastifyReply, html: string, status = 200) {
    return reply.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(html);
  }

  async function procedureForSubmit(code: string): Promise<Procedure> {
    if (code.length > 100) throw notFound();
    const procedure = await getPublishedProcedureByCode(db, code);
    if (!procedure) throw notFound();
    return procedure;
  }

  /** The dossier named in the URL, if the asker is its owner or holds its token; else 404 (existence not told). */
  async function applicantDossier(request: FastifyRequest<CodeParams>): Promise<Dossier> {
    const code = request.params.code;
    if (!looksLikeDossierCode(code)) throw notFound();
    const dossier = await getDossierByCode(db, code);
    if (!dossier) throw notFound();
    const citizenId = citizenOf(request)?.id ?? null;
    if (!mayOpenAsApplicant(dossier, { citizenId, token: tokenOf(request) })) throw notFound();
    return dossier;
  }

  async function sendSubmissionForm(
    request: FastifyRequest,
    reply: FastifyReply,
    procedure: Procedure,
    values: FormValues,
    errors: Record<string, string>,
    filesRefused: boolean,
    status = 200,
  ) {
    const shell = await publicShell(request);
    const citizen = citizenOf(request);
    const store = citizen ? await loadStoreOffer(db, citizen.id, procedure.documents) : null;
    const html = renderDocument(
      <SubmissionPage
        shell={shell}
        procedure={procedure}
        action={withCsrf(SERVICES_PATHS.submit(procedure.code), request)}
        values={values}
        errors={errors}
        filesRefused={filesRefused}
        signedInName={citizen?.fullName ?? null}
        store={store}
      />,
    );
    return sendHtml(reply, html, status);
  }

  async function sendNotOnline(
    request: FastifyRequest,
    reply: FastifyReply,
    procedure: Procedure,
    status = 200,
  ) {
    const shell = await publicShell(request);
    const html = renderDocument(
      <MessagePage
        shell={shell}
        title={tv("submission.title", { procedure: procedure.name })}
        message={tv("submission.notOnline")}
      />,
    );
    return sendHtml(reply, html, status);
  }

  app.get<{ Params: { code: string } }>("/dich-vu-cong/thu-tuc/:code/nop-ho-so", async (request, reply) => {
    const procedure = await procedureForSubmit(request.params.code);
    if (procedure.online_class === "none") return sendNotOnline(request, reply, procedure);
    return sendSubmissionForm(request, reply, procedure, prefillValues(procedure, request), {}, false);
  });

  app.post<{ Params: { code: string } }>(
    "/dich-vu-cong/thu-tuc/:code/nop-ho-so",
    { config: { rateLimit: { max: 30, timeWindow: "10 minutes" } } },
    async (request, reply) => {
      const procedure = await procedureForSubmit(request.params.code);
      if (procedure.online_class === "none") return sendNotOnline(request, reply, procedure, 403);
      const form = await readDossierForm(request);
      const uploads = await checkUploads(form.files);
      const citizen = citizenOf(request);
      const sentFor = new Set(
        form.files.flatMap((f) => (f.field.startsWith("doc_") ? [f.field.slice(4)] : [])),
      );
      const reuse = await checkReuseChoices(
        db,
        citizen?.id ?? null,
        procedure.documents,
        form.fields,
        sentFor,
      );
      const reused = new Set(reuse.picks.map((p) => p.documentKey));
      const checked = validateSubmission(procedure, form.fields, uploads, "online", reused);
      if (!checked.ok || Object.keys(reuse.errors).length > 0)
        return sendSubmissionForm(
          request,
          reply,
          procedure,
          form.fields,
          { ...(checked.ok ? {} : checked.errors), ...reuse.errors },
          form.files.length > 0,
          422,
        );
      const unit = await getUnitForCode(db, procedure.unit_id);
      if (!unit) throw notFound();
      const stored = await storeFiles(services, checked.value.files);
      const dossier = await inTransaction(db, (tx) =>
        createDossier(services, tx, {
          procedure,
          unit,
          submission: checked.value,
          stored,
          citizenId: citizen?.id ?? null,
          staffId: null,
          store: { picks: reuse.picks, grantConsent: form.fields[STORE_CONSENT_FIELD] === "on" },
          at: new Date(),
        }),
      );
      const target = SERVICES_PATHS.submitted(dossier.code);
      return reply.redirect(
        citizen ? target : `${target}?k=${encodeURIComponent(dossier.lookup_token)}`,
        303,
      );
    },
  );

  app.get<CodeParams>("/dich-vu-cong/ho-so/:code/da-nop", async (request, reply) => {
    const dossier = await applicantDossier(request);
    const procedure = await getProcedureById(db, dossier.procedure_id);
    if (!procedure) throw notFound();
    const files = await listDossierFiles(db, dossier.id);
    const token = tokenOf(request);
    const k = token ? `?k=${encodeURIComponent(token)}` : "";
    const shell = await publicShell(request);
    // Paying online needs the citizen's account (the pay form is on their dossier page).
    const owner = dossier.citizen_id !== null && dossier.citizen_id === citizenOf(request)?.id;
    const due = owner ? await unpaidFee(db, dossier.id) : null;
    const html = renderDocument(
      <SubmittedPage
        shell={shell}
        dossier={dossier}
        procedure={procedure}
        files={files.filter((f) => f.kind === "submission")}
        receiptHref={`${SERVICES_PATHS.receiptPdf(dossier.code)}${k}`}
        lookupHref={receiptLookupUrl("", SERVICES_PATHS.lookup, dossier.code, dossier.lookup_token)}
        feeDue={due ? { totalVnd: due, href: CITIZEN_PATHS.myDossier(dossier.code) } : null}
      />,
    );
    return sendHtml(reply, html);
  });

  async function sendReceipt(reply: FastifyReply, dossier: Dossier) {
    const procedure = await getProcedureById(db, dossier.procedure_id);
    const unit = await getUnitForCode(db, dossier.unit_id);
    if (!procedure || !unit) throw notFound();
    const pdf = await renderReceiptPdf({
      dossier,
      procedure,
      unitName: unit.name_vi,
      files: await listDossierFiles(db, dossier.id),
      papers: await listDossierPapers(db, dossier.id),
      registeredByName: await staffName(db, dossier.registered_by),
      publicUrl: services.config.publicUrl,
    });
    return reply
      .type("application/pdf")
      .header("cache-control", "private, no-store")
      .header("content-disposition", `inline; filename="giay-tiep-nhan-${dossier.code}.pdf"`)
      .send(pdf);
  }

  app.get<CodeParams>("/dich-vu-cong/ho-so/:code/giay-tiep-nhan.pdf", async (request, reply) => {
    return sendReceipt(reply, await applicantDossier(request));
  });

  app.get<{ Params: { id: string } }>(
    "/admin/mot-cua/ho-so/:id/giay-tiep-nhan.pdf",
    { config: { access: { roles: DOSSIER_STAFF_ROLES } } },
    async (request, reply) => {
      const id = request.params.id;
      if (!UUID.test(id)) throw notFound();
      const dossier = await getDossierById(db, id.toLowerCase());
      if (!dossier) throw notFound();
      const allowed =
        can(request.staff, DOSSIER_STAFF_ROLES, { unitId: dossier.unit_id }) ||
        can(request.staff, DOSSIER_STAFF_ROLES, { unitId: dossier.current_unit_id });
      if (!allowed) throw forbidden();
      return sendReceipt(reply, dossier);
    },
  );

  // ---- Counter walk-ins ----

  /** Units whose procedures the officer registers ("all" for system admins and global grants). */
  function counterUnits(request: FastifyRequest): "all" | string[] {
    const staff = request.staff;
    if (!staff) return [];
    const ids = new Set<string>();
    for (const g of staff.grants) {
      if (g.role === "system_admin") return "all";
      if (!COUNTER_ROLES.includes(g.role)) continue;
      if (g.unitId === null && g.siteId === null) return "all";
      if (g.unitId) ids.add(g.unitId);
    }
    return [...ids];
  }

  async function counterProcedure(request: FastifyRequest, id: string): Promise<Procedure> {
    if (!UUID.test(id)) throw notFound();
    const procedure = await getProcedureById(db, id.toLowerCase());
    if (!procedure?.published) throw notFound();
    if (!can(request.staff, COUNTER_ROLES, { unitId: procedure.unit_id })) throw forbidden();
    return procedure;
  }

  function sendCounterForm(
    request: FastifyRequest,
    reply: FastifyReply,
    procedure: Procedure,
    values: FormValues,
    errors: Record<string, string>,
    filesRefused: boolean,
    status = 200,
  ) {
    return sendAdminPage(
      request,
      reply,
      tv("counter.formTitle", { procedure: procedure.name }),
      <CounterFormView
        procedure={procedure}
        action={withCsrf(SERVICES_PATHS.counterNew, request)}
        values={values}
        errors={errors}
        filesRefused={filesRefused}
      />,
      status,
    );
  }

  app.get<{ Querystring: { q?: string; thu_tuc?: string } }>(
    SERVICES_PATHS.counterNew,
    { config: { access: { roles: COUNTER_ROLES } } },
    async (request, reply) => {
      const id = typeof request.query.thu_tuc === "string" ? request.query.thu_tuc : "";
      if (id !== "") {
        const procedure = await counterProcedure(request, id);
        return sendCounterForm(request, reply, procedure, defaultValues(procedure, "counter"), {}, false);
      }
      const q =
        typeof request.query.q === "string" ? request.query.q.normalize("NFC").trim().slice(0, 200) : "";
      const needle = stripDiacritics(q).toLowerCase();
      const rows = await searchCounterProcedures(db, counterUnits(request), needle);
      return sendAdminPage(request, reply, tv("counter.title"), <CounterPickView q={q} rows={rows} />);
    },
  );

  app.post(
    SERVICES_PATHS.counterNew,
    { config: { access: { roles: COUNTER_ROLES } } },
    async (request, reply) => {
      const form = await readDossierForm(request);
      const pid = form.fields.procedureId;
      const procedure = await counterProcedure(request, typeof pid === "string" ? pid : "");
      const uploads = await checkUploads(form.files);
      const checked = validateSubmission(procedure, form.fields, uploads, "counter");
      if (!checked.ok)
        return sendCounterForm(
          request,
          reply,
          procedure,
          form.fields,
          checked.errors,
          form.files.length > 0,
          422,
        );
      const unit = await getUnitForCode(db, procedure.unit_id);
      const staffId = request.staff?.id ?? null;
      if (!unit || !staffId) throw notFound();
      const stored = await storeFiles(services, checked.value.files);
      const at = new Date();
      const received = await inTransaction(db, async (tx) => {
        const created = await createDossier(services, tx, {
          procedure,
          unit,
          submission: checked.value,
          stored,
          citizenId: null,
          staffId,
          at,
        });
        await recordAudit(tx, actorFrom(request), {
          action: "dossier.register",
          entityType: "dossier",
          entityId: created.id,
          summary: tv("counter.audit", { code: created.code }),
          after: { code: created.code, procedure: procedure.code, applicant: created.applicant_name },
        });
        return applyTransition(services, tx, {
          dossierId: created.id,
          action: "receive",
          actor: { kind: "staff", staffId },
          at,
          audit: actorFrom(request),
        });
      });
      await setFlash(request, tv("counter.done", { code: received.code }));
      return reply.redirect(SERVICES_PATHS.dossier(received.id), 303);
    },
  );

  // ---- Supplement by the citizen ----

  async function supplementNote(dossierId: string): Promise<string> {
    const row = await db
      .selectFrom("dossier_events")
      .select("note")
      .where("dossier_id", "=", dossierId)
      .where("action", "=", "request_supplement")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    return row?.note ?? "";
  }

  async function sendSupplement(
    request: FastifyRequest<CodeParams>,
    reply: FastifyReply,
    dossier: Dossier,
    values: FormValues,
    errors: Record<string, string>,
    status = 200,
  ) {
    const shell = await publicShell(request);
    if (dossier.state !== "supplement_requested") {
      const html = renderDocument(
        <MessagePage
          shell={shell}
          title={tv("supplement.title", { code: dossier.code })}
          message={tv("supplement.notRequested", { code: dossier.code })}
        />,
      );
      return sendHtml(reply, html, status === 200 ? 200 : 409);
    }
    const token = tokenOf(request);
    const html = renderDocument(
      <SupplementPage
        shell={shell}
        dossier={dossier}
        requestNote={await supplementNote(dossier.id)}
        action={withCsrf(SERVICES_PATHS.supplement(dossier.code), request, token ? { k: token } : {})}
        values={values}
        errors={errors}
      />,
    );
    return sendHtml(reply, html, status);
  }

  app.get<CodeParams>("/dich-vu-cong/ho-so/:code/bo-sung", async (request, reply) => {
    const dossier = await applicantDossier(request);
    return sendSupplement(request, reply, dossier, {}, {});
  });

  app.post<CodeParams>(
    "/dich-vu-cong/ho-so/:code/bo-sung",
    { config: { rateLimit: { max: 30, timeWindow: "10 minutes" } } },
    async (request, reply) => {
      const dossier = await applicantDossier(request);
      if (dossier.state !== "supplement_requested")
        return sendSupplement(request, reply, dossier, {}, {}, 409);
      const form = await readDossierForm(request);
      const note = typeof form.fields.note === "string" ? form.fields.note.trim().slice(0, 2000) : "";
      const uploads = await checkUploads(form.files.map((f) => ({ ...f, field: OTHER_PAPERS_FIELD })));
      const errors = { ...uploads.errors };
      if (!errors[OTHER_PAPERS_FIELD] && uploads.accepted.length === 0)
        errors[OTHER_PAPERS_FIELD] = tv("supplement.error.noFile");
      if (Object.keys(errors).length > 0)
        return sendSupplement(request, reply, dossier, form.fields, errors, 422);
      const citizenId = citizenOf(request)?.id ?? null;
      const stored: { sha256: string; size: number }[] = [];
      for (const f of uploads.accepted) stored.push(await services.files.put(f.buffer));
      const at = new Date();
      await inTransaction(db, async (tx) => {
        await tx
          .insertInto("dossier_files")
          .values(
            uploads.accepted.map((f, i) => ({
              id: uuidv7(),
              dossier_id: dossier.id,
              document_key: null,
              kind: "supplement" as const,
              sha256: stored[i]?.sha256 ?? "",
              filename: f.filename,
              mime_type: f.mime,
              size_bytes: f.buffer.length,
              uploaded_by_staff: null,
              uploaded_by_citizen: citizenId,
              created_at: at,
            })),
          )
          .execute();
        await applyTransition(services, tx, {
          dossierId: dossier.id,
          action: "supplement",
          actor: { kind: "citizen", citizenId },
          note: note === "" ? undefined : note,
          expectedVersion: dossier.version,
          at,
          audit: actorFrom(request),
        });
      });
      return reply.redirect(
        receiptLookupUrl("", SERVICES_PATHS.lookup, dossier.code, dossier.lookup_token),
        303,
      );
    },
  );
}
