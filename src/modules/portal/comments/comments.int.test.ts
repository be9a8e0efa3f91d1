import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  formBody,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import type { Db } from "../../../platform/db/connection.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { countPendingCommentsBySite } from "../index.js";
import { FIELD } from "./domain/comment-input.js";
import { issueFormToken } from "./domain/form-token.js";
import { insertComment } from "./store.js";

/** Issue 5 item 2 (SPEC §A7): readers' comments, moderated per site, with banned words and rate limits. */

const MAIN = demoSiteId("");
const SXD = demoSiteId("so-xay-dung");
const STP = demoSiteId("so-tu-phap");

async function insertArticle(
  db: Db,
  siteId: string,
  slug: string,
  title = "Bài thử nghiệm ý kiến",
): Promise<string> {
  const id = uuidv7();
  await sql`
    insert into content_items (id, site_id, kind, title, slug, status, published_at)
    values (${id}, ${siteId}, 'article', ${title}, ${slug}, 'published', now() - interval '1 hour')`.execute(
    db,
  );
  return id;
}

async function pendingOn(db: Db, contentId: string) {
  return db
    .selectFrom("comments")
    .selectAll()
    .where("content_id", "=", contentId)
    .orderBy("created_at")
    .execute();
}

describe("reader comments", () => {
  let t: TestApp;
  let db: Db;
  let secret: string;
  let approverMain: StaffSession;
  let approverSxd: StaffSession;
  let article: string;

  /** A reader's POST with a token rendered 10 s earlier (a person reading), from the given address. */
  function post(contentId: string, fields: Record<string, string>, ip: string, token?: string) {
    return t.app.inject({
      method: "POST",
      url: `/binh-luan/${contentId}`,
      remoteAddress: ip,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: formBody({
        [FIELD.token]: token ?? issueFormToken(secret, contentId, Date.now() - 10_000),
        [FIELD.name]: "Nguyễn Văn An",
        [FIELD.email]: "",
        [FIELD.body]: "Xin cảm ơn ban biên tập đã đưa tin.",
        [FIELD.trap]: "",
        ...fields,
      }),
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.services.db;
    secret = (await db.selectFrom("comment_secrets").select("secret").executeTakeFirstOrThrow()).secret;
    article = await insertArticle(db, MAIN, "y-kien-ve-quy-hoach");
    approverMain = await signIn(t.app, {
      username: "duyet.cong",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.9.0.1",
    });
    approverSxd = await signIn(t.app, {
      username: "duyet.sxd",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.9.0.2",
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("seeds demo comments: approved ones shown under a main-portal article, pending ones not", async () => {
    const rows = await db
      .selectFrom("comments")
      .innerJoin("content_items", "content_items.id", "comments.content_id")
      .select(["comments.status", "comments.body", "comments.flagged_words", "content_items.slug"])
      .where("comments.site_id", "=", MAIN)
      .execute();
    const approved = rows.filter((r) => r.status === "approved");
    const pending = rows.filter((r) => r.status === "pending");
    expect(approved.length).toBeGreaterThan(0);
    expect(pending.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.flagged_words.includes("vay nóng"))).toBe(true);
    const first = approved[0];
    const page = await t.app.inject({ url: `/bai-viet/${first?.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(first?.body.split("\n")[0]);
    for (const p of pending.filter((r) => r.slug === first?.slug)) expect(page.body).not.toContain(p.body);
  });

  it("post → pending, not shown → approved → shown escaped, the cached page purged, audited", async () => {
    const url = "/bai-viet/y-kien-ve-quy-hoach";
    const first = await t.app.inject({ url });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain(`action="/binh-luan/${article}"`);
    expect((await t.app.inject({ url })).headers["x-cache"]).toBe("hit");

    const text = "<script>alert('xss')</script> Đề nghị công khai tiến độ";
    const res = await post(article, { [FIELD.name]: "Trần <b>Bình</b>", [FIELD.body]: text }, "203.0.113.10");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${url}?y-kien=da-gui#binh-luan`);
    const [row] = await pendingOn(db, article);
    expect(row).toMatchObject({
      status: "pending",
      author_name: "Trần <b>Bình</b>",
      body: text,
      flagged_words: [],
    });
    expect(row?.ip_hash).not.toContain("203.0.113.10");

    const notice = await t.app.inject({ url: String(res.headers.location) });
    expect(notice.body).toContain("đang chờ ban biên tập duyệt");
    const stillCached = await t.app.inject({ url });
    expect(stillCached.body).not.toContain("Đề nghị công khai tiến độ");

    const queue = await approverMain.get("/admin/binh-luan");
    expect(queue.statusCode).toBe(200);
    // Preact escapes "<" and "&" in text, which is what keeps markup from starting.
    expect(queue.body).toContain("&lt;script>alert('xss')&lt;/script> Đề nghị");
    expect(queue.body).not.toContain("<script>alert(");

    const done = await approverMain.post("/admin/binh-luan/duyet", {
      ids: row?.id ?? "",
      action: "approve",
      back: "/admin/binh-luan",
    });
    expect(done.statusCode).toBe(303);
    const after = await t.app.inject({ url });
    expect(after.headers["x-cache"]).toBe("miss");
    expect(after.body).toContain("&lt;script>alert('xss')&lt;/script> Đề nghị công khai tiến độ");
    expect(after.body).toContain("Trần &lt;b>Bình&lt;/b>");
    expect(after.body).not.toContain("<script>alert(");

    const [approved] = await pendingOn(db, article);
    expect(approved?.status).toBe("approved");
    expect(approved?.moderated_by).not.toBeNull();
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("entity_id", "=", row?.id ?? "")
      .execute();
    expect(audit).toEqual([{ action: "comment.approve", actor_id: approved?.moderated_by }]);
  });

  it("flags (does not refuse) a comment with a banned word typed without diacritics", async () => {
    const id = await insertArticle(db, MAIN, "bai-tu-cam");
    const res = await post(id, { [FIELD.body]: "Coi chừng trò LUA DAO này nhé" }, "203.0.113.20");
    expect(res.statusCode).toBe(303);
    const [row] = await pendingOn(db, id);
    expect(row).toMatchObject({ status: "pending", flagged_words: ["lừa đảo"] });
    const queue = await approverMain.get("/admin/binh-luan");
    expect(queue.body).toContain("Có từ cấm: lừa đảo");
  });

  it("answers the sixth comment in ten minutes from one address with a Vietnamese 429, the text kept", async () => {
    const id = await insertArticle(db, MAIN, "bai-gioi-han");
    for (let i = 0; i < 5; i++) {
      const ok = await post(id, { [FIELD.body]: `Ý kiến số ${i + 1} của tôi` }, "203.0.113.30");
      expect(ok.statusCode).toBe(303);
    }
    const refused = await post(id, { [FIELD.body]: "Ý kiến thứ sáu bị chặn" }, "203.0.113.30");
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.body).toContain("Bạn đã gửi quá nhiều ý kiến");
    expect(refused.body).toContain("Ý kiến thứ sáu bị chặn</textarea>");
    expect(await pendingOn(db, id)).toHaveLength(5);
    expect((await post(id, {}, "203.0.113.31")).statusCode).toBe(303);
  });

  it("counts simultaneous posts from one address one after the other (5 taken, 1 refused)", async () => {
    const id = await insertArticle(db, MAIN, "bai-dong-thoi");
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => post(id, { [FIELD.body]: `Ý kiến đồng thời ${n}` }, "203.0.113.35")),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([303, 303, 303, 303, 303, 429]);
    expect(await pendingOn(db, id)).toHaveLength(5);
  });

  it("refuses bad input with 422 and the form kept; bots and forged tokens store nothing", async () => {
    const id = await insertArticle(db, MAIN, "bai-kiem-tra-nhap");
    const bad = await post(
      id,
      { [FIELD.name]: "", [FIELD.email]: "an@", [FIELD.body]: "Một ý kiến dài đủ" },
      "203.0.113.40",
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Nhập họ và tên");
    expect(bad.body).toContain("Email không đúng dạng");
    expect(bad.body).toContain("Một ý kiến dài đủ</textarea>");
    expect(bad.body).toContain('value="an@"');

    const fast = await post(id, {}, "203.0.113.40", issueFormToken(secret, id, Date.now()));
    expect(fast.statusCode).toBe(422);
    expect(fast.body).toContain("gửi quá nhanh");
    const other = await insertArticle(db, MAIN, "bai-khac");
    const wrong = await post(id, {}, "203.0.113.40", issueFormToken(secret, other, Date.now() - 10_000));
    expect(wrong.statusCode).toBe(422);
    const trap = await post(id, { [FIELD.trap]: "http://spam.example" }, "203.0.113.40");
    expect(trap.statusCode).toBe(303);
    expect(await pendingOn(db, id)).toHaveLength(0);

    const missing = await post(uuidv7(), {}, "203.0.113.40");
    expect(missing.statusCode).toBe(404);
  });

  it("takes no comments where the site has them off or an editor closed the article", async () => {
    const stp = await insertArticle(db, STP, "bai-so-tu-phap");
    const page = await t.app.inject({ url: "/so-tu-phap/bai-viet/bai-so-tu-phap" });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain("/binh-luan/");
    expect((await post(stp, {}, "203.0.113.50")).statusCode).toBe(403);

    const editor = await signIn(t.app, {
      username: "bientap.cong",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.9.0.3",
    });
    const id = await insertArticle(db, MAIN, "bai-dong-y-kien");
    expect((await t.app.inject({ url: "/bai-viet/bai-dong-y-kien" })).body).toContain(`/binh-luan/${id}`);
    const itemPage = await editor.get(`/admin/binh-luan/bai-viet/${id}`);
    expect(itemPage.statusCode).toBe(200);
    expect(itemPage.body).toContain("Bài này: đang nhận ý kiến");
    const closed = await editor.post(`/admin/binh-luan/bai-viet/${id}`, {
      closed: "1",
      back: "/admin/binh-luan",
    });
    expect(closed.statusCode).toBe(303);
    expect((await t.app.inject({ url: "/bai-viet/bai-dong-y-kien" })).body).not.toContain(`/binh-luan/${id}`);
    expect((await post(id, {}, "203.0.113.51")).statusCode).toBe(403);
    // The editor of the main portal cannot close a department's article, nor open the moderation queue.
    const sxdArticle = await insertArticle(db, SXD, "bai-cua-so");
    expect((await editor.post(`/admin/binh-luan/bai-viet/${sxdArticle}`, { closed: "1" })).statusCode).toBe(
      403,
    );
    expect((await editor.get("/admin/binh-luan")).statusCode).toBe(403);
    expect((await editor.get(`/admin/binh-luan/bai-viet/${sxdArticle}`)).statusCode).toBe(403);
    expect((await editor.get(`/admin/binh-luan/bai-viet/${id}`)).body).toContain(
      "Bài này: không nhận ý kiến",
    );
  });

  it("approves or rejects many in one POST, and refuses an empty selection with 422", async () => {
    const id = await insertArticle(db, MAIN, "bai-duyet-hang-loat");
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      ids.push(
        await insertComment(db, {
          siteId: MAIN,
          contentId: id,
          name: `Bạn đọc ${n}`,
          email: null,
          body: `Ý kiến số ${n}`,
          flaggedWords: [],
          ipHash: "test",
        }),
      );
    }
    const res = await approverMain.post("/admin/binh-luan/duyet", { ids, action: "reject" });
    expect(res.statusCode).toBe(303);
    const rows = await pendingOn(db, id);
    expect(rows.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    const audits = await db.selectFrom("audit_log").select("action").where("entity_id", "in", ids).execute();
    expect(audits.map((a) => a.action)).toEqual(["comment.reject", "comment.reject", "comment.reject"]);

    const none = await approverMain.post("/admin/binh-luan/duyet", { action: "approve" });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain("Chọn ít nhất một ý kiến");
  });

  it("keeps an approver of one site away from another site's comments, all or nothing", async () => {
    const mainArticle = await insertArticle(db, MAIN, "bai-cua-cong-chinh");
    const sxdArticle = await insertArticle(db, SXD, "bai-cua-so-xay-dung");
    const onMain = await insertComment(db, {
      siteId: MAIN,
      contentId: mainArticle,
      name: "Bạn đọc A",
      email: null,
      body: "Ý kiến trên cổng tỉnh",
      flaggedWords: [],
      ipHash: "test",
    });
    const onSxd = await insertComment(db, {
      siteId: SXD,
      contentId: sxdArticle,
      name: "Bạn đọc B",
      email: null,
      body: "Ý kiến trên trang Sở Xây dựng",
      flaggedWords: [],
      ipHash: "test",
    });
    expect(
      (await approverSxd.post("/admin/binh-luan/duyet", { ids: onMain, action: "approve" })).statusCode,
    ).toBe(403);
    const mixed = await approverSxd.post("/admin/binh-luan/duyet", {
      ids: [onSxd, onMain],
      action: "approve",
    });
    expect(mixed.statusCode).toBe(403);
    const statuses = await db
      .selectFrom("comments")
      .select("status")
      .where("id", "in", [onMain, onSxd])
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(["pending", "pending"]);
    expect((await approverSxd.get(`/admin/binh-luan?site=${MAIN}`)).statusCode).toBe(403);
    const queue = await approverSxd.get("/admin/binh-luan");
    expect(queue.body).toContain("Ý kiến trên trang Sở Xây dựng");
    expect(queue.body).not.toContain("Ý kiến trên cổng tỉnh");
    expect(
      (await approverSxd.post("/admin/binh-luan/duyet", { ids: onSxd, action: "approve" })).statusCode,
    ).toBe(303);
  });

  it("refuses a reposted article without its source (Circular 09/2014), in the form and in the database", async () => {
    const editor = await signIn(t.app, {
      username: "bientap.cong",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.9.0.5",
    });
    const form = {
      site_id: MAIN,
      kind: "article",
      category_id: "",
      title: "Bài đăng lại thử nghiệm",
      slug: "",
      lead: "",
      body_html: "<p>Nội dung đăng lại.</p>",
      author: "",
      tags: "",
      publish_at: "",
      expire_at: "",
      is_repost: "on",
    };
    const refused = await editor.post("/admin/noi-dung", { ...form, source: "  " });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain("09/2014/TT-BTTTT");
    expect(refused.body).toContain("Bài đăng lại thử nghiệm");
    const saved = await editor.post("/admin/noi-dung", { ...form, source: "Báo Quảng Ngãi, 05/03/2026" });
    expect(saved.statusCode).toBe(303);
    const id = await insertArticle(db, MAIN, "bai-dang-lai-khong-nguon");
    await expect(
      sql`update content_items set is_repost = true, source = null where id = ${id}`.execute(db),
    ).rejects.toThrow(/content_items_repost_source_check/);
  });

  it("counts pending comments per site for the dashboard and the admin home", async () => {
    const counts = await countPendingCommentsBySite(db);
    const rows = await db
      .selectFrom("comments")
      .select(["site_id", sql<string>`count(*)`.as("n")])
      .where("status", "=", "pending")
      .groupBy("site_id")
      .execute();
    expect(counts).toEqual(new Map(rows.map((r) => [r.site_id, Number(r.n)])));
    expect(counts.get(MAIN)).toBeGreaterThan(0);
    const home = await approverMain.get("/admin");
    expect(home.body).toContain("Ý kiến bạn đọc chờ duyệt");
    expect(home.body).toContain(`${counts.get(MAIN)} ý kiến chờ duyệt`);
  });

  it("runs the same number of queries for the queue whatever its length", async () => {
    const admin = await signInAsAdmin(t.app);
    const id = await insertArticle(db, SXD, "bai-dem-truy-van");
    const measure = async () =>
      (await countQueries(() => admin.get(`/admin/binh-luan?site=${SXD}&status=all`))).queries;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await insertComment(db, {
          siteId: SXD,
          contentId: id,
          name: `Người ${i}`,
          email: null,
          body: `Nội dung ${i}`,
          flaggedWords: i % 2 ? ["lừa đảo"] : [],
          ipHash: "test",
        });
      }
    };
    await add(2);
    const few = await measure();
    await add(40);
    const many = await measure();
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });

  it("lets site admins switch their site and edit its banned list; the province list is the system admin's", async () => {
    const siteAdmin = await signIn(t.app, {
      username: "quantri.sxd",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.9.0.4",
    });
    const settings = await siteAdmin.get("/admin/binh-luan/cai-dat");
    expect(settings.statusCode).toBe(200);
    expect(
      (await siteAdmin.post("/admin/binh-luan/cai-dat/trang", { site: MAIN, enabled: "0" })).statusCode,
    ).toBe(403);
    expect(
      (await siteAdmin.post("/admin/binh-luan/cai-dat/trang", { site: SXD, enabled: "0" })).statusCode,
    ).toBe(303);
    const setting = await db
      .selectFrom("comment_settings")
      .selectAll()
      .where("site_id", "=", SXD)
      .executeTakeFirst();
    expect(setting?.enabled).toBe(false);

    expect(
      (await siteAdmin.post("/admin/binh-luan/tu-cam", { site: "", "words-chung": "tục tĩu" })).statusCode,
    ).toBe(403);
    const saved = await siteAdmin.post("/admin/binh-luan/tu-cam", {
      site: SXD,
      [`words-${SXD}`]: "xây dựng trái phép\nXAY DUNG TRAI PHEP\n",
    });
    expect(saved.statusCode).toBe(303);
    const words = await db
      .selectFrom("comment_banned_words")
      .select("word")
      .where("site_id", "=", SXD)
      .execute();
    expect(words.map((w) => w.word)).toEqual(["xây dựng trái phép"]);
    const long = await siteAdmin.post("/admin/binh-luan/tu-cam", {
      site: SXD,
      [`words-${SXD}`]: "x".repeat(61),
    });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain("x".repeat(61));
    const audits = await db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", ["comment.site_disable", "comment.banned_words"])
      .execute();
    expect(audits).toHaveLength(2);

    const admin = await signInAsAdmin(t.app);
    const global = await admin.post("/admin/binh-luan/tu-cam", {
      site: "",
      "words-chung": "lừa đảo\ntục tĩu",
    });
    expect(global.statusCode).toBe(303);
    const globalWords = await db
      .selectFrom("comment_banned_words")
      .select("word")
      .where("site_id", "is", null)
      .execute();
    expect(globalWords.map((w) => w.word)).toEqual(["lừa đảo", "tục tĩu"]);
  });
});
