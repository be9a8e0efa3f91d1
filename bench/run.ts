/**
 * `npm run bench`: loads a raw node:http "hello" server and the real app with autocannon in the same run, on the same
 * machine, and prints req/s and latency (p50/p95/p99) with the ratio of each to raw hello. The figures also go to
 * bench/results/latest.json. Never part of `npm test`.
 *
 * The app runs on the portal's benchmark data set: the demo province plus BENCH_ARTICLES generated articles
 * (`npm run seed -- --scale N`, run first and resumable, so a database that has them is only checked). Targets:
 *   - /healthz and the public home page "/";
 *   - article, cached: one article URL again and again, answered from the page cache after the first request;
 *   - article, uncached: a different article on every request (BENCH_ROTATE URLs, more than the page cache holds),
 *     so each one is queried and rendered; no setting is needed to bypass the cache;
 *   - search: /tim-kiem?q=… rotating 28 realistic queries with and without diacritics, as readers repeat them
 *     (served from the page cache after the first time, until anything is published);
 *   - search, distinct: those queries on every site's search page, pages 1 and 2 (~2,000 URLs), never the same
 *     twice, so PostgreSQL answers each; with BENCH_CONNECTIONS and with one connection;
 *   - uncached article again with one connection: the page's own latency, without the queueing of
 *     BENCH_CONNECTIONS clients sharing the machine's cores.
 *   - online public services: a dossier submitted online (the demo Sở Tư pháp procedure, every field and a PDF per
 *     required document, multipart as a browser sends it; each request files a new dossier with its notifications),
 *     a public lookup by code + phone (POST, rotating over BENCH_ROTATE dossiers) and by the receipt's QR link (GET).
 *     The app runs with TRUST_PROXY and every request carries its own X-Forwarded-For, because the per-client rate
 *     limits of these forms would otherwise (rightly) refuse one client sending thousands of requests.
 *   - citizen participation: Q&A search on the three sections (15 queries with and without diacritics, pages 1–2,
 *     over the demo's published questions), question pages (rotating), the open draft's page
 *     (every article with its comments) and an ended dialogue's transcript.
 *   - full-online services: the public verification page of the demo's receipts and results (rotating), and a signed
 *     gateway callback for an order already paid (what a bank's retries send: verified, logged, answered "02").
 * Targets reported, not asserted: cached article ≥ 60 % of raw hello req/s; search p95 < 30 ms on PostgreSQL.
 * Requests carry a browser's Accept-Encoding, so pages from the page cache go out gzipped (compressed once, when cached).
 *
 * Settings (environment): BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (50), BENCH_WARMUP seconds (2),
 * BENCH_DATABASE_URL or DATABASE_URL to measure on PostgreSQL (the database is created if missing, e.g.
 * postgres://root@127.0.0.1:5432/congso_bench) instead of PGlite in a temp DATA_DIR, BENCH_ARTICLES (100000 on
 * PostgreSQL, 3000 on PGlite), BENCH_DOSSIERS generated dossiers (200000 on PostgreSQL, the demo year's on PGlite),
 * BENCH_ROTATE distinct article URLs for the uncached target and dossiers for the lookups (20000), BENCH_ONLY
 * (e.g. "cached,search": only the targets whose name contains one of these words, beside raw hello).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type RequestShape, type Result } from "autocannon";
import { freePort, type RunningServer, startServer } from "../e2e/support/server.js";
import { loadParticipationBenchData } from "./participation-data.js";
import { BENCH_PAYMENT_ENV, loadPaymentsBenchData } from "./payments-data.js";
import {
  distinctSearchUrls,
  ensurePostgresDatabase,
  loadBenchUrls,
  searchUrls,
  seedScale,
} from "./portal-data.js";
import {
  loadServicesBenchData,
  type PreparedSubmission,
  prepareLookups,
  prepareSubmission,
} from "./services-data.js";

const here = path.dirname(fileURLToPath(import.meta.url));

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${name} phải là số nguyên không âm (đang là "${raw}").`);
    process.exit(2);
  }
  return n;
}

const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
const settings = {
  duration: intFromEnv("BENCH_DURATION", 10),
  connections: intFromEnv("BENCH_CONNECTIONS", 50),
  warmup: intFromEnv("BENCH_WARMUP", 2),
  databaseUrl,
  articles: intFromEnv("BENCH_ARTICLES", databaseUrl ? 100_000 : 3000),
  dossiers: intFromEnv("BENCH_DOSSIERS", databaseUrl ? 200_000 : 0),
  rotate: intFromEnv("BENCH_ROTATE", 20_000),
  /** BENCH_ONLY=cached,search: measure only the targets whose name contains one of these words (raw hello always). */
  only: (process.env.BENCH_ONLY ?? "")
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w !== ""),
};

