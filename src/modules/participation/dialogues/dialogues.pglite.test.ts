import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createTestCitizen } from "../../../../test/support/citizen-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import {
  answersAfter,
  insertDialogue,
  insertQuestion,
  listDialogues,
  liveTick,
  lockDialogue,
  lockQuestion,
  publishAnswer,
} from "./store.js";

const UNIT = uuidv7();

/** The dialogue SQL PGlite might run differently: row locks, the live poll's filtered left join, counted columns. */
describe("online dialogue storage on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", seed: "none" });
    await sql`
      insert into units (id, kind, name_vi, name_en, short_code)
      values (${UNIT}, 'province', 'UBND tỉnh Thử nghiệm', 'Test Province', 'TN')`.execute(t.services.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("numbers simultaneous answers one after another and polls them in order", async () => {
    const db = t.services.db;
    const now = new Date();
    const d = await insertDialogue(
      db,
      {
        title: "Đối thoại thử",
        description: "",
        leaderName: "Lãnh đạo",
        leaderTitle: "Chủ tịch",
        unitId: UNIT,
        startsAt: new Date(now.getTime() + 3_600_000),
        endsAt: new Date(now.getTime() + 7_200_000),
      },
      null,
      now,
    );
    await db.updateTable("dialogues").set({ status: "live" }).where("id", "=", d.id).execute();
    const citizen = await createTestCitizen(db);
    const ids = await Promise.all(
      [1, 2, 3].map((n) =>
        insertQuestion(db, {
          dialogueId: d.id,
          citizenId: citizen.id,
          askerName: "Người hỏi",
          showName: false,
          body: `Câu hỏi ${n}`,
          flaggedWords: [],
          ipHash: null,
          now,
        }),
      ),
    );
    await db
      .updateTable("dialogue_questions")
      .set({ status: "approved" })
      .where("dialogue_id", "=", d.id)
      .execute();
    const seqs = await Promise.all(
      ids.map((id) =>
        inTransaction(db, async (tx) => {
          await lockDialogue(tx, d.id);
          await lockQuestion(tx, d.id, id);
          return publishAnswer(tx, d.id, id, "Trả lời", null, new Date());
        }),
      ),
    );
    expect([...seqs].sort()).toEqual([1, 2, 3]);
    const tick = await liveTick(db, d.id, 1);
    expect(tick?.status).toBe("live");
    expect(tick?.answers.map((a) => a.seq)).toEqual([2, 3]);
    expect((await liveTick(db, d.id, 3))?.answers).toEqual([]);
    expect((await answersAfter(db, d.id, 0)).map((a) => a.seq)).toEqual([1, 2, 3]);
    const [row] = await listDialogues(db, [UNIT]);
    expect(row).toMatchObject({ answered: 3, pending: 0, unitName: "UBND tỉnh Thử nghiệm" });
  });
});
