import Fastify, { type FastifyInstance } from "fastify";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { addDays, viDate, vnDay } from "../../../platform/calendar/vn-day.js";
import type { Db } from "../../../platform/db/connection.js";
import type { Services } from "../../../platform/services.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { attachViewCounter, countViewOf, ViewCounter, viewCounterOf } from "./view-counter.js";

/** Issue 4 item 9: visits counted by the app itself (bots left out), shown in the admin with a chart and CSV. */

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
const BOTS = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", ""];

const SXD = demoSiteId("so-xay-dung");
const STP = demoSiteId("so-tu-phap");

async function insertArticle(db: Db, siteId: string, title: string, slug: string): Promise<string> {
  const id = uuidv7();
  await sql`
    insert into content_items (id, site_id, kind, title, slug, status, published_at)
    values (${id}, ${siteId}, 'article', ${title}, ${slug}, 'published', now())`.execute(db);
  return id;
}

async function viewsOf(db: Db, siteId: string, contentId: string | null, day?: string): Promise<number> {
  const row = await sql<{ views: string | null }>`
    select sum(views) as views from page_views
    where site_id = ${siteId}::uuid
      and content_id is not distinct from ${contentId}::uuid
      and (${day ?? null}::date is null or day = ${day ?? null}::date)`.execute(db);
  return Number(row.rows[0]?.views ?? 0);
}

describe("page views", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("counts 5 human views of a search page and none of 3 bots, a HEAD or a prefetch", async () => {
    const db = t.services.db;
    const today = vnDay(new Date());
    const before = await viewsOf(db, SXD, null, today);
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ url: "/so-xay-dung/tim-kiem?q=x", headers: { "user-agent": CHROME } });
      expect(res.statusCode).toBe(200);
    }
    for (const agent of BOTS) {
      await t.app.inject({ url: "/so-xay-dung/tim-kiem?q=x", headers: { "user-agent": agent } });
    }
    await t.app.inject({ method: "HEAD", url: "/so-xay-dung/tim-kiem", headers: { "user-agent": CHROME } });
    await t.app.inject({
      url: "/so-xay-dung/tim-kiem",
      headers: { "user-agent": CHROME, purpose: "prefetch" },
    });
    // Counted in memory until the flush (the timer's job in production).
    expect(await viewsOf(db, SXD, null, today)).toBe(before);
    await viewCounterOf(t.app)?.flush();
    expect(await viewsOf(db, SXD, null, today)).toBe(before + 5);
  });

  it("counts per content item, adds to existing rows, and flushes on close", async () => {
    const db = t.services.db;
    const articleId = await insertArticle(db, SXD, "Bài được đếm", "bai-duoc-dem");
    // A second app on the same database, with its own counter (one per app: nothing shared between them).
    const own = { ...t.services } as Services;
    const harness: FastifyInstance = Fastify();
    harness.decorate("services", own);
    attachViewCounter(harness);
    harness.get<{ Params: { id: string } }>("/xem/:id", async (request) => {
      countViewOf(request.server.services, request, SXD, request.params.id);
      return "ok";
    });
    await harness.ready();
    expect(viewCounterOf(harness)).not.toBe(viewCounterOf(t.app));
    const view = (agent: string) =>
      harness.inject({ url: `/xem/${articleId}`, headers: { "user-agent": agent } });
    for (let i = 0; i < 5; i++) await view(CHROME);
    for (const agent of BOTS) await view(agent);
    await viewCounterOf(harness)?.flush();
    expect(await viewsOf(db, SXD, articleId)).toBe(5);
    for (let i = 0; i < 2; i++) await view(CHROME);
    // Ids that are not content items (a category page, an item deleted meanwhile) count for the site only, and a
    // malformed id is not counted at all: neither fails the batch.
    const siteOnlyBefore = await viewsOf(db, SXD, null);
    await harness.inject({ url: `/xem/${uuidv7()}`, headers: { "user-agent": CHROME } });
    await harness.inject({ url: "/xem/khong-phai-uuid", headers: { "user-agent": CHROME } });
    await harness.close();
    expect(viewCounterOf(harness)).toBeUndefined();
    expect(await viewsOf(db, SXD, articleId)).toBe(7);
    expect(await viewsOf(db, SXD, null)).toBe(siteOnlyBefore + 1);
  });

  it("buckets views by the day in Asia/Ho_Chi_Minh across midnight", async () => {
    const db = t.services.db;
    const articleId = await insertArticle(db, STP, "Bài qua nửa đêm", "bai-qua-nua-dem");
    let now = new Date("2026-03-04T16:59:59Z"); // 23:59:59 on 04/03 in Quảng Ngãi
    const counter = new ViewCounter(db, { warn: () => {} }, () => now);
    counter.add(STP, articleId);
    counter.add(STP, articleId);
    now = new Date("2026-03-04T17:00:00Z"); // 00:00:00 on 05/03
    counter.add(STP, articleId);
    expect(counter.pending()).toBe(3);
    await counter.close();
    expect(counter.pending()).toBe(0);
    expect(await viewsOf(db, STP, articleId, "2026-03-04")).toBe(2);
    expect(await viewsOf(db, STP, articleId, "2026-03-05")).toBe(1);
  });

  it("keeps the counts when the database refuses a batch, and writes them with the next one", async () => {
    const db = t.services.db;
    const articleId = await insertArticle(db, STP, "Bài chờ ghi", "bai-cho-ghi");
    const warnings: string[] = [];
    const counter = new ViewCounter(
      db,
      { warn: (_o, msg) => warnings.push(msg) },
      () => new Date("2026-04-01T03:00:00Z"),
    );
    counter.add(STP, articleId);
    await sql`alter table page_views add constraint p5_test_refuse check (views < 0) not valid`.execute(db);
    try {
      await counter.flush();
    } finally {
      await sql`alter table page_views drop constraint p5_test_refuse`.execute(db);
    }
    expect(warnings).toHaveLength(1);
    expect(counter.pending()).toBe(1);
    counter.add(STP, articleId);
    await counter.close();
    expect(await viewsOf(db, STP, articleId, "2026-04-01")).toBe(2);
  });
});

