import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createStaff } from "../../../../test/support/staff-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { insertTestDossier, insertTestProcedure } from "./test-fixtures.js";
import { applyTransition, type TransitionRequest } from "./transitions.js";

/** The embedded database: the row lock, the calendar read inside the transaction and the date columns behave alike. */
describe("applyTransition on PGlite", () => {
  let ta: TestApp;
  let unitId: string;
  let officerId: string;
  let specialistId: string;
  const vn = (day: string) => new Date(`${day}T09:00:00+07:00`);
  const run = (req: TransitionRequest) =>
    inTransaction(ta.services.db, (tx) => applyTransition(ta.services, tx, req));

  beforeAll(async () => {
    ta = await startTestApp({ database: "pglite", seed: "none" });
    let root = await ta.services.db
      .selectFrom("units")
      .select("id")
      .where("parent_id", "is", null)
      .executeTakeFirst();
    if (!root) {
      root = { id: uuidv7() };
      await ta.services.db
        .insertInto("units")
        .values({
          id: root.id,
          kind: "province",
          name_vi: "Tỉnh Thử nghiệm",
          name_en: "Test Province",
          short_code: "TTN",
        })
        .execute();
    }
    unitId = uuidv7();
    await ta.services.db
      .insertInto("units")
      .values({
        id: unitId,
        parent_id: root.id,
        kind: "department",
        name_vi: "Sở Thử nghiệm",
        name_en: "Test Department",
        short_code: "STN",
      })
      .execute();
    officerId = (
      await createStaff(ta.services.db, {
        username: "motcua.tn",
        unitId,
        grants: [{ role: "one_stop_officer", unitId }],
      })
    ).id;
    specialistId = (
      await createStaff(ta.services.db, {
        username: "chuyenvien.tn",
        unitId,
        grants: [{ role: "specialist", unitId }],
      })
    ).id;
  });
  afterAll(async () => {
    await ta?.close();
  });

  it("receives, pauses and resumes with the announced day off counted", async () => {
    await ta.services.db
      .insertInto("calendar_overrides")
      .values({
        id: uuidv7(),
        day: "2026-05-06",
        kind: "day_off",
        reason: "Thử nghiệm",
        legal_basis: null,
        created_by: null,
        created_by_name: null,
      })
      .execute();
    const procedureId = await insertTestProcedure(ta.services.db, { unitId, processingDays: 5 });
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId });
    const officer = { kind: "staff", staffId: officerId } as const;
    const received = await run({ dossierId: d.id, action: "receive", actor: officer, at: vn("2026-04-28") });
    // 29/4, (30/4, 1/5, weekend) 4/5, 5/5, (6/5 off) 7/5, 8/5.
    expect(received.due_on).toBe("2026-05-08");
    await run({ dossierId: d.id, action: "assign", actor: officer, toAssigneeId: specialistId });
    const paused = await run({
      dossierId: d.id,
      action: "request_supplement",
      actor: { kind: "staff", staffId: specialistId },
      note: "Thiếu giấy tờ",
      at: vn("2026-05-04"),
    });
    expect(paused.paused_days_left).toBe(3);
    const resumed = await run({
      dossierId: d.id,
      action: "supplement",
      actor: { kind: "citizen", citizenId: null },
      at: vn("2026-05-11"),
    });
    expect(resumed).toMatchObject({ state: "processing", due_on: "2026-05-14", paused_days_left: null });
    const events = await ta.services.db
      .selectFrom("dossier_events")
      .select("action")
      .where("dossier_id", "=", d.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(["receive", "assign", "request_supplement", "supplement"]);
  });
});
