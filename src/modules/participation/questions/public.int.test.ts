import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  citizenBrowser,
  createTestCitizen,
  type TestCitizen,
} from "../../../../test/support/citizen-session.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { ACCOUNT_BURST } from "../abuse/index.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { QuestionKind, QuestionStatus } from "../tables.js";
import { questionSearchText } from "./domain/search.js";

let t: TestApp;
let topicId: string;
let otherTopicId: string;
let stp: string;
let skhdt: string;
let stpSite: string;
let ipSerial = 0;

/** Each browser posts from its own address, so one test's posts never count against another's address limit. */
async function signedIn(c: TestCitizen) {
  ipSerial += 1;
  return citizenBrowser(t.app, c.id, `10.7.0.${ipSerial}`);
}

async function unitId(shortCode: string): Promise<string> {
  const row = await t.services.db
    .selectFrom("units")
    .select("id")
    .where("short_code", "=", shortCode)
    .executeTakeFirstOrThrow();
  return row.id;
}

let fixtureSerial = 0;

/** A question straight in the table, in any status (published ones answered by a unit). */
async function insertQuestion(over: {
  kind?: QuestionKind;
  status?: QuestionStatus;
  title: string;
  body?: string;
  answer?: string;
  unitId?: string;
  citizen: TestCitizen;
  showName?: boolean;
  publishedAt?: Date;
}): Promise<string> {
  fixtureSerial += 1;
  const kind = over.kind ?? "citizen";
  const status = over.status ?? "published";
  const code = `${kind === "citizen" ? "HD" : kind === "business" ? "DN" : "PA"}-200101-${String(fixtureSerial).padStart(4, "0")}`;
  const body = over.body ?? "Nội dung câu hỏi để kiểm thử trang công khai.";
  const answer = status === "published" || status === "drafted" ? (over.answer ?? "Trả lời của Sở.") : null;
  await t.services.db
    .insertInto("questions")
    .values({
      id: uuidv7(),
      code,
      kind,
      topic_id: topicId,
      citizen_id: over.citizen.id,
      asker_name: over.citizen.fullName,
      asker_email: over.citizen.email,
      asker_phone: over.citizen.phone,
      business_name: kind === "business" ? "Công ty TNHH Kiểm Thử" : null,
      tax_code: kind === "business" ? "4300123456" : null,
      show_name: over.showName ?? false,
      regulation: kind === "feedback" ? "Quyết định 1/2026/QĐ-UBND" : null,
      title: over.title,
      body,
      status,
      unit_id: status === "submitted" || status === "rejected" ? null : (over.unitId ?? stp),
      due_on: status === "routed" || status === "drafted" ? "2030-01-15" : null,
      answer,
      published_at: status === "published" ? (over.publishedAt ?? new Date()) : null,
      reject_reason: status === "rejected" ? "Nội dung không thuộc phạm vi trả lời." : null,
      search_text: questionSearchText({
        title: over.title,
        body,
        answer: status === "published" ? answer : null,
      }),
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  return code;
}

const validAsk = () => ({
  topic: topicId,
  unit: "",
  title: "Hồ sơ cấp giấy phép xây dựng nhà ở",
  body: "Xin hỏi hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ tại Quảng Ngãi gồm những giấy tờ gì?",
});

async function countRows(citizenId: string) {
  const db = t.services.db;
  const [q, posts] = await Promise.all([
    db
      .selectFrom("questions")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("citizen_id", "=", citizenId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("participation_posts")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("citizen_id", "=", citizenId)
      .executeTakeFirstOrThrow(),
  ]);
  return { questions: Number(q.n), posts: Number(posts.n) };
}

beforeAll(async () => {
  t = await startTestApp();
  const db = t.services.db;
  topicId = uuidv7();
  otherTopicId = uuidv7();
  await db
    .insertInto("question_topics")
    .values([
      {
        id: topicId,
        slug: "kiem-thu-xay-dung",
        name_vi: "Xây dựng (kiểm thử)",
        name_en: "Construction",
        position: 900,
      },
      { id: otherTopicId, slug: "kiem-thu-thue", name_vi: "Thuế (kiểm thử)", name_en: "Tax", position: 901 },
    ])
    .execute();
  [stp, skhdt] = await Promise.all([unitId("STP"), unitId("SKHDT")]);
  const site = await db
    .selectFrom("sites")
    .select("slug")
    .where("unit_id", "=", stp)
    .where("kind", "=", "component")
    .executeTakeFirstOrThrow();
  stpSite = site.slug;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("asking", () => {
  it("stores a citizen's question with its event and a receipt email, then shows the code", async () => {
    const c = await createTestCitizen(t.services.db, { fullName: "Trần Thị Hỏi" });
    const browser = await signedIn(c);
    const form = await browser.get(PARTICIPATION_PATHS.ask);
    expect(form.statusCode).toBe(200);
    expect(form.headers["cache-control"]).toBe("no-store");
    expect(form.body).toContain('name="showName"');
    expect(form.body).not.toMatch(/name="showName"[^>]*checked/);
    const res = await browser.post(PARTICIPATION_PATHS.ask, { ...validAsk(), unit: skhdt, showName: "on" });
    expect(res.statusCode).toBe(303);
    const code = /\/hoi-dap\/da-gui\/(HD-\d{6}-\d{4})$/.exec(res.headers.location as string)?.[1];
    expect(code).toBeDefined();
    const db = t.services.db;
    const row = await db
      .selectFrom("questions")
      .selectAll()
      .where("code", "=", code as string)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: "citizen",
      status: "submitted",
      citizen_id: c.id,
      asker_name: "Trần Thị Hỏi",
      asker_email: c.email,
      asker_phone: c.phone,
      suggested_unit_id: skhdt,
      show_name: true,
      flagged_words: [],
    });
    expect(row.search_text).toContain("quang ngai");
    expect(row.ip_hash).toMatch(/^[\w-]{32}$/);
    const events = await db
      .selectFrom("question_events")
      .selectAll()
      .where("question_id", "=", row.id)
      .execute();
    expect(events).toMatchObject([{ action: "submitted", from_status: null, to_status: "submitted" }]);
    const jobs = await db
      .selectFrom("jobs")
      .select(["payload", "dedupe_key"])
      .where("queue", "=", "email")
      .where("dedupe_key", "=", `question-received:${row.id}`)
      .execute();
    expect(jobs).toHaveLength(1);
    expect(JSON.stringify(jobs[0]?.payload)).toContain(code as string);
    expect(JSON.stringify(jobs[0]?.payload)).toContain(c.email);

    const sent = await browser.get(res.headers.location as string);
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain(code as string);
    // The sent page is the asker's only; the question is not public before it is answered.
    expect((await t.app.inject({ url: res.headers.location as string })).statusCode).toBe(404);
    expect((await t.app.inject({ url: PARTICIPATION_PATHS.question(code as string) })).statusCode).toBe(404);
  });

  it("sends the receipt by SMS to an account with only a mobile number", async () => {
    const c = await createTestCitizen(t.services.db);
    await t.services.db.updateTable("citizens").set({ email: null }).where("id", "=", c.id).execute();
    const browser = await signedIn(c);
    await browser.get(PARTICIPATION_PATHS.ask);
    const res = await browser.post(PARTICIPATION_PATHS.ask, validAsk());
    expect(res.statusCode).toBe(303);
    const row = await t.services.db
      .selectFrom("questions")
      .select(["id", "code", "asker_email"])
      .where("citizen_id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect(row.asker_email).toBeNull();
    const jobs = await t.services.db
      .selectFrom("jobs")
      .select(["queue", "payload"])
      .where("dedupe_key", "like", `question-received%:${row.id}`)
      .execute();
    expect(jobs.map((j) => j.queue)).toEqual(["sms"]);
    expect(JSON.stringify(jobs[0]?.payload)).toContain(row.code);
    expect(JSON.stringify(jobs[0]?.payload)).toContain(`84${c.phone.slice(1)}`);
  });

  it("tells an anonymous visitor to sign in and writes nothing for an anonymous post", async () => {
    const page = await t.app.inject({ url: PARTICIPATION_PATHS.askBusiness });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      `/tai-khoan/dang-nhap?next=${encodeURIComponent(PARTICIPATION_PATHS.askBusiness)}`,
    );
    expect(page.body).not.toContain('name="title"');
    const before = await t.services.db
      .selectFrom("questions")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const anon = await t.app.inject({ url: PARTICIPATION_PATHS.ask });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(anon.body)?.[1];
    const res = await t.app.inject({
      method: "POST",
      url: PARTICIPATION_PATHS.ask,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ ...validAsk(), _csrf: csrf ?? "" }).toString(),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const after = await t.services.db
      .selectFrom("questions")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("refuses invalid input with 422, keeping everything typed and writing nothing", async () => {
    const c = await createTestCitizen(t.services.db);
    const browser = await signedIn(c);
    await browser.get(PARTICIPATION_PATHS.ask);
    const res = await browser.post(PARTICIPATION_PATHS.ask, {
      topic: "",
      unit: skhdt,
      title: "Ngắn <b>",
      body: "Nội dung giữ lại & không mất",
      showName: "on",
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("error-summary");
    expect(res.body).toContain("Vui lòng nhập Chủ đề.");
    expect(res.body).toMatch(/value="Ngắn &lt;b(&gt;|>)"/);
    expect(res.body).toContain("Nội dung giữ lại &amp; không mất");
    expect(res.body).toMatch(new RegExp(`value="${skhdt}"[^>]*selected`));
    expect(res.body).toMatch(/name="showName"[^>]*checked/);
    expect(await countRows(c.id)).toEqual({ questions: 0, posts: 0 });
  });

  it("needs a business's tax code and prefills it from the profile", async () => {
    const business = await createTestCitizen(t.services.db, {
      business: { name: "Công ty CP Dung Quất Xanh", taxCode: "4300999888" },
    });
    const browser = await signedIn(business);
    const form = await browser.get(PARTICIPATION_PATHS.askBusiness);
    expect(form.body).toContain('value="4300999888"');
    expect(form.body).toContain('value="Công ty CP Dung Quất Xanh"');
    const missing = await browser.post(PARTICIPATION_PATHS.askBusiness, {
      ...validAsk(),
      businessName: "Công ty CP Dung Quất Xanh",
      taxCode: "",
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain("Nhập mã số thuế của doanh nghiệp.");
    const wrong = await browser.post(PARTICIPATION_PATHS.askBusiness, {
      ...validAsk(),
      businessName: "Công ty CP Dung Quất Xanh",
      taxCode: "123",
    });
    expect(wrong.statusCode).toBe(422);
    expect(await countRows(business.id)).toEqual({ questions: 0, posts: 0 });
    const ok = await browser.post(PARTICIPATION_PATHS.askBusiness, {
      ...validAsk(),
      businessName: "Công ty CP Dung Quất Xanh",
      taxCode: "4300999888",
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toMatch(/\/DN-\d{6}-\d{4}$/);
  });

  it("needs the regulation concerned for feedback", async () => {
    const c = await createTestCitizen(t.services.db);
    const browser = await signedIn(c);
    await browser.get(PARTICIPATION_PATHS.askFeedback);
    const res = await browser.post(PARTICIPATION_PATHS.askFeedback, validAsk());
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Nhập quy định hoặc thủ tục hành chính bạn phản ánh.");
    expect(await countRows(c.id)).toEqual({ questions: 0, posts: 0 });
    const ok = await browser.post(PARTICIPATION_PATHS.askFeedback, {
      ...validAsk(),
      regulation: "Thủ tục cấp giấy phép xây dựng",
    });
    expect(ok.headers.location).toMatch(/\/PA-\d{6}-\d{4}$/);
  });

  it("answers 429 over the account's limit and writes nothing", async () => {
    const c = await createTestCitizen(t.services.db);
    const now = new Date();
    await t.services.db
      .insertInto("participation_posts")
      .values(
        Array.from({ length: ACCOUNT_BURST.max }, () => ({
          kind: "question" as const,
          citizen_id: c.id,
          ip_hash: null,
          at: now,
        })),
      )
      .execute();
    const browser = await signedIn(c);
    await browser.get(PARTICIPATION_PATHS.ask);
    const res = await browser.post(PARTICIPATION_PATHS.ask, validAsk());
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.body).toMatch(/sau khoảng \d+ phút/);
    expect(res.body).toContain("Hồ sơ cấp giấy phép xây dựng nhà ở");
    expect(await countRows(c.id)).toEqual({ questions: 0, posts: ACCOUNT_BURST.max });
  });

  it("flags banned words without refusing, and never shows the flags", async () => {
    await t.services.db
      .insertInto("comment_banned_words")
      .values({ id: uuidv7(), site_id: null, word: "lừa đảo" })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const c = await createTestCitizen(t.services.db);
    const browser = await signedIn(c);
    await browser.get(PARTICIPATION_PATHS.ask);
    const res = await browser.post(PARTICIPATION_PATHS.ask, {
      ...validAsk(),
      body: `${validAsk().body} Có phải lua dao không?`,
    });
    expect(res.statusCode).toBe(303);
    const row = await t.services.db
      .selectFrom("questions")
      .select("flagged_words")
      .where("citizen_id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect(row.flagged_words).toEqual(["lừa đảo"]);
  });
});

describe("public pages", () => {
  let asker: TestCitizen;
  let published: string;
  let hidden: string;

  beforeAll(async () => {
    asker = await createTestCitizen(t.services.db, { fullName: "Lê Văn Công Khai" });
    published = await insertQuestion({
      title: "Đăng ký kết hôn tại Quảng Ngãi",
      citizen: asker,
      showName: true,
      answer: "Công dân nộp hồ sơ tại UBND cấp xã.",
    });
    hidden = await insertQuestion({ title: "Câu hỏi ẩn danh về hộ tịch", citizen: asker, showName: false });
    for (const status of ["submitted", "routed", "drafted", "rejected"] as const) {
      await insertQuestion({ title: `Chưa công khai ${status}`, status, citizen: asker });
    }
    await insertQuestion({
      title: "Đầu tư dự án khu công nghiệp",
      citizen: asker,
      unitId: skhdt,
      kind: "business",
    });
    await insertQuestion({ title: "Phản ánh thủ tục chứng thực", citizen: asker, kind: "feedback" });
  });

  it("list only published questions of the kind, newest answer first, with no contact data", async () => {
    const res = await t.app.inject({ url: PARTICIPATION_PATHS.questions });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Đăng ký kết hôn tại Quảng Ngãi");
    expect(res.body).toContain("Câu hỏi ẩn danh về hộ tịch");
    expect(res.body).not.toContain("Chưa công khai");
    expect(res.body).not.toContain("Đầu tư dự án khu công nghiệp");
    expect(res.body.indexOf("Câu hỏi ẩn danh")).toBeLessThan(res.body.indexOf("Đăng ký kết hôn"));
    expect(res.body).not.toContain(asker.email);
    expect(res.body).not.toContain(asker.phone);
    const business = await t.app.inject({ url: PARTICIPATION_PATHS.businessQuestions });
    expect(business.body).toContain("Đầu tư dự án khu công nghiệp");
    expect(business.body).not.toContain("4300123456");
    const feedback = await t.app.inject({ url: PARTICIPATION_PATHS.feedback });
    expect(feedback.body).toContain("Phản ánh thủ tục chứng thực");
  });

  it("show a published question, and 404 for every other status and unknown codes", async () => {
    const page = await t.app.inject({ url: PARTICIPATION_PATHS.question(published) });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Công dân nộp hồ sơ tại UBND cấp xã.");
    expect(page.body).toContain("Lê Văn Công Khai");
    expect(page.body).not.toContain(asker.email);
    expect(page.body).not.toContain(asker.phone);
    const anonymous = await t.app.inject({ url: PARTICIPATION_PATHS.question(hidden) });
    expect(anonymous.body).not.toContain("Lê Văn Công Khai");
    expect(anonymous.body).toContain("Giấu tên");
    const unpublished = await t.services.db
      .selectFrom("questions")
      .select("code")
      .where("citizen_id", "=", asker.id)
      .where("status", "<>", "published")
      .execute();
    expect(unpublished).toHaveLength(4);
    for (const { code } of unpublished) {
      expect((await t.app.inject({ url: PARTICIPATION_PATHS.question(code) })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ url: PARTICIPATION_PATHS.question("HD-990101-9999") })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: PARTICIPATION_PATHS.question("khong-co") })).statusCode).toBe(404);
  });

  it("search without diacritics, and filter by topic and unit", async () => {
    const res = await t.app.inject({
      url: `${PARTICIPATION_PATHS.questions}?q=${encodeURIComponent("quang ngai ket hon")}`,
    });
    expect(res.body).toContain("Đăng ký kết hôn tại Quảng Ngãi");
    expect(res.body).not.toContain("Câu hỏi ẩn danh về hộ tịch");
    const byAnswer = await t.app.inject({
      url: `${PARTICIPATION_PATHS.questions}?q=${encodeURIComponent("ubnd cap xa")}`,
    });
    expect(byAnswer.body).toContain("Đăng ký kết hôn tại Quảng Ngãi");
    const otherTopic = await t.app.inject({ url: `${PARTICIPATION_PATHS.questions}?chu-de=kiem-thu-thue` });
    expect(otherTopic.body).not.toContain("Đăng ký kết hôn");
    const byUnit = await t.app.inject({ url: `${PARTICIPATION_PATHS.businessQuestions}?don-vi=${stp}` });
    expect(byUnit.body).not.toContain("Đầu tư dự án khu công nghiệp");
  });

  it("a unit's site shows only its unit's answers", async () => {
    const res = await t.app.inject({ url: PARTICIPATION_PATHS.siteQuestions(stpSite) });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Đăng ký kết hôn tại Quảng Ngãi");
    expect(res.body).toContain("Phản ánh thủ tục chứng thực");
    expect(res.body).not.toContain("Đầu tư dự án khu công nghiệp");
    expect(
      (await t.app.inject({ url: PARTICIPATION_PATHS.siteQuestions("khong-co-trang") })).statusCode,
    ).toBe(404);
  });

  it("keep the list's query count bounded whatever the data size", async () => {
    const url = `${PARTICIPATION_PATHS.questions}?q=hoi`;
    await t.app.inject({ url });
    const few = await countQueries(() => t.app.inject({ url }));
    for (let i = 0; i < 25; i += 1)
      await insertQuestion({ title: `Câu hỏi số ${i} về hộ tịch`, citizen: asker });
    const many = await countQueries(() => t.app.inject({ url }));
    expect(many.result.statusCode).toBe(200);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBeLessThanOrEqual(8);
  });
});

describe("my questions", () => {
  it("lists only the signed-in citizen's questions with status, due date, answer and reason", async () => {
    const me = await createTestCitizen(t.services.db);
    const other = await createTestCitizen(t.services.db);
    await insertQuestion({ title: "Của tôi đang xử lý", status: "routed", citizen: me });
    await insertQuestion({ title: "Của tôi đã trả lời", citizen: me, answer: "Câu trả lời đã duyệt." });
    await insertQuestion({
      title: "Của tôi chờ duyệt",
      status: "drafted",
      citizen: me,
      answer: "Bản nháp chưa duyệt.",
    });
    await insertQuestion({ title: "Của tôi bị từ chối", status: "rejected", citizen: me });
    await insertQuestion({ title: "Của người khác", status: "routed", citizen: other });
    const browser = await signedIn(me);
    const res = await browser.get(PARTICIPATION_PATHS.myQuestions);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain("Của tôi đang xử lý");
    expect(res.body).toContain("Đang xử lý tại cơ quan chức năng");
    expect(res.body).toContain("15/01/2030");
    expect(res.body).toContain("Câu trả lời đã duyệt.");
    expect(res.body).not.toContain("Bản nháp chưa duyệt.");
    expect(res.body).toContain("Nội dung không thuộc phạm vi trả lời.");
    expect(res.body).not.toContain("Của người khác");
    const anon = await t.app.inject({ url: PARTICIPATION_PATHS.myQuestions });
    expect(anon.statusCode).toBe(303);
  });
});
