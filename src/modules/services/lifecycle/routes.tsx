import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { isoOf, parseViDate } from "../../../platform/calendar/domain/civil-date.js";
import { loadWorkingCalendar, type WorkingCalendar } from "../../../platform/calendar/index.js";
import type { Executor } from "../../../platform/db/transaction.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { actionRefusal } from "../../../platform/http/action-refusal.js";
import { attachmentDisposition } from "../../../platform/http/content-disposition.js";
import { badRequest, forbidden, notFound } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { logAccess } from "../documents/store.js";
import { checkUploads, DOSSIER_MULTIPART_LIMITS, readDossierForm } from "../dossiers/upload.js";
import { notifyDossierChange } from "../notifications/dossier-notify.js";
import { SERVICES_PATHS } from "../paths.js";
import { holdsSignRole, SIGN_STATES } from "../results/access.js";
import type { Dossier } from "../tables.js";
import { DOSSIER_VIEW_ROLES, holdersOf, rolesOverDossier } from "./access.js";
import { checkApologyDate, daysLeftOf, lateness, needsApology, vnIsoDay } from "./domain/clock.js";
import { actionLabel } from "./domain/labels.js";
import { actionsFrom, isTransitionAction, type RolesOver, staffMay } from "./domain/state-machine.js";
import { recordDossierEvent } from "./events.js";
import { loadOnlineExtras } from "./online-extras.js";
import { LIFECYCLE_PATHS } from "./paths.js";
import { apologySlipPdf, controlSlipPdf, handoverLabels } from "./slips.js";
import { type DossierView, getDossierView, transferUnitOptions, UUID } from "./store.js";
import { transitionRequestFromBody } from "./transition-input.js";
import { applyTransition } from "./transitions.js";
import { type ActionFormState, DossierPage } from "./views/dossier-page.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

const VIEW_ROLES = DOSSIER_VIEW_ROLES;
const WORK_ROLES: readonly Role[] = ["one_stop_officer", "specialist", "leader"];
const access = { config: { access: { roles: VIEW_ROLES } } };

type IdParams = { Params: { id: string } };
type ActionParams = { Params: { id: string; action: string } };
type FileParams = { Params: { id: string; fileId: string } };
type ApologyParams = { Params: { id: string; apologyId: string } };

function vnYear(at: Date): number {
  return Number(vnIsoDay(at).slice(0, 4));
}

function calendarFor(db: Executor, d: Pick<Dossier, "due_on" | "apology_due_on">, now: Date) {
  const years = [vnYear(now)];
  for (const day of [d.due_on, d.apology_due_on]) if (day) years.push(Number(day.slice(0, 4)));
  return loadWorkingCalendar(db as Parameters<typeof loadWorkingCalendar>[0], years);
}

function mayWork(roles: RolesOver): boolean {
  return roles.systemAdmin || [...roles.current, ...roles.receiving].some((r) => WORK_ROLES.includes(r));
}

/** States in which the result file may be uploaded (while it is being prepared, and until it is returned). */
const RESULT_STATES: readonly string[] = ["processing", "awaiting_approval", "result_ready"];

function mayUploadResult(view: DossierView, roles: RolesOver): boolean {
  if (!RESULT_STATES.includes(view.dossier.state)) return false;
  return roles.systemAdmin || roles.current.some((r) => WORK_ROLES.includes(r));
}

/** The counter takes fees: the one-stop officers of the receiving unit (issue 8). */
function mayCollectFee(roles: RolesOver): boolean {
  return roles.systemAdmin || roles.receiving.includes("one_stop_officer");
}

/** The unit holding the dossier signs its result (the rule lives with the signing, in results/access.ts). */
function maySignResult(view: DossierView, roles: RolesOver): boolean {
  return SIGN_STATES.includes(view.dossier.state) && holdsSignRole(roles);
}

function mayApologise(view: DossierView, roles: RolesOver, late: string, needs: boolean): boolean {
  const d = view.dossier;
  if (d.ended_at !== null || d.returned_at !== null || d.due_on === null) return false;
  return mayWork(roles) && (late !== "on_time" || needs);
}

/**
 * The dossier page of the one-stop workspace (SPEC §B3, issue 6 items 4 and 6): details, files, the history as
 * hand-overs, a form per action the viewer may take, the control slip and apology slips as PDF.
 */
