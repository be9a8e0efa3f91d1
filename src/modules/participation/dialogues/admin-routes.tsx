import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { formatVnDateTime } from "../../../platform/calendar/vn-datetime.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { t, viCollator } from "../../../platform/i18n/index.js";
import { formOf } from "../forms.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { Dialogue } from "../tables.js";
import { DIALOGUE_ROLES, managedUnitIds, mayManageUnit } from "./access.js";
import {
  parseAnswer,
  parseSchedule,
  type Schedule,
  type ScheduleValues,
  scheduleValues,
} from "./domain/input.js";
import {
  type DialogueAction,
  dialogueTransition,
  type QuestionAction,
  questionTransition,
} from "./domain/state.js";
import {
  activeUnits,
  dialogueById,
  insertDialogue,
  listDialogues,
  lockDialogue,
  lockQuestion,
  mainSiteId,
  publishAnswer,
  questionsFor,
  setQuestionStatus,
  updateDialogueDetails,
  updateDialogueState,
} from "./store.js";
import {
  AdminDialoguePage,
  AdminListPage,
  editPath,
  NEW_PATH,
  ScheduleFormPage,
} from "./views/admin-pages.js";

const tv = (key: string, params?: Record<string, string | number>) =>
  t("vi", `participationDialogues.${key}`, params);
const ACCESS = { config: { access: { roles: DIALOGUE_ROLES } } };

const SESSION_ACTIONS: Record<string, DialogueAction> = {
  start: "start",
  end: "end",
  stopQuestions: "stopQuestions",
  resumeQuestions: "resumeQuestions",
};
const AUDIT_SESSION: Record<DialogueAction, string> = {
  start: "dialogue.start",
  end: "dialogue.end",
  stopQuestions: "dialogue.stop_questions",
  resumeQuestions: "dialogue.resume_questions",
};

function uuidParam(value: string): string {
  const id = value.toLowerCase();
  if (!UUID_PATTERN.test(id)) throw notFound();
  return id;
}

const wrongState = () => new AppError(409, "wrong_state", "participationDialogues.error.wrongState");

/**
 * Staff side of online dialogues (§E3): scheduling, moderation of the questions sent beforehand and during the
 * session, the session itself (start, answers published at once, end). Every write is audited in its transaction;
 * session actions and answers take the dialogue's row lock, so two moderators never clash or share a number.
 */
