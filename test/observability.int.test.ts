import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../e2e/support/server.js";
import { ADMIN_URL } from "./support/postgres.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Health, readiness, metrics, request ids and JSON logs of the real server process (`npm start` on PostgreSQL). */
describe("observability of the running server", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ database: "postgres", env: { LOG_LEVEL: "info", SEED: "none" } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers /healthz with 200 and no caching", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers /readyz with 200 while the database answers", async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", checks: { database: "ok", kind: "postgres" } });
  });

  it("puts an x-request-id on every response and echoes a valid one it was given", async () => {
    for (const url of ["/healthz", "/readyz", "/khong-co-trang-nay", "/metrics"]) {
      const res = await fetch(`${server.url}${url}`);
      expect(res.headers.get("x-request-id"), url).toMatch(UUID);
    }
    const given = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "trace-2026-abc" } });
    expect(given.headers.get("x-request-id")).toBe("trace-2026-abc");
    // Something that is not a plain token is not trusted (log injection), a fresh id is made instead.
    const bad = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "a b<script>" } });
    expect(bad.headers.get("x-request-id")).toMatch(UUID);
  });

  it("serves Prometheus metrics that count requests by route and status", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${server.url}/healthz`);
    await fetch(`${server.url}/khong-co-trang-nay`);
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain("# TYPE congso_http_requests_total counter");
    const healthz = text.match(
      /^congso_http_requests_total\{method="GET",route="\/healthz",status="200"\} (\d+)$/m,
    );
    expect(Number(healthz?.[1])).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/^congso_http_requests_total\{[^}]*status="404"[^}]*\} \d+$/m);
    expect(text).toContain("congso_http_request_duration_seconds_bucket");
    expect(text).toContain("process_cpu_seconds_total");
  });

  it("writes JSON log lines that carry the request id", async () => {
    await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "log-check-0001" } });
    // Log lines reach the pipe asynchronously: wait for them rather than for a fixed time.
    let lines = server.jsonLogs();
    for (
      let i = 0;
      i < 100 && !lines.some((l) => l.requestId === "log-check-0001" && l.msg === "request completed");
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
      lines = server.jsonLogs();
    }
    const ours = lines.filter((l) => l.requestId === "log-check-0001");
    expect(ours.length).toBeGreaterThanOrEqual(1);
    for (const line of ours) {
      expect(typeof line.level).toBe("number");
      expect(typeof line.time).toBe("number");
      expect(typeof line.msg).toBe("string");
    }
    const completed = ours.find((l) => l.msg === "request completed");
    expect(completed?.res).toMatchObject({ statusCode: 200 });
    // Every log line is JSON (the CLI's own sentences, such as the start banner, are plain text on purpose).
    const logLike = server.process.stdout
      .split("\n")
      .filter((l) => /\b(incoming request|request completed)\b/.test(l));
    expect(logLike.length).toBeGreaterThan(0);
    for (const l of logLike) expect(() => JSON.parse(l), l).not.toThrow();
  });

  // Last: takes the database away from under the running server.
  it("answers /readyz with 503 when the database is gone, and /healthz still 200", async () => {
    const name = new URL(server.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`drop database "${name}" with (force)`);
    } finally {
      await admin.end();
    }
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", checks: { database: "down" } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
