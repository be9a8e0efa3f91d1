import type { Db } from "../db/connection.js";
import "./tables.js";

/**
 * The demo's announced changes: the 2025 swap for 30/4 – 1/5 (Friday 02/05 off, worked on Saturday 26/04), so the
 * table at /admin/lich-lam-viec?nam=2025 shows what a real notice looks like. Fixed ids: seeding twice adds nothing.
 */
export async function seedCalendarChanges(db: Db): Promise<void> {
  await db
    .insertInto("calendar_overrides")
    .values([
      {
        id: "0196a1c0-0000-7000-8000-000000000426",
        day: "2025-04-26",
        kind: "working_day",
        reason: "Làm việc bù cho ngày thứ Sáu 02/05/2025 (hoán đổi ngày làm việc dịp nghỉ lễ 30/4 – 1/5)",
        legal_basis: null,
        created_by: null,
        created_by_name: "Dữ liệu mẫu",
      },
      {
        id: "0196a1c0-0000-7000-8000-000000000502",
        day: "2025-05-02",
        kind: "day_off",
        reason: "Nghỉ hoán đổi với thứ Bảy 26/04/2025, để nghỉ liền dịp 30/4 – 1/5",
        legal_basis: null,
        created_by: null,
        created_by_name: "Dữ liệu mẫu",
      },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
}
