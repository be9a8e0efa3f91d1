import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { parseViDate, viDate, vnDay } from "../../../platform/calendar/vn-day.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { conflict, forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { participationConsultationsAdmin } from "../../../platform/i18n/catalogues/participation-consultations-admin.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { MAX_BULK, parseBulk } from "../../portal/index.js";
import { formOf } from "../forms.js";
import { PARTICIPATION_HOME_TAG } from "../home-section.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { Consultation, ConsultationClause, ModerationStatus } from "../tables.js";
import { scheduleClosing } from "./closing.js";
import {
  MAX_TEXT_LENGTH,
  type ParsedPart,
  type ParseError,
  parseClauses,
  partLines,
} from "./domain/clauses.js";
import { checkPeriod, effectiveStatus } from "./domain/period.js";
import { commentsDocx, commentsXlsx } from "./export.js";
import { notifyConcluded } from "./notify.js";
import {
  assignComments,
  clausesOf,
  commentsByIds,
  commentsOf,
  commentTotal,
  consultationById,
  DRAFTERS,
  type DraftValues,
  exportComments,
  groupsOf,
  insertConsultation,
  insertGroup,
  inUnitScope,
  listConsultations,
  lockConsultation,
  saveSynthesis,
  setCommentStatus,
  setStatus,
  ungroupedApproved,
  unitName,
  unitOptions,
  unitScope,
  updateConsultation,
} from "./store.js";
import { type CommentFilters, CommentsPage } from "./views/admin-comments.js";
import { DOC_TYPES, type DraftForm, DraftFormPage } from "./views/admin-form.js";
import { AdminListPage, NEW_PATH } from "./views/admin-list.js";
import { type GroupForm, ResponsesPage } from "./views/admin-responses.js";
import { tc } from "./views/admin-text.js";

registerCatalogue(participationConsultationsAdmin);

const ACCESS = { access: { roles: DRAFTERS } };
type IdRequest = FastifyRequest<{ Params: { id: string } }>;
const LIMITS = { title: 300, summary: 5_000, groupSummary: 2_000, response: 10_000, synthesis: 100_000 };

function text(form: Record<string, unknown>, key: string): string {
  const v = form[key];
  return typeof v === "string" ? v.normalize("NFC").trim() : "";
}

function parseErrorMessage(e: ParseError): string {
  return tc(`e.text.${e.code}`, Object.fromEntries(Object.entries(e).filter(([k]) => k !== "code")));
}

/** The stored clauses as the text staff pasted (structure lines are not stored, see domain/clauses.ts). */
function textOf(clauses: readonly ConsultationClause[]): string {
  return clauses
    .flatMap((k) =>
      partLines({
        articleNo: k.article_no,
        clauseNo: k.clause_no,
        label: k.label,
        heading: k.heading,
        body: k.body,
        context: [],
      }),
    )
    .join("\n");
}

function sameParts(parts: readonly ParsedPart[], clauses: readonly ConsultationClause[]): boolean {
  return (
    parts.length === clauses.length &&
    parts.every((p, i) => {
      const k = clauses[i];
      return k !== undefined && k.label === p.label && k.heading === p.heading && k.body === p.body;
    })
  );
}

function storedForm(c: Consultation, clauses: readonly ConsultationClause[]): DraftForm {
  return {
    title: c.title,
    doc_type: c.doc_type,
    summary: c.summary,
    drafting_unit_id: c.drafting_unit_id,
    opens_on: viDate(c.opens_on),
    closes_on: viDate(c.closes_on),
    text: textOf(clauses),
    version: String(c.version),
  };
}

interface ParsedDraft {
  form: DraftForm;
  errors: Errors;
  values: DraftValues | null;
  /** null when the text was not sent (locked) or did not parse. */
  parts: ParsedPart[] | null;
  shortPeriodDays: number | null;
}

