import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createStaff, signIn } from "../../../../test/support/staff-session.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { addDays, vnDay } from "../../../platform/calendar/vn-day.js";
import { SERVICES_PATHS } from "../paths.js";
import { runDeadlineSweep } from "./deadline-warnings.js";
import { insertTestDossier, insertTestProcedure, insertTestUnit } from "./test-factory.js";

/**
 * PGlite (the default database of `npm start` without DATABASE_URL) runs the workspace's SQL too: the unit tree's
 * recursive scope, `count(*) filter`, the diacritics-free search and the digest claim.
 */
describe("workspace on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", seed: "none" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists a unit's overdue dossiers with the banner, and sweeps once a day", async () => {
    const db = t.services.db;
    const root = await insertTestUnit(db, { shortCode: "PGR", name: "Tỉnh" });
    const unit = await insertTestUnit(db, { shortCode: "PGA", name: "Sở A", parentId: root });
    const sub = await insertTestUnit(db, { shortCode: "PGA1", name: "Phòng A1", parentId: unit });
    const officer = await createStaff(db, {
      username: "pg.motcua",
      grants: [{ role: "one_stop_officer", unitId: unit }],
    });
    await db
      .updateTable("staff_users")
      .set({ email: "pg.motcua@quangngai.gov.vn" })
      .where("id", "=", officer.id)
      .execute();
    const procedure = await insertTestProcedure(db, { unitId: unit });
    const today = vnDay(new Date());
    await insertTestDossier(db, {
      code: "PG-0001",
      procedureId: procedure.id,
      unitId: unit,
      currentUnitId: sub,
      state: "processing",
      applicantName: "Đặng Thị Ánh",
      dueOn: addDays(today, -4),
    });
    const session = await signIn(t.app, { username: "pg.motcua", password: officer.password });
    const res = await session.get(`${SERVICES_PATHS.workspace}?tab=overdue&q=dang+thi+anh`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-code="PG-0001"');
    expect(res.body).toContain("1 hồ sơ quá hạn chưa có phiếu xin lỗi");

    // On the next working day, the unassigned overdue dossier of the sub-unit goes to the unit's counter, once.
    const calendar = await loadWorkingCalendar(db, [Number(today.slice(0, 4))]);
    let day = addDays(today, 1);
    while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
    const at = new Date(`${day}T08:00:00+07:00`);
    expect(await runDeadlineSweep(t.services, t.services.jobs, at)).toBe(1);
    expect(await runDeadlineSweep(t.services, t.services.jobs, at)).toBe(0);
    const claimed = await db
      .selectFrom("dossier_deadline_digests")
      .select(["staff_id", "overdue_count"])
      .execute();
    expect(claimed).toEqual([{ staff_id: officer.id, overdue_count: 1 }]);
  });
});
