import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../admin/shell.js";
import { actorFrom, recordAudit } from "../audit/index.js";
import { inTransaction } from "../db/transaction.js";
import { UUID_PATTERN } from "../http/uuid.js";
import { calendar as calendarCatalogue } from "../i18n/catalogues/calendar.js";
import { registerCatalogue, t } from "../i18n/index.js";
import type { Role } from "../rbac/roles.js";
import type { Errors } from "../ui/components/forms.js";
import { formatViDate, parseIso, parseViDate, vnDayOf, yearOf } from "./domain/civil-date.js";
import {
  checkOverride,
  formatCutoff,
  type OverrideFormValues,
  overrideValuesFromBody,
  parseCutoff,
} from "./domain/override-input.js";
import { createWorkingCalendar, MAX_YEAR, MIN_YEAR } from "./domain/working-calendar.js";
import { yearView } from "./domain/year-view.js";
import {
  deleteOverride,
  insertOverride,
  invalidateWorkingCalendars,
  listOverrides,
  readSettings,
  writeSettings,
} from "./store.js";
import { CALENDAR_PATH, CalendarPage } from "./views/calendar-page.js";

registerCatalogue(calendarCatalogue);

/** The calendar is the province's: one table for every unit, so only system administrators edit it. */
const CALENDAR_ROLES: readonly Role[] = ["system_admin"];
const access = { access: { roles: CALENDAR_ROLES } };

function field(source: unknown, name: string): string {
  const v = source && typeof source === "object" ? (source as Record<string, unknown>)[name] : undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first : "";
}

function currentYear(): number {
  return yearOf(vnDayOf(new Date()));
}

/** "2026" → 2026; null for anything else or a year the calendar does not cover. */
function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text.trim());
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function yearHref(year: number, anchor = ""): string {
  return `${CALENDAR_PATH}?nam=${year}${anchor}`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

interface PageState {
  errors?: Errors;
  addValues?: OverrideFormValues;
  cutoffValue?: string;
}

/** The page for a year: two queries (the year's changes, the settings), the rest computed. */
async function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  year: number,
  state: PageState = {},
  status = 200,
): Promise<FastifyReply> {
  const db = request.server.services.db;
  const [overrides, settings] = await Promise.all([listOverrides(db, year), readSettings(db)]);
  const calendar = createWorkingCalendar(
    overrides.map((o) => ({ date: o.day, kind: o.kind })),
    settings,
    { years: { from: year, to: year } },
  );
  const lang = request.lang;
  return sendAdminPage(
    request,
    reply,
    t(lang, "calendar.title"),
    <CalendarPage
      lang={lang}
      csrfToken={csrfToken(request)}
      view={yearView(calendar, year)}
      overrides={overrides}
      settings={settings}
      errors={state.errors}
      addValues={state.addValues}
      cutoffValue={state.cutoffValue}
    />,
    status,
  );
}

function translate(request: FastifyRequest, problems: Record<string, string | undefined>): Errors {
  const errors: Errors = {};
  for (const [k, key] of Object.entries(problems)) if (key) errors[k] = t(request.lang, key);
  return errors;
}

