/**
 * `npm run bench`: loads a raw node:http "hello" server and the real app (its /healthz and public home page) with
 * autocannon in the same run, on the same machine, and prints req/s and latency with the ratio of each to raw hello.
 * The figures also go to bench/results/latest.json. Never part of `npm test`.
 *
 * Settings (environment): BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (50), BENCH_WARMUP seconds (2),
 * DATABASE_URL to measure on PostgreSQL instead of PGlite in a temp DATA_DIR.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import { freePort, type RunningServer, startServer } from "../e2e/support/server.js";

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

const settings = {
  duration: intFromEnv("BENCH_DURATION", 10),
  connections: intFromEnv("BENCH_CONNECTIONS", 50),
  warmup: intFromEnv("BENCH_WARMUP", 2),
  databaseUrl: process.env.DATABASE_URL || undefined,
};

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
}

/** The baseline: the smallest useful Node HTTP server, in its own process like the app. */
async function startRawHello(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const code = `require("node:http").createServer((q, s) => { s.setHeader("content-type", "text/plain"); s.end("hello"); })
    .listen(${port}, "127.0.0.1", () => console.log("listening"));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (d.includes("listening")) resolve();
    });
    child.once("exit", (c) => reject(new Error(`raw hello server exited (${c})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill("SIGTERM") };
}

function run(url: string, duration: number, onLatency?: (ms: number) => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, duration, connections: settings.connections, timeout: 10 },
      (err, res) => (err ? reject(err) : resolve(res)),
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

async function measure(target: string, url: string): Promise<Figures> {
  process.stdout.write(`Đo ${target} (${url}) …`);
  if (settings.warmup > 0) await run(url, settings.warmup);
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const result = await run(url, settings.duration, (ms) => latencies.push(ms));
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
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(` ${Math.round(figures.reqPerSec)} req/s`);
  return figures;
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
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
  console.log(
    `Benchmark: ${settings.duration}s × ${settings.connections} kết nối mỗi mục (khởi động ${settings.warmup}s), ` +
      `${os.cpus().length} CPU, Node ${process.version}, cơ sở dữ liệu ${settings.databaseUrl ? "PostgreSQL" : "PGlite"}.`,
  );
  const raw = await startRawHello();
  let app: RunningServer | undefined;
  try {
    process.stdout.write("Khởi động ứng dụng (dữ liệu mẫu) …");
    app = await startServer({
      env: { NODE_ENV: "production", LOG_LEVEL: "warn", SEED: "demo", DATABASE_URL: settings.databaseUrl },
    });
    console.log(" sẵn sàng.");
    const home = await fetch(`${app.url}/`);
    if (home.status !== 200) console.warn(`Cảnh báo: trang chủ trả về ${home.status}, không phải 200.`);

    const rows = [
      await measure("raw node:http hello", raw.url),
      await measure("app /healthz", `${app.url}/healthz`),
      await measure("app / (public home)", `${app.url}/`),
    ];
    const base = rows[0]!;
    for (const r of rows.slice(1)) {
      r.ratioReqPerSec = r.reqPerSec / base.reqPerSec;
      r.ratioP50 = r.p50 / base.p50;
    }
    printTable(rows);
    if (rows.some((r) => r.non2xx > 0 || r.errors > 0)) {
      console.warn("\nCảnh báo: có phản hồi không phải 2xx hoặc lỗi; các con số trên không đo đúng trang.");
    }

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
      results: rows,
    };
    fs.writeFileSync(path.join(outDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nĐã ghi ${path.relative(process.cwd(), path.join(outDir, "latest.json"))}.`);
  } finally {
    raw.stop();
    await app?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
