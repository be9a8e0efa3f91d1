import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createStaff } from "../../../../test/support/staff-session.js";
import { addDays, vnDay } from "../../../platform/calendar/vn-day.js";
import { ensureConsultationClosing } from "./closing.js";
import { unitScope } from "./store.js";

const PROVINCE = uuidv7();
const DEPARTMENT = uuidv7();

/** The SQL PGlite might run differently: the recursive unit trees, FOR UPDATE, and the jobs' dedupe keys. */
describe("consultation closing on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", seed: "none" });
    const db = t.services.db;
    await sql`
      insert into units (id, kind, name_vi, name_en, short_code)
      values (${PROVINCE}, 'province', 'UBND tỉnh Thử nghiệm', 'Test Province', 'TN')`.execute(db);
    await sql`
      insert into units (id, kind, name_vi, name_en, short_code, parent_id)
      values (${DEPARTMENT}, 'department', 'Sở Thử nghiệm', 'Test Department', 'STN', ${PROVINCE})`.execute(
      db,
    );
    const s = await createStaff(db, {
      username: "chuyenvien.tn",
      grants: [{ role: "specialist", unitId: PROVINCE }],
    });
    await db
      .updateTable("staff_users")
      .set({ email: "chuyenvien.tn@example.vn" })
      .where("id", "=", s.id)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("resolves a grant on a unit to its sub-units", async () => {
    const scope = await unitScope(
      t.services.db,
      [{ role: "specialist", unitId: PROVINCE, siteId: null }],
      ["specialist"],
    );
    expect(scope === "all" ? scope : [...scope].sort()).toEqual([PROVINCE, DEPARTMENT].sort());
    expect(
      await unitScope(t.services.db, [{ role: "editor", unitId: PROVINCE, siteId: null }], ["specialist"]),
    ).toEqual([]);
  });

  it("closes an overdue draft at start, mails the specialist above the unit once, and leaves open ones", async () => {
    const db = t.services.db;
    const now = new Date();
    const today = vnDay(now);
    const overdue = uuidv7();
    const open = uuidv7();
    for (const [id, closes] of [
      [overdue, addDays(today, -1)],
      [open, addDays(today, 3)],
    ] as const) {
      await db
        .insertInto("consultations")
        .values({
          id,
          slug: `du-thao-${id}`,
          title: "Dự thảo thử",
          doc_type: "Quyết định",
          drafting_unit_id: DEPARTMENT,
          opens_on: addDays(today, -30),
          closes_on: closes,
          status: "published",
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await ensureConsultationClosing(t.services, now);
    await ensureConsultationClosing(t.services, now);
    const rows = await db.selectFrom("consultations").select(["id", "status"]).execute();
    expect(rows.find((r) => r.id === overdue)?.status).toBe("closed");
    expect(rows.find((r) => r.id === open)?.status).toBe("published");
    const mails = await db
      .selectFrom("jobs")
      .select("payload")
      .where("queue", "=", "email")
      .where(sql<boolean>`payload->>'to' = 'chuyenvien.tn@example.vn'`)
      .execute();
    expect(mails).toHaveLength(1);
    const closing = await db
      .selectFrom("jobs")
      .select("payload")
      .where("queue", "=", "participation.consultation-closing")
      .where(sql<boolean>`payload->>'id' = ${open}`)
      .execute();
    expect(closing).toHaveLength(1);
  });
});