/** The working-day calendar (issue 6 item 5, SPEC §B3): computed holidays, the yearly changes, the cut-off hour. */
export async function calendarAdminRoutes(app: FastifyInstance): Promise<void> {
  registerAdminNav({
    label: t("vi", "calendar.nav"),
    href: CALENDAR_PATH,
    roles: CALENDAR_ROLES,
    order: 920,
  });

  app.get(CALENDAR_PATH, { config: access }, async (request, reply) => {
    const raw = field(request.query, "nam");
    if (raw === "") return renderPage(request, reply, currentYear());
    const year = parseYear(raw);
    if (year === null) {
      const shown = currentYear();
      return renderPage(
        request,
        reply,
        shown,
        { errors: { nam: t(request.lang, "calendar.error.yearInvalid", { year: shown }) } },
        400,
      );
    }
    return renderPage(request, reply, year);
  });

  app.post(`${CALENDAR_PATH}/dieu-chinh`, { config: access }, async (request, reply) => {
    const db = request.server.services.db;
    const values = overrideValuesFromBody(request.body);
    const day = parseViDate(values.date);
    const dayYear = day === null ? null : yearOf(day);
    const year =
      dayYear !== null && dayYear >= MIN_YEAR && dayYear <= MAX_YEAR
        ? dayYear
        : (parseYear(field(request.body, "nam")) ?? currentYear());
    const [existing, settings] = await Promise.all([listOverrides(db, year), readSettings(db)]);
    const checked = checkOverride(values, (iso) =>
      createWorkingCalendar(
        existing.filter((o) => o.day !== iso).map((o) => ({ date: o.day, kind: o.kind })),
        settings,
      ),
    );
    const refuse = (problems: Record<string, string | undefined>) =>
      renderPage(request, reply, year, { errors: translate(request, problems), addValues: values }, 422);
    if (!checked.ok) return refuse(checked.problems);
    const input = checked.input;
    if (existing.some((o) => o.day === input.day)) return refuse({ date: "calendar.error.duplicate" });

    const actor = actorFrom(request);
    const id = uuidv7();
    const row = {
      id,
      day: input.day,
      kind: input.kind,
      reason: input.reason,
      legal_basis: input.legalBasis,
      created_by: request.staff?.id ?? null,
      created_by_name: request.staff?.fullName ?? null,
    };
    try {
      await inTransaction(db, async (tx) => {
        await insertOverride(tx, row);
        await recordAudit(tx, actor, {
          action: "calendar.override.create",
          entityType: "calendar_override",
          entityId: id,
          summary: `${formatViDate(parseIso(input.day) ?? 0)}: ${t("vi", `calendar.kind.${input.kind}`)} – ${input.reason}`,
          after: { day: input.day, kind: input.kind, reason: input.reason, legal_basis: input.legalBasis },
        });
      });
    } catch (error) {
      // Two people adding the same day at once: the unique index keeps one, the other is told.
      if (isUniqueViolation(error)) return refuse({ date: "calendar.error.duplicate" });
      throw error;
    }
    invalidateWorkingCalendars(db);
    await setFlash(
      request,
      t(request.lang, "calendar.flash.added", { date: formatViDate(parseIso(input.day) ?? 0) }),
    );
    return reply.redirect(yearHref(year, "#dieu-chinh"), 303);
  });

  app.post<{ Params: { id: string } }>(
    `${CALENDAR_PATH}/dieu-chinh/:id/xoa`,
    { config: access },
    async (request, reply) => {
      const db = request.server.services.db;
      const id = request.params.id;
      const fallbackYear = parseYear(field(request.body, "nam")) ?? currentYear();
      if (!UUID_PATTERN.test(id)) {
        await setFlash(request, t(request.lang, "calendar.flash.alreadyRemoved"));
        return reply.redirect(yearHref(fallbackYear, "#dieu-chinh"), 303);
      }
      const actor = actorFrom(request);
      const removed = await inTransaction(db, async (tx) => {
        const row = await deleteOverride(tx, id);
        if (!row) return undefined;
        await recordAudit(tx, actor, {
          action: "calendar.override.delete",
          entityType: "calendar_override",
          entityId: id,
          summary: `${formatViDate(parseIso(row.day) ?? 0)}: ${t("vi", `calendar.kind.${row.kind}`)} – ${row.reason}`,
          before: { day: row.day, kind: row.kind, reason: row.reason, legal_basis: row.legal_basis },
        });
        return row;
      });
      if (!removed) {
        // Removed by someone else, or a second click: nothing left to do, say so instead of failing.
        await setFlash(request, t(request.lang, "calendar.flash.alreadyRemoved"));
        return reply.redirect(yearHref(fallbackYear, "#dieu-chinh"), 303);
      }
      invalidateWorkingCalendars(db);
      const day = parseIso(removed.day) ?? 0;
      await setFlash(request, t(request.lang, "calendar.flash.removed", { date: formatViDate(day) }));
      return reply.redirect(yearHref(yearOf(day), "#dieu-chinh"), 303);
    },
  );

  app.post(`${CALENDAR_PATH}/gio-tiep-nhan`, { config: access }, async (request, reply) => {
    const db = request.server.services.db;
    const year = parseYear(field(request.body, "nam")) ?? currentYear();
    const typed = field(request.body, "cutoff").slice(0, 20);
    const cutoff = parseCutoff(typed);
    if (cutoff === undefined) {
      return renderPage(
        request,
        reply,
        year,
        { errors: { cutoff: t(request.lang, "calendar.error.cutoffInvalid") }, cutoffValue: typed },
        422,
      );
    }
    const actor = actorFrom(request);
    await inTransaction(db, async (tx) => {
      const before = await readSettings(tx);
      await writeSettings(tx, { cutoffMinutes: cutoff });
      await recordAudit(tx, actor, {
        action: "calendar.settings.update",
        entityType: "calendar_settings",
        entityId: "1",
        before: { cutoff: formatCutoff(before.cutoffMinutes) || null },
        after: { cutoff: formatCutoff(cutoff) || null },
      });
    });
    invalidateWorkingCalendars(db);
    await setFlash(request, t(request.lang, "calendar.flash.settingsSaved"));
    return reply.redirect(yearHref(year, "#gio-tiep-nhan"), 303);
  });
}
