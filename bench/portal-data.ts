/**
 * The portal's benchmark data set: the demo province plus N generated articles (`npm run seed -- --scale N`), on the
 * PostgreSQL database given or in a PGlite DATA_DIR, and the URLs the bench requests on it.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { ROOT } from "../e2e/support/server.js";
import { openDatabase } from "../src/platform/db/connection.js";

export interface BenchUrls {
  /** The main portal's newest article: requested again and again, so the page cache answers. */
  cachedArticle: string;
  /** Many different articles, in a fixed pseudo-random order: each is a page-cache miss the first time. */
  articles: string[];
  publishedArticles: number;
  /** Component sites' slugs: each has its own /<slug>/tim-kiem, so queries × sites give searches never cached. */
  componentSites: string[];
}

/** Queries readers type, with and without diacritics (the search must find the same things either way). */
export const SEARCH_QUERIES = [
  "Dung Quất",
  "dung quat",
  "Lý Sơn",
  "ly son",
  "chuyển đổi số",
  "chuyen doi so",
  "giải phóng mặt bằng",
  "giai phong mat bang",
  "thủ tục hành chính",
  "thu tuc hanh chinh",
  "Sa Huỳnh",
  "sa huynh",
  "Mỹ Khê",
  "my khe",
  "đầu tư công",
  "dau tu cong",
  "tiếp công dân",
  "tiep cong dan",
  "ngân sách",
  "ngan sach",
  "du lịch biển",
  "du lich bien",
  "nông thôn mới",
  "nong thon moi",
  "cấp giấy phép xây dựng",
  "cap giay phep xay dung",
  "QUẢNG NGÃI",
  "quang ngai",
];

export function searchUrls(): string[] {
  return SEARCH_QUERIES.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`);
}

/**
 * Every query on every component site's search page, pages 1 and 2, interleaved: about two thousand
 * different searches, more than a run asks for, so each is a page-cache miss that PostgreSQL answers.
 */
export function distinctSearchUrls(componentSites: readonly string[]): string[] {
  // Component sites only: the main portal's /tim-kiem takes the same queries in the repeated (cached) target.
  const bases = componentSites.map((s) => `/${s}`);
  const urls: string[] = [];
  // Page 2 of each as well: a different slice of the same ranking, as much work for PostgreSQL.
  for (const page of ["", "&page=2"])
    for (const base of bases)
      for (const q of SEARCH_QUERIES) urls.push(`${base}/tim-kiem?q=${encodeURIComponent(q)}${page}`);
  // Site-major order would send one site's 28 queries in a row; stride through instead.
  const stride = SEARCH_QUERIES.length + 1;
  return urls.map((_, i) => urls[(i * stride) % urls.length] as string);
}

/** Makes the database if the server has none of that name (e.g. postgres://root@127.0.0.1:5432/congso_bench). */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return;
  } catch (err) {
    await client.end().catch(() => {});
    if ((err as { code?: string }).code !== "3D000") throw err;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`create database "${name}"`);
    console.log(`Đã tạo cơ sở dữ liệu ${name}.`);
  } finally {
    await c.end();
  }
}

/**
 * Runs `npm run seed -- --scale N` as a child process (the CLI operators use), streaming its progress lines. It is
 * resumable, so on a database that already holds the data set it only checks and returns.
 */
export function seedScale(
  articles: number,
  env: Record<string, string | undefined>,
  dossiers = 0,
): Promise<void> {
  const bin = path.join(ROOT, "node_modules/.bin");
  const childEnv: Record<string, string> = {
    PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    HOME: process.env.HOME ?? "/tmp",
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  return new Promise((resolve, reject) => {
    const args = ["src/main.ts", "seed", "--scale", String(articles)];
    if (dossiers > 0) args.push("--dossiers", String(dossiers));
    const child = spawn(path.join(bin, "tsx"), args, {
      cwd: ROOT,
      env: childEnv,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`npm run seed -- --scale ${articles} kết thúc với mã ${code}`)),
    );
  });
}

/** Article URLs of the data set, read straight from the database before the server starts. */
export async function loadBenchUrls(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  rotate: number;
}): Promise<BenchUrls> {
  const dbh = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    const db = dbh.db;
    const href = (site: string, lang: string, slug: string) =>
      `${site === "" ? "" : `/${site}`}/${lang === "en" ? "news" : "bai-viet"}/${slug}`;
    const newest = await db
      .selectFrom("content_items")
      .innerJoin("sites", "sites.id", "content_items.site_id")
      .select(["sites.slug as site", "sites.lang", "content_items.slug"])
      .where("sites.slug", "=", "")
      .where("content_items.kind", "=", "article")
      .where("content_items.status", "=", "published")
      .orderBy("content_items.published_at", "desc")
      .limit(1)
      .executeTakeFirst();
    if (!newest) throw new Error("Không có bài viết nào trên trang chủ: dữ liệu mẫu chưa được nạp.");
    // Ordering by id (name-based UUIDs) mixes sites, categories and dates without a random function.
    const rows = await db
      .selectFrom("content_items")
      .innerJoin("sites", "sites.id", "content_items.site_id")
      .select(["sites.slug as site", "sites.lang", "content_items.slug"])
      .where("content_items.kind", "=", "article")
      .where("content_items.status", "=", "published")
      .orderBy("content_items.id")
      .limit(opts.rotate)
      .execute();
    const count = await sql<{ n: number }>`
      select count(*)::int as n from content_items where kind = 'article' and status = 'published'`.execute(
      db,
    );
    const sites = await db
      .selectFrom("sites")
      .select("slug")
      .where("kind", "=", "component")
      .where("active", "=", true)
      .orderBy("slug")
      .execute();
    return {
      componentSites: sites.map((r) => r.slug),
      cachedArticle: href(newest.site, newest.lang, newest.slug),
      articles: rows.map((r) => href(r.site, r.lang, r.slug)),
      publishedArticles: count.rows[0]?.n ?? 0,
    };
  } finally {
    await dbh.close();
  }
}
