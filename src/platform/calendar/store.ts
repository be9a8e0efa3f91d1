import type { Db } from "../db/connection.js";
import type { Executor } from "../db/transaction.js";
import "./tables.js";
import { dayOf, isoOf } from "./domain/civil-date.js";
import {
  type CalendarSettings,
  createWorkingCalendar,
  type OverrideKind,
  type WorkingCalendar,
} from "./domain/working-calendar.js";
import type { CalendarOverrideTable } from "./tables.js";

export type CalendarOverrideRow = Omit<CalendarOverrideTable, "created_at"> & { created_at: Date };

/** The announced changes of one year, in date order. */
export function listOverrides(db: Executor, year: number): Promise<CalendarOverrideRow[]> {
  return db
    .selectFrom("calendar_overrides")
    .selectAll()
    .where("day", ">=", isoOf(dayOf(year, 1, 1)))
    .where("day", "<=", isoOf(dayOf(year, 12, 31)))
    .orderBy("day")
    .execute();
}

export function findOverrideByDay(db: Executor, day: string): Promise<CalendarOverrideRow | undefined> {
  return db.selectFrom("calendar_overrides").selectAll().where("day", "=", day).executeTakeFirst();
}

export async function insertOverride(
  tx: Executor,
  row: {
    id: string;
    day: string;
    kind: OverrideKind;
    reason: string;
    legal_basis: string | null;
    created_by: string | null;
    created_by_name: string | null;
  },
): Promise<void> {
  await tx.insertInto("calendar_overrides").values(row).execute();
}

/** Deletes one change and returns what it was (undefined when it was already gone). */
export function deleteOverride(tx: Executor, id: string): Promise<CalendarOverrideRow | undefined> {
  return tx.deleteFrom("calendar_overrides").where("id", "=", id).returningAll().executeTakeFirst();
}

export async function readSettings(db: Executor): Promise<CalendarSettings> {
  const row = await db.selectFrom("calendar_settings").select("cutoff_minutes").executeTakeFirst();
  return { cutoffMinutes: row ? row.cutoff_minutes : null };
}

export async function writeSettings(tx: Executor, settings: CalendarSettings): Promise<void> {
  await tx
    .insertInto("calendar_settings")
    .values({ id: 1, cutoff_minutes: settings.cutoffMinutes, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({ cutoff_minutes: settings.cutoffMinutes, updated_at: new Date() }),
    )
    .execute();
}

/**
 * How long a loaded calendar is trusted. Edits on this process clear the cache at once; the time limit is for the
 * other app nodes of a scaled-out install, which learn of an edit at most this late.
 */
const CACHE_TTL_MS = 60_000;

const caches = new WeakMap<Db, Map<string, { loadedAt: number; calendar: Promise<WorkingCalendar> }>>();

/**
 * A working calendar with the announced changes of the given years and of the year after the last one (a deadline
 * set in December runs into January). Loaded once per process (two queries) and shared until an edit or the TTL;
 * asking it about a day outside those years throws, rather than answering without that year's changes.
 */
export function loadWorkingCalendar(db: Db, years: readonly number[]): Promise<WorkingCalendar> {
  if (years.length === 0 || !years.every(Number.isInteger)) {
    return Promise.reject(new RangeError("loadWorkingCalendar needs at least one year"));
  }
  const from = Math.min(...years);
  const to = Math.max(...years) + 1;
  const key = `${from}-${to}`;
  let perDb = caches.get(db);
  if (!perDb) {
    perDb = new Map();
    caches.set(db, perDb);
  }
  const cached = perDb.get(key);
  if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) return cached.calendar;
  const calendar = (async () => {
    const [rows, settings] = await Promise.all([
      db
        .selectFrom("calendar_overrides")
        .select(["day", "kind"])
        .where("day", ">=", isoOf(dayOf(from, 1, 1)))
        .where("day", "<=", isoOf(dayOf(to, 12, 31)))
        .execute(),
      readSettings(db),
    ]);
    return createWorkingCalendar(
      rows.map((r) => ({ date: r.day, kind: r.kind })),
      settings,
      { years: { from, to } },
    );
  })();
  const entry = { loadedAt: Date.now(), calendar };
  perDb.set(key, entry);
  // A failed load is not kept: the next caller tries again.
  calendar.catch(() => {
    if (perDb.get(key) === entry) perDb.delete(key);
  });
  return calendar;
}

/** Forgets this process's loaded calendars; called after every edit of the table or the settings. */
export function invalidateWorkingCalendars(db: Db): void {
  caches.delete(db);
}
