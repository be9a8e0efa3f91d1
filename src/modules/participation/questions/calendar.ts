import { loadWorkingCalendar, type WorkingCalendar } from "../../../platform/calendar/index.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import type { Db } from "../../../platform/db/connection.js";

/** The working calendar around `now`: last year too, since a list may show questions routed in December. */
export function calendarAround(db: Db, now: Date): Promise<WorkingCalendar> {
  const year = Number(vnDay(now).slice(0, 4));
  return loadWorkingCalendar(db, [year - 1, year]);
}
