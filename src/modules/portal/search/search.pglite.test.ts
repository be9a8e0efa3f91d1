import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { viewCounterOf } from "../stats/view-counter.js";

const UNIT = uuidv7();
const SITE = uuidv7();

/** The same search SQL and view-count upsert on the embedded database (PGlite, PostgreSQL 17 with unaccent). */
describe("search and view counting on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    // No demo province (seeding it dominates the run on PGlite): one unit and one site are enough here.
    t = await startTestApp({ database: "pglite", seed: "none" });
    await sql`
      insert into units (id, kind, name_vi, name_en, short_code)
      values (${UNIT}, 'province', 'UBND tỉnh Thử nghiệm', 'Test Province', 'TN')`.execute(t.services.db);
    await sql`
      insert into sites (id, unit_id, kind, slug, name_vi, name_en, lang)
      values (${SITE}, ${UNIT}, 'component', 'so-xay-dung', 'Trang Sở Xây dựng', 'Construction', 'vi')`.execute(
      t.services.db,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds 'Quảng Ngãi' from 'quang ngai' with exact diacritics first, and counts the page view", async () => {
    const db = t.services.db;
    const site = SITE;
    for (const [slug, title] of [
      ["pglite-plain", "Quang Ngai pglitetest"],
      ["pglite-exact", "Quảng Ngãi pglitetest"],
    ]) {
      await sql`
        insert into content_items (id, site_id, kind, title, slug, status, published_at)
        values (${uuidv7()}, ${site}, 'article', ${title}, ${slug}, 'published',
          ${slug === "pglite-plain" ? "2026-03-02T08:00:00+07:00" : "2026-03-01T08:00:00+07:00"})`.execute(
        db,
      );
    }
    const before = await sql<{ v: number | null }>`
      select sum(views)::int as v from page_views where site_id = ${site} and content_id is null
        and day = ${vnDay(new Date())}::date`.execute(db);
    const res = await t.app.inject({
      url: `/so-xay-dung/tim-kiem?q=${encodeURIComponent("QUẢNG NGÃI pglitetest")}`,
      headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0" },
    });
    expect(res.statusCode).toBe(200);
    const hrefs = [...res.body.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["/so-xay-dung/bai-viet/pglite-exact", "/so-xay-dung/bai-viet/pglite-plain"]);
    expect(res.body).toContain("<mark>Quảng Ngãi pglitetest</mark>");
    await viewCounterOf(t.app)?.flush();
    const after = await sql<{ v: number | null }>`
      select sum(views)::int as v from page_views where site_id = ${site} and content_id is null
        and day = ${vnDay(new Date())}::date`.execute(db);
    expect((after.rows[0]?.v ?? 0) - (before.rows[0]?.v ?? 0)).toBe(1);
  });
});