/** A component site of its own, so views seeded with the demo content do not change the figures checked. */
async function createSite(db: Db, slug: string, name: string): Promise<string> {
  const unitId = uuidv7();
  const siteId = uuidv7();
  await sql`
    insert into units (id, parent_id, kind, name_vi, name_en, short_code)
    values (${unitId}, ${demoUnitId("UBND")}, 'department', ${name}, ${name},
      ${slug.toUpperCase().replace(/-/g, "").slice(0, 10)})`.execute(db);
  await sql`
    insert into sites (id, unit_id, kind, slug, name_vi, name_en, lang)
    values (${siteId}, ${unitId}, 'component', ${slug}, ${`Trang ${name}`}, ${name}, 'vi')`.execute(db);
  return siteId;
}

describe("visit statistics in the admin", () => {
  let t: TestApp;
  let siteA: string;
  let siteB: string;
  let siteAdmin: StaffSession;
  const today = vnDay(new Date());
  const yesterday = addDays(today, -1);

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.services.db;
    siteA = await createSite(db, "thong-ke-a", "Sở Thống kê A");
    siteB = await createSite(db, "thong-ke-b", "Sở Thống kê B");
    const articleA = await insertArticle(
      db,
      siteA,
      'Quy hoạch xây dựng "vùng" huyện Bình Sơn',
      "quy-hoach-binh-son",
    );
    const articleB = await insertArticle(db, siteB, "Trợ giúp pháp lý lưu động", "tro-giup-phap-ly");
    await sql`
      insert into page_views (day, site_id, content_id, views) values
        (${today}, ${siteA}, ${articleA}, 12),
        (${yesterday}, ${siteA}, ${articleA}, 30),
        (${yesterday}, ${siteA}, null, 8),
        (${today}, ${siteB}, ${articleB}, 99),
        ('2020-01-01', ${siteA}, ${articleA}, 1000)`.execute(db);
    const staff = await createStaff(db, {
      username: "quantri.tka",
      grants: [{ role: "site_admin", siteId: siteA }],
    });
    siteAdmin = await signIn(t.app, { ...staff, remoteAddress: "10.5.0.1" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows a site admin the totals, an SVG chart with a data table, and the top articles of their site", async () => {
    const res = await siteAdmin.get("/admin/thong-ke");
    expect(res.statusCode).toBe(200);
    const body = res.body;
    // The last 30 days by default: 12 + 30 + 8, not the row of 2020 nor the other site's 99.
    expect(body).toContain(`Từ ${viDate(addDays(today, -29))} đến ${viDate(today)}: 50 lượt xem.`);
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Biểu đồ lượt xem theo ngày[^"]*tổng 50 lượt"/);
    expect(body).toContain("<title>Biểu đồ lượt xem theo ngày");
    expect(body).toContain(`<td>${viDate(yesterday)}</td><td>38</td>`);
    expect(body).toContain(`<td>${viDate(today)}</td><td>12</td>`);
    expect(body).toContain("<td>Trang Sở Thống kê A</td><td>50</td>");
    expect(body).toContain('href="/thong-ke-a/bai-viet/quy-hoach-binh-son"');
    expect(body).toContain(
      "Quy hoạch xây dựng &quot;vùng&quot; huyện Bình Sơn</a></td><td>Trang Sở Thống kê A</td><td>42</td>",
    );
    expect(body).not.toContain("Trợ giúp pháp lý lưu động");
    expect(body).not.toContain("Sở Thống kê B");
  });

  it("takes a period in dd/mm/yyyy and refuses bad ones with a message", async () => {
    const res = await siteAdmin.get(`/admin/thong-ke?from=${viDate(today)}&to=${viDate(today)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(": 12 lượt xem.");
    const old = await siteAdmin.get("/admin/thong-ke?from=01/01/2020&to=31/01/2020");
    expect(old.body).toContain(": 1.000 lượt xem.");
    for (const qs of [
      "from=2026-01-01",
      "from=31/02/2026",
      "from=05/03/2026&to=01/03/2026",
      "from=01/01/2020&to=01/01/2026",
      "site=abc",
      "from=a&from=b",
    ]) {
      const bad = await siteAdmin.get(`/admin/thong-ke?${qs}`);
      expect(bad.statusCode, qs).toBe(422);
      expect(bad.body, qs).toContain('class="error-summary"');
    }
  });

  it("exports CSV with a BOM, dd/mm/yyyy dates and the rows of the person's sites", async () => {
    const res = await siteAdmin.get(
      `/admin/thong-ke/luot-xem.csv?from=${viDate(yesterday)}&to=${viDate(today)}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toContain("attachment;");
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Ngày,Trang,Tiêu đề,Lượt xem");
    expect(lines).toContain(
      `${viDate(yesterday)},Trang Sở Thống kê A,"Quy hoạch xây dựng ""vùng"" huyện Bình Sơn",30`,
    );
    expect(lines).toContain(
      `${viDate(yesterday)},Trang Sở Thống kê A,"(Trang chủ, chuyên mục và các trang khác)",8`,
    );
    expect(lines).toContain(
      `${viDate(today)},Trang Sở Thống kê A,"Quy hoạch xây dựng ""vùng"" huyện Bình Sơn",12`,
    );
    expect(lines).toHaveLength(4);
  });

  it("refuses another site's statistics to a site admin, and gives a system admin every site", async () => {
    expect((await siteAdmin.get(`/admin/thong-ke?site=${siteB}`)).statusCode).toBe(403);
    expect((await siteAdmin.get(`/admin/thong-ke/luot-xem.csv?site=${siteB}`)).statusCode).toBe(403);
    expect((await siteAdmin.get(`/admin/thong-ke?site=${siteA}`)).statusCode).toBe(200);
    const admin = await signInAsAdmin(t.app);
    const all = await admin.get("/admin/thong-ke");
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain("<td>Trang Sở Thống kê A</td><td>50</td>");
    expect(all.body).toContain("<td>Trang Sở Thống kê B</td><td>99</td>");
    const b = await admin.get(`/admin/thong-ke?site=${siteB}`);
    expect(b.body).toContain(": 99 lượt xem.");
    expect(b.body).toContain("Trợ giúp pháp lý lưu động");
  });

  it("lets editors in, and answers 403 to staff without a site role", async () => {
    const editor = await signIn(t.app, {
      username: "bientap.sxd",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.5.0.2",
    });
    expect((await editor.get("/admin/thong-ke")).statusCode).toBe(200);
    const clerk = await signIn(t.app, {
      username: "vanthu.vp",
      password: DEMO_STAFF_PASSWORD,
      remoteAddress: "10.5.0.3",
    });
    expect((await clerk.get("/admin/thong-ke")).statusCode).toBe(403);
    expect((await clerk.get("/admin/thong-ke/luot-xem.csv")).statusCode).toBe(403);
    // Anonymous: to the sign-in page.
    const anon = await t.app.inject({ url: "/admin/thong-ke" });
    expect(anon.statusCode).toBe(303);
  });

  it("runs a fixed number of queries whatever the period", async () => {
    const short = await countQueries(() =>
      siteAdmin.get(`/admin/thong-ke?from=${viDate(today)}&to=${viDate(today)}`),
    );
    const long = await countQueries(() => siteAdmin.get("/admin/thong-ke?from=01/01/2025&to=31/12/2025"));
    expect(short.result.statusCode).toBe(200);
    expect(long.result.statusCode).toBe(200);
    expect(long.queries).toBe(short.queries);
  });
});
