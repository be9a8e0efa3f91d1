import type { Updateable } from "kysely";
import type { AuditActor } from "../../../platform/audit/index.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { formatViDate, loadWorkingCalendar } from "../../../platform/calendar/index.js";
import type { Tx } from "../../../platform/db/transaction.js";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { Services } from "../../../platform/services.js";
import { hasUnpaidFee } from "../fees/notice-store.js";
import { notifyDossierChange } from "../notifications/dossier-notify.js";
import type { Dossier, DossierTable } from "../tables.js";
import { mayHoldAt, rolesOverDossier, staffGrants } from "./access.js";
import { clockPatch, needsApology, vnIsoDay } from "./domain/clock.js";
import { actionLabel, refusalParams } from "./domain/labels.js";
import {
  checkTransitionInput,
  citizenMay,
  type DossierAction,
  isTransitionAction,
  nextState,
  staffMay,
  type TransitionAction,
} from "./domain/state-machine.js";
import { recordDossierEvent } from "./events.js";

/** Who acts: a staff member (with their unit), a citizen (the owner), or the applicant at a public form (null). */
export type TransitionActor =
  | { kind: "staff"; staffId: string }
  | { kind: "citizen"; citizenId: string | null };

export interface TransitionRequest {
  dossierId: string;
  action: DossierAction;
  actor: TransitionActor;
  /** Reason (reject, supplement request, send back, withdraw) or a free note. */
  note?: string | undefined;
  /** assign / transfer: the specialist and the unit it goes to. */
  toUnitId?: string | undefined;
  toAssigneeId?: string | undefined;
  /** Optimistic lock: refuse when the dossier changed since the page was shown. */
  expectedVersion?: number | undefined;
  /** Defaults to now; tests and the demo seed pass a clock. */
  at?: Date | undefined;
  /** The request's IP and id for the audit row (routes pass `actorFrom(request)`); optional. */
  audit?: Pick<AuditActor, "ip" | "requestId"> | undefined;
}

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function vnYear(at: Date): number {
  return Number(vnIsoDay(at).slice(0, 4));
}

/** The audit snapshot of a dossier: the lifecycle columns only (no applicant data). */
function snapshot(d: Dossier) {
  return {
    state: d.state,
    current_unit_id: d.current_unit_id,
    assignee_id: d.assignee_id,
    received_at: d.received_at,
    due_on: d.due_on,
    paused_at: d.paused_at,
    paused_days_left: d.paused_days_left,
    resolved_at: d.resolved_at,
    returned_at: d.returned_at,
    ended_at: d.ended_at,
    end_kind: d.end_kind,
    end_reason: d.end_reason,
    version: d.version,
  };
}

function inputError(fields: Record<string, string>): AppError {
  const first = Object.values(fields)[0] ?? "";
  return new AppError(422, "validation_failed", "lifecycle.refused.input", { problem: first }, fields);
}

/**
 * THE way a dossier changes state (SPEC §B3): locks the row, checks the transition in the pure state machine, updates
 * the clock fields (receipt day, due date, pause/resume), writes the dossier event (the control slip's row), the audit
 * row for staff, and the notifications, all inside `tx`. Throws an AppError 403/409/422 with a Vietnamese message when
 * the transition is not allowed; nothing is written then.
 */
