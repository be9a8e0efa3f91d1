import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  citizenBrowser,
  createTestCitizen,
  type TestCitizen,
} from "../../../../test/support/citizen-session.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { addDays, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError } from "../../../platform/http/errors.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { QuestionKind } from "../tables.js";
import { QUESTION_SWEEP_QUEUE, runQuestionSweep } from "./deadline-sweep.js";
import type { QuestionAction } from "./domain/workflow.js";
import { applyQuestionTransition } from "./transitions.js";

/**
 * The staff workflow of questions on PostgreSQL: each transition and its refusals (role, unit, state, version,
 * input), notifications queued once and only on commit, working-day due dates, the overdue list and its daily
 * digest, the list's scope and query budget, and the admin routes closed to anonymous visitors and citizens.
 */
describe("questions: staff workflow", () => {
  let t: TestApp;
  let citizen: TestCitizen;
  const units = { root: "", a: "", a1: "", b: "" };
  const staff: Record<string, string> = {};
  const sessions: Record<string, StaffSession> = {};
  let serial = 0;

  async function insertQuestion(opts: { kind?: QuestionKind; title?: string; createdAt?: Date } = {}) {
    serial += 1;
    const id = uuidv7();
    const code = `DN-TEST-${String(serial).padStart(4, "0")}`;
    const kind = opts.kind ?? "business";
    await t.services.db
      .insertInto("questions")
      .values({
        id,
        code,
        kind,
        citizen_id: citizen.id,
        asker_name: citizen.fullName,
        asker_email: citizen.email,
        asker_phone: "0905123456",
        business_name: kind === "business" ? "Công ty TNHH Thử Nghiệm" : null,
        tax_code: kind === "business" ? "4300123456" : null,
        title: opts.title ?? `Thủ tục đăng ký đầu tư số ${serial}`,
        body: "Xin hỏi hồ sơ cần những giấy tờ gì?",
        created_at: opts.createdAt ?? new Date(),
        updated_at: new Date(),
      })
      .execute();
    await t.services.db
      .insertInto("question_events")
      .values({
        question_id: id,
        action: "submitted",
        from_status: null,
        to_status: "submitted",
        staff_id: null,
        note: null,
      })
      .execute();
    return { id, code };
  }

  const question = (id: string) =>
    t.services.db.selectFrom("questions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const jobsFor = (id: string) =>
    t.services.db
      .selectFrom("jobs")
      .select(["queue", "dedupe_key", "payload"])
      .where("dedupe_key", "like", `participation.question:${id}:%`)
      .orderBy("id")
      .execute();

  async function act(who: string, id: string, action: QuestionAction, form: Record<string, string> = {}) {
    const q = await question(id);
    return sessions[who]?.post(`${PARTICIPATION_PATHS.adminQuestion(id)}/${action.replace("_", "-")}`, {
      expectedVersion: String(q.version),
      ...form,
    });
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: "none" });
    const db = t.services.db;
    const unit = async (code: string, name: string, parent: string | null) => {
      const id = uuidv7();
      await db
        .insertInto("units")
        .values({
          id,
          parent_id: parent,
          kind: parent ? "department" : "province",
          name_vi: name,
          name_en: name,
          short_code: code,
          leaders: JSON.stringify([]),
        })
        .execute();
      return id;
    };
    units.root = await unit("QTROOT", "UBND tỉnh thử nghiệm", null);
    units.a = await unit("QTA", "Sở Kế hoạch thử nghiệm", units.root);
    units.a1 = await unit("QTA1", "Phòng Đăng ký kinh doanh thử", units.a);
    units.b = await unit("QTB", "Sở Tư pháp thử nghiệm", units.root);
    const mainSite = uuidv7();
    const otherSite = uuidv7();
    for (const [id, kind, slug] of [
      [mainSite, "main", ""],
      [otherSite, "component", "so-thu"],
    ] as const) {
      await db
        .insertInto("sites")
        .values({
          id,
          unit_id: kind === "main" ? units.root : units.a,
          kind,
          slug,
          host: null,
          name_vi: slug || "Cổng",
          name_en: slug || "Portal",
          lang: "vi",
          theme: JSON.stringify({}),
          menu: JSON.stringify([]),
        })
        .execute();
    }
    const people: [string, string, string | null, string | null][] = [
      ["qt.board", "editor", null, mainSite],
      ["qt.siteeditor", "editor", null, otherSite],
      ["qt.cv.a", "specialist", units.a, null],
      ["qt.ld.a", "leader", units.a, null],
      ["qt.cv.b", "specialist", units.b, null],
    ];
    let n = 10;
    for (const [username, role, unitId, siteId] of people) {
      const s = await createStaff(db, {
        username,
        fullName: `Cán bộ ${username}`,
        unitId,
        grants: [{ role: role as "editor", unitId, siteId }],
      });
      await db
        .updateTable("staff_users")
        .set({ email: `${username}@example.gov.vn` })
        .where("id", "=", s.id)
        .execute();
      staff[username] = s.id;
      n += 1;
      sessions[username] = await signIn(t.app, { ...s, remoteAddress: `10.9.0.${n}` });
    }
    citizen = await createTestCitizen(db, {
      business: { name: "Công ty TNHH Thử Nghiệm", taxCode: "4300123456" },
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it("routes, drafts, returns, approves and publishes, telling the unit and the asker once", async () => {
    const { id, code } = await insertQuestion({ title: "Thủ tục cấp giấy chứng nhận đầu tư" });
    const routed = await act("qt.board", id, "route", { unitId: units.a1, note: "Đề nghị trả lời sớm" });
    expect(routed?.statusCode).toBe(303);
    let q = await question(id);
    expect(q.status).toBe("routed");
    expect(q.unit_id).toBe(units.a1);
    const calendar = await loadWorkingCalendar(t.services.db, [Number(vnDay(new Date()).slice(0, 4))]);
    expect(q.due_on).toBe(calendar.addWorkingDays(q.routed_at as Date, 10));
    // The specialist of the parent unit is told; the other unit's is not.
    let jobs = await jobsFor(id);
    expect(jobs.map((j) => j.dedupe_key)).toEqual([
      `participation.question:${id}:2:route:${staff["qt.cv.a"]}`,
    ]);
    expect(JSON.stringify(jobs[0]?.payload)).toContain(code);

    // Wrong role, other unit, wrong state, missing input, stale version.
    expect((await act("qt.cv.a", id, "route", { unitId: units.b }))?.statusCode).toBe(403);
    expect((await act("qt.cv.b", id, "draft", { answer: "Trả lời" }))?.statusCode).toBe(403);
    expect((await act("qt.siteeditor", id, "reject", { note: "x" }))?.statusCode).toBe(403);
    expect((await act("qt.ld.a", id, "publish"))?.statusCode).toBe(409);
    const empty = await act("qt.cv.a", id, "draft", { answer: "   " });
    expect(empty?.statusCode).toBe(422);
    expect(empty?.body).toContain("Nhập nội dung trả lời.");
    const stale = await sessions["qt.cv.a"]?.post(`${PARTICIPATION_PATHS.adminQuestion(id)}/draft`, {
      expectedVersion: String(q.version - 1),
      answer: "Nội dung giữ lại sau khi bị từ chối",
    });
    expect(stale?.statusCode).toBe(409);
    expect(stale?.body).toContain("Nội dung giữ lại sau khi bị từ chối");
    expect((await question(id)).version).toBe(q.version);

    expect((await act("qt.cv.a", id, "draft", { answer: "Bản nháp thứ nhất" }))?.statusCode).toBe(303);
    expect((await act("qt.cv.a", id, "publish"))?.statusCode).toBe(403);
    expect((await act("qt.ld.a", id, "return", { note: "" }))?.statusCode).toBe(422);
    expect((await act("qt.ld.a", id, "return", { note: "Bổ sung căn cứ pháp lý" }))?.statusCode).toBe(303);
    expect((await question(id)).status).toBe("routed");
    expect(
      (await act("qt.cv.a", id, "draft", { answer: "Theo Luật Đầu tư, hồ sơ gồm văn bản đề nghị." }))
        ?.statusCode,
    ).toBe(303);
    expect((await act("qt.ld.a", id, "publish"))?.statusCode).toBe(303);
    q = await question(id);
    expect(q.status).toBe("published");
    expect(q.published_at).not.toBeNull();
    expect(q.answer).toBe("Theo Luật Đầu tư, hồ sơ gồm văn bản đề nghị.");
    expect(q.approved_by).toBe(staff["qt.ld.a"]);
    expect(q.search_text).toContain("luat dau tu");

    jobs = await jobsFor(id);
    const published = jobs.filter((j) => j.dedupe_key?.includes(":publish:"));
    expect(published.map((j) => j.queue).sort()).toEqual(["email", "sms"]);
    expect(JSON.stringify(published)).toContain(PARTICIPATION_PATHS.question(code));
    const events = await t.services.db
      .selectFrom("question_events")
      .select("action")
      .where("question_id", "=", id)
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      "submitted",
      "route",
      "draft",
      "return",
      "draft",
      "publish",
    ]);
    const audit = await t.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", id)
      .execute();
    expect(audit.length).toBe(5);

    // The question page shows the history and no more forms; a published question accepts nothing.
    const page = await sessions["qt.board"]?.get(PARTICIPATION_PATHS.adminQuestion(id));
    expect(page?.statusCode).toBe(200);
    expect(page?.body).toContain("0905123456");
    expect(page?.body).not.toContain('data-action="route"');
    expect((await act("qt.board", id, "route", { unitId: units.b }))?.statusCode).toBe(409);
  });

  it("re-routes, takes a question back from a unit, and rejects with a reason", async () => {
    const { id } = await insertQuestion({ kind: "feedback" });
    expect((await act("qt.board", id, "route", { unitId: units.a }))?.statusCode).toBe(303);
    expect((await act("qt.board", id, "route", { unitId: units.a }))?.statusCode).toBe(422);
    expect((await act("qt.board", id, "route", { unitId: units.b }))?.statusCode).toBe(303);
    let q = await question(id);
    expect(q.unit_id).toBe(units.b);
    expect((await jobsFor(id)).map((j) => j.dedupe_key)).toContain(
      `participation.question:${id}:3:route:${staff["qt.cv.b"]}`,
    );
    // The unit now is B: A's specialist may no longer see or draft it.
    expect((await sessions["qt.cv.a"]?.get(PARTICIPATION_PATHS.adminQuestion(id)))?.statusCode).toBe(403);
    expect((await act("qt.cv.b", id, "send_back", { note: "" }))?.statusCode).toBe(422);
    expect(
      (await act("qt.cv.b", id, "send_back", { note: "Không thuộc thẩm quyền của Sở" }))?.statusCode,
    ).toBe(303);
    q = await question(id);
    expect(q.status).toBe("submitted");
    expect(q.unit_id).toBeNull();
    expect(q.due_on).toBeNull();

    expect((await act("qt.board", id, "reject", { note: "" }))?.statusCode).toBe(422);
    expect(
      (await act("qt.board", id, "reject", { note: "Nội dung không thuộc phạm vi hỏi đáp" }))?.statusCode,
    ).toBe(303);
    q = await question(id);
    expect(q.status).toBe("rejected");
    expect(q.reject_reason).toBe("Nội dung không thuộc phạm vi hỏi đáp");
    const rejected = (await jobsFor(id)).filter((j) => j.dedupe_key?.includes(":reject:"));
    expect(rejected.map((j) => j.queue).sort()).toEqual(["email", "sms"]);
    expect(JSON.stringify(rejected)).toContain("Noi dung khong thuoc pham vi hoi dap");
  });

  it("queues nothing when the action is refused or its transaction rolls back", async () => {
    const { id } = await insertQuestion();
    const before = await question(id);
    await expect(
      inTransaction(t.services.db, async (tx) => {
        await applyQuestionTransition(t.services, tx, {
          questionId: id,
          action: "route",
          staffId: staff["qt.board"] as string,
          input: { unitId: units.a },
        });
        throw new Error("rolled back after the transition");
      }),
    ).rejects.toThrow("rolled back");
    await expect(
      inTransaction(t.services.db, (tx) =>
        applyQuestionTransition(t.services, tx, {
          questionId: id,
          action: "reject",
          staffId: staff["qt.cv.a"] as string,
          input: { note: "không" },
        }),
      ),
    ).rejects.toBeInstanceOf(AppError);
    expect(await jobsFor(id)).toEqual([]);
    expect(await question(id)).toEqual(before);
  });

  it("counts the answer deadline in working days, skipping the weekend", async () => {
    const { id } = await insertQuestion();
    // Friday 06/03/2026, 09:00 in Vietnam: ten working days later is Friday 20/03 (two weekends skipped).
    const friday = new Date("2026-03-06T02:00:00Z");
    const q = await inTransaction(t.services.db, (tx) =>
      applyQuestionTransition(t.services, tx, {
        questionId: id,
        action: "route",
        staffId: staff["qt.board"] as string,
        input: { unitId: units.a },
        at: friday,
      }),
    );
    expect(q.due_on).toBe("2026-03-20");
  });

  it("lists overdue questions and sends each person one digest a day", async () => {
    const { id, code } = await insertQuestion({ title: "Câu hỏi đã quá hạn trả lời" });
    expect((await act("qt.board", id, "route", { unitId: units.a1 }))?.statusCode).toBe(303);
    const today = vnDay(new Date());
    await t.services.db
      .updateTable("questions")
      .set({ due_on: addDays(today, -5) })
      .where("id", "=", id)
      .execute();
    const overdue = await sessions["qt.cv.a"]?.get(`${PARTICIPATION_PATHS.adminQuestions}?tab=overdue`);
    expect(overdue?.statusCode).toBe(200);
    expect(overdue?.body).toContain(`data-code="${code}"`);

    // The next working day (from tomorrow), at 07:00.
    const calendar = await loadWorkingCalendar(t.services.db, [Number(today.slice(0, 4))]);
    let day = addDays(today, 1);
    while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
    const at = new Date(vnDayStart(day).getTime() + 7 * 3_600_000);
    const first = await runQuestionSweep(t.services, t.services.jobs, at);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await runQuestionSweep(t.services, t.services.jobs, at)).toBe(0);
    const digests = await t.services.db
      .selectFrom("jobs")
      .select(["dedupe_key", "payload"])
      .where("dedupe_key", "like", `participation.question-digest:%:${day}`)
      .execute();
    const keys = digests.map((d) => d.dedupe_key);
    expect(keys).toContain(`participation.question-digest:${staff["qt.cv.a"]}:${day}`);
    expect(keys).toContain(`participation.question-digest:${staff["qt.ld.a"]}:${day}`);
    expect(keys).not.toContain(`participation.question-digest:${staff["qt.cv.b"]}:${day}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(JSON.stringify(digests)).toContain(code);
    // The chain goes on: the next day's sweep is queued.
    const next = await t.services.db
      .selectFrom("jobs")
      .select("id")
      .where("queue", "=", QUESTION_SWEEP_QUEUE)
      .where("dedupe_key", "=", `${QUESTION_SWEEP_QUEUE}:${addDays(day, 1)}`)
      .execute();
    expect(next).toHaveLength(1);
  });

  it("scopes the list to the viewer's units and keeps its query count flat", async () => {
    const mine = await insertQuestion({ title: "Câu hỏi về vốn điều lệ doanh nghiệp" });
    expect((await act("qt.board", mine.id, "route", { unitId: units.b }))?.statusCode).toBe(303);
    const listB = await sessions["qt.cv.b"]?.get(`${PARTICIPATION_PATHS.adminQuestions}?tab=routed`);
    expect(listB?.body).toContain(`data-code="${mine.code}"`);
    const listA = await sessions["qt.cv.a"]?.get(`${PARTICIPATION_PATHS.adminQuestions}?tab=routed`);
    expect(listA?.body).not.toContain(`data-code="${mine.code}"`);
    // Search without diacritics on the title.
    const found = await sessions["qt.board"]?.get(
      `${PARTICIPATION_PATHS.adminQuestions}?tab=routed&q=von+dieu+le`,
    );
    expect(found?.body).toContain(`data-code="${mine.code}"`);
    expect(found?.body).not.toContain("DN-TEST-0001");
    const bad = await sessions["qt.board"]?.get(`${PARTICIPATION_PATHS.adminQuestions}?tab=x&unit=abc`);
    expect(bad?.statusCode).toBe(400);

    const list = () =>
      (sessions["qt.board"] as StaffSession).get(`${PARTICIPATION_PATHS.adminQuestions}?tab=route`);
    await list();
    const few = await countQueries(list);
    for (let i = 0; i < 60; i++) await insertQuestion();
    const many = await countQueries(list);
    expect(many.result?.body.match(/data-code="/g)?.length).toBe(50);
    expect(many.queries).toBe(few.queries);

    // The admin home tells the board what waits for routing, and the unit what it has to answer.
    const home = await sessions["qt.board"]?.get("/admin");
    expect(home?.body).toMatch(/Chờ phân loại: \d+/);
    const unitHome = await sessions["qt.cv.b"]?.get("/admin");
    expect(unitHome?.body).toContain("Chờ soạn trả lời: 1");
    expect(unitHome?.body).not.toContain("Chờ phân loại:");
  });

  it("refuses every admin page to anonymous visitors and citizens", async () => {
    const { id } = await insertQuestion();
    const paths = [PARTICIPATION_PATHS.adminQuestions, PARTICIPATION_PATHS.adminQuestion(id)];
    const browser = await citizenBrowser(t.app, citizen.id);
    for (const url of paths) {
      const anon = await t.app.inject({ url });
      expect([303, 401]).toContain(anon.statusCode);
      const asCitizen = await browser.get(url);
      expect([303, 401, 403]).toContain(asCitizen.statusCode);
    }
    const post = await t.app.inject({
      method: "POST",
      url: `${PARTICIPATION_PATHS.adminQuestion(id)}/reject`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "expectedVersion=1&note=x",
    });
    expect(post.statusCode).toBeGreaterThanOrEqual(300);
    expect(post.statusCode).not.toBe(500);
    expect((await question(id)).status).toBe("submitted");
    // A unit's staff may not open a question still waiting for the board.
    expect((await sessions["qt.cv.a"]?.get(PARTICIPATION_PATHS.adminQuestion(id)))?.statusCode).toBe(403);
  });
});
