import type { Updateable } from "kysely";
import { type AuditActor, recordAudit } from "../../../platform/audit/index.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import type { Tx } from "../../../platform/db/transaction.js";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { t } from "../../../platform/i18n/index.js";
import { isRole } from "../../../platform/rbac/roles.js";
import type { Services } from "../../../platform/services.js";
import type { Question, QuestionTable } from "../tables.js";
import { questionRoles } from "./access.js";
import { answerDueOn } from "./domain/deadline.js";
import { questionSearchText } from "./domain/search.js";
import { QUESTION_STATUS_LABELS } from "./domain/status.js";
import {
  type ActionInput,
  checkActionInput,
  mayAct,
  nextStatus,
  type QuestionAction,
} from "./domain/workflow.js";
import { notifyQuestionStep } from "./notify.js";

export interface QuestionTransitionRequest {
  questionId: string;
  action: QuestionAction;
  staffId: string;
  input: ActionInput;
  /** Optimistic lock: refused (409) when the question changed since the page was shown. */
  expectedVersion?: number | undefined;
  /** Defaults to now; tests pass a clock. */
  at?: Date | undefined;
  audit?: Pick<AuditActor, "ip" | "requestId"> | undefined;
}

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export const actionLabel = (action: string) => tv(`qadmin.action.${action}`);

function inputError(fields: Record<string, string>): AppError {
  return new AppError(
    422,
    "validation_failed",
    "qadmin.refused.input",
    {
      problem: Object.values(fields)[0] ?? "",
    },
    fields,
  );
}

function snapshot(q: Question) {
  return {
    status: q.status,
    unit_id: q.unit_id,
    due_on: q.due_on,
    answer: q.answer,
    reject_reason: q.reject_reason,
    published_at: q.published_at,
    version: q.version,
  };
}

/**
 * THE way a question moves (SPEC §E1, §E4): locks the row, checks the version, the staff member's role over the
 * question, the state machine and the input, then updates the row, writes the history event, the audit row and the
 * notifications, all in `tx`. Throws 403/404/409/422 with a Vietnamese message; nothing is written then.
 */
export async function applyQuestionTransition(
  services: Services,
  tx: Tx,
  req: QuestionTransitionRequest,
): Promise<Question> {
  const at = req.at ?? new Date();
  if (!UUID_PATTERN.test(req.questionId)) throw notFound();
  const q = await tx
    .selectFrom("questions")
    .selectAll()
    .where("id", "=", req.questionId)
    .forUpdate()
    .executeTakeFirst();
  if (!q) throw notFound();
  if (req.expectedVersion !== undefined && q.version !== req.expectedVersion) {
    throw new AppError(409, "version_conflict", "qadmin.refused.version");
  }

  const staff = await tx
    .selectFrom("staff_users")
    .select(["full_name", "active"])
    .where("id", "=", req.staffId)
    .executeTakeFirst();
  const grantRows = staff?.active
    ? await tx
        .selectFrom("role_grants")
        .select(["role", "unit_id", "site_id"])
        .where("user_id", "=", req.staffId)
        .execute()
    : [];
  const grants = grantRows.flatMap((g) =>
    isRole(g.role) ? [{ role: g.role, unitId: g.unit_id, siteId: g.site_id }] : [],
  );
  const roles = await questionRoles(tx, grants, q.unit_id);
  if (!staff?.active || !mayAct(req.action, roles)) {
    throw new AppError(403, "forbidden", "qadmin.refused.notAllowed", { action: actionLabel(req.action) });
  }

  const next = nextStatus(q.status, req.action);
  if (!next.ok) {
    throw new AppError(409, "illegal_transition", next.key, {
      action: actionLabel(req.action),
      status: QUESTION_STATUS_LABELS[q.status].vi,
    });
  }

  const problems = checkActionInput(req.action, req.input, { unitId: q.unit_id });
  if (Object.keys(problems).length > 0) {
    const fields: Record<string, string> = {};
    for (const [k, key] of Object.entries(problems)) fields[k] = tv(key);
    throw inputError(fields);
  }

  const note = req.input.note?.normalize("NFC").trim() || null;
  const patch: Updateable<QuestionTable> = {};
  switch (req.action) {
    case "route": {
      const unitId = req.input.unitId as string;
      const unit = UUID_PATTERN.test(unitId)
        ? await tx.selectFrom("units").select(["id", "active"]).where("id", "=", unitId).executeTakeFirst()
        : undefined;
      if (!unit?.active) throw inputError({ unitId: tv("qadmin.input.unitInvalid") });
      const calendar = await loadWorkingCalendar(tx, [Number(vnDay(at).slice(0, 4))]);
      Object.assign(patch, {
        unit_id: unit.id,
        routed_by: req.staffId,
        routed_at: at,
        due_on: answerDueOn(q.kind, at, calendar),
      });
      break;
    }
    case "reject":
      patch.reject_reason = note;
      break;
    case "send_back":
      Object.assign(patch, { unit_id: null, routed_at: null, due_on: null });
      break;
    case "draft":
      Object.assign(patch, {
        answer: (req.input.answer as string).normalize("NFC").trim(),
        drafted_by: req.staffId,
        drafted_at: at,
      });
      break;
    case "return":
      break;
    case "publish":
      Object.assign(patch, {
        approved_by: req.staffId,
        published_at: at,
        search_text: questionSearchText(q),
      });
      break;
  }

  const updated = await tx
    .updateTable("questions")
    .set({ ...patch, status: next.status, version: q.version + 1, updated_at: at })
    .where("id", "=", q.id)
    .returningAll()
    .executeTakeFirstOrThrow();

  await tx
    .insertInto("question_events")
    .values({
      question_id: q.id,
      action: req.action,
      from_status: q.status,
      to_status: next.status,
      staff_id: req.staffId,
      note,
      at,
    })
    .execute();

  await recordAudit(
    tx,
    {
      id: req.staffId,
      name: staff.full_name,
      ip: req.audit?.ip ?? null,
      requestId: req.audit?.requestId ?? null,
    },
    {
      action: `question.${req.action}`,
      entityType: "question",
      entityId: q.id,
      summary: `Câu hỏi ${q.code}: ${actionLabel(req.action)}${note ? ` — ${note}` : ""}`,
      before: snapshot(q),
      after: snapshot(updated),
    },
  );

  const unitName = updated.unit_id
    ? ((await tx.selectFrom("units").select("name_vi").where("id", "=", updated.unit_id).executeTakeFirst())
        ?.name_vi ?? null)
    : null;
  await notifyQuestionStep(services, tx, updated, req.action, { unitName, note });
  return updated;
}