export async function dialogueAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  registerAdminNav({
    label: tv("admin.nav"),
    href: PARTICIPATION_PATHS.adminDialogues,
    roles: DIALOGUE_ROLES,
    order: 62,
  });

  async function context() {
    const [site, units] = await Promise.all([mainSiteId(db), activeUnits(db)]);
    return { site, units };
  }

  /** The dialogue, after checking the person manages its unit (404 unknown, 403 not theirs). */
  async function managed(request: FastifyRequest, idParam: string) {
    const id = uuidParam(idParam);
    const d = await dialogueById(db, id);
    if (!d) throw notFound();
    const { site, units } = await context();
    if (!mayManageUnit(request.staff, site, units, d.unit_id)) throw forbidden();
    return d;
  }

  app.get(PARTICIPATION_PATHS.adminDialogues, ACCESS, async (request, reply) => {
    const { site, units } = await context();
    const rows = await listDialogues(db, managedUnitIds(request.staff, site, units));
    return sendAdminPage(request, reply, tv("admin.title"), <AdminListPage lang="vi" rows={rows} />);
  });

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    values: ScheduleValues,
    errors?: Record<string, string>,
    editing?: { id: string },
  ) {
    const { site, units } = await context();
    const choices = units
      .filter((u) => mayManageUnit(request.staff, site, units, u.id))
      .sort((a, b) => viCollator.compare(a.name, b.name));
    return sendAdminPage(
      request,
      reply,
      editing ? tv("admin.edit") : tv("admin.new"),
      <ScheduleFormPage
        lang="vi"
        action={editing ? editPath(editing.id) : PARTICIPATION_PATHS.adminDialogues}
        submitLabel={editing ? tv("admin.saveChanges") : tv("admin.save")}
        csrf={csrfToken(request)}
        values={values}
        units={choices}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  }

  /** The schedule as posted, with the unit limited to those the person manages. */
  async function parsePosted(request: FastifyRequest) {
    const values = scheduleValues(formOf(request));
    const { site, units } = await context();
    const known = new Set(units.map((u) => u.id));
    const parsed = parseSchedule(
      values,
      (id) => known.has(id) && mayManageUnit(request.staff, site, units, id),
      (key, params) => tv(key, params),
    );
    return { values, parsed };
  }

  const auditable = (s: Schedule | Dialogue) =>
    "unit_id" in s
      ? { title: s.title, unitId: s.unit_id, leader: s.leader_name, startsAt: s.starts_at, endsAt: s.ends_at }
      : { title: s.title, unitId: s.unitId, leader: s.leaderName, startsAt: s.startsAt, endsAt: s.endsAt };

  app.get(NEW_PATH, ACCESS, async (request, reply) => showForm(request, reply, scheduleValues({})));

  app.post(PARTICIPATION_PATHS.adminDialogues, ACCESS, async (request, reply) => {
    const { values, parsed } = await parsePosted(request);
    if (!parsed.ok) return showForm(request, reply, values, parsed.errors);
    const created = await inTransaction(db, async (tx) => {
      const d = await insertDialogue(tx, parsed.value, request.staff?.id ?? null, new Date());
      await recordAudit(tx, actorFrom(request), {
        action: "dialogue.create",
        entityType: "dialogue",
        entityId: d.id,
        summary: d.title,
        after: auditable(d),
      });
      return d;
    });
    await setFlash(request, tv("admin.created", { title: created.title }));
    return reply.redirect(PARTICIPATION_PATHS.adminDialogue(created.id), 303);
  });

  app.get<{ Params: { id: string } }>(
    `${PARTICIPATION_PATHS.adminDialogues}/:id/sua`,
    ACCESS,
    async (request, reply) => {
      const d = await managed(request, request.params.id);
      if (d.status === "ended") throw wrongState();
      const values: ScheduleValues = {
        title: d.title,
        description: d.description,
        leaderName: d.leader_name,
        leaderTitle: d.leader_title,
        unitId: d.unit_id,
        startsAt: formatVnDateTime(d.starts_at),
        endsAt: formatVnDateTime(d.ends_at),
      };
      return showForm(request, reply, values, undefined, { id: d.id });
    },
  );

  app.post<{ Params: { id: string } }>(
    `${PARTICIPATION_PATHS.adminDialogues}/:id/sua`,
    ACCESS,
    async (request, reply) => {
      const d = await managed(request, request.params.id);
      const { values, parsed } = await parsePosted(request);
      if (!parsed.ok) return showForm(request, reply, values, parsed.errors, { id: d.id });
      await inTransaction(db, async (tx) => {
        const current = await lockDialogue(tx, d.id);
        if (!current) throw notFound();
        // Once over, the transcript is a record: it is no longer changed.
        if (current.status === "ended") throw wrongState();
        await updateDialogueDetails(tx, d.id, parsed.value, new Date());
        await recordAudit(tx, actorFrom(request), {
          action: "dialogue.update",
          entityType: "dialogue",
          entityId: d.id,
          summary: parsed.value.title,
          before: auditable(current),
          after: auditable(parsed.value),
        });
      });
      await setFlash(request, tv("admin.saved"));
      return reply.redirect(PARTICIPATION_PATHS.adminDialogue(d.id), 303);
    },
  );

  async function showDialogue(
    request: FastifyRequest,
    reply: FastifyReply,
    d: NonNullable<Awaited<ReturnType<typeof dialogueById>>>,
    answerError?: { questionId: string; text: string; message: string },
  ) {
    const questions = await questionsFor(db, d.id);
    return sendAdminPage(
      request,
      reply,
      d.title,
      <AdminDialoguePage
        lang="vi"
        csrf={csrfToken(request)}
        d={d}
        unitName={d.unit_name}
        questions={questions}
        answerError={answerError}
      />,
      answerError ? 422 : 200,
    );
  }

  app.get<{ Params: { id: string } }>(
    `${PARTICIPATION_PATHS.adminDialogues}/:id`,
    ACCESS,
    async (request, reply) => showDialogue(request, reply, await managed(request, request.params.id)),
  );

  app.post<{ Params: { id: string } }>(
    `${PARTICIPATION_PATHS.adminDialogues}/:id/phien`,
    ACCESS,
    async (request, reply) => {
      const d = await managed(request, request.params.id);
      const raw = formOf(request).action;
      const action = typeof raw === "string" ? SESSION_ACTIONS[raw] : undefined;
      if (!action) throw new AppError(400, "bad_action", "errors.validation");
      await inTransaction(db, async (tx) => {
        const current = await lockDialogue(tx, d.id);
        if (!current) throw notFound();
        const before = { status: current.status, acceptingQuestions: current.accepting_questions };
        const next = dialogueTransition(before, action);
        if (!next.ok) throw wrongState();
        await updateDialogueState(tx, d.id, next.value, new Date());
        await recordAudit(tx, actorFrom(request), {
          action: AUDIT_SESSION[action],
          entityType: "dialogue",
          entityId: d.id,
          summary: d.title,
          before,
          after: next.value,
        });
      });
      await setFlash(request, tv(`admin.done.${action}`));
      return reply.redirect(PARTICIPATION_PATHS.adminDialogue(d.id), 303);
    },
  );

  app.post<{ Params: { id: string; qid: string } }>(
    `${PARTICIPATION_PATHS.adminDialogues}/:id/cau-hoi/:qid`,
    ACCESS,
    async (request, reply) => {
      const d = await managed(request, request.params.id);
      const qid = uuidParam(request.params.qid);
      const raw = formOf(request).action;
      const action: QuestionAction | undefined = raw === "approve" || raw === "reject" ? raw : undefined;
      if (!action) throw new AppError(400, "bad_action", "errors.validation");
      await inTransaction(db, async (tx) => {
        // The dialogue first (same lock order as answers and session actions), then the question.
        const current = await lockDialogue(tx, d.id);
        if (!current) throw notFound();
        const q = await lockQuestion(tx, d.id, qid);
        if (!q) throw notFound();
        const next = questionTransition(current.status, q.status, action);
        if (!next.ok) throw wrongState();
        await setQuestionStatus(tx, q.id, next.value, request.staff?.id ?? null, new Date());
        await recordAudit(tx, actorFrom(request), {
          action: `dialogue_question.${action}`,
          entityType: "dialogue_question",
          entityId: q.id,
          summary: d.title,
          before: { status: q.status },
          after: { status: next.value },
        });
      });
      await setFlash(request, tv(`admin.done.${action}`));
      return reply.redirect(PARTICIPATION_PATHS.adminDialogue(d.id), 303);
    },
  );

  app.post<{ Params: { id: string; qid: string } }>(
    `${PARTICIPATION_PATHS.adminDialogues}/:id/cau-hoi/:qid/tra-loi`,
    ACCESS,
    async (request, reply) => {
      const d = await managed(request, request.params.id);
      const qid = uuidParam(request.params.qid);
      const form = formOf(request);
      const parsed = parseAnswer({ answer: form[`answer-${qid}`] ?? form.answer }, (key, params) =>
        tv(key, params),
      );
      if (!parsed.ok) {
        return showDialogue(request, reply, d, { questionId: qid, text: parsed.text, message: parsed.error });
      }
      const seq = await inTransaction(db, async (tx) => {
        // The row lock orders concurrent answers: each reads the highest number after the previous one committed.
        const current = await lockDialogue(tx, d.id);
        if (!current) throw notFound();
        const q = await lockQuestion(tx, d.id, qid);
        if (!q) throw notFound();
        const next = questionTransition(current.status, q.status, "answer");
        if (!next.ok) throw wrongState();
        const n = await publishAnswer(tx, d.id, q.id, parsed.value, request.staff?.id ?? null, new Date());
        await recordAudit(tx, actorFrom(request), {
          action: "dialogue_question.answer",
          entityType: "dialogue_question",
          entityId: q.id,
          summary: d.title,
          before: { status: q.status },
          after: { status: "answered", answerSeq: n, answer: parsed.value },
        });
        return n;
      });
      await setFlash(request, tv("admin.done.answer", { n: seq }));
      return reply.redirect(PARTICIPATION_PATHS.adminDialogue(d.id), 303);
    },
  );
}
