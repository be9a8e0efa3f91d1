import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import "./tables.js";

/** Demo categories and pages (portal/seed/category-trees.ts, pages.ts) that carry each mandatory item. */
const DEMO_PLACES: Record<string, { categories: string[]; pages: string[] }> = {
  "gioi-thieu": { categories: ["gioi-thieu"], pages: ["gioi-thieu-chung", "co-cau-to-chuc", "lien-he"] },
  "chi-dao-dieu-hanh": {
    categories: ["chi-dao-dieu-hanh", "tin-hoat-dong", "van-ban-chi-dao-dieu-hanh"],
    pages: [],
  },
  "chien-luoc-quy-hoach-ke-hoach": { categories: ["chien-luoc-quy-hoach-ke-hoach"], pages: [] },
  "du-an-dau-thau-mua-sam-cong": { categories: ["du-an-dau-tu-dau-thau-mua-sam-cong"], pages: [] },
  "ngan-sach": { categories: ["thong-tin-ngan-sach"], pages: [] },
  "thong-ke": { categories: ["thong-ke"], pages: [] },
  "thu-tuc-hanh-chinh": { categories: ["thu-tuc-hanh-chinh"], pages: [] },
};

/** A stable small number from a slug, so the same sites leave the same gaps on every machine. */
function slugHash(slug: string): number {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/**
 * Maps the demo sites' categories and pages to the items they carry, by slug. Some component sites "forgot" to map
 * their procedures category or their introduction pages, as real sites do, so the province ranking has gaps to show.
 * Q&A, drafts and science programmes have no demo category: every site misses them until those modules exist.
 */
export async function seedComplianceMappings(db: Executor): Promise<number> {
  const slugs = Object.values(DEMO_PLACES);
  const categorySlugs = [...new Set(slugs.flatMap((p) => p.categories))];
  const pageSlugs = [...new Set(slugs.flatMap((p) => p.pages))];
  const categories = await db
    .selectFrom("categories")
    .innerJoin("sites", "sites.id", "categories.site_id")
    .select([
      "categories.id",
      "categories.slug",
      "categories.site_id",
      "sites.slug as site_slug",
      "sites.kind",
    ])
    .where("categories.slug", "in", categorySlugs)
    .where("sites.kind", "<>", "english")
    .execute();
  const pages = await db
    .selectFrom("content_items")
    .innerJoin("sites", "sites.id", "content_items.site_id")
    .select([
      "content_items.id",
      "content_items.slug",
      "content_items.site_id",
      "sites.slug as site_slug",
      "sites.kind",
    ])
    .where("content_items.kind", "=", "page")
    .where("content_items.slug", "in", pageSlugs)
    .where("sites.kind", "<>", "english")
    .execute();
  const skipped = (siteSlug: string, kind: string, key: string, isPage: boolean) => {
    if (kind !== "component") return false;
    const h = slugHash(siteSlug);
    if (key === "thu-tuc-hanh-chinh") return h % 4 === 0;
    if (key === "gioi-thieu" && isPage) return h % 3 === 1;
    return false;
  };
  const rows: {
    id: string;
    site_id: string;
    criterion_key: string;
    category_id: string | null;
    content_id: string | null;
  }[] = [];
  for (const [key, place] of Object.entries(DEMO_PLACES)) {
    for (const c of categories) {
      if (!place.categories.includes(c.slug) || skipped(c.site_slug, c.kind, key, false)) continue;
      rows.push({
        id: uuidv7(),
        site_id: c.site_id,
        criterion_key: key,
        category_id: c.id,
        content_id: null,
      });
    }
    for (const p of pages) {
      if (!place.pages.includes(p.slug) || skipped(p.site_slug, p.kind, key, true)) continue;
      rows.push({
        id: uuidv7(),
        site_id: p.site_id,
        criterion_key: key,
        category_id: null,
        content_id: p.id,
      });
    }
  }
  if (rows.length > 0) {
    await db
      .insertInto("compliance_mappings")
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return rows.length;
}
