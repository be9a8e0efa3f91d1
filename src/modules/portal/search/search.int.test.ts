import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import type { Db } from "../../../platform/db/connection.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { viewCounterOf } from "../stats/view-counter.js";
import { PAGE_SIZE } from "./domain/filters.js";
import { exactNeedles, parseSearchQuery, toTsQueryText } from "./domain/query.js";
import { searchQuery } from "./store.js";

/**
 * Issue 4 item 7 (SPEC §A8) on real PostgreSQL: a component site of its own ("tim-kiem-thu") holds a few thousand
 * published items, so demo content elsewhere cannot change what these searches find.
 */

const SITE_SLUG = "thu-nghiem-tim-kiem";
const OTHER_SLUG = "thu-nghiem-khac";

interface Fixture {
  siteId: string;
  unitId: string;
  otherSiteId: string;
  otherUnitId: string;
  categoryId: string;
  ids: Record<string, string>;
}

async function insertItem(
  db: Db,
  f: { siteId: string; categoryId?: string | null },
  item: {
    key: string;
    title: string;
    lead?: string | null;
    body?: string;
    kind?: "article" | "page" | "announcement";
    status?: string;
    publishedAt?: string;
  },
): Promise<string> {
  const id = uuidv7();
  await sql`
    insert into content_items (id, site_id, kind, category_id, title, slug, lead, body_html, body_text, status,
      published_at)
    values (${id}, ${f.siteId}, ${item.kind ?? "article"}, ${f.categoryId ?? null}, ${item.title}, ${item.key},
      ${item.lead ?? null}, '', ${item.body ?? ""}, ${item.status ?? "published"},
      ${item.publishedAt ?? "2026-03-01T08:00:00+07:00"})`.execute(db);
  return id;
}