function parseDraft(body: Record<string, unknown>, units: readonly string[], withText: boolean): ParsedDraft {
  const form: DraftForm = {
    title: text(body, "title"),
    doc_type: text(body, "doc_type"),
    summary: text(body, "summary"),
    drafting_unit_id: text(body, "drafting_unit_id").toLowerCase(),
    opens_on: text(body, "opens_on"),
    closes_on: text(body, "closes_on"),
    text: typeof body.text === "string" ? body.text.normalize("NFC") : "",
    version: text(body, "version"),
  };
  const errors: Errors = {};
  if (form.title === "" || form.title.length > LIMITS.title)
    errors.title = tc("e.title", { max: LIMITS.title });
  if (!(DOC_TYPES as readonly string[]).includes(form.doc_type)) errors.doc_type = tc("e.docType");
  if (!units.includes(form.drafting_unit_id)) errors.drafting_unit_id = tc("e.unit");
  const opens = parseViDate(form.opens_on);
  const closes = parseViDate(form.closes_on);
  if (!opens) errors.opens_on = tc("e.date");
  if (!closes) errors.closes_on = tc("e.date");
  let shortPeriodDays: number | null = null;
  if (opens && closes) {
    const period = checkPeriod(opens, closes);
    if (period.errors.length > 0) errors.closes_on = tc("e.closesBeforeOpens");
    if (period.shortPeriod) shortPeriodDays = period.days;
  }
  if (form.summary.length > LIMITS.summary) errors.summary = tc("e.summary", { max: LIMITS.summary });
  let parts: ParsedPart[] | null = null;
  if (withText) {
    if (form.text.length > MAX_TEXT_LENGTH) errors.text = tc("e.text.tooLong", { max: MAX_TEXT_LENGTH });
    else {
      const parsed = parseClauses(form.text);
      if (parsed.ok) parts = parsed.parts;
      else errors.text = parsed.errors.slice(0, 5).map(parseErrorMessage).join(" ");
    }
  }
  const ok = Object.keys(errors).length === 0 && opens !== null && closes !== null;
  return {
    form,
    errors,
    parts,
    shortPeriodDays,
    values: ok
      ? {
          title: form.title,
          doc_type: form.doc_type,
          summary: form.summary,
          drafting_unit_id: form.drafting_unit_id,
          opens_on: opens,
          closes_on: closes,
        }
      : null,
  };
}

/**
 * Staff side of consultations on drafts (§E2): the drafting unit's specialists and leaders (grants cover sub-units)
 * and system administrators prepare a draft from its pasted text, publish it (the closing job is enqueued), moderate
 * comments, group them with the unit's response, write the synthesis, and the unit's leader publishes the result.
 * Every write is one transaction with its audit row, under a row lock and a version check.
 */