export async function applyTransition(services: Services, tx: Tx, req: TransitionRequest): Promise<Dossier> {
  if (!isTransitionAction(req.action))
    throw new AppError(409, "illegal_transition", "lifecycle.refused.submit");
  const action: TransitionAction = req.action;
  const at = req.at ?? new Date();

  const d = await tx
    .selectFrom("dossiers")
    .selectAll()
    .where("id", "=", req.dossierId)
    .forUpdate()
    .executeTakeFirst();
  if (!d) throw notFound();
  if (req.expectedVersion !== undefined && d.version !== req.expectedVersion) {
    throw new AppError(409, "version_conflict", "lifecycle.refused.version");
  }

  // Who may act.
  let staffName: string | null = null;
  if (req.actor.kind === "staff") {
    const staff = await tx
      .selectFrom("staff_users")
      .select(["full_name", "active"])
      .where("id", "=", req.actor.staffId)
      .executeTakeFirst();
    const grants = staff?.active ? await staffGrants(tx, req.actor.staffId) : [];
    const roles = await rolesOverDossier(tx, grants, d);
    if (!staff?.active || !staffMay(action, roles)) {
      throw new AppError(403, "forbidden", "lifecycle.refused.notAllowed", { action: actionLabel(action) });
    }
    staffName = staff.full_name;
  } else {
    if (!citizenMay(action)) {
      throw new AppError(403, "forbidden", "lifecycle.refused.notAllowed", { action: actionLabel(action) });
    }
    const { citizenId } = req.actor;
    if (citizenId !== null && d.citizen_id !== null && d.citizen_id !== citizenId) {
      throw new AppError(403, "forbidden", "lifecycle.refused.notOwner");
    }
  }

  // What the action needs.
  const problems = checkTransitionInput(action, req);
  if (Object.keys(problems).length > 0) {
    const fields: Record<string, string> = {};
    for (const [k, key] of Object.entries(problems)) fields[k] = tv(key);
    throw inputError(fields);
  }

  const procedure = await tx
    .selectFrom("procedures")
    .select(["processing_days", "steps"])
    .where("id", "=", d.procedure_id)
    .executeTakeFirstOrThrow();
  const steps = Array.isArray(procedure.steps) ? procedure.steps : [];
  const next = nextState(d.state, action, {
    received: d.received_at !== null,
    hasAssignee: d.assignee_id !== null,
    requiresApproval: steps.some((s) => s.role === "leader"),
  });
  if (!next.ok) throw new AppError(next.status, "illegal_transition", next.key, refusalParams(next));

  const note = req.note?.trim() || null;
  let currentUnit = d.current_unit_id;
  let assignee = d.assignee_id;
  if (action === "assign") {
    const to = req.toAssigneeId as string;
    if (!(await mayHoldAt(tx, to, d.current_unit_id))) {
      throw inputError({ toAssigneeId: tv("lifecycle.input.assigneeInvalid") });
    }
    assignee = to;
  }
  if (action === "transfer") {
    const toUnit = req.toUnitId as string;
    const unit = /^[0-9a-f-]{36}$/i.test(toUnit)
      ? await tx.selectFrom("units").select(["id", "active"]).where("id", "=", toUnit).executeTakeFirst()
      : undefined;
    if (!unit?.active) throw inputError({ toUnitId: tv("lifecycle.input.unitInvalid") });
    if (unit.id === d.current_unit_id) throw inputError({ toUnitId: tv("lifecycle.input.sameUnit") });
    if (req.toAssigneeId && !(await mayHoldAt(tx, req.toAssigneeId, unit.id))) {
      throw inputError({ toAssigneeId: tv("lifecycle.input.assigneeInvalid") });
    }
    currentUnit = unit.id;
    assignee = req.toAssigneeId || null;
  }

  // The clock, on the calendar as this transaction sees it (an override just saved counts at once).
  const years = [vnYear(at), ...(d.due_on ? [Number(d.due_on.slice(0, 4))] : [])];
  years.push(vnYear(at) + Math.ceil(procedure.processing_days / 240));
  const calendar = await loadWorkingCalendar(tx, years);
  if (action === "return_result") {
    // Decree 61/2018 art. 22: the result is handed over only once the fees are paid (or exempt).
    if (await hasUnpaidFee(tx, d.id)) throw new AppError(409, "fee_unpaid", "fees.refused.unpaid");
    const apologies = await tx
      .selectFrom("dossier_apologies")
      .select(["previous_due_on", "new_due_on"])
      .where("dossier_id", "=", d.id)
      .execute();
    if (needsApology({ ...d, resolved_at: d.resolved_at ?? at }, apologies, at, calendar)) {
      const due = d.due_on ? formatViDate(Math.round(Date.parse(d.due_on) / 86_400_000)) : "";
      throw new AppError(409, "apology_required", "lifecycle.refused.apologyRequired", { due });
    }
  }
  const patch: Updateable<DossierTable> = clockPatch(
    action,
    d,
    at,
    procedure.processing_days,
    calendar,
    note,
  );

  const updated = await tx
    .updateTable("dossiers")
    .set({
      ...patch,
      state: next.state,
      current_unit_id: currentUnit,
      assignee_id: assignee,
      version: d.version + 1,
      updated_at: new Date(),
    })
    .where("id", "=", d.id)
    .returningAll()
    .executeTakeFirstOrThrow();

  const event = {
    action,
    from_state: d.state,
    to_state: next.state,
    note,
    due_on: updated.due_on,
  };
  await recordDossierEvent(tx, {
    dossier_id: d.id,
    ...event,
    actor_staff_id: req.actor.kind === "staff" ? req.actor.staffId : null,
    actor_citizen_id: req.actor.kind === "citizen" ? req.actor.citizenId : null,
    from_unit_id: d.current_unit_id,
    to_unit_id: updated.current_unit_id,
    from_assignee_id: d.assignee_id,
    to_assignee_id: updated.assignee_id,
    at,
  });

  if (req.actor.kind === "staff") {
    await recordAudit(
      tx,
      {
        id: req.actor.staffId,
        name: staffName,
        ip: req.audit?.ip ?? null,
        requestId: req.audit?.requestId ?? null,
      },
      {
        action: `dossier.${action}`,
        entityType: "dossier",
        entityId: d.id,
        summary: `Hồ sơ ${d.code}: ${actionLabel(action)}${note ? ` — ${note}` : ""}`,
        before: snapshot(d),
        after: snapshot(updated),
      },
    );
  }

  await notifyDossierChange(services, tx, updated, event);
  return updated;
}
