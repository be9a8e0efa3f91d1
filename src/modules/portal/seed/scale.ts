import type { Insertable } from "kysely";
import type { Db } from "../../../platform/db/connection.js";
import { createRng } from "../../../platform/random/prng.js";
import { slugify } from "../content/domain/slug.js";
import type { ContentItemTable } from "../tables.js";
import { type WriterContext, writeArticle } from "./article-writer.js";
import { type CategoryTheme, categoryTreeFor, flattenTree } from "./category-trees.js";
import { analyse } from "./demo-content.js";
import { publishTime } from "./demo-plan.js";
import { EN_STORIES } from "./en-stories.js";
import { seedId } from "./ids.js";
import { loadSeedSites, type SeedSite, writerContextFor } from "./seed-sites.js";
import { AUTHORS, CLOSING_THEMES, STORIES, type StoryTemplate } from "./vi-stories.js";

/** Rows per INSERT: 1,000 articles of ~2 KB each keep one statement well under the parameter limit and fast. */
export const SCALE_BATCH = 1000;

/** How far back the benchmark articles reach: five years of a provincial portal. */
const SCALE_YEARS = 5;

/** Share of articles on the main portal and on the English site (seed 003: 26,500 of 87,750 on the main portal). */
const MAIN_SHARE = 0.3;
const ENGLISH_SHARE = 0.02;
const COVER_SHARE = 0.3;

interface ScaleSite {
  site: SeedSite;
  ctx: WriterContext;
  categories: { id: string; stories: StoryTemplate[]; closing: boolean }[];
}

interface Cover {
  id: string;
  alt: string | null;
  caption: string | null;
}

/** "Đã tạo 35.000/100.000 bài viết": the CLI's progress line. */
export function progressLine(done: number, total: number): string {
  const f = new Intl.NumberFormat("vi-VN");
  return `Đã tạo ${f.format(done)}/${f.format(total)} bài viết`;
}

function storiesFor(theme: CategoryTheme): StoryTemplate[] {
  if (theme === "en_news" || theme === "en_investment" || theme === "en_introduction")
    return EN_STORIES[theme];
  if (theme === "introduction") return [];
  return STORIES[theme];
}

async function loadScaleSites(db: Db): Promise<ScaleSite[]> {
  const sites = await loadSeedSites(db);
  const categories = await db
    .selectFrom("categories")
    .select(["id", "site_id", "slug"])
    .where("active", "=", true)
    .execute();
  const out: ScaleSite[] = [];
  for (const site of sites) {
    const themes = new Map(
      flattenTree(categoryTreeFor(site.kind)).map(({ spec }) => [spec.slug, spec.theme]),
    );
    const usable = categories
      .filter((c) => c.site_id === site.id)
      .sort((a, b) => (a.slug < b.slug ? -1 : 1))
      .flatMap((c) => {
        const theme = themes.get(c.slug);
        const stories = theme ? storiesFor(theme) : [];
        return theme && stories.length > 0
          ? [
              {
                id: c.id,
                stories,
                closing: CLOSING_THEMES.has(theme),
              },
            ]
          : [];
      });
    if (usable.length > 0) out.push({ site, ctx: writerContextFor(site), categories: usable });
  }
  return out;
}

