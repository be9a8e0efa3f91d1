import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { demoStaffId } from "../../orgs/staff-bootstrap.js";
import { effectiveStatus } from "../consultations/domain/period.js";
import {
  PARTICIPATION_HOME_TAG,
  registerParticipationHome,
  renderParticipationHome,
} from "../home-section.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import { insertQuestion } from "../questions/public-store.js";
import { loadParticipationPlanInputs, seedDemoParticipationInto } from "./demo.js";
import { DEMO_PARTICIPATION_SEED, DEMO_QUESTION_COUNT, planParticipation } from "./plan.js";

let t: TestApp;
let before: Date;

beforeAll(async () => {
  before = new Date();
  t = await startTestApp({ fresh: true });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("demo participation data", () => {
  it("writes exactly the rows the pure plan gives for the database's demo inputs (same on every fresh database)", async () => {
    const db = t.services.db;
    const inputs = await loadParticipationPlanInputs(db);
    // The plan depends only on the Vietnamese day; the seed ran between `before` and now.
    const candidates = [...new Set([vnDay(before), vnDay(new Date())])];
    const rows = await db.selectFrom("questions").select(["id", "code", "status"]).orderBy("id").execute();
    const matches = await Promise.all(
      candidates.map(async (day) => {
        const now = new Date(`${day}T05:00:00Z`);
        const year = Number(day.slice(0, 4));
        const calendar = await loadWorkingCalendar(db, [year - 1, year, year + 1]);
        const plan = planParticipation({
          seed: DEMO_PARTICIPATION_SEED,
          count: DEMO_QUESTION_COUNT,
          now,
          calendar,
          ...inputs,
        });
        const planned = plan.questions
          .map((q) => ({ id: q.id, code: q.code, status: q.status }))
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        return JSON.stringify(planned) === JSON.stringify(rows);
      }),
    );
    expect(matches).toContain(true);
    expect(rows).toHaveLength(DEMO_QUESTION_COUNT);
  });

  it("uses the demo units' real staff and the editorial board", async () => {
    const db = t.services.db;
    const stp = await db
      .selectFrom("questions as q")
      .innerJoin("units as u", "u.id", "q.unit_id")
      .select(["q.drafted_by", "q.approved_by", "q.routed_by"])
      .where("u.short_code", "=", "STP")
      .where("q.status", "=", "published")
      .execute();
    expect(stp.length).toBeGreaterThan(0);
    for (const q of stp) {
      expect(q.drafted_by).toBe(demoStaffId("chuyenvien.stp"));
      expect(q.approved_by).toBe(demoStaffId("lanhdao.stp"));
      expect(q.routed_by).toBe(demoStaffId("bientap.cong"));
    }
  });

  it("has every status, an event per step and counters the next question continues from", async () => {
    const db = t.services.db;
    const byStatus = await db
      .selectFrom("questions")
      .select(["status", (eb) => eb.fn.countAll<string>().as("n")])
      .groupBy("status")
      .execute();
    expect(byStatus.map((r) => r.status).sort()).toEqual([
      "drafted",
      "published",
      "rejected",
      "routed",
      "submitted",
    ]);
    const versions = await db
      .selectFrom("questions as q")
      .leftJoin("question_events as e", "e.question_id", "q.id")
      .select(["q.code", "q.version", (eb) => eb.fn.count<string>("e.id").as("events")])
      .groupBy(["q.code", "q.version"])
      .execute();
    for (const v of versions) expect(Number(v.events), v.code).toBe(v.version);

    // A question sent on the newest seeded day of the HD prefix gets the next number, not a taken one.
    const counter = await db
      .selectFrom("question_counters")
      .selectAll()
      .where("prefix", "=", "HD")
      .orderBy("day", "desc")
      .executeTakeFirstOrThrow();
    const sent = await db
      .selectFrom("questions")
      .select(["created_at", "citizen_id", "topic_id"])
      .where(
        "code",
        "like",
        `HD-${counter.day.slice(2, 4)}${counter.day.slice(5, 7)}${counter.day.slice(8, 10)}-%`,
      )
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    const { code } = await inTransaction(db, (tx) =>
      insertQuestion(tx, {
        input: {
          kind: "citizen",
          topicId: sent.topic_id as string,
          suggestedUnitId: null,
          title: "Câu hỏi thử sau dữ liệu mẫu",
          body: "Nội dung câu hỏi thử.",
          showName: false,
          businessName: null,
          taxCode: null,
          regulation: null,
        },
        citizen: { id: sent.citizen_id, fullName: "Người thử", email: null, phone: null },
        flaggedWords: [],
        ipHash: null,
        now: new Date(sent.created_at.getTime() + 60_000),
      }),
    );
    expect(code.endsWith(`-${String(counter.last + 1).padStart(4, "0")}`)).toBe(true);
  });

  it("shows no contact data in published questions, and names only with consent", async () => {
    const rows = await t.services.db
      .selectFrom("questions as q")
      .innerJoin("citizens as c", "c.id", "q.citizen_id")
      .select([
        "q.title",
        "q.body",
        "q.answer",
        "q.show_name",
        "c.email",
        "c.phone",
        "c.full_name",
        "c.address",
      ])
      .where("q.status", "=", "published")
      .execute();
    const shown = rows.filter((r) => r.show_name).length;
    expect(shown).toBeGreaterThan(rows.length / 4);
    expect(shown).toBeLessThan((rows.length * 3) / 4);
    for (const r of rows) {
      const text = `${r.title} ${r.body} ${r.answer}`;
      for (const personal of [r.email, r.phone, r.full_name, r.address]) {
        if (personal) expect(text).not.toContain(personal);
      }
    }
  });

  it("has a draft open today, one concluded with grouped comments, a dialogue held and one scheduled", async () => {
    const db = t.services.db;
    const today = vnDay(new Date());
    const drafts = await db.selectFrom("consultations").selectAll().orderBy("opens_on", "desc").execute();
    expect(drafts.map((c) => effectiveStatus(c, today))).toEqual(["open", "closed", "concluded"]);
    const ungrouped = await db
      .selectFrom("consultation_comments")
      .select("id")
      .where("consultation_id", "=", drafts[2]?.id as string)
      .where("group_id", "is", null)
      .execute();
    expect(ungrouped).toEqual([]);
    const dialogues = await db.selectFrom("dialogues").selectAll().orderBy("starts_at").execute();
    expect(dialogues.map((d) => d.status)).toEqual(["ended", "scheduled"]);
    expect(dialogues[1]?.starts_at.getTime()).toBeGreaterThan(Date.now());
    expect(dialogues[0]?.leader_title).toBe("Phó Chủ tịch Ủy ban nhân dân tỉnh");
    const answered = await db
      .selectFrom("dialogue_questions")
      .select("answer_seq")
      .where("dialogue_id", "=", dialogues[0]?.id as string)
      .where("status", "=", "answered")
      .orderBy("answer_seq")
      .execute();
    expect(answered.map((a) => a.answer_seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("changes nothing when run again", async () => {
    expect(await seedDemoParticipationInto(t.services.db)).toEqual({ questions: 0 });
    const n = await t.services.db
      .selectFrom("questions")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(DEMO_QUESTION_COUNT + 1);
  });

  it("shows the latest answers and the open draft on the main portal's home only, in two queries", async () => {
    registerParticipationHome();
    const db = t.services.db;
    const latest = await db
      .selectFrom("questions")
      .select(["code", "title"])
      .where("status", "=", "published")
      .orderBy("published_at", "desc")
      .limit(6)
      .execute();
    const open = await db
      .selectFrom("consultations")
      .select(["slug", "title"])
      .where("status", "=", "published")
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("Hỏi đáp – Góp ý");
    for (const q of latest.slice(0, 5))
      expect(html).toContain(`href="${PARTICIPATION_PATHS.question(q.code)}"`);
    expect(html).not.toContain(`href="${PARTICIPATION_PATHS.question(latest[5]?.code as string)}"`);
    expect(html).toContain(`href="${PARTICIPATION_PATHS.consultation(open.slug)}"`);
    expect(html).toMatch(/còn \d+ ngày góp ý/);
    const component = await t.app.inject({ method: "GET", url: "/so-tu-phap" });
    expect(component.body).not.toContain("Hỏi đáp – Góp ý");

    const request = { server: t.app } as unknown as Parameters<typeof renderParticipationHome>[0];
    const site = { id: "x", unitId: "x", slug: "", kind: "main", lang: "vi" } as const;
    const { queries } = await countQueries(() => renderParticipationHome(request, site));
    expect(queries).toBe(2);
    // Kept in the page cache until an answer or a draft is published (which purges the block's tag).
    expect((await countQueries(() => renderParticipationHome(request, site))).queries).toBe(0);
    t.services.pageCache.purge([PARTICIPATION_HOME_TAG]);
    expect((await countQueries(() => renderParticipationHome(request, site))).queries).toBe(2);
  });
});
