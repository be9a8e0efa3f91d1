import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  citizenBrowser,
  createTestCitizen,
  type TestCitizen,
} from "../../../../test/support/citizen-session.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { waitFor } from "../../../../test/support/wait-for.js";
import { formatVnDateTime } from "../../../platform/calendar/vn-datetime.js";
import type { Db } from "../../../platform/db/connection.js";
import { demoUnitId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { CITIZEN_PATHS } from "../../services/paths.js";
import { PARTICIPATION_PATHS as P } from "../paths.js";
import { LiveHub } from "./live.js";

/** Issue 7 item 4 (SPEC §E3): online dialogue with leaders. */

const STP = demoUnitId("STP");
const HOUR = 3600_000;

function scheduleForm(over: Record<string, string> = {}): Record<string, string> {
  const start = new Date(Date.now() + 24 * HOUR);
  return {
    title: "Đối thoại về chứng thực bản sao",
    description: "Lãnh đạo Sở Tư pháp trả lời câu hỏi của người dân.",
    leaderName: "Đỗ Thị Hồng Nhung",
    leaderTitle: "Giám đốc Sở Tư pháp",
    unitId: STP,
    startsAt: formatVnDateTime(start),
    endsAt: formatVnDateTime(new Date(start.getTime() + 2 * HOUR)),
    ...over,
  };
}

describe("online dialogue", () => {
  let t: TestApp;
  let db: Db;
  let board: StaffSession;
  let leaderStp: StaffSession;
  let leaderSkhdt: StaffSession;
  let specialist: StaffSession;
  let asker: TestCitizen;
  let base: string;
  let address = 0;

  const staff = (username: string) => signIn(t.app, { username, password: DEMO_STAFF_PASSWORD });

  /** Schedules a dialogue as the editorial board; returns its id and slug. */
  async function schedule(over: Record<string, string> = {}) {
    const res = await board.post(P.adminDialogues, scheduleForm(over));
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    const id = String(res.headers.location).split("/").pop() ?? "";
    const row = await db
      .selectFrom("dialogues")
      .select("slug")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return { id, slug: row.slug };
  }

  async function ask(citizenId: string, slug: string, body: string, extra: Record<string, string> = {}) {
    // Each from its own address: the per-address limit is not what these tests are about.
    address += 1;
    const browser = await citizenBrowser(t.app, citizenId, `10.0.${address >> 8}.${address & 255}`);
    // The session's form token, from an account page (an ended dialogue's page has no form any more).
    await browser.get(CITIZEN_PATHS.profile);
    return browser.post(P.dialogueAsk(slug), { body, ...extra });
  }

  async function questionId(dialogueId: string, body: string) {
    const q = await db
      .selectFrom("dialogue_questions")
      .selectAll()
      .where("dialogue_id", "=", dialogueId)
      .where("body", "=", body)
      .executeTakeFirstOrThrow();
    return q;
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.services.db;
    await db
      .insertInto("comment_banned_words")
      .values({ id: uuidv7(), site_id: null, word: "bịp bợm" })
      .onConflict((oc) => oc.doNothing())
      .execute();
    board = await staff("bientap.cong");
    leaderStp = await staff("lanhdao.stp");
    leaderSkhdt = await staff("lanhdao.skhdt");
    specialist = await staff("chuyenvien.stp");
    asker = await createTestCitizen(db, { fullName: "Phạm Thị Hỏi" });
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it("schedules a dialogue and refuses a bad schedule with 422, the text kept", async () => {
    const { slug } = await schedule();
    expect(slug).toBe("doi-thoai-ve-chung-thuc-ban-sao");
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "dialogue.create")
      .execute();
    expect(audit.length).toBeGreaterThan(0);

    const before = scheduleForm({ endsAt: scheduleForm().startsAt ?? "", title: "Buổi thử sai giờ" });
    const bad = await board.post(P.adminDialogues, before);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Thời gian kết thúc phải sau thời gian bắt đầu");
    expect(bad.body).toContain("Buổi thử sai giờ");

    const unknown = await board.post(P.adminDialogues, scheduleForm({ unitId: uuidv7() }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain("Đơn vị không tồn tại");
    const wrong = await db
      .selectFrom("dialogues")
      .select("id")
      .where("title", "=", "Buổi thử sai giờ")
      .execute();
    expect(wrong).toHaveLength(0);
  });

  it("lets the board and the unit's leader manage it, nobody else", async () => {
    const { id } = await schedule({ title: "Đối thoại quyền truy cập" });
    expect((await board.get(P.adminDialogue(id))).statusCode).toBe(200);
    expect((await leaderStp.get(P.adminDialogue(id))).statusCode).toBe(200);
    expect((await leaderSkhdt.get(P.adminDialogue(id))).statusCode).toBe(403);
    expect((await leaderSkhdt.post(`${P.adminDialogue(id)}/phien`, { action: "start" })).statusCode).toBe(
      403,
    );
    expect((await specialist.get(P.adminDialogues)).statusCode).toBe(403);
    // The SKHDT leader may not schedule for another unit either.
    expect((await leaderSkhdt.post(P.adminDialogues, scheduleForm())).statusCode).toBe(422);
    const anonymous = await t.app.inject({ url: P.adminDialogue(id) });
    expect(anonymous.statusCode).not.toBe(200);
    // A leader's list holds only their units' dialogues.
    const list = await leaderSkhdt.get(P.adminDialogues);
    expect(list.body).not.toContain("Đối thoại quyền truy cập");

    // The unit's leader corrects the details; the slug (already shared) stays.
    const editPage = await leaderStp.get(`${P.adminDialogue(id)}/sua`);
    expect(editPage.statusCode).toBe(200);
    expect(editPage.body).toContain("Đối thoại quyền truy cập");
    const edited = await leaderStp.post(
      `${P.adminDialogue(id)}/sua`,
      scheduleForm({ title: "Đối thoại quyền truy cập (sửa)" }),
    );
    expect(edited.statusCode).toBe(303);
    const badEdit = await leaderStp.post(
      `${P.adminDialogue(id)}/sua`,
      scheduleForm({ title: "Sửa sai giờ", endsAt: "01/01/2020 00:00" }),
    );
    expect(badEdit.statusCode).toBe(422);
    expect((await leaderSkhdt.post(`${P.adminDialogue(id)}/sua`, scheduleForm())).statusCode).toBe(403);
    const row = await db
      .selectFrom("dialogues")
      .select(["title", "slug"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: "Đối thoại quyền truy cập (sửa)", slug: "doi-thoai-quyen-truy-cap" });
  });

  it("takes a signed-in citizen's question as pending, never shown publicly; refuses anonymous visitors", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại câu hỏi trước" });
    const anonPage = await t.app.inject({ url: P.dialogue(slug) });
    expect(anonPage.statusCode).toBe(200);
    expect(anonPage.body).toContain(`/tai-khoan/dang-nhap?thong_bao=can-dang-nhap&amp;next=`);
    const anonGet = await t.app.inject({ url: P.dialogueAsk(slug) });
    expect(anonGet.statusCode).toBe(303);
    expect(String(anonGet.headers.location)).toContain("/tai-khoan/dang-nhap");

    const res = await ask(asker.id, slug, "Chứng thực bản sao mất bao lâu?");
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toContain(`${P.dialogue(slug)}?da-gui=1`);
    const q = await questionId(id, "Chứng thực bản sao mất bao lâu?");
    expect(q.status).toBe("pending");
    expect(q.show_name).toBe(false);
    expect(q.asker_name).toBe("Phạm Thị Hỏi");
    expect(q.ip_hash).toBeTruthy();
    const page = await t.app.inject({ url: P.dialogue(slug) });
    expect(page.body).not.toContain("Chứng thực bản sao mất bao lâu?");

    const anonymous = await t.app.inject({
      method: "POST",
      url: P.dialogueAsk(slug),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "body=Kh%C3%B4ng+%C4%91%C4%83ng+nh%E1%BA%ADp",
    });
    expect([303, 403]).toContain(anonymous.statusCode);
    const n = await db.selectFrom("dialogue_questions").select("id").where("dialogue_id", "=", id).execute();
    expect(n).toHaveLength(1);

    const empty = await ask(asker.id, slug, "   ");
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain("Nhập nội dung câu hỏi");
  });

  it("flags banned words for the moderators without refusing the question", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại từ cấm" });
    const citizen = await createTestCitizen(db);
    expect((await ask(citizen.id, slug, "Đây là BIP BOM à?")).statusCode).toBe(303);
    const q = await questionId(id, "Đây là BIP BOM à?");
    expect(q.flagged_words).toContain("bịp bợm");
    const admin = await board.get(P.adminDialogue(id));
    expect(admin.body).toContain("bịp bợm");
  });

  it("answers 429 with the wait when a citizen posts too often, writing nothing", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại giới hạn" });
    const citizen = await createTestCitizen(db);
    const now = new Date();
    await db
      .insertInto("participation_posts")
      .values(
        Array.from({ length: 5 }, () => ({
          kind: "question" as const,
          citizen_id: citizen.id,
          ip_hash: null,
          at: now,
        })),
      )
      .execute();
    const res = await ask(citizen.id, slug, "Câu hỏi thứ sáu");
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.body).toMatch(/Vui lòng thử lại sau \d+ phút/);
    expect(res.body).toContain("Câu hỏi thứ sáu");
    const rows = await db
      .selectFrom("dialogue_questions")
      .select("id")
      .where("dialogue_id", "=", id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it("moderates, runs the session and publishes answers in order, then keeps the transcript", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại điều hành" });
    const asker = await createTestCitizen(db, { fullName: "Phạm Thị Hỏi" });
    await ask(asker.id, slug, "Câu hỏi được duyệt", { showName: "1" });
    await ask(asker.id, slug, "Câu hỏi bị từ chối");
    const good = await questionId(id, "Câu hỏi được duyệt");
    const bad = await questionId(id, "Câu hỏi bị từ chối");

    expect(
      (await board.post(`${P.adminDialogue(id)}/cau-hoi/${good.id}`, { action: "approve" })).statusCode,
    ).toBe(303);
    expect(
      (await board.post(`${P.adminDialogue(id)}/cau-hoi/${bad.id}`, { action: "reject" })).statusCode,
    ).toBe(303);
    // Not yet live: no answer.
    const early = await board.post(`${P.adminDialogue(id)}/cau-hoi/${good.id}/tra-loi`, {
      [`answer-${good.id}`]: "Sớm",
    });
    expect(early.statusCode).toBe(409);
    expect((await board.post(`${P.adminDialogue(id)}/phien`, { action: "end" })).statusCode).toBe(409);
    expect((await leaderStp.post(`${P.adminDialogue(id)}/phien`, { action: "start" })).statusCode).toBe(303);
    expect((await board.post(`${P.adminDialogue(id)}/phien`, { action: "start" })).statusCode).toBe(409);

    const emptyAnswer = await board.post(`${P.adminDialogue(id)}/cau-hoi/${good.id}/tra-loi`, {
      [`answer-${good.id}`]: "",
    });
    expect(emptyAnswer.statusCode).toBe(422);
    const answered = await leaderStp.post(`${P.adminDialogue(id)}/cau-hoi/${good.id}/tra-loi`, {
      [`answer-${good.id}`]: "Trong ngày làm việc.",
    });
    expect(answered.statusCode).toBe(303);
    const rejectedAnswer = await board.post(`${P.adminDialogue(id)}/cau-hoi/${bad.id}/tra-loi`, {
      [`answer-${bad.id}`]: "Không",
    });
    expect(rejectedAnswer.statusCode).toBe(409);
    const after = await questionId(id, "Câu hỏi được duyệt");
    expect(after).toMatchObject({ status: "answered", answer_seq: 1, answer: "Trong ngày làm việc." });

    const live = await t.app.inject({ url: P.dialogue(slug) });
    expect(live.body).toContain("Trong ngày làm việc.");
    expect(live.body).toContain("Phạm Thị Hỏi");
    expect(live.body).not.toContain("Câu hỏi bị từ chối");
    expect(live.body).not.toContain(asker.email);
    expect(live.body).toContain('aria-live="polite"');
    expect(live.body).toContain("/static/live-dialogue.js");

    expect((await board.post(`${P.adminDialogue(id)}/phien`, { action: "end" })).statusCode).toBe(303);
    const transcript = await t.app.inject({ url: P.dialogue(slug) });
    expect(transcript.statusCode).toBe(200);
    expect(transcript.headers["cache-control"]).toContain("public");
    expect(transcript.body).toContain("Nội dung buổi đối thoại");
    expect(transcript.body).toContain("Trong ngày làm việc.");
    expect(transcript.body).not.toContain("live-dialogue.js");
    expect(transcript.body).not.toContain(P.dialogueAsk(slug));
    const closed = await ask(asker.id, slug, "Hỏi muộn");
    expect(closed.statusCode).toBe(409);
    expect(closed.body).toContain("không còn nhận câu hỏi");

    const list = await t.app.inject({ url: P.dialogues });
    expect(list.body).toContain("Xem nội dung buổi đối thoại");
    const actions = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "in", [id, good.id, bad.id])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        "dialogue.create",
        "dialogue.end",
        "dialogue.start",
        "dialogue_question.answer",
        "dialogue_question.approve",
        "dialogue_question.reject",
      ].sort(),
    );
  });

  it("numbers 10 answers given at once 1..10, each once", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại đồng thời" });
    const citizens = await Promise.all(Array.from({ length: 2 }, () => createTestCitizen(db)));
    const bodies = Array.from({ length: 10 }, (_, i) => `Câu hỏi đồng thời ${i}`);
    for (const [i, body] of bodies.entries()) {
      expect((await ask((citizens[i % 2] as TestCitizen).id, slug, body)).statusCode).toBe(303);
    }
    const qs = await Promise.all(bodies.map((b) => questionId(id, b)));
    for (const q of qs) await board.post(`${P.adminDialogue(id)}/cau-hoi/${q.id}`, { action: "approve" });
    await board.post(`${P.adminDialogue(id)}/phien`, { action: "start" });
    const results = await Promise.all(
      qs.map((q, i) =>
        (i % 2 === 0 ? board : leaderStp).post(`${P.adminDialogue(id)}/cau-hoi/${q.id}/tra-loi`, {
          [`answer-${q.id}`]: `Trả lời ${i}`,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(303));
    const seqs = await db
      .selectFrom("dialogue_questions")
      .select("answer_seq")
      .where("dialogue_id", "=", id)
      .orderBy("answer_seq")
      .execute();
    expect(seqs.map((s) => s.answer_seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("streams answers published after connecting, resumes from Last-Event-ID and ends", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại trực tiếp" });
    const asker = await createTestCitizen(db);
    for (const b of ["Hỏi một", "Hỏi hai", "Hỏi ba"]) await ask(asker.id, slug, b);
    const [q1, q2, q3] = await Promise.all(["Hỏi một", "Hỏi hai", "Hỏi ba"].map((b) => questionId(id, b)));
    for (const q of [q1, q2, q3])
      await board.post(`${P.adminDialogue(id)}/cau-hoi/${q?.id}`, { action: "approve" });
    await board.post(`${P.adminDialogue(id)}/phien`, { action: "start" });
    const answer = (q: typeof q1, text: string) =>
      board.post(`${P.adminDialogue(id)}/cau-hoi/${q?.id}/tra-loi`, { [`answer-${q?.id}`]: text });
    expect((await answer(q1, "Đáp một")).statusCode).toBe(303);

    const first = await openStream(`${base}${P.dialogueLive(slug)}`);
    expect(first.contentType).toContain("text/event-stream");
    await first.until((s) => s.includes("id: 1\n"));
    expect((await answer(q2, "Đáp hai")).statusCode).toBe(303);
    const got = await first.until((s) => s.includes("id: 2\n"));
    expect(got).toContain("Đáp hai");
    expect(got).toContain("Câu hỏi 2");
    expect(got).not.toContain(asker.email);

    // A reconnect after answer 1 gets 2 and then 3, not 1 again.
    const resumed = await openStream(`${base}${P.dialogueLive(slug)}`, { "last-event-id": "1" });
    await resumed.until((s) => s.includes("id: 2\n"));
    expect((await answer(q3, "Đáp ba")).statusCode).toBe(303);
    const both = await first.until((s) => s.includes("id: 3\n"));
    const again = await resumed.until((s) => s.includes("id: 3\n"));
    expect(again).not.toContain("id: 1\n");
    expect(again.match(/id: 2\n/g)).toHaveLength(1);
    expect(both.match(/id: 3\n/g)).toHaveLength(1);

    await board.post(`${P.adminDialogue(id)}/phien`, { action: "end" });
    await first.until((s) => s.includes("event: ended"));
    await resumed.until((s) => s.includes("event: ended"));
    expect(await first.closed).toBe(true);
    expect(await resumed.closed).toBe(true);

    // After the end, a stream sends what was missed and the end at once.
    const late = await openStream(`${base}${P.dialogueLive(slug)}`, { "last-event-id": "2" });
    const all = await late.until((s) => s.includes("event: ended"));
    expect(all).toContain("id: 3\n");
    expect(all).not.toContain("id: 2\n");
  });
  it("polls once per tick per dialogue, whatever the number of viewers, and stops with the last one", async () => {
    const { id, slug } = await schedule({ title: "Đối thoại nhiều người xem" });
    const citizen = await createTestCitizen(db);
    await ask(citizen.id, slug, "Hỏi cho nhiều người xem");
    const q = await questionId(id, "Hỏi cho nhiều người xem");
    await board.post(`${P.adminDialogue(id)}/cau-hoi/${q.id}`, { action: "approve" });
    await board.post(`${P.adminDialogue(id)}/phien`, { action: "start" });

    const hub = new LiveHub(db, { pollMs: 200, heartbeatMs: 60_000, render: (a) => ({ seq: a.seq }) });
    const received: string[][] = Array.from({ length: 50 }, () => []);
    const detach = await Promise.all(
      received.map((box) => hub.attach(id, 0, { write: (c) => box.push(c), end: () => {} })),
    );
    expect(hub.channelCount).toBe(1);
    await board.post(`${P.adminDialogue(id)}/cau-hoi/${q.id}/tra-loi`, {
      [`answer-${q.id}`]: "Một lần cho tất cả",
    });
    const { queries } = await countQueries(() =>
      waitFor(() => received.every((box) => box.some((c) => c.startsWith("id: 1\n"))), {
        what: "answer to all",
      }),
    );
    // One query per tick for everyone: far fewer than one per viewer.
    expect(queries).toBeLessThan(received.length);
    expect(received.every((box) => box.filter((c) => c.startsWith("id: 1\n")).length === 1)).toBe(true);
    for (const d of detach) d();
    expect(hub.channelCount).toBe(0);
    hub.close();
  });
});

/** Opens an SSE stream with fetch and reads it as text. */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers } });
  if (!res.body) throw new Error("no body");
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let done = false;
  const closed = (async () => {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    done = true;
    return true;
  })();
  return {
    contentType: res.headers.get("content-type") ?? "",
    closed,
    /** Waits until the text read so far satisfies the check (the test's own timeout bounds the wait). */
    async until(check: (text: string) => boolean): Promise<string> {
      while (!check(text)) {
        if (done) throw new Error(`stream closed before the expected event; got: ${text}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return text;
    },
  };
}
