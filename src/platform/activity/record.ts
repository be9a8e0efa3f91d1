import { sql } from "kysely";
import type { Executor } from "../db/transaction.js";
import type { StaffActivityKind } from "./tables.js";

const VN_OFFSET_MS = 7 * 60 * 60_000;

/** The Vietnamese calendar day of an instant (UTC+7 all year). */
export function activityDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export interface StaffActivity {
  staffId: string;
  activity: StaffActivityKind;
  /** The site reviewed; null for a sign-in. */
  siteId?: string | null;
  at?: Date;
}

/**
 * Records that a staff member did something today (duty tracking, SPEC §F3): one upserted row per person, kind,
 * site and day, so a busy editor costs one row a day, not one per page. A site id that names no site is ignored
 * rather than stored (the column cannot carry a foreign key, see the migration).
 */
export async function recordStaffActivity(db: Executor, activity: StaffActivity): Promise<void> {
  const at = activity.at ?? new Date();
  const siteId = activity.siteId ?? null;
  await sql`
    insert into staff_activity (staff_id, activity, site_id, day, first_at, last_at, times)
    select ${activity.staffId}::uuid, ${activity.activity}, ${siteId}::uuid, ${activityDay(at)}::date, ${at}, ${at}, 1
    where ${siteId}::uuid is null or exists (select 1 from sites where id = ${siteId}::uuid)
    on conflict (staff_id, activity, coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid), day)
    do update set last_at = greatest(staff_activity.last_at, excluded.last_at),
      times = staff_activity.times + 1`.execute(db);
}