function wanted(target: string): boolean {
  return settings.only.length === 0 || settings.only.some((w) => target.includes(w));
}

interface Figures {
  target: string;
  url: string;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  ratioReqPerSec?: number;
  ratioP50?: number;
  /** Distinct URLs requested, for the rotating targets; `x-cache` of a probe request when the app sends it. */
  distinctUrls?: number;
  cache?: string | null;
}

/**
 * A fixed URL, a list that every request (across all connections) takes the next one of, or requests made one by one
 * (POSTs), with the status a successful one answers.
 */
type Target =
  | string
  | { base: string; paths: readonly string[]; cacheable?: boolean }
  | { base: string; describe: string; next: () => RequestShape; expectStatus: number };

/** A distinct client address per request (10.x.y.z), for targets behind per-client rate limits. */
let clientCounter = 0;
function nextClientIp(): string {
  const n = ++clientCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** The baseline: the smallest useful Node HTTP server, in its own process like the app. */
async function startRawHello(): Promise<{ url: string; stop(): void }> {
  return startRawServer(
    `(q, s) => { s.setHeader("content-type", "text/plain"); s.end("hello"); }`,
    "raw hello server",
  );
}

/**
 * A second reference, not the baseline: raw node:http sending the bytes the app sends for the cached article (its
 * headers and gzipped body, copied from one real response). The gap between raw hello and this is the cost of the
 * page's size on both ends of the socket; the gap between this and the app is the app's own work.
 */
async function startRawReplay(pageUrl: string): Promise<{ url: string; stop(): void }> {
  const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(pageUrl, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        })
        .on("error", reject);
    },
  );
  const keep: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (typeof v === "string" && !["date", "connection", "keep-alive", "transfer-encoding"].includes(k))
      keep[k] = v;
  }
  const handler = `(() => { const h = ${JSON.stringify(keep)}; const b = Buffer.from(${JSON.stringify(body.toString("base64"))}, "base64");
    return (q, s) => { for (const k in h) s.setHeader(k, h[k]); s.end(b); }; })()`;
  return startRawServer(handler, "raw replay server");
}

async function startRawServer(handler: string, what: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const code = `require("node:http").createServer(${handler})
    .listen(${port}, "127.0.0.1", () => console.log("listening"));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (d.includes("listening")) resolve();
    });
    child.once("exit", (c) => reject(new Error(`${what} exited (${c})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill("SIGTERM") };
}

/** One counter for every connection, so rotating targets never send the same URL twice until the list wraps. */
const rotation = new Map<readonly string[], number>();

function nextPath(paths: readonly string[]): string {
  const n = rotation.get(paths) ?? 0;
  rotation.set(paths, n + 1);
  return paths[n % paths.length] as string;
}

