import type { Insertable } from "kysely";
import { createRng } from "../../../platform/random/prng.js";
import type { PageViewTable } from "../tables.js";
import { DAY_MS } from "./ids.js";
import type { SeedSite } from "./seed-sites.js";

/** Days of history the statistics chart opens with. */
export const PAGE_VIEW_DAYS = 30;

/** Articles per site that get their own daily counts (the rest of the site's traffic is on lists and the home page). */
const TRACKED_ARTICLES = 5;

function isoDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Daily page views for the 30 days before `today` (the statistics page looks back from the real date, so this one
 * is taken from the clock, unlike the content): each site's own pages and its newest articles, with fewer readers at
 * weekends. The main portal's total is in the range seed 003 reports (about 42,000 visits a day).
 */
export function planPageViews(
  sites: readonly SeedSite[],
  articles: readonly { id: string; site_id: string; published_at: Date }[],
  today: Date,
): Insertable<PageViewTable>[] {
  const rows: Insertable<PageViewTable>[] = [];
  const bySite = new Map<string, { id: string; published_at: Date }[]>();
  for (const a of articles) {
    const list = bySite.get(a.site_id) ?? [];
    list.push(a);
    bySite.set(a.site_id, list);
  }
  for (const site of sites) {
    const rng = createRng(`page-views:${site.slug}`);
    const base = site.kind === "main" ? 30_000 : site.kind === "english" ? 350 : rng.int(150, 1_200);
    const tracked = (bySite.get(site.id) ?? [])
      .sort((a, b) => b.published_at.getTime() - a.published_at.getTime())
      .slice(0, TRACKED_ARTICLES);
    for (let d = PAGE_VIEW_DAYS; d >= 1; d--) {
      const at = new Date(today.getTime() - d * DAY_MS);
      const day = isoDay(at);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const weekFactor = weekday === 0 || weekday === 6 ? 0.55 : 1;
      rows.push({
        day,
        site_id: site.id,
        content_id: null,
        views: Math.round(base * weekFactor * (0.8 + rng.next() * 0.4)),
      });
      tracked.forEach((article, rank) => {
        if (article.published_at.getTime() > at.getTime() + DAY_MS) return;
        const articleBase = (base / 12) * (1 / (rank + 1));
        rows.push({
          day,
          site_id: site.id,
          content_id: article.id,
          views: Math.max(1, Math.round(articleBase * weekFactor * (0.6 + rng.next() * 0.8))),
        });
      });
    }
  }
  return rows;
}
