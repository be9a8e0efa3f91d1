import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { runSeed } from "../../../bootstrap.js";

/** The demo content on the embedded database: what `npm start` seeds with nothing else installed. */
describe("portal demo content on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", fresh: true });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it("is seeded at first start: categories and published articles on every site, covers, legal documents", async () => {
    const { rows } = await sql<{ slug: string; categories: number; articles: number }>`
      select s.slug,
        (select count(*) from categories c where c.site_id = s.id)::int as categories,
        (select count(*) from content_items i where i.site_id = s.id and i.kind = 'article'
           and i.status = 'published')::int as articles
      from sites s`.execute(t.services.db);
    expect(rows.length).toBeGreaterThanOrEqual(38);
    for (const r of rows) {
      expect(r.categories, r.slug).toBeGreaterThanOrEqual(3);
      expect(r.articles, r.slug).toBeGreaterThanOrEqual(10);
    }
    const covered = await t.services.db
      .selectFrom("content_items")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("cover_media_id", "is not", null)
      .executeTakeFirstOrThrow();
    expect(Number(covered.n)).toBeGreaterThan(40);
    const legal = await t.services.db
      .selectFrom("legal_documents")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(legal.n)).toBeGreaterThanOrEqual(55);
    // The search column is built from the seeded text without diacritics on this database too.
    const found = await sql<{ n: number }>`
      select count(*)::int as n from content_items
      where search @@ to_tsquery('simple', 'dung & quat')`.execute(t.services.db);
    expect(found.rows[0]?.n).toBeGreaterThan(5);
  });

  it("runs the scale seed for a small N", async () => {
    const lines: string[] = [];
    await runSeed(t.services, { scale: 300, log: (l) => lines.push(l) });
    expect(lines).toContain("Đã tạo 300/300 bài viết");
    const n = await t.services.db
      .selectFrom("content_items")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("slug", "like", "%-bv%")
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(300);
  }, 120_000);
});
