import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { runSeed } from "../../../bootstrap.js";
import { ENGLISH_DEFAULT_PAGES } from "../public/english-pages.js";
import { seedId } from "./ids.js";

/**
 * Issue 4 item 12 on PostgreSQL: the demo content that firstStart seeds is identical on two fresh databases, covers
 * every site, is NFC throughout, and `npm run seed -- --scale N` adds N published articles with progress lines.
 */
describe("portal demo content on PostgreSQL", () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ fresh: true });
    b = await startTestApp({ fresh: true });
  }, 300_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  /** The seeded rows, with the cover's media id (a UUID v7 of the media library) replaced by its content hash. */
  async function seededRows(t: TestApp) {
    const db = t.services.db;
    const defaultEnglish = ENGLISH_DEFAULT_PAGES.map((p) => p.slug);
    const items = await db
      .selectFrom("content_items")
      .innerJoin("sites", "sites.id", "content_items.site_id")
      .leftJoin("media", "media.id", "content_items.cover_media_id")
      .selectAll("content_items")
      .select("media.sha256 as cover_sha256")
      // The English site's two default pages (P4) are stamped with the clock; everything else must match.
      .where((eb) =>
        eb.not(eb.and([eb("sites.slug", "=", "en"), eb("content_items.slug", "in", defaultEnglish)])),
      )
      .orderBy("content_items.id")
      .execute();
    return {
      items: items.map(({ cover_media_id, ...rest }) => ({ ...rest, hasCover: cover_media_id !== null })),
      categories: await db.selectFrom("categories").selectAll().orderBy("id").execute(),
      legal: await db.selectFrom("legal_documents").selectAll().orderBy("id").execute(),
      home: await db.selectFrom("home_sections").selectAll().orderBy("id").execute(),
    };
  }

  it("gives identical content, categories, legal documents and home sections on two fresh databases", async () => {
    const rowsA = await seededRows(a);
    const rowsB = await seededRows(b);
    expect(rowsA.items.length).toBeGreaterThan(600);
    expect(rowsA.categories.length).toBeGreaterThan(150);
    expect(rowsA.legal.length).toBeGreaterThanOrEqual(55);
    expect(rowsB.items).toEqual(rowsA.items);
    expect(rowsB.categories).toEqual(rowsA.categories);
    expect(rowsB.legal).toEqual(rowsA.legal);
    expect(rowsB.home).toEqual(rowsA.home);
  });

  it("gives every site categories, published articles, pages and home sections", async () => {
    const { rows } = await sql<{
      slug: string;
      categories: number;
      articles: number;
      pages: number;
      sections: number;
    }>`
      select s.slug,
        (select count(*) from categories c where c.site_id = s.id)::int as categories,
        (select count(*) from content_items i where i.site_id = s.id and i.kind = 'article'
           and i.status = 'published')::int as articles,
        (select count(*) from content_items i where i.site_id = s.id and i.kind = 'page')::int as pages,
        (select count(*) from home_sections h where h.site_id = s.id)::int as sections
      from sites s order by s.slug`.execute(a.services.db);
    expect(rows.length).toBeGreaterThanOrEqual(38);
    for (const r of rows) {
      expect(r.categories, r.slug).toBeGreaterThanOrEqual(3);
      expect(r.articles, r.slug).toBeGreaterThanOrEqual(10);
      expect(r.pages, r.slug).toBeGreaterThanOrEqual(3);
      expect(r.sections, r.slug).toBeGreaterThanOrEqual(4);
    }
    // Every article category of the main portal has articles; the tree has its sub-categories.
    const main = await a.services.db
      .selectFrom("categories")
      .innerJoin("sites", "sites.id", "categories.site_id")
      .leftJoin("content_items", "content_items.category_id", "categories.id")
      .select(["categories.slug", "categories.parent_id", (eb) => eb.fn.count("content_items.id").as("n")])
      .where("sites.slug", "=", "")
      .groupBy(["categories.slug", "categories.parent_id"])
      .execute();
    const bySlug = new Map(main.map((m) => [m.slug, m]));
    expect(bySlug.get("kinh-te")?.parent_id).toBe(seedId("category", "/tin-tuc-su-kien"));
    for (const slug of [
      "hoat-dong-lanh-dao-tinh",
      "chi-dao-dieu-hanh",
      "kinh-te",
      "van-hoa-xa-hoi",
      "thong-ke",
    ])
      expect(Number(bySlug.get(slug)?.n), slug).toBeGreaterThanOrEqual(3);
  });

  it("stores only NFC text", async () => {
    const { rows } = await sql<{ n: number }>`
      select (
        (select count(*) from content_items where title <> normalize(title, NFC)
           or coalesce(lead, '') <> normalize(coalesce(lead, ''), NFC)
           or body_html <> normalize(body_html, NFC) or body_text <> normalize(body_text, NFC)
           or array_to_string(tags, '|') <> normalize(array_to_string(tags, '|'), NFC)
           or coalesce(source, '') <> normalize(coalesce(source, ''), NFC)) +
        (select count(*) from categories where name <> normalize(name, NFC)
           or coalesce(description, '') <> normalize(coalesce(description, ''), NFC)) +
        (select count(*) from legal_documents where summary <> normalize(summary, NFC)
           or number_symbol <> normalize(number_symbol, NFC) or issuer_name <> normalize(issuer_name, NFC)) +
        (select count(*) from media where coalesce(alt, '') <> normalize(coalesce(alt, ''), NFC)
           or coalesce(caption, '') <> normalize(coalesce(caption, ''), NFC))
      )::int as n`.execute(a.services.db);
    expect(rows[0]?.n).toBe(0);
    // Diacritics really are there (not stripped): the main portal's categories read as Vietnamese.
    const names = await a.services.db.selectFrom("categories").select("name").execute();
    expect(names.map((n) => n.name)).toContain("Văn hóa – xã hội");
  });

  it("illustrates articles through the media library and files sample PDFs with legal documents", async () => {
    const db = a.services.db;
    const covers = await db
      .selectFrom("content_items")
      .innerJoin("media", "media.id", "content_items.cover_media_id")
      .select(["media.kind", "media.alt", "media.variants", "content_items.cover_alt"])
      .execute();
    expect(covers.length).toBeGreaterThan(40);
    for (const c of covers) {
      expect(c.kind).toBe("image");
      expect(c.alt).toBeTruthy();
      expect(c.cover_alt).toBe(c.alt);
      expect(c.variants.length).toBeGreaterThan(0);
    }
    const files = await db
      .selectFrom("legal_document_files")
      .innerJoin("media", "media.id", "legal_document_files.media_id")
      .select(["media.kind", "media.mime"])
      .execute();
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.every((f) => f.kind === "pdf" && f.mime === "application/pdf")).toBe(true);
    const views = await db
      .selectFrom("page_views")
      .select([
        (eb) => eb.fn.count("day").distinct().as("days"),
        (eb) => eb.fn.sum<number>("views").as("total"),
      ])
      .executeTakeFirstOrThrow();
    expect(Number(views.days)).toBe(30);
    expect(Number(views.total)).toBeGreaterThan(100_000);
  });

  it("is what the public pages show: home sections, articles, the English translation, search", async () => {
    const home = await a.app.inject({ url: "/" });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Khu kinh tế Dung Quất – điểm đến của các nhà đầu tư lớn");
    expect(home.body).toContain("Tin hoạt động của lãnh đạo tỉnh");

    const db = a.services.db;
    const pair = await db
      .selectFrom("content_items")
      .select(["id", "slug", "title"])
      .where("id", "=", seedId("content", "/pair/dung-quat"))
      .executeTakeFirstOrThrow();
    const article = await a.app.inject({ url: `/bai-viet/${pair.slug}` });
    expect(article.statusCode).toBe(200);
    expect(article.body).toContain(pair.title);
    const english = await db
      .selectFrom("content_items")
      .select("slug")
      .where("translation_of_id", "=", pair.id)
      .executeTakeFirstOrThrow();
    const en = await a.app.inject({ url: `/en/news/${english.slug}` });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain(`/bai-viet/${pair.slug}`);

    const sxd = await a.app.inject({ url: "/so-xay-dung" });
    expect(sxd.statusCode).toBe(200);
    const page = await a.app.inject({ url: "/so-xay-dung/trang/lien-he" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("52 Hùng Vương");

    const found = await a.app.inject({ url: `/tim-kiem?q=${encodeURIComponent("dung quat")}` });
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain("Dung Quất");
  });

  it("makes N published articles with `seed --scale N`, reporting progress, and adds none on a second run", async () => {
    const db = a.services.db;
    const countPublished = async () =>
      Number(
        (
          await db
            .selectFrom("content_items")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("status", "=", "published")
            .where("kind", "=", "article")
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await countPublished();
    const lines: string[] = [];
    await runSeed(a.services, { scale: 2000, log: (l) => lines.push(l) });
    expect(await countPublished()).toBe(before + 2000);
    expect(lines).toContain("Đã tạo 1.000/2.000 bài viết");
    expect(lines).toContain("Đã tạo 2.000/2.000 bài viết");
    expect(lines.at(-1)).toMatch(/^Xong: 2\.000 bài viết mới/);

    const spread = await db
      .selectFrom("content_items")
      .select([
        (eb) => eb.fn.count("site_id").distinct().as("sites"),
        (eb) => eb.fn.count("category_id").distinct().as("cats"),
      ])
      .where("slug", "like", "%-bv%")
      .executeTakeFirstOrThrow();
    expect(Number(spread.sites)).toBeGreaterThanOrEqual(30);
    expect(Number(spread.cats)).toBeGreaterThanOrEqual(100);
    const first = await db
      .selectFrom("content_items")
      .selectAll()
      .where("id", "=", seedId("scale", "0"))
      .executeTakeFirst();
    expect(first).toMatchObject({ status: "published", kind: "article" });
    expect(first?.title).toBe(first?.title.normalize("NFC"));

    const again: string[] = [];
    await runSeed(a.services, { scale: 2000, log: (l) => again.push(l) });
    expect(await countPublished()).toBe(before + 2000);
    expect(again.at(-1)).toMatch(/^Xong: 0 bài viết mới, 2\.000 đã có/);
  }, 240_000);
});