export async function consultationAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, jobs, config } = app.services;

  registerAdminNav({
    label: tc("nav"),
    href: PARTICIPATION_PATHS.adminConsultations,
    roles: DRAFTERS,
    order: 62,
  });

  const scopeOf = (request: FastifyRequest) => unitScope(db, request.staff?.grants ?? [], DRAFTERS);

  /** The draft, if the person works for its drafting unit (404 unknown, 403 another unit's). */
  async function draftFor(request: FastifyRequest, rawId: string): Promise<Consultation> {
    const id = rawId.toLowerCase();
    if (!UUID_PATTERN.test(id)) throw notFound();
    const c = await consultationById(db, id);
    if (!c) throw notFound();
    if (!inUnitScope(await scopeOf(request), c.drafting_unit_id)) throw forbidden();
    return c;
  }

  /** A route about one draft: the handler gets the draft only once draftFor has checked the person's scope. */
  function draftRoute(
    method: "GET" | "POST",
    url: string,
    handler: (request: IdRequest, reply: FastifyReply, c: Consultation) => Promise<unknown>,
  ): void {
    app.route<{ Params: { id: string } }>({
      method,
      url,
      config: ACCESS,
      handler: async (request, reply) => handler(request, reply, await draftFor(request, request.params.id)),
    });
  }

  /** The draft locked for a write, refused as stale when `version` (sent by the form) is no longer current. */
  async function lockCurrent(tx: Executor, id: string, version?: string): Promise<Consultation> {
    const locked = await lockConsultation(tx, id);
    if (!locked) throw notFound();
    if (version !== undefined && String(locked.version) !== version) throw conflict("consultAdmin.e.stale");
    return locked;
  }

  async function unitIds(request: FastifyRequest): Promise<string[]> {
    return (await unitOptions(db, await scopeOf(request))).map((u) => u.id);
  }

  app.get(PARTICIPATION_PATHS.adminConsultations, { config: ACCESS }, async (request, reply) => {
    const scope = await scopeOf(request);
    const rows = await listConsultations(db, scope);
    return sendAdminPage(
      request,
      reply,
      tc("title"),
      <AdminListPage rows={rows} today={vnDay(new Date())} canCreate={scope === "all" || scope.length > 0} />,
    );
  });

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: {
      c: Consultation | null;
      form: DraftForm;
      errors?: Errors;
      parts: ParsedPart[];
      shortPeriodDays: number | null;
      textLocked: boolean;
    },
  ) {
    const units = await unitOptions(db, await scopeOf(request));
    const { c } = opts;
    return sendAdminPage(
      request,
      reply,
      c ? tc("editTitle") : tc("newTitle"),
      <DraftFormPage
        csrf={csrfToken(request)}
        id={c?.id ?? null}
        slug={c?.slug ?? null}
        form={opts.form}
        units={units}
        errors={opts.errors}
        parts={opts.parts}
        shortPeriodDays={opts.shortPeriodDays}
        textLocked={opts.textLocked}
        status={c ? effectiveStatus(c, vnDay(new Date())) : null}
      />,
      opts.errors && Object.keys(opts.errors).length > 0 ? 422 : 200,
    );
  }

  app.get(NEW_PATH, { config: ACCESS }, async (request, reply) => {
    const units = await unitIds(request);
    if (units.length === 0) throw forbidden();
    const form: DraftForm = {
      title: "",
      doc_type: DOC_TYPES[0],
      summary: "",
      // The person's own unit when they may draft for it (a department's specialist), else the first in scope.
      drafting_unit_id: units.find((u) => u === request.staff?.unitId) ?? units[0] ?? "",
      opens_on: "",
      closes_on: "",
      text: "",
      version: "0",
    };
    return showForm(request, reply, { c: null, form, parts: [], shortPeriodDays: null, textLocked: false });
  });

  app.post(NEW_PATH, { config: ACCESS }, async (request, reply) => {
    const units = await unitIds(request);
    if (units.length === 0) throw forbidden();
    const d = parseDraft(formOf(request), units, true);
    if (!d.values || !d.parts) {
      return showForm(request, reply, {
        c: null,
        form: d.form,
        errors: d.errors,
        parts: d.parts ?? [],
        shortPeriodDays: d.shortPeriodDays,
        textLocked: false,
      });
    }
    const { values, parts } = d;
    const now = new Date();
    const created = await inTransaction(db, async (tx) => {
      const c = await insertConsultation(tx, values, parts, request.staff?.id ?? null, now);
      await recordAudit(tx, actorFrom(request), {
        action: "consultation.create",
        entityType: "consultation",
        entityId: c.id,
        summary: c.title,
        after: { ...values, clauses: parts.length },
      });
      return c;
    });
    await setFlash(request, tc("saved", { title: created.title }));
    return reply.redirect(PARTICIPATION_PATHS.adminConsultation(created.id), 303);
  });

  draftRoute("GET", "/admin/gop-y-du-thao/:id", async (request, reply, c) => {
    const [clauses, comments] = await Promise.all([clausesOf(db, c.id), commentTotal(db, c.id)]);
    const period = checkPeriod(c.opens_on, c.closes_on);
    return showForm(request, reply, {
      c,
      form: storedForm(c, clauses),
      parts: clauses.map((k) => ({
        articleNo: k.article_no,
        clauseNo: k.clause_no,
        label: k.label,
        heading: k.heading,
        body: k.body,
        context: [],
      })),
      shortPeriodDays: period.shortPeriod ? period.days : null,
      textLocked: comments > 0,
    });
  });

  draftRoute("POST", "/admin/gop-y-du-thao/:id", async (request, reply, c) => {
    const body = formOf(request);
    const d = parseDraft(body, await unitIds(request), typeof body.text === "string");
    if (!d.values) {
      const clauses = await clausesOf(db, c.id);
      return showForm(request, reply, {
        c,
        form: d.form,
        errors: d.errors,
        parts: d.parts ?? [],
        shortPeriodDays: d.shortPeriodDays,
        textLocked: typeof body.text !== "string" && clauses.length > 0,
      });
    }
    const { values, parts } = d;
    const now = new Date();
    await inTransaction(db, async (tx) => {
      const locked = await lockCurrent(tx, c.id, d.form.version);
      if (locked.status === "closed" || locked.status === "concluded")
        throw conflict("consultAdmin.e.concluded");
      let newParts: ParsedPart[] | null = null;
      if (parts && !sameParts(parts, await clausesOf(tx, c.id))) {
        // Comments point at clause rows: replacing the clauses would detach them.
        if ((await commentTotal(tx, c.id)) > 0) throw conflict("consultAdmin.e.hasComments");
        newParts = parts;
      }
      const updated = await updateConsultation(tx, c.id, values, newParts, now);
      if (updated.status === "published" && updated.closes_on !== locked.closes_on) {
        await scheduleClosing(tx, jobs, updated, now);
      }
      await recordAudit(tx, actorFrom(request), {
        action: "consultation.update",
        entityType: "consultation",
        entityId: c.id,
        summary: updated.title,
        before: {
          title: locked.title,
          opens_on: locked.opens_on,
          closes_on: locked.closes_on,
          drafting_unit_id: locked.drafting_unit_id,
        },
        after: { ...values, clauses: newParts ? newParts.length : "unchanged" },
      });
    });
    await setFlash(request, tc("saved", { title: values.title }));
    return reply.redirect(PARTICIPATION_PATHS.adminConsultation(c.id), 303);
  });

  draftRoute("POST", "/admin/gop-y-du-thao/:id/cong-bo", async (request, reply, c) => {
    const version = text(formOf(request), "version");
    const now = new Date();
    await inTransaction(db, async (tx) => {
      const locked = await lockCurrent(tx, c.id, version);
      if (locked.status !== "draft") throw conflict("consultAdmin.e.notDraft");
      if (locked.closes_on < vnDay(now)) throw conflict("consultAdmin.e.periodOver");
      const published = await setStatus(tx, c.id, "published", now);
      await scheduleClosing(tx, jobs, published, now);
      await recordAudit(tx, actorFrom(request), {
        action: "consultation.publish",
        entityType: "consultation",
        entityId: c.id,
        summary: c.title,
        before: { status: locked.status },
        after: { status: "published", opens_on: locked.opens_on, closes_on: locked.closes_on },
      });
    });
    // The portal home lists open drafts: its block (and, as with any purge, the home pages) is dropped.
    app.services.pageCache.purge([PARTICIPATION_HOME_TAG]);
    await setFlash(request, tc("published", { title: c.title }));
    return reply.redirect(PARTICIPATION_PATHS.adminConsultation(c.id), 303);
  });

  // ---- Moderation -------------------------------------------------------------------------------------------

  function commentFilters(
    query: Record<string, unknown>,
    clauses: readonly ConsultationClause[],
  ): CommentFilters {
    const status = typeof query.status === "string" ? query.status : "pending";
    const clause = typeof query.dieu === "string" ? query.dieu.toLowerCase() : "";
    return {
      status: status === "pending" || status === "approved" || status === "rejected" ? status : "",
      clause: clauses.some((k) => k.id === clause) ? clause : "",
    };
  }

  async function showComments(
    request: FastifyRequest,
    reply: FastifyReply,
    c: Consultation,
    query: Record<string, unknown>,
    errors?: Errors,
  ) {
    const clauses = await clausesOf(db, c.id);
    const filters = commentFilters(query, clauses);
    const rows = await commentsOf(db, c.id, {
      status: filters.status === "" ? undefined : (filters.status as ModerationStatus),
      clauseId: filters.clause || undefined,
    });
    return sendAdminPage(
      request,
      reply,
      tc("commentsTitle", { title: c.title }),
      <CommentsPage
        csrf={csrfToken(request)}
        id={c.id}
        clauses={clauses}
        filters={filters}
        rows={rows}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  }

  draftRoute("GET", "/admin/gop-y-du-thao/:id/y-kien", async (request, reply, c) => {
    return showComments(request, reply, c, (request.query ?? {}) as Record<string, unknown>);
  });

  draftRoute("POST", "/admin/gop-y-du-thao/:id/y-kien", async (request, reply, c) => {
    const form = formOf(request);
    const backRaw = typeof form.back === "string" ? form.back : "";
    const base = PARTICIPATION_PATHS.adminConsultationComments(c.id);
    const back = backRaw === base || backRaw.startsWith(`${base}?`) ? backRaw : base;
    const parsed = parseBulk(form);
    if (!parsed.ok) {
      const message =
        parsed.problem === "tooMany" ? tc("e.tooMany", { max: MAX_BULK }) : tc(`e.${parsed.problem}`);
      const query = Object.fromEntries(new URL(back, "http://x").searchParams);
      return showComments(request, reply, c, query, { ids: message });
    }
    const now = new Date();
    const changed = await inTransaction(db, async (tx) => {
      const locked = await lockCurrent(tx, c.id);
      if (locked.status === "concluded") throw conflict("consultAdmin.e.concluded");
      const rows = await commentsByIds(tx, c.id, parsed.ids);
      // All or nothing: an id of another draft (or unknown) refuses the batch.
      if (rows.length !== parsed.ids.length) throw notFound();
      const toChange = rows.filter((r) => r.status !== parsed.status);
      await setCommentStatus(
        tx,
        toChange.map((r) => r.id),
        parsed.status,
        request.staff?.id ?? null,
        now,
      );
      const actor = actorFrom(request);
      for (const r of toChange) {
        await recordAudit(tx, actor, {
          action:
            parsed.status === "approved" ? "consultation_comment.approve" : "consultation_comment.reject",
          entityType: "consultation_comment",
          entityId: r.id,
          before: { status: r.status, consultationId: c.id },
          after: { status: parsed.status },
        });
      }
      return toChange.length;
    });
    await setFlash(
      request,
      tc(parsed.status === "approved" ? "doneApproved" : "doneRejected", { count: changed }),
    );
    return reply.redirect(back, 303);
  });

  // ---- Responses and synthesis (after the period) -----------------------------------------------------------

  function requireClosed(c: Consultation, now: Date): void {
    const status = effectiveStatus(c, vnDay(now));
    if (status !== "closed" && status !== "concluded") throw conflict("consultAdmin.e.notClosed");
  }

  async function showResponses(
    request: FastifyRequest,
    reply: FastifyReply,
    c: Consultation,
    opts: { errors?: Errors; groupForm?: GroupForm; synthesis?: string } = {},
  ) {
    const [clauses, groups, comments, leaders] = await Promise.all([
      clausesOf(db, c.id),
      groupsOf(db, c.id),
      commentsOf(db, c.id, { status: "approved" }),
      unitScope(db, request.staff?.grants ?? [], ["leader"]),
    ]);
    return sendAdminPage(
      request,
      reply,
      tc("responsesTitle", { title: c.title }),
      <ResponsesPage
        csrf={csrfToken(request)}
        id={c.id}
        version={c.version}
        clauses={clauses}
        groups={groups}
        comments={comments}
        synthesis={opts.synthesis ?? c.synthesis ?? ""}
        groupForm={opts.groupForm ?? { clause_id: "", summary: "", kind: "accept", response: "" }}
        concluded={c.status === "concluded"}
        canConclude={inUnitScope(leaders, c.drafting_unit_id)}
        errors={opts.errors}
      />,
      opts.errors ? 422 : 200,
    );
  }

  draftRoute("GET", "/admin/gop-y-du-thao/:id/tiep-thu", async (request, reply, c) => {
    requireClosed(c, new Date());
    return showResponses(request, reply, c);
  });

  draftRoute("POST", "/admin/gop-y-du-thao/:id/tiep-thu/nhom", async (request, reply, c) => {
    const now = new Date();
    requireClosed(c, now);
    if (c.status === "concluded") throw conflict("consultAdmin.e.concluded");
    const body = formOf(request);
    const g: GroupForm = {
      clause_id: text(body, "clause_id").toLowerCase(),
      summary: text(body, "summary"),
      kind: text(body, "kind"),
      response: text(body, "response"),
    };
    const clauses = await clausesOf(db, c.id);
    const errors: Errors = {};
    if (g.clause_id !== "" && !clauses.some((k) => k.id === g.clause_id))
      errors.clause_id = tc("e.groupClause");
    if (g.summary === "" || g.summary.length > LIMITS.groupSummary)
      errors.summary = tc("e.groupSummary", { max: LIMITS.groupSummary });
    if (g.kind !== "accept" && g.kind !== "explain") errors.kind = tc("e.groupKind");
    if (g.response === "" || g.response.length > LIMITS.response)
      errors.response = tc("e.groupResponse", { max: LIMITS.response });
    if (Object.keys(errors).length > 0) return showResponses(request, reply, c, { errors, groupForm: g });
    // The kind has no column of its own: it leads the response, as the synthesis tables of drafting units do.
    const response = `${tc(g.kind === "accept" ? "kind.accept" : "kind.explain")}: ${g.response}`;
    await inTransaction(db, async (tx) => {
      const locked = await lockConsultation(tx, c.id);
      if (!locked || locked.status === "concluded") throw conflict("consultAdmin.e.concluded");
      const group = await insertGroup(
        tx,
        { consultation_id: c.id, clause_id: g.clause_id || null, summary: g.summary, response },
        now,
      );
      await recordAudit(tx, actorFrom(request), {
        action: "consultation.group_create",
        entityType: "consultation",
        entityId: c.id,
        summary: g.summary.slice(0, 200),
        after: { groupId: group.id, clauseId: group.clause_id, response },
      });
    });
    await setFlash(request, tc("groupAdded"));
    return reply.redirect(PARTICIPATION_PATHS.adminConsultationResponses(c.id), 303);
  });

  draftRoute("POST", "/admin/gop-y-du-thao/:id/tiep-thu/xep-nhom", async (request, reply, c) => {
    requireClosed(c, new Date());
    const body = formOf(request);
    const raw = Array.isArray(body.ids) ? body.ids : body.ids === undefined ? [] : [body.ids];
    const ids = [
      ...new Set(raw.filter((v): v is string => typeof v === "string" && UUID_PATTERN.test(v.toLowerCase()))),
    ].map((v) => v.toLowerCase());
    const groupRaw = text(body, "group_id").toLowerCase();
    const groups = await groupsOf(db, c.id);
    const errors: Errors = {};
    if (ids.length === 0) errors.ids = tc("e.noneSelected");
    else if (ids.length > MAX_BULK) errors.ids = tc("e.tooMany", { max: MAX_BULK });
    if (groupRaw !== "none" && !groups.some((g) => g.id === groupRaw)) errors.group_id = tc("e.group");
    if (Object.keys(errors).length > 0) return showResponses(request, reply, c, { errors });
    const groupId = groupRaw === "none" ? null : groupRaw;
    const moved = await inTransaction(db, async (tx) => {
      const locked = await lockConsultation(tx, c.id);
      if (!locked || locked.status === "concluded") throw conflict("consultAdmin.e.concluded");
      const n = await assignComments(tx, c.id, ids, groupId);
      await recordAudit(tx, actorFrom(request), {
        action: "consultation.group_assign",
        entityType: "consultation",
        entityId: c.id,
        after: { groupId, comments: ids },
      });
      return n;
    });
    await setFlash(request, tc("assigned", { count: moved }));
    return reply.redirect(PARTICIPATION_PATHS.adminConsultationResponses(c.id), 303);
  });

  draftRoute("POST", "/admin/gop-y-du-thao/:id/tiep-thu/bao-cao", async (request, reply, c) => {
    const now = new Date();
    requireClosed(c, now);
    const body = formOf(request);
    const action = body.action === "conclude" ? "conclude" : "save";
    const synthesis = typeof body.synthesis === "string" ? body.synthesis.normalize("NFC").trim() : "";
    if (action === "conclude") {
      const leaders = await unitScope(db, request.staff?.grants ?? [], ["leader"]);
      if (!inUnitScope(leaders, c.drafting_unit_id)) throw forbidden();
    }
    if ((action === "conclude" && synthesis === "") || synthesis.length > LIMITS.synthesis) {
      return showResponses(request, reply, c, {
        synthesis,
        errors: { synthesis: tc("e.synthesis", { max: LIMITS.synthesis }) },
      });
    }
    const version = text(body, "version");
    const outcome = await inTransaction(db, async (tx) => {
      const locked = await lockCurrent(tx, c.id, version);
      if (locked.status === "concluded") throw conflict("consultAdmin.e.concluded");
      if (action === "save") {
        await saveSynthesis(tx, c.id, synthesis, now);
        await recordAudit(tx, actorFrom(request), {
          action: "consultation.synthesis",
          entityType: "consultation",
          entityId: c.id,
          summary: c.title,
        });
        return { ok: true as const };
      }
      const ungrouped = await ungroupedApproved(tx, c.id);
      if (ungrouped.length > 0) return { ok: false as const, ungrouped };
      const concluded = await setStatus(tx, c.id, "concluded", now, {
        synthesis,
        concluded_by: request.staff?.id ?? null,
      });
      const notified = await notifyConcluded(tx, jobs, concluded, config.publicUrl);
      await recordAudit(tx, actorFrom(request), {
        action: "consultation.conclude",
        entityType: "consultation",
        entityId: c.id,
        summary: c.title,
        before: { status: locked.status },
        after: { status: "concluded", notified },
      });
      return { ok: true as const };
    });
    if (!outcome.ok) {
      const list = outcome.ungrouped
        .slice(0, 20)
        .map((u) => `${u.author_name} (${u.clause_label ?? tc("wholeDraft")})`)
        .join("; ");
      return showResponses(request, reply, c, {
        synthesis,
        errors: { ids: tc("e.ungrouped", { count: outcome.ungrouped.length, list }) },
      });
    }
    if (action === "conclude") app.services.pageCache.purge([PARTICIPATION_HOME_TAG]);
    await setFlash(request, tc(action === "conclude" ? "concluded" : "synthesisSaved"));
    return reply.redirect(PARTICIPATION_PATHS.adminConsultationResponses(c.id), 303);
  });

  // ---- Exports ------------------------------------------------------------------------------------------------

  const EXPORTS = {
    docx: {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      build: commentsDocx,
    },
    xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", build: commentsXlsx },
  } as const;

  for (const [ext, format] of Object.entries(EXPORTS)) {
    draftRoute("GET", `/admin/gop-y-du-thao/:id/y-kien.${ext}`, async (_request, reply, c) => {
      const [comments, unit] = await Promise.all([
        exportComments(db, c.id),
        unitName(db, c.drafting_unit_id),
      ]);
      const buf = await format.build({ consultation: c, unitName: unit, comments });
      return reply
        .type(format.type)
        .header("cache-control", "no-store")
        .header("content-disposition", `attachment; filename="y-kien-${c.slug}.${ext}"`)
        .send(buf);
    });
  }
}
