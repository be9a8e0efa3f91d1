import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { citizenBrowser, createTestCitizen } from "../../../../test/support/citizen-session.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { isoOf, vnDayOf } from "../../../platform/calendar/domain/civil-date.js";
import type { Db } from "../../../platform/db/connection.js";
import { ACCOUNT_BURST } from "../abuse/index.js";
import { PARTICIPATION_PATHS as P } from "../paths.js";
import type { ConsultationStatus } from "../tables.js";
import { COMMENT_FIELD } from "./domain/comment-input.js";

let t: TestApp;
let db: Db;
let unitId: string;
let serial = 0;

/** A Vietnamese calendar day `n` days from today, so the tests hold on any date. */
const day = (n: number) => isoOf(vnDayOf(new Date()) + n);

interface Draft {
  id: string;
  slug: string;
  clauses: string[];
}

async function createDraft(
  opts: {
    status?: ConsultationStatus;
    opens?: number;
    closes?: number;
    clauses?: number;
    synthesis?: string;
  } = {},
): Promise<Draft> {
  serial += 1;
  const id = uuidv7();
  const slug = `du-thao-thu-${serial}-${Date.now().toString(36)}`;
  await db
    .insertInto("consultations")
    .values({
      id,
      slug,
      title: `Dự thảo Quyết định quy định thử nghiệm số ${serial}`,
      doc_type: "Quyết định",
      summary: "Tóm tắt dự thảo.",
      drafting_unit_id: unitId,
      opens_on: day(opts.opens ?? -5),
      closes_on: day(opts.closes ?? 20),
      status: opts.status ?? "published",
      synthesis: opts.synthesis ?? null,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  const n = opts.clauses ?? 4;
  const clauses = Array.from({ length: n }, (_, i) => ({
    id: uuidv7(),
    consultation_id: id,
    position: i + 1,
    article_no: i + 1,
    clause_no: null,
    label: `Điều ${i + 1}`,
    heading: `Tiêu đề điều ${i + 1}`,
    body: `Nội dung của điều ${i + 1}.`,
  }));
  if (clauses.length > 0) await db.insertInto("consultation_clauses").values(clauses).execute();
  return { id, slug, clauses: clauses.map((c) => c.id) };
}

async function addComment(
  draft: Draft,
  citizenId: string,
  o: {
    clause?: string | null;
    status?: "pending" | "approved" | "rejected";
    body: string;
    showName?: boolean;
    organisation?: string;
  },
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto("consultation_comments")
    .values({
      id,
      consultation_id: draft.id,
      clause_id: o.clause === undefined ? (draft.clauses[0] ?? null) : o.clause,
      citizen_id: citizenId,
      author_name: "Trần Thị Góp Ý",
      organisation: o.organisation ?? null,
      show_name: o.showName ?? false,
      body: o.body,
      status: o.status ?? "approved",
      created_at: new Date(),
    })
    .execute();
  return id;
}

const commentsOf = (draftId: string) =>
  db.selectFrom("consultation_comments").selectAll().where("consultation_id", "=", draftId).execute();

async function signedIn(name = "Lê Văn Góp Ý", address = "127.0.0.1") {
  const citizen = await createTestCitizen(db, { fullName: name });
  return { citizen, browser: await citizenBrowser(t.app, citizen.id, address) };
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.services.db;
  unitId = (
    await db.selectFrom("units").select("id").where("short_code", "=", "STP").executeTakeFirstOrThrow()
  ).id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("public consultation pages", () => {
  it("lists published, closed and concluded drafts by state, never drafts in preparation", async () => {
    const open = await createDraft();
    const upcoming = await createDraft({ opens: 3, closes: 30 });
    const closed = await createDraft({ opens: -40, closes: -1 });
    const concluded = await createDraft({
      status: "concluded",
      opens: -60,
      closes: -30,
      synthesis: "Tổng hợp.",
    });
    const hidden = await createDraft({ status: "draft" });
    const res = await t.app.inject({ url: P.consultations });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    for (const d of [open, upcoming, closed, concluded]) expect(html).toContain(P.consultation(d.slug));
    expect(html).not.toContain(hidden.slug);
    const openAt = html.indexOf("Đang lấy ý kiến</h2>");
    const upcomingAt = html.indexOf("Sắp lấy ý kiến</h2>");
    const pastAt = html.indexOf("Đã kết thúc lấy ý kiến</h2>");
    expect(html.indexOf(open.slug)).toBeGreaterThan(openAt);
    expect(html.indexOf(open.slug)).toBeLessThan(upcomingAt);
    expect(html.indexOf(upcoming.slug)).toBeLessThan(pastAt);
    expect(html.indexOf(closed.slug)).toBeGreaterThan(pastAt);
    expect(html).toContain("Còn 21 ngày");
    expect(html).toContain("Đã công bố tổng hợp");
    expect((await t.app.inject({ url: P.consultation(hidden.slug) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: P.consultation("khong-co") })).statusCode).toBe(404);
  });

  it("pages the past consultations, newest first, and answers 404 past the last page", async () => {
    const old: Draft[] = [];
    for (let i = 0; i < 21; i++)
      old.push(await createDraft({ opens: -500 - i, closes: -400 - i, clauses: 0 }));
    const oldest = old[20] as Draft;
    const first = await t.app.inject({ url: P.consultations });
    expect(first.body).toContain(P.consultation(old[0]?.slug ?? ""));
    expect(first.body).not.toContain(P.consultation(oldest.slug));
    expect(first.body).toContain("?trang=2");
    const lastPage = /Trang 1\/(\d+)/.exec(first.body)?.[1] ?? "";
    const last = await t.app.inject({ url: `${P.consultations}?trang=${lastPage}` });
    expect(last.statusCode).toBe(200);
    expect(last.body).toContain(P.consultation(oldest.slug));
    expect((await t.app.inject({ url: `${P.consultations}?trang=${Number(lastPage) + 1}` })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: `${P.consultations}?trang=abc` })).statusCode).toBe(200);
  });

  it("shows approved comments to all and pending ones only to their author, names only with consent", async () => {
    const draft = await createDraft();
    const { citizen, browser } = await signedIn();
    const other = await createTestCitizen(db);
    await addComment(draft, other.id, { body: "Ý kiến đã duyệt, ẩn tên.", organisation: "Công ty Ẩn Danh" });
    await addComment(draft, other.id, {
      body: "Ý kiến công khai tên.",
      showName: true,
      organisation: "Hội Luật gia",
    });
    await addComment(draft, other.id, { body: "Ý kiến đang chờ của người khác.", status: "pending" });
    await addComment(draft, other.id, { body: "Ý kiến bị từ chối.", status: "rejected" });
    await addComment(draft, citizen.id, { body: "Ý kiến chờ duyệt của tôi.", status: "pending" });

    const anon = await t.app.inject({ url: P.consultation(draft.slug) });
    expect(anon.statusCode).toBe(200);
    expect(anon.headers["cache-control"]).toContain("public");
    expect(anon.body).toContain("Ý kiến đã duyệt, ẩn tên.");
    expect(anon.body).toContain("Giấu tên");
    expect(anon.body).not.toContain("Công ty Ẩn Danh");
    expect(anon.body).toContain("Trần Thị Góp Ý (Hội Luật gia)");
    expect(anon.body).toContain("2 ý kiến đã đăng");
    for (const hidden of ["Ý kiến đang chờ", "Ý kiến bị từ chối", "Ý kiến chờ duyệt của tôi"])
      expect(anon.body).not.toContain(hidden);
    expect(anon.body).toContain(`next=${encodeURIComponent(P.consultation(draft.slug))}`);
    expect(anon.body).not.toContain(other.email);

    const mine = await browser.get(P.consultation(draft.slug));
    expect(mine.headers["cache-control"]).toBe("no-store");
    expect(mine.body).toContain("Ý kiến chờ duyệt của tôi.");
    expect(mine.body).toContain("Chờ duyệt");
    expect(mine.body).not.toContain("Ý kiến đang chờ của người khác.");
    expect(mine.body).toContain(`${P.consultationComment(draft.slug)}?dieu=${draft.clauses[2]}`);
  });

  it("takes a citizen's comment on a clause as pending, flags banned words and keeps the consent", async () => {
    await db
      .insertInto("comment_banned_words")
      .values({ id: uuidv7(), site_id: null, word: "lừa đảo" })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const draft = await createDraft();
    const clause = draft.clauses[2] ?? "";
    const { citizen, browser } = await signedIn("Phạm Thị Công Dân", "10.0.0.2");
    const form = await browser.get(`${P.consultationComment(draft.slug)}?dieu=${clause}`);
    expect(form.statusCode).toBe(200);
    expect(form.headers["cache-control"]).toBe("no-store");
    expect(form.body).toContain("Nội dung của điều 3.");
    expect(form.body).toMatch(new RegExp(`<option value="${clause}" selected`));
    expect(form.body).not.toMatch(/name="cong_khai_ten" value="1" checked/);

    const sent = await browser.post(P.consultationComment(draft.slug), {
      [COMMENT_FIELD.clause]: clause,
      [COMMENT_FIELD.body]: "Đề nghị bỏ quy định này vì dễ bị lợi dụng để LUA DAO người dân.",
      [COMMENT_FIELD.organisation]: "Hội Nông dân xã",
      [COMMENT_FIELD.showName]: "1",
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${P.consultationComment(draft.slug)}?da-gui=1`);
    const rows = await commentsOf(draft.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      clause_id: clause,
      citizen_id: citizen.id,
      author_name: "Phạm Thị Công Dân",
      organisation: "Hội Nông dân xã",
      show_name: true,
      status: "pending",
      flagged_words: ["lừa đảo"],
    });
    expect(rows[0]?.ip_hash).toBeTruthy();
    expect(rows[0]?.ip_hash).not.toContain("10.0.0.2");
    const thanks = await browser.get(sent.headers.location as string);
    expect(thanks.body).toContain("Đã gửi góp ý");

    const general = await browser.post(P.consultationComment(draft.slug), {
      [COMMENT_FIELD.clause]: "",
      [COMMENT_FIELD.body]: "Góp ý chung: dự thảo cần thêm điều khoản chuyển tiếp.",
    });
    expect(general.statusCode).toBe(303);
    const generalRow = (await commentsOf(draft.id)).find((r) => r.clause_id === null);
    expect(generalRow).toMatchObject({ show_name: false, organisation: null, flagged_words: [] });
  });

  it("sends visitors to sign in and refuses their posts", async () => {
    const draft = await createDraft();
    const form = await t.app.inject({ url: `${P.consultationComment(draft.slug)}?dieu=${draft.clauses[0]}` });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(
      `/tai-khoan/dang-nhap?thong_bao=can-dang-nhap&amp;next=${encodeURIComponent(`${P.consultationComment(draft.slug)}?dieu=${draft.clauses[0]}`)}`,
    );
    expect(form.body).not.toContain('name="noi_dung"');
    const { TestBrowser } = await import("../../citizens/test-support.js");
    const visitor = new TestBrowser(t.app, "10.0.0.3");
    // A visitor's token from a real form (the sign-in page), so the refusal below is ours and not the CSRF check's.
    await visitor.get("/tai-khoan/dang-nhap");
    expect(visitor.csrf).not.toBe("");
    const res = await visitor.post(P.consultationComment(draft.slug), {
      [COMMENT_FIELD.body]: "Ý kiến của khách chưa đăng nhập.",
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain("/tai-khoan/dang-nhap?thong_bao=can-dang-nhap");
    expect(await commentsOf(draft.id)).toHaveLength(0);
  });

  it("refuses comments outside the period with 409 and says why", async () => {
    const closed = await createDraft({ opens: -40, closes: -1 });
    const upcoming = await createDraft({ opens: 2, closes: 30 });
    const stored = await createDraft({ status: "closed", opens: -3, closes: 10 });
    const open = await createDraft();
    const { browser } = await signedIn();
    await browser.get(P.consultationComment(open.slug));
    const page = await browser.get(P.consultation(closed.slug));
    expect(page.body).not.toContain(`${P.consultationComment(closed.slug)}?dieu=`);
    const get = await browser.get(P.consultationComment(closed.slug));
    expect(get.statusCode).toBe(409);
    expect(get.body).toContain("Đã hết thời gian lấy ý kiến");
    for (const d of [closed, upcoming, stored]) {
      const res = await browser.post(P.consultationComment(d.slug), {
        [COMMENT_FIELD.clause]: d.clauses[0] ?? "",
        [COMMENT_FIELD.body]: "Góp ý gửi ngoài thời hạn lấy ý kiến.",
      });
      expect(res.statusCode).toBe(409);
      expect(await commentsOf(d.id)).toHaveLength(0);
    }
    const early = await browser.get(P.consultationComment(upcoming.slug));
    expect(early.body).toContain("chưa đến thời gian lấy ý kiến");
  });

  it("answers an unknown clause with 404 on the form and 422 on a post, keeping what was typed", async () => {
    const draft = await createDraft();
    const otherDraft = await createDraft();
    const { browser } = await signedIn();
    expect(
      (await browser.get(`${P.consultationComment(draft.slug)}?dieu=${otherDraft.clauses[0]}`)).statusCode,
    ).toBe(404);
    await browser.get(P.consultationComment(draft.slug));
    const typed = "Đề nghị sửa đổi <b>điều</b> của dự thảo khác.";
    const res = await browser.post(P.consultationComment(draft.slug), {
      [COMMENT_FIELD.clause]: otherDraft.clauses[0] ?? "",
      [COMMENT_FIELD.body]: typed,
      [COMMENT_FIELD.organisation]: "Hợp tác xã Nghĩa Hành",
      [COMMENT_FIELD.showName]: "1",
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Chọn điều, khoản của dự thảo cần góp ý");
    expect(res.body).toContain("Đề nghị sửa đổi &lt;b>điều&lt;/b> của dự thảo khác.");
    expect(res.body).toContain('value="Hợp tác xã Nghĩa Hành"');
    expect(res.body).toMatch(/name="cong_khai_ten" value="1" checked/);

    const short = await browser.post(P.consultationComment(draft.slug), {
      [COMMENT_FIELD.clause]: draft.clauses[1] ?? "",
      [COMMENT_FIELD.body]: "Ngắn",
    });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain('class="error-summary"');
    expect(short.body).toMatch(new RegExp(`<option value="${draft.clauses[1]}" selected`));
    expect(await commentsOf(draft.id)).toHaveLength(0);
  });

  it("refuses a citizen over the rate limit with 429 and writes nothing", async () => {
    const draft = await createDraft();
    const { citizen, browser } = await signedIn("Võ Văn Nhanh", "10.0.0.4");
    const now = new Date();
    await db
      .insertInto("participation_posts")
      .values(
        Array.from({ length: ACCOUNT_BURST.max }, () => ({
          kind: "question" as const,
          citizen_id: citizen.id,
          ip_hash: null,
          at: now,
        })),
      )
      .execute();
    await browser.get(P.consultationComment(draft.slug));
    const res = await browser.post(P.consultationComment(draft.slug), {
      [COMMENT_FIELD.clause]: draft.clauses[0] ?? "",
      [COMMENT_FIELD.body]: "Ý kiến gửi khi đã vượt giới hạn.",
    });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.body).toContain("Bạn đã gửi quá nhiều ý kiến");
    expect(res.body).toContain("Ý kiến gửi khi đã vượt giới hạn.");
    expect(await commentsOf(draft.id)).toHaveLength(0);
    const posts = await db
      .selectFrom("participation_posts")
      .select("id")
      .where("citizen_id", "=", citizen.id)
      .execute();
    expect(posts).toHaveLength(ACCOUNT_BURST.max);
  });

  it("shows the synthesis and each response at its clause with the comments it answers, once concluded", async () => {
    const draft = await createDraft({
      status: "concluded",
      opens: -60,
      closes: -30,
      synthesis: "Cơ quan soạn thảo đã nhận 2 ý kiến và tiếp thu toàn bộ.",
    });
    const author = await createTestCitizen(db);
    const mine = await addComment(draft, author.id, {
      clause: draft.clauses[2] ?? null,
      body: "Đề nghị quy định rõ thời hạn giải quyết.",
      showName: true,
    });
    const groupId = uuidv7();
    await db
      .insertInto("consultation_response_groups")
      .values({
        id: groupId,
        consultation_id: draft.id,
        clause_id: draft.clauses[2] ?? null,
        position: 1,
        summary: "Ý kiến đề nghị quy định rõ thời hạn.",
        response: "Tiếp thu: bổ sung thời hạn 15 ngày làm việc.",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await db.updateTable("consultation_comments").set({ group_id: groupId }).where("id", "=", mine).execute();
    const page = await t.app.inject({ url: P.consultation(draft.slug) });
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).toContain("Cơ quan soạn thảo đã nhận 2 ý kiến và tiếp thu toàn bộ.");
    const clause3 = html.indexOf(`id="c-${draft.clauses[2]}"`);
    const clause4 = html.indexOf(`id="c-${draft.clauses[3]}"`);
    const response = html.indexOf("Tiếp thu: bổ sung thời hạn 15 ngày làm việc.");
    expect(response).toBeGreaterThan(clause3);
    expect(response).toBeLessThan(clause4);
    expect(html).toContain(`href="#tiep-thu-${groupId}"`);
    expect(html).toContain(`href="#y-kien-${mine}"`);
    expect(html).not.toContain('name="noi_dung"');
  });

  it("renders a draft in a bounded number of queries whatever its size", async () => {
    const small = await createDraft({ clauses: 2 });
    const large = await createDraft({ clauses: 40 });
    const { citizen, browser } = await signedIn();
    await addComment(small, citizen.id, { body: "Một ý kiến." });
    for (const [i, clause] of large.clauses.entries()) {
      await addComment(large, citizen.id, { clause, body: `Ý kiến số ${i}.` });
      await addComment(large, citizen.id, { clause, body: `Ý kiến chờ số ${i}.`, status: "pending" });
    }
    await browser.get(P.consultation(small.slug));
    const a = await countQueries(() => browser.get(P.consultation(small.slug)));
    const b = await countQueries(() => browser.get(P.consultation(large.slug)));
    expect(b.result.statusCode).toBe(200);
    expect(b.result.body).toContain("Ý kiến chờ số 39.");
    expect(b.queries).toBe(a.queries);
    expect(b.queries).toBeLessThanOrEqual(10);
  });
});