function run(
  target: Target,
  duration: number,
  connections: number,
  onLatency?: (ms: number) => void,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const options =
      typeof target === "string"
        ? { url: target }
        : "next" in target
          ? {
              url: target.base,
              requests: [{ setupRequest: (req: RequestShape) => ({ ...req, ...target.next() }) }],
            }
          : {
              url: target.base,
              requests: [
                {
                  method: "GET",
                  setupRequest: (req: RequestShape) => ({ ...req, path: nextPath(target.paths) }),
                },
              ],
            };
    // Every target, the raw baseline included, asks as a browser does; the app then sends cached pages gzipped.
    const headers = { "accept-encoding": "gzip, deflate, br, zstd" };
    const instance = autocannon({ ...options, headers, duration, connections, timeout: 10 }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    if (onLatency)
      instance.on("response", (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** `connections` below the default shows a page's own latency, without the queueing of 50 clients on 2 cores. */
async function measure(target: string, where: Target, connections = settings.connections): Promise<Figures> {
  const url =
    typeof where === "string"
      ? where
      : "next" in where
        ? where.describe
        : `${where.base}${where.paths[0]} (+${where.paths.length - 1})`;
  process.stdout.write(`Đo ${target} (${url}) …`);
  // A probe first, for a clear note when the page is not there at all; a rotating target's probe takes the next URL
  // of its list, so it is a page not requested before. Requests made one by one were probed when they were prepared.
  const probeUrl =
    typeof where === "string" ? where : "next" in where ? undefined : `${where.base}${nextPath(where.paths)}`;
  const probe = probeUrl === undefined ? undefined : await fetch(probeUrl).catch(() => undefined);
  if (settings.warmup > 0) await run(where, settings.warmup, connections);
  // A fixed URL should now be served from the page cache (x-cache: hit); a rotating target reports its first miss.
  const cache =
    typeof where === "string"
      ? ((await fetch(where).catch(() => undefined))?.headers.get("x-cache") ?? null)
      : (probe?.headers.get("x-cache") ?? null);
  const expected = typeof where !== "string" && "next" in where ? where.expectStatus : 200;
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const result = await run(where, settings.duration, connections, (ms) => latencies.push(ms));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const figures: Figures = {
    target,
    url,
    requests: latencies.length,
    reqPerSec: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    // Requests that did not get the status a success answers (a submission answers 303 to its receipt page).
    non2xx:
      expected === 200
        ? result.non2xx
        : latencies.length - (result.statusCodeStats[String(expected)]?.count ?? 0),
    errors: result.errors + result.timeouts,
    cache,
  };
  if (typeof where !== "string" && "paths" in where)
    figures.distinctUrls = Math.min(rotation.get(where.paths) ?? 0, where.paths.length);
  if (probe && probe.status !== 200) console.log(` trang trả về ${probe.status} (chưa có?)`);
  else console.log(` ${Math.round(figures.reqPerSec)} req/s, p95 ${figures.p95.toFixed(1)} ms`);
  if (
    typeof where !== "string" &&
    "paths" in where &&
    where.cacheable &&
    (rotation.get(where.paths) ?? 0) > where.paths.length
  )
    console.warn(
      `  Cảnh báo: danh sách ${where.paths.length} URL đã quay vòng; một phần yêu cầu có thể trúng cache.`,
    );
  return figures;
}

/** The online-services targets: requests built once from a real form, then sent by many "clients". */
function servicesTargets(base: string, data: Awaited<ReturnType<typeof loadServicesBenchData>>) {
  let prepared: PreparedSubmission | undefined;
  let lookupIndex = 0;
  let qrIndex = 0;
  return {
    async submission(): Promise<Target> {
      prepared ??= await prepareSubmission(base, data);
      const { path: submitPath, headers, body } = prepared;
      return {
        base,
        describe: `POST ${submitPath.split("?")[0]} (multipart, ${body.length} B)`,
        expectStatus: 303,
        next: () => ({
          method: "POST",
          path: submitPath,
          headers: { ...headers, "x-forwarded-for": nextClientIp() },
          body,
        }),
      };
    },
    async lookup(): Promise<Target> {
      const { headers, bodies } = await prepareLookups(base, data);
      if (bodies.length === 0) throw new Error("Không có hồ sơ nào có số điện thoại để tra cứu.");
      return {
        base,
        describe: `POST /dich-vu-cong/tra-cuu (${bodies.length} hồ sơ)`,
        expectStatus: 200,
        next: () => ({
          method: "POST",
          path: "/dich-vu-cong/tra-cuu",
          headers: { ...headers, "x-forwarded-for": nextClientIp() },
          body: bodies[lookupIndex++ % bodies.length] as string,
        }),
      };
    },
    qrLookup(): Target {
      const links = data.lookups.map(
        (l) => `/dich-vu-cong/tra-cuu?${new URLSearchParams({ ma: l.code, k: l.token }).toString()}`,
      );
      return {
        base,
        describe: `GET /dich-vu-cong/tra-cuu?ma=…&k=… (${links.length} hồ sơ)`,
        expectStatus: 200,
        next: () => ({
          method: "GET",
          path: links[qrIndex++ % links.length] as string,
          headers: { "x-forwarded-for": nextClientIp() },
        }),
      };
    },
  };
}

function printTable(rows: Figures[]): void {
  const header = [
    "target",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "req/s ÷ raw",
    "p50 × raw",
    "non-2xx/errors",
    "x-cache",
  ];
  const body = rows.map((r) => [
    r.target,
    Math.round(r.reqPerSec).toString(),
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.p99.toFixed(2),
    r.ratioReqPerSec === undefined ? "" : r.ratioReqPerSec.toFixed(3),
    r.ratioP50 === undefined ? "" : r.ratioP50.toFixed(2),
    `${r.non2xx}/${r.errors}`,
    r.cache ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const b of body) console.log(line(b));
}

/** The data set on disk: PostgreSQL as given (created and seeded if needed), else PGlite in a temp DATA_DIR. */
async function prepareData(): Promise<{ dataDir: string; ownDataDir: boolean }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "congso-bench-"));
  if (settings.databaseUrl) await ensurePostgresDatabase(settings.databaseUrl);
  console.log(
    `Chuẩn bị dữ liệu: dữ liệu mẫu và ${settings.articles} bài viết (npm run seed -- --scale ${settings.articles}).`,
  );
  if (settings.dossiers > 0)
    console.log(`… và ${settings.dossiers} hồ sơ (npm run seed -- --dossiers ${settings.dossiers}).`);
  await seedScale(
    settings.articles,
    { DATABASE_URL: settings.databaseUrl, DATA_DIR: dataDir },
    settings.dossiers,
  );
  return { dataDir, ownDataDir: true };
}

interface TargetSummary {
  cachedRatio: number | null;
  searchP95: number | null;
  searchP95Distinct: number | null;
  searchP95OneConnection: number | null;
}

function printTargets(rows: Figures[]): TargetSummary {
  const find = (name: string) => rows.find((r) => r.target === name);
  const cachedRatio = find("article, cached")?.ratioReqPerSec ?? null;
  const searchP95 = find("search /tim-kiem")?.p95 ?? null;
  const searchP95Distinct = find("search, distinct (uncached)")?.p95 ?? null;
  const searchP95OneConnection = find("search, distinct (uncached), 1 connection")?.p95 ?? null;
  const mark = (ok: boolean) => (ok ? "đạt" : "CHƯA ĐẠT");
  const where = settings.databaseUrl ? "" : " (đo trên PGlite, chỉ để tham khảo)";
  console.log("");
  if (cachedRatio !== null)
    console.log(
      `Bài viết (cache): ${(cachedRatio * 100).toFixed(0)} % req/s của raw hello — mục tiêu ≥ 60 %: ${mark(cachedRatio >= 0.6)}.`,
    );
  if (searchP95 !== null)
    console.log(
      `Tìm kiếm lặp lại (cache): p95 ${searchP95.toFixed(1)} ms với ${settings.connections} kết nối` +
        ` — mục tiêu < 30 ms trên PostgreSQL: ${mark(searchP95 < 30)}${where}.`,
    );
  if (searchP95Distinct !== null || searchP95OneConnection !== null)
    console.log(
      "Tìm kiếm không trùng (PostgreSQL trả lời mỗi lần): p95 " +
        [
          searchP95Distinct === null
            ? null
            : `${searchP95Distinct.toFixed(1)} ms với ${settings.connections} kết nối`,
          searchP95OneConnection === null ? null : `${searchP95OneConnection.toFixed(1)} ms với 1 kết nối`,
        ]
          .filter((x) => x !== null)
          .join(", ") +
        ` — mục tiêu < 30 ms: ${mark((searchP95OneConnection ?? searchP95Distinct ?? Infinity) < 30)}${where}.`,
    );
  return { cachedRatio, searchP95, searchP95Distinct, searchP95OneConnection };
}

async function main(): Promise<void> {
  console.log(
    `Benchmark: ${settings.duration}s × ${settings.connections} kết nối mỗi mục (khởi động ${settings.warmup}s), ` +
      `${os.cpus().length} CPU, Node ${process.version}, cơ sở dữ liệu ${settings.databaseUrl ? "PostgreSQL" : "PGlite"}.`,
  );
  const data = await prepareData();
  const urls = await loadBenchUrls({
    databaseUrl: settings.databaseUrl,
    dataDir: data.dataDir,
    rotate: settings.rotate,
  });
  const servicesData = await loadServicesBenchData({
    databaseUrl: settings.databaseUrl,
    dataDir: data.dataDir,
    rotate: settings.rotate,
  });
  const participation = await loadParticipationBenchData({
    databaseUrl: settings.databaseUrl,
    dataDir: data.dataDir,
    rotate: settings.rotate,
  });
  const payments = await loadPaymentsBenchData({ databaseUrl: settings.databaseUrl, dataDir: data.dataDir });
  console.log(
    `Dữ liệu: ${urls.publishedArticles} bài viết đã xuất bản; ${urls.articles.length} URL bài viết cho mục không cache; ` +
      `${servicesData.dossiers} hồ sơ, ${servicesData.lookups.length} dùng để tra cứu; ` +
      `${participation.publishedQuestions} câu hỏi đã trả lời.`,
  );
  const raw = await startRawHello();
  let app: RunningServer | undefined;
  try {
    process.stdout.write("Khởi động ứng dụng …");
    app = await startServer({
      dataDir: data.dataDir,
      env: {
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        SEED: "demo",
        DATABASE_URL: settings.databaseUrl,
        TRUST_PROXY: "true",
        ...BENCH_PAYMENT_ENV,
      },
    });
    console.log(" sẵn sàng.");
    const home = await fetch(`${app.url}/`);
    if (home.status !== 200) console.warn(`Cảnh báo: trang chủ trả về ${home.status}, không phải 200.`);

    // One list for both distinct-search targets, so the second carries on where the first stopped (no cache hits).
    const distinctSearches = distinctSearchUrls(urls.componentSites);
    const plan: [string, () => Promise<Figures>][] = [
      ["app /healthz", () => measure("app /healthz", `${app!.url}/healthz`)],
      ["home page /", () => measure("home page /", `${app!.url}/`)],
      [
        "raw node:http replaying the cached article's bytes",
        async () => {
          const replay = await startRawReplay(`${app!.url}${urls.cachedArticle}`);
          try {
            return await measure("raw node:http replaying the cached article's bytes", replay.url);
          } finally {
            replay.stop();
          }
        },
      ],
      ["article, cached", () => measure("article, cached", `${app!.url}${urls.cachedArticle}`)],
      [
        "article, uncached",
        () => measure("article, uncached", { base: app!.url, paths: urls.articles, cacheable: true }),
      ],
      ["search /tim-kiem", () => measure("search /tim-kiem", { base: app!.url, paths: searchUrls() })],
      [
        "search, distinct (uncached)",
        () =>
          measure("search, distinct (uncached)", {
            base: app!.url,
            paths: distinctSearches,
            cacheable: true,
          }),
      ],
      [
        "search, distinct (uncached), 1 connection",
        () =>
          measure(
            "search, distinct (uncached), 1 connection",
            { base: app!.url, paths: distinctSearches, cacheable: true },
            1,
          ),
      ],
      [
        "article, uncached, 1 connection",
        () =>
          measure(
            "article, uncached, 1 connection",
            { base: app!.url, paths: urls.articles, cacheable: true },
            1,
          ),
      ],
    ];
    const services = servicesTargets(app.url, servicesData);
    plan.push(
      ["dossier submission", async () => measure("dossier submission", await services.submission())],
      [
        "dossier lookup, code + phone",
        async () => measure("dossier lookup, code + phone", await services.lookup()),
      ],
      ["dossier lookup, QR link", async () => measure("dossier lookup, QR link", services.qrLookup())],
      [
        "dossier lookup, code + phone, 1 connection",
        async () => measure("dossier lookup, code + phone, 1 connection", await services.lookup(), 1),
      ],
      [
        "dossier submission, 1 connection",
        async () => measure("dossier submission, 1 connection", await services.submission(), 1),
      ],
    );
    const questionSearch = { base: app.url, paths: participation.questionSearches, cacheable: true };
    plan.push(
      ["questions, search /hoi-dap?q=", () => measure("questions, search /hoi-dap?q=", questionSearch)],
      [
        "questions, search, 1 connection",
        () => measure("questions, search, 1 connection", questionSearch, 1),
      ],
      [
        "question page",
        () =>
          measure("question page", { base: app!.url, paths: participation.questionPages, cacheable: true }),
      ],
    );
    if (participation.consultationPage)
      plan.push([
        "consultation, open draft page",
        () => measure("consultation, open draft page", `${app!.url}${participation.consultationPage}`),
      ]);
    if (participation.transcriptPage)
      plan.push([
        "dialogue transcript page",
        () => measure("dialogue transcript page", `${app!.url}${participation.transcriptPage}`),
      ]);
    if (payments.verifyPages.length > 0) {
      // The verification pages limit each client address (code guessing), so each request comes from its own.
      let verifyIndex = 0;
      const verifyTarget: Target = {
        base: app.url,
        describe: `GET /xac-minh/<mã> (${payments.verifyPages.length} văn bản)`,
        expectStatus: 200,
        next: () => ({
          method: "GET",
          path: payments.verifyPages[verifyIndex++ % payments.verifyPages.length] as string,
          headers: { "x-forwarded-for": nextClientIp() },
        }),
      };
      plan.push([
        "verification page /xac-minh/<code>",
        () => measure("verification page /xac-minh/<code>", verifyTarget),
      ]);
    }
    if (payments.replayedCallback)
      plan.push([
        "payment callback, already confirmed",
        () => measure("payment callback, already confirmed", `${app!.url}${payments.replayedCallback}`),
      ]);
    const rows = [await measure("raw node:http hello", raw.url)];
    for (const [name, run] of plan) if (wanted(name)) rows.push(await run());
    const base = rows[0]!;
    for (const r of rows.slice(1)) {
      r.ratioReqPerSec = r.reqPerSec / base.reqPerSec;
      r.ratioP50 = r.p50 / base.p50;
    }
    printTable(rows);
    if (rows.some((r) => r.non2xx > 0 || r.errors > 0)) {
      console.warn("\nCảnh báo: có phản hồi không phải 2xx hoặc lỗi; các con số trên không đo đúng trang.");
    }
    const targets = printTargets(rows);

    const outDir = path.join(here, "results");
    fs.mkdirSync(outDir, { recursive: true });
    const report = {
      at: new Date().toISOString(),
      settings: { ...settings, databaseUrl: settings.databaseUrl ? "set" : undefined },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        platform: os.platform(),
      },
      database: settings.databaseUrl ? "postgres" : "pglite",
      dataset: { publishedArticles: urls.publishedArticles, rotatingArticleUrls: urls.articles.length },
      targets: {
        cachedArticleRatio: targets.cachedRatio,
        cachedArticleRatioGoal: 0.6,
        searchP95Ms: targets.searchP95,
        searchP95MsDistinct: targets.searchP95Distinct,
        searchP95MsOneConnection: targets.searchP95OneConnection,
        searchP95GoalMs: 30,
      },
      results: rows,
    };
    fs.writeFileSync(path.join(outDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nĐã ghi ${path.relative(process.cwd(), path.join(outDir, "latest.json"))}.`);
  } finally {
    raw.stop();
    await app?.stop();
    if (data.ownDataDir) fs.rmSync(data.dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
