import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom } from "../../../platform/audit/index.js";
import type { WorkingCalendar } from "../../../platform/calendar/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { actionRefusal } from "../../../platform/http/action-refusal.js";
import { badRequest, forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { participationQuestionsAdmin } from "../../../platform/i18n/catalogues/participation-questions-admin.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import type { StaffPrincipal } from "../../../platform/rbac/access.js";
import { formOf } from "../forms.js";
import { PARTICIPATION_HOME_TAG } from "../home-section.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { QuestionKind } from "../tables.js";
import { listScope, mainSiteId, QUESTION_STAFF_ROLES, questionRoles } from "./access.js";
import { registerQuestionPanel } from "./admin-panel.js";
import { calendarAround } from "./calendar.js";
import { type DeadlineLimits, deadlineFlag, deadlineLimits } from "./domain/deadline.js";
import { QUESTION_KINDS } from "./domain/status.js";
import { allowedActions, isQuestionAction, type QuestionAction } from "./domain/workflow.js";
import {
  ADMIN_TABS,
  type AdminFilters,
  type AdminRow,
  type AdminTab,
  getQuestionView,
  type QuestionView,
  tabCounts,
  tabRows,
  topicOptions,
  unitOptions,
} from "./store.js";
import { actionLabel, applyQuestionTransition } from "./transitions.js";
import { AdminListPage, type AdminRowView } from "./views/admin-list-page.js";
import { type ActionFormState, AdminQuestionPage } from "./views/admin-question-page.js";

registerCatalogue(participationQuestionsAdmin);

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const access = { config: { access: { roles: QUESTION_STAFF_ROLES } } };

type IdParams = { Params: { id: string } };
type ActionParams = { Params: { id: string; action: string } };

function field(form: Record<string, unknown>, key: string): string {
  const v = form[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s.normalize("NFC") : "";
}

/** Working days left before the due date (negative when late), or null when there is none to count. */
function daysLeftOf(calendar: WorkingCalendar, dueOn: string | null, now: Date): number | null {
  return dueOn ? calendar.daysLeft(dueOn, now) : null;
}

/** Reads the filters; anything not offered by the form is dropped and reported, never a 500. */
function parseFilters(
  query: Record<string, unknown>,
  landing: AdminTab,
): {
  tab: AdminTab;
  page: number;
  filters: AdminFilters;
  bad: string[];
} {
  const get = (k: string) =>
    typeof query[k] === "string" ? (query[k] as string).normalize("NFC").trim() : "";
  const bad: string[] = [];
  const tabText = get("tab");
  const tab = (ADMIN_TABS as readonly string[]).includes(tabText) ? (tabText as AdminTab) : landing;
  if (tabText && tab !== tabText) bad.push("tab");
  const kindText = get("kind");
  const kind = kindText in QUESTION_KINDS ? (kindText as QuestionKind) : "";
  if (kindText && !kind) bad.push("kind");
  const uuid = (k: string) => {
    const v = get(k);
    if (v && !UUID_PATTERN.test(v)) bad.push(k);
    return UUID_PATTERN.test(v) ? v.toLowerCase() : "";
  };
  const pageText = get("page");
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) > 0 ? Number(pageText) : 1;
  if (pageText && String(page) !== pageText) bad.push("page");
  return {
    tab,
    page,
    filters: { q: get("q").slice(0, 200), kind, topic: uuid("topic"), unit: uuid("unit") },
    bad,
  };
}

/**
 * Staff pages of Q&A, business Q&A and feedback (issue 7 items 1, 2, 5): the list by status with filters, the
 * question page with one form per allowed action. The editorial board of the main portal sees every question; a
 * unit's specialists and leaders see the questions routed to their units.
 */
export async function questionAdminRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;
  registerAdminNav({
    label: tv("qadmin.nav"),
    href: PARTICIPATION_PATHS.adminQuestions,
    roles: QUESTION_STAFF_ROLES,
    order: 60,
  });
  registerQuestionPanel(services);

  app.get(PARTICIPATION_PATHS.adminQuestions, access, async (request, reply) => {
    const staff = request.staff as StaffPrincipal;
    const now = new Date();
    const [site, calendar] = await Promise.all([mainSiteId(db), calendarAround(db, now)]);
    const scope = listScope(staff.grants, site);
    // The board starts on what waits for routing; a unit on what it has to answer.
    const { tab, page, filters, bad } = parseFilters(
      (request.query ?? {}) as Record<string, unknown>,
      scope === "all" ? "route" : "routed",
    );
    const limits = deadlineLimits(calendar, now);
    const [counts, rows, units, topics] = await Promise.all([
      tabCounts(db, scope, filters, limits),
      tabRows(db, scope, filters, limits, tab, page),
      unitOptions(db),
      topicOptions(db),
    ]);
    const errors =
      bad.length > 0 ? Object.fromEntries(bad.map((k) => [k, tv("qadmin.f.invalid")])) : undefined;
    return sendAdminPage(
      request,
      reply,
      tv("qadmin.title"),
      <AdminListPage
        tab={tab}
        filters={filters}
        errors={errors}
        counts={counts}
        rows={rows.map((r) => withFlag(r, limits, calendar, now))}
        page={page}
        units={units}
        topics={topics}
      />,
      bad.length > 0 ? 400 : 200,
    );
  });

  async function load(request: FastifyRequest, id: string) {
    const staff = request.staff as StaffPrincipal;
    if (!UUID_PATTERN.test(id)) throw notFound();
    const view = await getQuestionView(db, id);
    if (!view) throw notFound();
    const roles = await questionRoles(db, staff.grants, view.question.unit_id);
    // Unit staff see questions routed to their units; the board and system admins see all.
    if (!roles.systemAdmin && !roles.board && !roles.unit.some((r) => r === "specialist" || r === "leader")) {
      throw forbidden();
    }
    return { view, roles };
  }

  async function sendPage(
    request: FastifyRequest,
    reply: FastifyReply,
    view: QuestionView,
    actions: QuestionAction[],
    opts: { form?: ActionFormState; problem?: string; status?: number } = {},
  ) {
    const now = new Date();
    const calendar = await calendarAround(db, now);
    const limits = deadlineLimits(calendar, now);
    const q = view.question;
    const units = actions.includes("route") ? await unitOptions(db) : [];
    return sendAdminPage(
      request,
      reply,
      tv("qadmin.page.title", { code: q.code }),
      <AdminQuestionPage
        view={view}
        csrf={csrfToken(request)}
        actions={actions}
        units={units}
        flag={deadlineFlag(q, limits)}
        daysLeft={
          q.status === "routed" || q.status === "drafted" ? daysLeftOf(calendar, q.due_on, now) : null
        }
        form={opts.form}
        problem={opts.problem}
      />,
      opts.status ?? 200,
    );
  }

  app.get<IdParams>(PARTICIPATION_PATHS.adminQuestion(":id"), access, async (request, reply) => {
    const { view, roles } = await load(request, request.params.id);
    return sendPage(request, reply, view, allowedActions(view.question.status, roles));
  });

  app.post<ActionParams>(
    `${PARTICIPATION_PATHS.adminQuestion(":id")}/:action`,
    access,
    async (request, reply) => {
      const action = request.params.action.replace("-", "_");
      if (!isQuestionAction(action)) throw notFound();
      const { view, roles } = await load(request, request.params.id);
      const form = formOf(request);
      const versionText = field(form, "expectedVersion").trim();
      if (!/^\d{1,9}$/.test(versionText)) throw badRequest("errors.validation");
      const values = {
        unitId: field(form, "unitId").trim(),
        note: field(form, "note"),
        answer: field(form, "answer"),
      };
      try {
        await inTransaction(db, (tx) =>
          applyQuestionTransition(services, tx, {
            questionId: view.question.id,
            action,
            staffId: (request.staff as StaffPrincipal).id,
            input: { unitId: values.unitId || undefined, note: values.note, answer: values.answer },
            expectedVersion: Number(versionText),
            audit: actorFrom(request),
          }),
        );
      } catch (err) {
        const refused = actionRefusal(err, action);
        if (!refused) throw err;
        const fresh = (await getQuestionView(db, view.question.id)) ?? view;
        const freshRoles = await questionRoles(
          db,
          (request.staff as StaffPrincipal).grants,
          fresh.question.unit_id,
        );
        const { errors, ...rest } = refused;
        return sendPage(request, reply, fresh, allowedActions(fresh.question.status, freshRoles), {
          form: { action, values, errors },
          ...rest,
        });
      }
      // The portal home lists the latest answers: its block (and, as with any purge, the home pages) is dropped.
      if (action === "publish") services.pageCache.purge([PARTICIPATION_HOME_TAG]);
      await setFlash(
        request,
        tv("qadmin.flash.done", { action: actionLabel(action), code: view.question.code }),
      );
      // A question sent back leaves the unit, whose staff no longer see it: back to their list then.
      const stillVisible = roles.board || roles.systemAdmin || action !== "send_back";
      return reply.redirect(
        stillVisible
          ? PARTICIPATION_PATHS.adminQuestion(view.question.id)
          : PARTICIPATION_PATHS.adminQuestions,
        303,
      );
    },
  );
}

function withFlag(r: AdminRow, limits: DeadlineLimits, calendar: WorkingCalendar, now: Date): AdminRowView {
  const open = r.status === "routed" || r.status === "drafted";
  return { ...r, flag: deadlineFlag(r, limits), daysLeft: open ? daysLeftOf(calendar, r.due_on, now) : null };
}