/** The i-th benchmark article: the same i always gives the same row, whatever else is in the database. */
export function scaleArticle(
  i: number,
  sites: readonly ScaleSite[],
  covers: readonly Cover[],
): Insertable<ContentItemTable> & { id: string } {
  const rng = createRng(`scale:${i}`);
  const main = sites.filter((s) => s.site.kind === "main");
  const english = sites.filter((s) => s.site.kind === "english");
  const components = sites.filter((s) => s.site.kind === "component");
  const roll = rng.next();
  const pool =
    roll < MAIN_SHARE && main.length > 0
      ? main
      : roll < MAIN_SHARE + ENGLISH_SHARE && english.length > 0
        ? english
        : components.length > 0
          ? components
          : sites;
  const target = rng.pick(pool);
  const category = rng.pick(target.categories);
  const story = rng.pick(category.stories);
  const publishedAt = publishTime(rng, rng.int(0, SCALE_YEARS * 365));
  const written = writeArticle(story, target.ctx, rng, publishedAt, { closing: category.closing });
  const cover = covers.length > 0 && rng.chance(COVER_SHARE) ? rng.pick(covers) : undefined;
  return {
    id: seedId("scale", String(i)),
    site_id: target.site.id,
    kind: "article",
    category_id: category.id,
    title: written.title,
    // The number keeps slugs unique without a lookup per row; demo slugs never end in "-bv<n>".
    slug: `${slugify(written.title, 100)}-bv${i + 1}`,
    lead: written.lead,
    body_html: written.bodyHtml,
    body_text: written.bodyText,
    cover_media_id: cover?.id ?? null,
    cover_alt: cover?.alt ?? null,
    cover_caption: cover?.caption ?? null,
    author: target.site.lang === "en" ? "Editorial board" : rng.pick(AUTHORS),
    source: null,
    is_repost: false,
    tags: written.tags,
    status: "published",
    published_at: publishedAt,
    created_at: new Date(publishedAt.getTime() - 3_600_000),
    updated_at: publishedAt,
  };
}

export interface ScaleResult {
  created: number;
  existing: number;
  seconds: number;
}

/**
 * `npm run seed -- --scale N`: N published articles spread over the sites and their categories, for benchmarks.
 * Deterministic (article i is always the same row), written 1,000 rows per INSERT while the next batch is being
 * generated, and resumable: a batch whose last row is already there is skipped, so a run with a larger N only adds
 * the difference. Reports progress through `log`.
 */
export async function seedScaleArticles(
  db: Db,
  total: number,
  opts: { log?: (line: string) => void; batchSize?: number; parallel?: number } = {},
): Promise<ScaleResult> {
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? SCALE_BATCH;
  const started = performance.now();
  const sites = await loadScaleSites(db);
  if (sites.length === 0)
    throw new Error("Chưa có chuyên mục nào: hãy nạp dữ liệu mẫu trước khi tạo dữ liệu lớn.");
  const covers = await db
    .selectFrom("media")
    .select(["id", "alt", "caption"])
    .where("kind", "=", "image")
    .where("site_id", "is", null)
    .orderBy("original_name")
    .limit(8)
    .execute();

  let created = 0;
  let existing = 0;
  let done = 0;
  let lastLogged = 0;
  const logEvery = Math.max(batchSize, Math.ceil(total / 20 / batchSize) * batchSize);
  const report = () => {
    if (done === total || done - lastLogged >= logEvery) {
      log(progressLine(done, total));
      lastLogged = done;
    }
  };

  // Inserts in flight while the next batch is generated: Node and PostgreSQL's backends work side by side (PGlite
  // is one session, so its driver runs them one after the other anyway).
  const parallel = opts.parallel ?? 2;
  const inFlight = new Set<Promise<void>>();
  // Kept instead of rejecting, so a failed insert never becomes an unhandled rejection while others are running.
  let failure: unknown;
  for (let start = 0; start < total && failure === undefined; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    const last = await db
      .selectFrom("content_items")
      .select("id")
      .where("id", "=", seedId("scale", String(end - 1)))
      .executeTakeFirst();
    if (last) {
      existing += end - start;
      done += end - start;
      report();
      continue;
    }
    const rows = [];
    for (let i = start; i < end; i++) rows.push(scaleArticle(i, sites, covers));
    while (inFlight.size >= parallel) await Promise.race(inFlight);
    const insert: Promise<void> = db
      .insertInto("content_items")
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst()
      .then((result) => {
        const n = Number(result.numInsertedOrUpdatedRows ?? 0n);
        created += n;
        existing += rows.length - n;
        done += rows.length;
        report();
      })
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => inFlight.delete(insert));
    inFlight.add(insert);
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  await analyse(db);
  const seconds = (performance.now() - started) / 1000;
  log(
    `Xong: ${new Intl.NumberFormat("vi-VN").format(created)} bài viết mới` +
      (existing > 0 ? `, ${new Intl.NumberFormat("vi-VN").format(existing)} đã có` : "") +
      ` (${seconds.toFixed(1)} giây).`,
  );
  return { created, existing, seconds };
}
