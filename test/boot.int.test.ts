import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApp } from "../e2e/support/server.js";
import { allMigrations } from "../src/migrations.js";
import { migrateToLatest } from "../src/platform/db/migrator.js";
import { startTestApp, type TestApp } from "./support/app.js";
import { createTestDatabase } from "./support/postgres.js";

describe("app boot on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers /healthz and /readyz", async () => {
    const health = await t.app.inject({ url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok" });
    const ready = await t.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.kind).toBe("postgres");
  });

  it("returns a Vietnamese 404 page", async () => {
    const res = await t.app.inject({ url: "/khong-co-trang-nay" });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Không tìm thấy trang");
  });

  it("has unaccent and pg_trgm, and nothing left to migrate after start", async () => {
    const { rows } = await sql<{ extname: string }>`
      select extname from pg_extension where extname in ('unaccent', 'pg_trgm') order by extname`.execute(
      t.services.db,
    );
    expect(rows.map((r) => r.extname)).toEqual(["pg_trgm", "unaccent"]);
    expect(await migrateToLatest(t.services.db, allMigrations)).toEqual([]);
  });

  it("sends security headers and no framework banner", async () => {
    const res = await t.app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["content-security-policy"])).toContain("script-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
    expect(String(res.headers["content-type"])).toContain("text/html; charset=utf-8");
  });

  it("serves the stylesheet and the self-hosted font with long caching", async () => {
    const css = await t.app.inject({ url: "/static/app.css" });
    expect(css.statusCode).toBe(200);
    expect(String(css.headers["content-type"])).toContain("text/css");
    expect(String(css.headers["cache-control"])).toMatch(/max-age=\d{5,}/);
    const font = css.body.match(/url\("(\/static\/fonts\/[^"]+\.woff2)"\)/)?.[1];
    expect(font).toBeDefined();
    const res = await t.app.inject({ url: font! });
    expect(res.statusCode).toBe(200);
  });
});

describe("`npm run migrate`", () => {
  it("applies every migration to an empty database, then reports it up to date", async () => {
    const testDb = await createTestDatabase("congso_migrate");
    try {
      const env = { NODE_ENV: "test", LOG_LEVEL: "warn", DATABASE_URL: testDb.url };
      const first = await spawnApp(["migrate"], env).exited;
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^Đã áp dụng: /m);
      const names = allMigrations.flatMap((set) => Object.keys(set));
      for (const name of names.slice(0, 3)) expect(first.stdout).toContain(name);
      const second = await spawnApp(["migrate"], env).exited;
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toContain("Cơ sở dữ liệu đã ở phiên bản mới nhất.");
    } finally {
      await testDb.drop();
    }
  }, 120_000);
});