async function seed(db: Db): Promise<Fixture> {
  const unitId = uuidv7();
  const otherUnitId = uuidv7();
  const siteId = uuidv7();
  const otherSiteId = uuidv7();
  const categoryId = uuidv7();
  await sql`
    insert into units (id, parent_id, kind, name_vi, name_en, short_code)
    values (${unitId}, ${demoUnitId("UBND")}, 'department', 'Sở Thử nghiệm Tìm kiếm', 'Search Test Department', 'STNTK'),
      (${otherUnitId}, ${demoUnitId("UBND")}, 'department', 'Sở Thử nghiệm Khác', 'Other Test Department', 'STNK')`.execute(
    db,
  );
  await sql`
    insert into sites (id, unit_id, kind, slug, name_vi, name_en, lang)
    values (${siteId}, ${unitId}, 'component', ${SITE_SLUG}, 'Trang Thử nghiệm Tìm kiếm', 'Search Test Site', 'vi'),
      (${otherSiteId}, ${otherUnitId}, 'component', ${OTHER_SLUG}, 'Trang Thử nghiệm Khác', 'Other Test Site', 'vi')`.execute(
    db,
  );
  await sql`
    insert into categories (id, site_id, slug, name) values (${categoryId}, ${siteId}, 'tin-tuc', 'Tin tức')`.execute(
    db,
  );

  const site = { siteId };
  const ids: Record<string, string> = {};
  ids.exact = await insertItem(db, site, {
    key: "exact",
    title: "Quảng Ngãi đẩy mạnh chuyển đổi số",
    lead: "Tỉnh đặt mục tiêu mới.",
    body: "Chuyển đổi số là nhiệm vụ trọng tâm.",
    // The newest of the items with "Quảng Ngãi" in the title, so it leads their equally ranked group.
    publishedAt: "2026-02-25T08:00:00+07:00",
  });
  ids.plain = await insertItem(db, site, {
    key: "plain",
    title: "Quang Ngai tourism week",
    lead: "Visitors come to Quang Ngai.",
    publishedAt: "2026-03-05T08:00:00+07:00",
  });
  ids.other = await insertItem(db, site, {
    key: "other",
    title: "Những điều quảng ngại khi đi biển",
    lead: "Ngại sóng to, quảng ngại gió lớn.",
    publishedAt: "2026-03-06T08:00:00+07:00",
  });
  ids.script = await insertItem(db, site, {
    key: "script",
    title: "Thông tin về cảng Dung Quất",
    lead: null,
    body: `${"Mở đầu bài viết. ".repeat(20)}<script>alert("x")</script> Cảng biển của tỉnh Quảng Ngãi ${"tiếp tục. ".repeat(40)}`,
    publishedAt: "2026-02-01T08:00:00+07:00",
  });
  ids.draft = await insertItem(db, site, {
    key: "draft",
    title: "Quảng Ngãi bản nháp chưa đăng",
    status: "draft",
    publishedAt: "2026-03-01T08:00:00+07:00",
  });
  ids.inCategory = await insertItem(
    db,
    { siteId, categoryId },
    {
      key: "in-category",
      title: "Tin Quảng Ngãi trong chuyên mục",
      publishedAt: "2026-02-15T08:00:00+07:00",
    },
  );
  ids.announcement = await insertItem(db, site, {
    key: "announcement",
    kind: "announcement",
    title: "Thông báo lịch tiếp dân Quảng Ngãi",
    publishedAt: "2026-02-20T08:00:00+07:00",
  });
  ids.page = await insertItem(db, site, {
    key: "gioi-thieu",
    kind: "page",
    title: "Giới thiệu Sở",
    lead: "Chức năng, nhiệm vụ tại Quảng Ngãi.",
    publishedAt: "2025-06-01T08:00:00+07:00",
  });
  ids.elsewhere = await insertItem(
    db,
    { siteId: otherSiteId },
    {
      key: "elsewhere",
      title: "Quảng Ngãi ở trang khác zorblat",
      publishedAt: "2026-03-01T08:00:00+07:00",
    },
  );
  ids.rare = await insertItem(db, site, { key: "rare", title: "Từ hiếm zorblat", body: "zorblat" });

  // Pagination: 25 more items that mention the province only in the body (no title boost).
  await sql`
    insert into content_items (id, site_id, kind, title, slug, lead, body_text, status, published_at)
    select gen_random_uuid(), ${siteId}, 'article', 'Tin hoạt động số ' || n, 'tin-hoat-dong-' || n,
      'Hoạt động thường kỳ.', 'Các xã của tỉnh Quảng Ngãi triển khai kế hoạch số ' || n || '.', 'published',
      timestamptz '2025-12-01 08:00+07' + n * interval '1 hour'
    from generate_series(1, 25) as n`.execute(db);
  // More matches than are ranked: 600 items with one common word, one hour apart.
  await sql`
    insert into content_items (id, site_id, kind, title, slug, body_text, status, published_at)
    select gen_random_uuid(), ${siteId}, 'article', 'Mục plentiful số ' || n, 'plentiful-' || n, 'plentiful',
      'published', timestamptz '2023-01-01 08:00+07' + n * interval '1 hour'
    from generate_series(1, 600) as n`.execute(db);
  // Bulk: a few thousand items that do not mention it, so the planner has a real table to choose a plan on.
  await sql`
    insert into content_items (id, site_id, kind, title, slug, lead, body_text, status, published_at, tags)
    select gen_random_uuid(), ${siteId}, 'article', 'Bản tin nông nghiệp ' || n, 'ban-tin-' || n,
      'Mùa vụ ở huyện Mộ Đức, Đức Phổ và Bình Sơn.',
      repeat('Nông dân chăm sóc lúa, rau màu và thủy sản trên cánh đồng mẫu lớn. ', 20) || ' số ' || n,
      'published', timestamptz '2024-01-01 08:00+07' + n * interval '1 hour', array['nông nghiệp', 'mùa vụ']
    from generate_series(1, 3000) as n`.execute(db);

  const legalId = uuidv7();
  await sql`
    insert into legal_documents (id, number_symbol, doc_type, issuer_unit_id, owner_unit_id, issuer_name, issued_on,
      summary, site_id)
    values (${legalId}, '69/QĐ-UBND', 'Quyết định', ${unitId}, ${unitId}, 'UBND tỉnh Quảng Ngãi', '2026-02-10',
      'Phê duyệt quy hoạch phát triển du lịch tỉnh Quảng Ngãi', ${siteId})`.execute(db);
  ids.legal = legalId;
  ids.legalUnpublished = uuidv7();
  await sql`
    insert into legal_documents (id, number_symbol, doc_type, issuer_name, owner_unit_id, issued_on, summary, site_id,
      published)
    values (${ids.legalUnpublished}, '70/QĐ-UBND', 'Quyết định', 'UBND tỉnh Quảng Ngãi', ${unitId}, '2026-02-11',
      'Quảng Ngãi văn bản chưa công bố', ${siteId}, false)`.execute(db);
  await sql`
    insert into legal_documents (id, number_symbol, doc_type, issuer_name, owner_unit_id, issued_on, summary, site_id)
    select gen_random_uuid(), n || '/KH-UBND', 'Kế hoạch', 'UBND huyện Mộ Đức', ${unitId}, date '2020-01-01' + n,
      'Kế hoạch sản xuất vụ Đông Xuân số ' || n, ${siteId}
    from generate_series(1, 2000) as n`.execute(db);
  // As autovacuum would: statistics for the planner, and new rows moved from the GIN pending list into the index.
  await sql`vacuum analyze content_items`.execute(db);
  await sql`vacuum analyze legal_documents`.execute(db);
  return { siteId, unitId, otherSiteId, otherUnitId, categoryId, ids };
}

