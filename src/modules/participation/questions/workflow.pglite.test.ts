import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createTestCitizen } from "../../../../test/support/citizen-session.js";
import { createStaff } from "../../../../test/support/staff-session.js";
import { createWorkingCalendar } from "../../../platform/calendar/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { listScope } from "./access.js";
import { deadlineLimits } from "./domain/deadline.js";
import { tabCounts } from "./store.js";
import { applyQuestionTransition, type QuestionTransitionRequest } from "./transitions.js";

/** The embedded database: the recursive unit queries, the row lock, date columns and the folded search behave alike. */
describe("question workflow on PGlite", () => {
  let ta: TestApp;
  const ids = { parent: "", child: "", admin: "", specialist: "", question: "" };
  const run = (req: Omit<QuestionTransitionRequest, "questionId">) =>
    inTransaction(ta.services.db, (tx) =>
      applyQuestionTransition(ta.services, tx, { questionId: ids.question, ...req }),
    );

  beforeAll(async () => {
    ta = await startTestApp({ database: "pglite", seed: "none" });
    const db = ta.services.db;
    ids.parent = uuidv7();
    ids.child = uuidv7();
    await db
      .insertInto("units")
      .values([
        { id: ids.parent, kind: "province", name_vi: "Sở Thử", name_en: "Dept", short_code: "QPS" },
        {
          id: ids.child,
          parent_id: ids.parent,
          kind: "department",
          name_vi: "Phòng Thử",
          name_en: "Office",
          short_code: "QPC",
        },
      ])
      .execute();
    ids.admin = (await createStaff(db, { username: "qp.admin", grants: [{ role: "system_admin" }] })).id;
    ids.specialist = (
      await createStaff(db, { username: "qp.cv", grants: [{ role: "specialist", unitId: ids.parent }] })
    ).id;
    const citizen = await createTestCitizen(db);
    ids.question = uuidv7();
    await db
      .insertInto("questions")
      .values({
        id: ids.question,
        code: "HD-PGLITE-0001",
        kind: "citizen",
        citizen_id: citizen.id,
        asker_name: citizen.fullName,
        asker_email: citizen.email,
        asker_phone: null,
        business_name: null,
        tax_code: null,
        title: "Hỏi về đất đai",
        body: "Nội dung",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
  }, 120_000);

  afterAll(async () => {
    await ta?.close();
  });

  it("routes to a sub-unit, lets the parent unit's specialist draft, and publishes", async () => {
    const routed = await run({
      action: "route",
      staffId: ids.admin,
      input: { unitId: ids.child },
      at: new Date("2026-03-06T02:00:00Z"),
    });
    expect(routed.due_on).toBe("2026-03-20");
    await expect(run({ action: "publish", staffId: ids.specialist, input: {} })).rejects.toMatchObject({
      statusCode: 403,
    });
    const drafted = await run({
      action: "draft",
      staffId: ids.specialist,
      input: { answer: "Trả lời về đất đai" },
    });
    expect(drafted.status).toBe("drafted");
    const published = await run({
      action: "publish",
      staffId: ids.admin,
      input: {},
      expectedVersion: drafted.version,
    });
    expect(published.status).toBe("published");
    expect(published.search_text).toContain("dat dai");

    const calendar = createWorkingCalendar([], { cutoffMinutes: null });
    const scope = listScope([{ role: "specialist", unitId: ids.parent, siteId: null }], null);
    const counts = await tabCounts(
      ta.services.db,
      scope,
      { q: "đất", kind: "", topic: "", unit: "" },
      deadlineLimits(calendar, new Date()),
    );
    expect(counts.published).toBe(1);
  });
});
