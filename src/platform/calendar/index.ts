/**
 * The working-day calendar (SPEC §B3): modules compute due dates with `loadWorkingCalendar(db, years)` (cached) or,
 * in pure domain code, with a `WorkingCalendar` passed in as an argument.
 */
import "./tables.js";

export { formatViDate, type IsoDate } from "./domain/civil-date.js";
export { type Holiday, type HolidayKey, statutoryHolidays } from "./domain/holidays.js";
export { type LunarDate, lunarOf, solarOf, tetOf } from "./domain/lunar.js";
export {
  type CalendarOverride,
  CalendarRangeError,
  type CalendarSettings,
  createWorkingCalendar,
  type OverrideKind,
  type WorkingCalendar,
} from "./domain/working-calendar.js";
export { calendarMigrations } from "./migrations.js";
export { calendarAdminRoutes } from "./routes.js";
export { invalidateWorkingCalendars, loadWorkingCalendar } from "./store.js";