/** The result links of a page, in order: "/<site>/bai-viet/<slug>" etc. */
function resultHrefs(html: string): string[] {
  const list = /<ol class="search-hits"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

function slugs(html: string): string[] {
  return resultHrefs(html).map((h) => h.split("/").pop() ?? "");
}

function summary(html: string): string {
  return /<p class="search-summary">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
}

describe("public search on PostgreSQL", () => {
  let t: TestApp;
  let f: Fixture;
  const base = `/${SITE_SLUG}/tim-kiem`;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  beforeAll(async () => {
    t = await startTestApp();
    f = await seed(t.services.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds 'Quảng Ngãi' with 'quang ngai' and with 'QUẢNG NGÃI'", async () => {
    for (const q of ["quang ngai", "QUẢNG NGÃI", "Quảng Ngãi", "quảng ngãi"]) {
      const res = await get(`${base}?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.headers["content-type"]).toContain("text/html");
      const found = [...slugs(res.body)];
      for (let p = 2; p <= 4; p++)
        found.push(...slugs((await get(`${base}?q=${encodeURIComponent(q)}&page=${p}`)).body));
      expect(found, q).toContain("exact");
      expect(found, q).toContain("script");
      expect(found, q).toContain("tin-hoat-dong-7");
      expect(found, q).not.toContain("draft");
      expect(found, q).not.toContain("elsewhere");
    }
  });

  it("ranks items with the exact diacritics first", async () => {
    const diacritics = slugs((await get(`${base}?q=${encodeURIComponent("Quảng Ngãi")}`)).body);
    expect(diacritics[0]).toBe("exact");
    // Every item with "Quảng Ngãi" as written in its title comes before the look-alikes.
    const plainAt = diacritics.indexOf("plain");
    const otherAt = diacritics.indexOf("other");
    expect(plainAt).toBeGreaterThan(-1);
    expect(otherAt).toBeGreaterThan(-1);
    for (const exact of ["exact", "in-category", "announcement"]) {
      expect(diacritics.indexOf(exact), exact).toBeGreaterThan(-1);
      expect(diacritics.indexOf(exact), exact).toBeLessThan(Math.min(plainAt, otherAt));
    }
    // Upper case typed with the same diacritics ranks the same way.
    const upper = slugs((await get(`${base}?q=${encodeURIComponent("QUẢNG NGÃI")}`)).body);
    expect(upper.indexOf("exact")).toBeLessThan(upper.indexOf("plain"));
    // Typed without diacritics, the item written without them comes first.
    const bare = slugs((await get(`${base}?q=quang+ngai`)).body);
    expect(bare[0]).toBe("plain");
  });

  it("says how many results there are, and pages through them ten at a time", async () => {
    const res = await get(`${base}?q=quang+ngai`);
    // exact, plain, other, script, in-category, announcement, page, legal, 25 in the body = 33.
    expect(summary(res.body)).toContain("Tìm thấy 33 kết quả cho «quang ngai»");
    expect(summary(res.body)).toContain("Trang 1/4");
    expect(resultHrefs(res.body)).toHaveLength(PAGE_SIZE);
    expect(res.body).toContain(`href="${base}?q=quang+ngai&amp;page=2" rel="next">Trang sau</a>`);
    expect(res.body).not.toContain("Trang trước");

    const seen = new Set<string>();
    for (let page = 1; page <= 4; page++) {
      const body = (await get(`${base}?q=quang+ngai&page=${page}`)).body;
      for (const href of resultHrefs(body)) seen.add(href);
      if (page === 4) {
        expect(resultHrefs(body)).toHaveLength(3);
        expect(body).toContain("Trang trước");
        expect(body).not.toContain("Trang sau");
      }
    }
    expect(seen.size).toBe(33);

    const past = await get(`${base}?q=quang+ngai&page=9`);
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain("Trang này không còn kết quả.");
  });

  it("ranks and counts the 500 most recent matches when there are more", async () => {
    const res = await get(`${base}?q=plentiful`);
    expect(summary(res.body)).toContain("Tìm thấy hơn 500 kết quả cho «plentiful»");
    expect(summary(res.body)).toContain("Trang 1/50");
    expect(res.body).toContain("500 kết quả mới nhất");
    // Equal ranks: newest first, so item 600 leads and item 101 is the last one shown.
    expect(slugs(res.body)[0]).toBe("plentiful-600");
    const last = await get(`${base}?q=plentiful&page=50`);
    expect(slugs(last.body).at(-1)).toBe("plentiful-101");
    expect(last.body).not.toContain("Trang sau");
    expect((await get(`${base}?q=plentiful&page=51`)).statusCode).toBe(400);
  });

  it("includes published legal documents, linked to their page, and leaves unpublished ones out", async () => {
    const res = await get(`${base}?q=${encodeURIComponent("quy hoạch du lịch")}`);
    expect(resultHrefs(res.body)).toEqual([`/${SITE_SLUG}/van-ban/${f.ids.legal}`]);
    expect(res.body).toContain("Quyết định 69/QĐ-UBND");
    expect(res.body).toContain("Ban hành ngày 10/02/2026");
    const byNumber = await get(`${base}?q=${encodeURIComponent("69/QĐ-UBND")}`);
    expect(resultHrefs(byNumber.body)).toContain(`/${SITE_SLUG}/van-ban/${f.ids.legal}`);
    // Another unit's document is not in this site's register, but the portal-wide search finds it, linked to the
    // main portal's register.
    const otherDoc = uuidv7();
    await sql`
      insert into legal_documents (id, number_symbol, doc_type, issuer_name, owner_unit_id, issued_on, summary)
      values (${otherDoc}, '5/TB-STNK', 'Thông báo', 'Sở Thử nghiệm Khác', ${f.otherUnitId}, '2026-01-05',
        'Thông báo lịch nghỉ vanbankhac')`.execute(t.services.db);
    expect(resultHrefs((await get(`${base}?q=vanbankhac`)).body)).toEqual([]);
    expect(resultHrefs((await get("/tim-kiem?q=vanbankhac")).body)).toEqual([`/van-ban/${otherDoc}`]);
    expect(resultHrefs((await get(`/tim-kiem?q=vanbankhac&site=${f.otherSiteId}`)).body)).toEqual([
      `/van-ban/${otherDoc}`,
    ]);
    const unpublished = await get(`${base}?q=${encodeURIComponent("chưa công bố")}&type=legal`);
    expect(resultHrefs(unpublished.body)).toEqual([]);
    expect(unpublished.body).toContain("Không tìm thấy kết quả nào");
  });

  it("filters by type, category and date range", async () => {
    const legal = await get(`${base}?q=quang+ngai&type=legal`);
    expect(resultHrefs(legal.body)).toEqual([`/${SITE_SLUG}/van-ban/${f.ids.legal}`]);
    const ann = await get(`${base}?q=quang+ngai&type=announcement`);
    expect(slugs(ann.body)).toEqual(["announcement"]);
    const page = await get(`${base}?q=quang+ngai&type=page`);
    expect(resultHrefs(page.body)).toEqual([`/${SITE_SLUG}/trang/gioi-thieu`]);
    const cat = await get(`${base}?q=quang+ngai&category=${f.categoryId}`);
    expect(slugs(cat.body)).toEqual(["in-category"]);
    // 01/02–15/02/2026: the script item (01/02), the legal document (10/02) and the category item (15/02).
    const dates = await get(`${base}?q=quang+ngai&from=01/02/2026&to=15/02/2026`);
    expect(new Set(slugs(dates.body))).toEqual(new Set(["script", "in-category", f.ids.legal]));
    // The day is a Vietnamese day: an item published at 00:30 on 16/02 (UTC 15/02) is not in it.
    await insertItem(
      t.services.db,
      { siteId: f.siteId },
      {
        key: "after-midnight",
        title: "Quảng Ngãi sau nửa đêm",
        publishedAt: "2026-02-16T00:30:00+07:00",
      },
    );
    const edge = await get(`${base}?q=quang+ngai&from=16/02/2026&to=16/02/2026`);
    expect(slugs(edge.body)).toEqual(["after-midnight"]);
  });

  it("searches every site on /tim-kiem, with a site filter", async () => {
    const all = await get(`/tim-kiem?q=zorblat`);
    expect(all.statusCode).toBe(200);
    expect(new Set(slugs(all.body))).toEqual(new Set(["rare", "elsewhere"]));
    expect(all.body).toContain("Trang Thử nghiệm Khác");
    const one = await get(`/tim-kiem?q=zorblat&site=${f.otherSiteId}`);
    expect(resultHrefs(one.body)).toEqual([`/${OTHER_SLUG}/bai-viet/elsewhere`]);
    // The chosen site's categories are offered once it is chosen.
    const withSite = await get(`/tim-kiem?q=zorblat&site=${f.siteId}`);
    expect(withSite.body).toContain(`<option value="${f.categoryId}"`);
    // The main portal offers the same words in its Q&A and procedure searches; other sites do not.
    expect(all.body).toContain('<a href="/hoi-dap?q=zorblat">Hỏi đáp</a>');
    expect(all.body).toContain('<a href="/dich-vu-cong?q=zorblat">Thủ tục hành chính</a>');
    const unknownSite = await get(`/tim-kiem?q=zorblat&site=${uuidv7()}`);
    expect(unknownSite.statusCode).toBe(400);
    expect(unknownSite.body).toContain("Trang: lựa chọn không hợp lệ.");
  });

  it("shows highlighted, escaped snippets", async () => {
    const res = await get(`${base}?q=${encodeURIComponent("cảng quảng ngãi")}`);
    const item = res.body.split("<li>").find((li) => li.includes("/bai-viet/script")) ?? "";
    expect(item).toContain("<mark>Quảng Ngãi</mark>");
    expect(item).toContain("&lt;script&gt;");
    expect(res.body).not.toContain('<script>alert("x")');
    expect(item).toContain("<mark>cảng</mark>");
  });

  it("matches word* as a prefix and quoted phrases as phrases", async () => {
    const prefix = await get(`${base}?q=${encodeURIComponent("zorbl*")}`);
    expect(slugs(prefix.body)).toEqual(["rare"]);
    expect(slugs((await get(`${base}?q=zorbl`)).body)).toEqual([]);
    const phrase = await get(`${base}?q=${encodeURIComponent('"ngãi quảng"')}`);
    expect(resultHrefs(phrase.body)).toEqual([]);
    const inOrder = await get(`${base}?q=${encodeURIComponent('"quảng ngãi đẩy"')}`);
    expect(slugs(inOrder.body)).toEqual(["exact"]);
  });

  it("uses the GIN index", async () => {
    const parsed = parseSearchQuery("zorblat");
    if (!parsed.ok) throw new Error("parse");
    const query = searchQuery({
      tsquery: toTsQueryText(parsed.terms) ?? "",
      exact: exactNeedles(parsed.terms),
      scope: { kind: "site", siteId: f.siteId, legalUnitId: f.unitId },
      categoryId: null,
      type: null,
      fromAt: null,
      toAt: null,
      fromDay: null,
      toDay: null,
      limit: PAGE_SIZE,
      offset: 0,
    });
    // The test database holds a few hundred items, which PostgreSQL rightly reads whole; with sequential scans
    // priced out, the plan shows whether the query can use the GIN indexes at all (the expression must match).
    const text = await t.services.db.transaction().execute(async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx);
      const plan = await sql<{ "QUERY PLAN": string }>`explain ${query}`.execute(tx);
      return plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(text).toContain("content_search_search_idx");
    expect(text).toContain("legal_documents_search_idx");
    expect(text).not.toMatch(/Seq Scan on content_(items|search)/);
  });

  it("keeps the search table in step with publishing, editing, unpublishing and deleting", async () => {
    const db = t.services.db;
    let id = "";
    // Each change below is made in SQL, so the test purges the item's tag as the editor's routes do: the cached
    // search pages (tagged ANY_CHANGE) must go with it.
    const found = async (q: string) => {
      t.services.pageCache.purge([`content:${id}`]);
      return slugs((await get(`${base}?q=${encodeURIComponent(q)}`)).body);
    };
    id = await insertItem(db, f, { key: "dong-bo", title: "Trạm bơm Thạch Nham", status: "draft" });
    expect(await found("thach nham")).not.toContain("dong-bo");
    await sql`update content_items set status = 'published' where id = ${id}`.execute(db);
    expect(await found("thach nham")).toContain("dong-bo");
    await sql`update content_items set title = 'Hồ chứa Nước Trong' where id = ${id}`.execute(db);
    expect(await found("thach nham")).not.toContain("dong-bo");
    expect(await found("nuoc trong")).toContain("dong-bo");
    await sql`update content_items set status = 'unpublished' where id = ${id}`.execute(db);
    expect(await found("nuoc trong")).not.toContain("dong-bo");
    await sql`update content_items set status = 'published' where id = ${id}`.execute(db);
    await sql`delete from content_items where id = ${id}`.execute(db);
    const left = await sql<{ n: string }>`select count(*) as n from content_search where id = ${id}`.execute(
      db,
    );
    expect(Number(left.rows[0]?.n)).toBe(0);
  });

  it("serves a repeated search from the page cache until anything is published", async () => {
    const url = `${base}?q=${encodeURIComponent("bộ nhớ đệm")}`;
    expect((await get(url)).headers["x-cache"]).toBe("miss");
    expect((await get(url)).headers["x-cache"]).toBe("hit");
    const id = await insertItem(t.services.db, f, { key: "bo-nho-dem", title: "Bộ nhớ đệm của cổng" });
    t.services.pageCache.purge([`content:${id}`]);
    const after = await get(url);
    expect(after.headers["x-cache"]).toBe("miss");
    expect(slugs(after.body)).toContain("bo-nho-dem");
  });

  it("runs at most three queries for a page of results", async () => {
    // Views counted by earlier requests are written by a 5-second timer; write them now so that timer has nothing to
    // send while the page's own queries are counted.
    await viewCounterOf(t.app)?.flush();
    const main = await countQueries(() => get(`/tim-kiem?q=quang+ngai&site=${f.siteId}`));
    expect(main.result.statusCode).toBe(200);
    expect(main.queries).toBeLessThanOrEqual(3);
    await viewCounterOf(t.app)?.flush();
    const site = await countQueries(() => get(`${base}?q=quang+ngai&page=2`));
    expect(site.result.statusCode).toBe(200);
    expect(site.queries).toBeLessThanOrEqual(3);
  });

  it("shows the empty, no-result and no-word states", async () => {
    const empty = await get(base);
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain("Nhập từ khóa để tìm kiếm.");
    const none = await get(`${base}?q=khongcotukhoanay`);
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain("Không tìm thấy kết quả nào cho «khongcotukhoanay».");
    const symbols = await get(`${base}?q=${encodeURIComponent("&|!():*'")}`);
    expect(symbols.statusCode).toBe(200);
    expect(symbols.body).toContain("Từ khóa cần có ít nhất một chữ hoặc một số.");
  });

  it("never fails on odd input", async () => {
    const odd = [
      "a & b | !c",
      "quang:* & (ngai",
      "'",
      "''''",
      "\\",
      "ʼʼ ŉ",
      "%00",
      "a%00b",
      "%FF%FE",
      "<script>alert(1)</script>",
      "😀 quảng",
      "½ ⑴ ™",
      "-",
      "a".repeat(200),
      "\u0301\u0301",
    ];
    for (const q of odd) {
      const res = await get(`${base}?q=${q.includes("%") ? q : encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.body).not.toContain("<script>alert(1)");
    }
    const bad = [
      "q=a&q=b",
      "page=0&q=a",
      "page=abc&q=a",
      "page=99999999999999999999&q=a",
      "from=31/02/2026&q=a",
      "from=2026-01-01&q=a",
      "from=10/02/2026&to=01/02/2026&q=a",
      "type=video&q=a",
      "category=not-a-uuid&q=a",
      `category=${uuidv7()}&q=a`,
      "site=abc&q=a",
    ];
    for (const qs of bad) {
      const res = await get(`${base}?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.body, qs).toContain('class="error-summary"');
    }
  });

  it("refuses a query over 200 characters with a clear message, and a huge URL with 414", async () => {
    const long = await get(`${base}?q=${encodeURIComponent("ả".repeat(201))}`);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain("Từ khóa tìm kiếm tối đa 200 ký tự");
    const huge = await get(`${base}?q=${"a".repeat(1024 * 1024)}`);
    expect(huge.statusCode).toBe(414);
    expect(huge.body).toContain("Địa chỉ tìm kiếm quá dài");
    const json = await get(`/tim-kiem?q=${"a".repeat(1024 * 1024)}`, { accept: "application/json" });
    expect(json.statusCode).toBe(414);
    expect(json.json()).toMatchObject({ error: { code: "uri_too_long" } });
  });

  it("answers 404 for unknown sites and impossible slugs", async () => {
    expect((await get("/khong-co-trang/tim-kiem?q=a")).statusCode).toBe(404);
    expect((await get("/Khong.Hop.Le/tim-kiem?q=a")).statusCode).toBe(404);
    // The English site has its own search path; /en/tim-kiem is not one.
    expect((await get("/en/tim-kiem?q=a")).statusCode).toBe(404);
  });

  it("searches the English site in English on /en/search", async () => {
    const enSite = demoSiteId("en");
    await insertItem(
      t.services.db,
      { siteId: enSite },
      {
        key: "invest-in-quang-ngai",
        title: "Invest in Quảng Ngãi: the Quixotry Economic Zone",
        lead: "Incentives for investors.",
      },
    );
    const res = await get("/en/search?q=quixotry+zone");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('<label for="f-q">Search terms</label>');
    expect(summary(res.body)).toContain("1 result for «quixotry zone»");
    expect(resultHrefs(res.body)).toEqual(["/en/news/invest-in-quang-ngai"]);
    expect(res.body).not.toContain("/hoi-dap?q=");
    // Only the English site is searched there.
    expect(slugs((await get("/en/search?q=zorblat")).body)).toEqual([]);
    const bad = await get("/en/search?q=a&from=99/99/2026");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("From must be a date like 05/03/2026");
  });
});
