import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createTestCitizen } from "../../../../test/support/citizen-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { admitPost } from "../abuse/index.js";
import { insertQuestion } from "./public-store.js";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ database: "pglite", seed: "none" });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("question codes on the embedded database", () => {
  it("gives 50 simultaneous asks 50 distinct, consecutive codes", async () => {
    const db = t.services.db;
    const topicId = uuidv7();
    await db
      .insertInto("question_topics")
      .values({ id: topicId, slug: "pglite", name_vi: "Chủ đề", name_en: "Topic" })
      .execute();
    const citizens = [];
    for (let i = 0; i < 50; i += 1) citizens.push(await createTestCitizen(db));
    // 23:30 in Vietnam: the code carries the Vietnamese day, not the UTC one.
    const now = new Date("2026-03-16T16:30:00Z");
    const created = await Promise.all(
      citizens.map((c, i) =>
        inTransaction(db, async (tx) => {
          const decision = await admitPost(tx, { kind: "question", citizenId: c.id, ipHash: `ip${i}`, now });
          expect(decision.allowed).toBe(true);
          return insertQuestion(tx, {
            input: {
              kind: "citizen",
              topicId,
              suggestedUnitId: null,
              title: `Câu hỏi đồng thời số ${i}`,
              body: "Nội dung câu hỏi gửi cùng lúc.",
              showName: false,
              businessName: null,
              taxCode: null,
              regulation: null,
            },
            citizen: { id: c.id, fullName: c.fullName, email: c.email, phone: c.phone },
            flaggedWords: [],
            ipHash: `ip${i}`,
            now,
          });
        }),
      ),
    );
    const codes = created.map((q) => q.code).sort();
    expect(codes).toEqual(
      Array.from({ length: 50 }, (_, i) => `HD-260316-${String(i + 1).padStart(4, "0")}`),
    );
    const rows = await db.selectFrom("questions").select("code").execute();
    expect(rows).toHaveLength(50);
    const events = await db.selectFrom("question_events").select("question_id").execute();
    expect(events).toHaveLength(50);
    const counter = await db
      .selectFrom("question_counters")
      .selectAll()
      .where("prefix", "=", "HD")
      .executeTakeFirstOrThrow();
    expect(counter).toMatchObject({ day: "2026-03-16", last: 50 });
  });
});
