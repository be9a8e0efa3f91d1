import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./support/app.js";

describe("app boot on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is ready on the embedded database with unaccent and pg_trgm", async () => {
    const ready = await t.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.kind).toBe("pglite");
    const { rows } = await sql<{ key: string; sim: number }>`
      select f_search_key('QUẢNG NGÃI') as key, similarity('quang ngai', f_search_key('Quảng Ngãi')) as sim`.execute(
      t.services.db,
    );
    expect(rows[0]?.key).toBe("quang ngai");
    expect(rows[0]?.sim).toBe(1);
  });

  it("serialises concurrent transactions on the one PGlite session", async () => {
    const db = t.services.db;
    await sql`create table counter (n integer not null)`.execute(db);
    await sql`insert into counter values (0)`.execute(db);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        db.transaction().execute(async (tx) => {
          const { rows } = await sql<{ n: number }>`select n from counter`.execute(tx);
          await new Promise((r) => setTimeout(r, 1));
          await sql`update counter set n = ${(rows[0]?.n ?? 0) + 1}`.execute(tx);
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    const { rows } = await sql<{ n: number }>`select n from counter`.execute(db);
    expect(rows[0]?.n).toBe(50);
  });
});