export async function dossierRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const services = app.services;
  await app.register(multipart, { limits: DOSSIER_MULTIPART_LIMITS });

  async function load(request: FastifyRequest, id: string): Promise<{ view: DossierView; roles: RolesOver }> {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const view = await getDossierView(db, id);
    if (!view) throw notFound();
    const roles = await rolesOverDossier(db, staff.grants, view.dossier);
    const held = [...roles.current, ...roles.receiving];
    if (!roles.systemAdmin && !held.some((r) => VIEW_ROLES.includes(r))) throw forbidden();
    return { view, roles };
  }

  async function sendPage(
    request: FastifyRequest,
    reply: FastifyReply,
    view: DossierView,
    roles: RolesOver,
    opts: { form?: ActionFormState; problem?: string; status?: number } = {},
  ) {
    const now = new Date();
    const d = view.dossier;
    const calendar = await calendarFor(db, d, now);
    const late = lateness(d, now, calendar);
    const needs = needsApology(d, view.apologies, now, calendar);
    const steps = view.procedure.steps;
    const allowed = actionsFrom(d.state, {
      received: d.received_at !== null,
      hasAssignee: d.assignee_id !== null,
      requiresApproval: steps.some((s) => s.role === "leader"),
    }).filter((a) => staffMay(a, roles));
    const needsOptions = allowed.includes("assign") || allowed.includes("transfer");
    const [assignees, units] = needsOptions
      ? await Promise.all([holdersOf(db, d.current_unit_id), transferUnitOptions(db)])
      : [[], []];
    return sendAdminPage(
      request,
      reply,
      tv("lifecycle.page.title", { code: d.code }),
      <DossierPage
        view={view}
        csrf={csrfToken(request)}
        daysLeft={daysLeftOf(d, now, calendar)}
        lateness={late}
        needsApology={needs}
        actions={allowed}
        canApologise={mayApologise(view, roles, late, needs)}
        canUploadResult={mayUploadResult(view, roles)}
        assignees={assignees}
        units={units}
        handoverLabels={handoverLabels()}
        form={opts.form}
        problem={opts.problem}
        online={await loadOnlineExtras(db, d.id)}
        canCollectFee={mayCollectFee(roles)}
        canSignResult={maySignResult(view, roles)}
      />,
      opts.status ?? 200,
    );
  }

  app.get<IdParams>(SERVICES_PATHS.dossier(":id"), access, async (request, reply) => {
    const { view, roles } = await load(request, request.params.id);
    return sendPage(request, reply, view, roles);
  });

  app.post<ActionParams>(LIFECYCLE_PATHS.action(":id", ":action"), access, async (request, reply) => {
    const { action } = request.params;
    if (!isTransitionAction(action)) throw notFound();
    const { view, roles } = await load(request, request.params.id);
    const staffId = request.staff?.id as string;
    const input = transitionRequestFromBody(request.body);
    if (input.expectedVersion === undefined) throw badRequest("errors.validation");
    const values: Record<string, string> = {
      note: input.note ?? "",
      toUnitId: input.toUnitId ?? "",
      toAssigneeId: input.toAssigneeId ?? "",
    };
    try {
      await inTransaction(db, (tx) =>
        applyTransition(services, tx, {
          dossierId: view.dossier.id,
          action,
          actor: { kind: "staff", staffId },
          note: input.note,
          toUnitId: input.toUnitId,
          toAssigneeId: input.toAssigneeId,
          expectedVersion: input.expectedVersion,
          audit: actorFrom(request),
        }),
      );
    } catch (err) {
      const refusal = actionRefusal(err, action);
      if (!refusal) throw err;
      const fresh = (await getDossierView(db, view.dossier.id)) ?? view;
      return sendPage(request, reply, fresh, roles, {
        form: { action, values, errors: refusal.errors },
        ...(refusal.problem ? { problem: refusal.problem } : {}),
        status: refusal.status,
      });
    }
    await setFlash(
      request,
      tv("lifecycle.flash.done", { action: actionLabel(action), code: view.dossier.code }),
    );
    return reply.redirect(SERVICES_PATHS.dossier(view.dossier.id), 303);
  });

  // The apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Decree 61/2018/NĐ-CP Art. 19; form 03).
  app.post<IdParams>(LIFECYCLE_PATHS.apology(":id"), access, async (request, reply) => {
    const { view, roles } = await load(request, request.params.id);
    if (!mayWork(roles)) throw forbidden();
    const body = (request.body ?? {}) as Record<string, unknown>;
    const reason = typeof body.reason === "string" ? body.reason.trim() : "";
    const newDateText = typeof body.newDate === "string" ? body.newDate.trim() : "";
    const values = { reason, newDate: newDateText };
    const errors: Record<string, string> = {};
    if (reason === "") errors["apology-reason"] = tv("lifecycle.apology.reasonRequired");
    else if (reason.length > 2000) errors["apology-reason"] = tv("lifecycle.input.noteTooLong");
    const day = newDateText === "" ? null : parseViDate(newDateText);
    if (newDateText === "") errors["apology-newDate"] = tv("lifecycle.apology.dateRequired");
    else if (day === null) errors["apology-newDate"] = tv("lifecycle.apology.dateInvalid");
    const now = new Date();
    const staff = request.staff;
    if (!staff) throw forbidden();

    const outcome = await inTransaction(db, async (tx) => {
      const d = await tx
        .selectFrom("dossiers")
        .selectAll()
        .where("id", "=", view.dossier.id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const calendar: WorkingCalendar = await calendarFor(tx, d, now);
      const apologies = await tx
        .selectFrom("dossier_apologies")
        .select(["previous_due_on", "new_due_on"])
        .where("dossier_id", "=", d.id)
        .execute();
      const late = lateness(d, now, calendar);
      const needs = needsApology(d, apologies, now, calendar);
      if (
        d.due_on === null ||
        d.ended_at !== null ||
        d.returned_at !== null ||
        (late === "on_time" && !needs)
      ) {
        return { problem: tv("lifecycle.apology.notLate") } as const;
      }
      const currentDue = d.apology_due_on && d.apology_due_on > d.due_on ? d.apology_due_on : d.due_on;
      if (day !== null && !errors["apology-newDate"]) {
        const problem = checkApologyDate(isoOf(day), currentDue, now, calendar);
        if (problem) errors["apology-newDate"] = tv(problem);
      }
      if (Object.keys(errors).length > 0 || day === null) return { errors } as const;
      const newDue = isoOf(day);
      const id = uuidv7();
      await tx
        .insertInto("dossier_apologies")
        .values({
          id,
          dossier_id: d.id,
          previous_due_on: currentDue,
          new_due_on: newDue,
          reason,
          issued_by: staff.id,
          issued_at: now,
        })
        .execute();
      const updated = await tx
        .updateTable("dossiers")
        .set({ apology_due_on: newDue, version: d.version + 1, updated_at: now })
        .where("id", "=", d.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const event = {
        action: "apology" as const,
        from_state: d.state,
        to_state: d.state,
        note: reason,
        due_on: newDue,
      };
      await recordDossierEvent(tx, {
        dossier_id: d.id,
        ...event,
        actor_staff_id: staff.id,
        actor_citizen_id: null,
        from_unit_id: d.current_unit_id,
        to_unit_id: d.current_unit_id,
        from_assignee_id: d.assignee_id,
        to_assignee_id: d.assignee_id,
        at: now,
      });
      await recordAudit(tx, actorFrom(request), {
        action: "dossier.apology",
        entityType: "dossier",
        entityId: d.id,
        summary: `Hồ sơ ${d.code}: phiếu xin lỗi, hẹn lại ngày trả ${newDue}`,
        before: { apology_due_on: d.apology_due_on, due_on: d.due_on },
        after: { apology_id: id, apology_due_on: newDue, reason, previous_due_on: currentDue },
      });
      await notifyDossierChange(services, tx, updated, event);
      return { id } as const;
    });
    if ("problem" in outcome) {
      return sendPage(request, reply, view, roles, {
        form: { action: "apology", values },
        problem: outcome.problem,
        status: 409,
      });
    }
    if ("errors" in outcome) {
      return sendPage(request, reply, view, roles, {
        form: { action: "apology", values, errors: outcome.errors },
        status: 422,
      });
    }
    await setFlash(request, tv("lifecycle.flash.apology", { code: view.dossier.code }));
    return reply.redirect(SERVICES_PATHS.dossier(view.dossier.id), 303);
  });

  // The result file (kind 'result'): the decision, licence or certificate the applicant receives.
  app.post<IdParams>(LIFECYCLE_PATHS.resultFile(":id"), access, async (request, reply) => {
    const { view, roles } = await load(request, request.params.id);
    if (!mayUploadResult(view, roles)) {
      if (!RESULT_STATES.includes(view.dossier.state)) {
        return sendPage(request, reply, view, roles, { problem: tv("lifecycle.result.notNow"), status: 409 });
      }
      throw forbidden();
    }
    const form = await readDossierForm(request);
    const files = form.files.filter((f) => f.field === "resultFile");
    const errors: Record<string, string> = {};
    if (files.length === 0) errors["result-file"] = tv("lifecycle.result.required");
    const checked = await checkUploads(files);
    const refused = Object.values(checked.errors)[0];
    if (refused) errors["result-file"] = refused;
    const file = checked.accepted[0];
    if (Object.keys(errors).length > 0 || !file) {
      return sendPage(request, reply, view, roles, {
        form: { action: "result", values: {}, errors },
        status: 422,
      });
    }
    const stored = await services.files.put(file.buffer);
    const fileId = uuidv7();
    await inTransaction(db, async (tx) => {
      await tx
        .insertInto("dossier_files")
        .values({
          id: fileId,
          dossier_id: view.dossier.id,
          document_key: null,
          kind: "result",
          sha256: stored.sha256,
          filename: file.filename,
          mime_type: file.mime,
          size_bytes: file.buffer.length,
          uploaded_by_staff: request.staff?.id ?? null,
        })
        .execute();
      await recordAudit(tx, actorFrom(request), {
        action: "dossier.result_file",
        entityType: "dossier",
        entityId: view.dossier.id,
        summary: `Hồ sơ ${view.dossier.code}: tải lên tệp kết quả ${file.filename}`,
        after: { file_id: fileId, filename: file.filename, sha256: stored.sha256, size: file.buffer.length },
      });
    });
    await setFlash(request, tv("lifecycle.flash.result", { name: file.filename }));
    return reply.redirect(SERVICES_PATHS.dossier(view.dossier.id), 303);
  });

  app.get<IdParams>(SERVICES_PATHS.dossierControlSlipPdf(":id"), access, async (request, reply) => {
    const { view } = await load(request, request.params.id);
    const pdf = await controlSlipPdf(view, new Date());
    return reply
      .type("application/pdf")
      .header("cache-control", "no-store")
      .header("content-disposition", `inline; filename="phieu-kiem-soat-${view.dossier.code}.pdf"`)
      .send(pdf);
  });

  app.get<ApologyParams>(
    SERVICES_PATHS.dossierApologyPdf(":id", ":apologyId"),
    access,
    async (request, reply) => {
      const { view } = await load(request, request.params.id);
      const apologyId = request.params.apologyId.replace(/\.pdf$/, "");
      const apology = view.apologies.find((a) => a.id === apologyId.toLowerCase());
      if (!apology) throw notFound();
      const pdf = await apologySlipPdf(view, apology);
      return reply
        .type("application/pdf")
        .header("cache-control", "no-store")
        .header("content-disposition", `inline; filename="phieu-xin-loi-${view.dossier.code}.pdf"`)
        .send(pdf);
    },
  );

  app.get<FileParams>(LIFECYCLE_PATHS.file(":id", ":fileId"), access, async (request, reply) => {
    const { view } = await load(request, request.params.id);
    const fileId = request.params.fileId;
    if (!UUID.test(fileId)) throw notFound();
    const file = view.files.find((f) => f.id === fileId.toLowerCase());
    if (!file || !(await services.files.has(file.sha256))) throw notFound();
    // A paper reused from the citizen's document store: its owner sees every staff view in the store's log.
    if (file.citizen_document_id && request.staff)
      await logAccess(db, {
        documentId: file.citizen_document_id,
        actor: { kind: "staff", staffId: request.staff.id },
        action: "view",
        dossierId: view.dossier.id,
        at: new Date(),
      });
    return reply
      .type(file.mime_type)
      .header("cache-control", "no-store")
      .header("x-content-type-options", "nosniff")
      .header("content-disposition", attachmentDisposition(file.filename, "tep"))
      .send(services.files.createReadStream(file.sha256));
  });
}
