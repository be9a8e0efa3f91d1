import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { servicesWorkspace } from "../../../platform/i18n/catalogues/services-workspace.js";
import { type Lang, registerCatalogue, t } from "../../../platform/i18n/index.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../paths.js";
import "../tables.js";
import { BulkAssignError, bulkAssign, bulkInput } from "./bulk-assign.js";
import { type FilterInput, type FilterResult, PAGE_SIZE, parseFilters } from "./domain/filters.js";
import {
  ASSIGN_ROLES,
  daysLeftOf,
  deadlineLimits,
  defaultQueue,
  needsApology,
  type QueueKey,
  WORKSPACE_ROLES,
  workspaceUnits,
} from "./domain/queues.js";
import { procedureOptions, queueCounts, queueRows, specialistOptions } from "./store.js";
import { type RowView, WorkspacePage, workspaceHref } from "./views/workspace-page.js";

registerCatalogue(servicesWorkspace);

const FIELD_LABEL_KEYS: Record<string, string> = {
  tab: "workspace.queues",
  q: "workspace.f.q",
  procedure: "workspace.f.procedure",
  field: "workspace.f.field",
  channel: "workspace.f.channel",
  assignee: "workspace.f.assignee",
  from: "workspace.f.from",
  to: "workspace.f.to",
  page: "workspace.pages",
};

function problemsToErrors(lang: Lang, result: Extract<FilterResult, { ok: false }>): Errors {
  const errors: Errors = {};
  for (const [field, p] of Object.entries(result.problems)) {
    errors[field] = t(lang, p.key, { field: t(lang, FIELD_LABEL_KEYS[field] ?? field), ...p.params });
  }
  return errors;
}

interface Extra {
  errors?: Errors | undefined;
  status?: number | undefined;
  selected?: readonly string[] | undefined;
  toAssignee?: string | undefined;
}

/**
 * The one-stop workspace (issue 6 item 9): queues with counts, filters, a page of dossiers sorted by due date, and
 * bulk assign for the counter and leaders. Scope: the dossiers held by the viewer's units (and units below them).
 */
export async function workspaceRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;
  registerAdminNav({
    label: t("vi", "workspace.nav"),
    href: SERVICES_PATHS.workspace,
    roles: WORKSPACE_ROLES,
    order: 50,
  });

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    query: Record<string, unknown>,
    extra: Extra = {},
  ): Promise<FastifyReply> {
    const staff = request.staff;
    if (!staff) throw new Error("workspace: access control let an anonymous request through");
    const lang = request.lang ?? "vi";
    const title = t(lang, "workspace.title");
    const scope = workspaceUnits(staff.grants);
    const canAssign = workspaceUnits(staff.grants.filter((g) => ASSIGN_ROLES.includes(g.role)));
    const landing = Object.keys(query).length === 0;
    const parsed = parseFilters(query);
    const fallback = defaultQueue(staff.grants);
    const input: FilterInput = { ...parsed.input };
    const [procedures, specialists] = await Promise.all([
      procedureOptions(db, scope),
      specialistOptions(db, scope),
    ]);
    const base = {
      lang,
      procedures,
      specialists,
      canAssign: canAssign === "all" || canAssign.length > 0,
      csrf: csrfToken(request),
      selected: extra.selected,
      toAssignee: extra.toAssignee,
    };
    if (!parsed.ok) {
      const queue = (parsed.input.tab as QueueKey | undefined) ?? fallback.queue;
      const safeQueue = parsed.problems.tab ? fallback.queue : queue;
      return sendAdminPage(
        request,
        reply,
        title,
        <WorkspacePage
          {...base}
          input={input}
          errors={problemsToErrors(lang, parsed)}
          queue={safeQueue}
          counts={null}
          rows={[]}
          page={1}
        />,
        422,
      );
    }
    const filters = parsed.filters;
    const queue = filters.queue ?? fallback.queue;
    if (landing && fallback.mine) {
      filters.assignee = { kind: "me" };
      input.assignee = "me";
    }
    input.tab = queue;
    const now = new Date();
    const year = Number(vnDay(now).slice(0, 4));
    const calendar = await loadWorkingCalendar(db, [year]);
    const limits = deadlineLimits(calendar, now);
    const [counts, rows] = await Promise.all([
      queueCounts(db, scope, filters, staff.id, limits),
      queueRows(db, scope, queue, filters, staff.id, limits, filters.page, PAGE_SIZE),
    ]);
    // One calendar for the whole page (cached per process): the years of the page's due dates and this one.
    const years = rows.flatMap((r) => (r.due_on ? [Number(r.due_on.slice(0, 4))] : []));
    const rowCalendar =
      years.length === 0
        ? calendar
        : await loadWorkingCalendar(db, [Math.min(year, ...years), Math.max(year, ...years)]);
    const views: RowView[] = rows.map((r) => ({
      ...r,
      daysLeft: daysLeftOf(r, rowCalendar, now),
      needsApology: needsApology(r, limits),
    }));
    return sendAdminPage(
      request,
      reply,
      title,
      <WorkspacePage
        {...base}
        input={input}
        errors={extra.errors}
        queue={queue}
        counts={counts}
        rows={views}
        page={filters.page}
      />,
      extra.status ?? 200,
    );
  }

  app.get(SERVICES_PATHS.workspace, { config: { access: { roles: WORKSPACE_ROLES } } }, (request, reply) =>
    render(request, reply, (request.query ?? {}) as Record<string, unknown>),
  );

  app.post(
    SERVICES_PATHS.workspace,
    { config: { access: { roles: ASSIGN_ROLES } } },
    async (request, reply) => {
      const staff = request.staff;
      if (!staff) throw new Error("workspace: access control let an anonymous request through");
      const lang = request.lang ?? "vi";
      const body = (request.body ?? {}) as Record<string, unknown>;
      const back = typeof body.back === "string" ? body.back.slice(0, 2000) : "";
      const backQuery = Object.fromEntries(new URLSearchParams(back));
      const input = bulkInput(body);
      const scope = workspaceUnits(staff.grants.filter((g) => ASSIGN_ROLES.includes(g.role)));
      try {
        const done = await bulkAssign(services, request, scope, input, lang);
        await setFlash(
          request,
          t(lang, "workspace.bulk.done", { count: done.count, name: done.assigneeName }),
        );
        const parsed = parseFilters(backQuery);
        const target = parsed.ok
          ? workspaceHref(
              parsed.input,
              parsed.filters.queue ?? defaultQueue(staff.grants).queue,
              parsed.filters.page,
            )
          : SERVICES_PATHS.workspace;
        return reply.redirect(target, 303);
      } catch (err) {
        if (!(err instanceof BulkAssignError)) throw err;
        return render(request, reply, backQuery, {
          errors: { [err.field]: err.message },
          status: err.statusCode,
          selected: input.ids,
          toAssignee: input.toAssignee,
        });
      }
    },
  );
}
