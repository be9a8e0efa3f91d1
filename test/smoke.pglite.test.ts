import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./support/app.js";
import { signInAsAdmin } from "./support/staff-session.js";

/** The PGlite smoke suite: the whole app with the demo province on the embedded database, as `npm start` runs it. */
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

  it("serves the portal home with every component site of the demo province", async () => {
    const res = await t.app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    // The component-site list only (the home's news sections above it link elsewhere).
    const list = res.body.slice(res.body.indexOf('id="trang-thanh-phan"'));
    const slugs = [...list.matchAll(/<li><a href="\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(slugs).toContain("so-xay-dung");
    expect(slugs).toContain("so-tu-phap");
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from sites where kind = 'component' and active`.execute(t.services.db);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(35);
    expect(new Set(slugs).size).toBe(rows[0]?.n);
    const site = await t.app.inject({ url: "/so-xay-dung" });
    expect(site.statusCode).toBe(200);
    expect(site.body).toContain("Sở Xây dựng");
  });

  it("signs the system admin in with password and TOTP", async () => {
    const admin = await signInAsAdmin(t.app);
    const home = await admin.get("/admin");
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Quản trị hệ thống");
  });

  it("takes 50 simultaneous unit creations through the admin form, each with its audit row", async () => {
    const admin = await signInAsAdmin(t.app);
    const db = t.services.db;
    const province = await db
      .selectFrom("units")
      .select("id")
      .where("kind", "=", "province")
      .executeTakeFirstOrThrow();
    const before = await sql<{ units: number; audit: number }>`
      select (select count(*)::int from units) as units,
             (select count(*)::int from audit_log where action = 'unit.create') as audit`.execute(db);

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        admin.post("/admin/don-vi", {
          name_vi: `Ban thử nghiệm số ${i + 1}`,
          name_en: `Test board ${i + 1}`,
          kind: "department",
          parent_id: province.id,
          short_code: `BTN${i + 1}`,
          identifier_code: `000.00.${String(50 + i).padStart(2, "0")}.H48`,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(303));

    const after = await sql<{ units: number; audit: number }>`
      select (select count(*)::int from units) as units,
             (select count(*)::int from audit_log where action = 'unit.create') as audit`.execute(db);
    expect(after.rows[0]!.units - before.rows[0]!.units).toBe(50);
    expect(after.rows[0]!.audit - before.rows[0]!.audit).toBe(50);
    const created = await db
      .selectFrom("units")
      .select(["name_vi", "identifier_code"])
      .where("name_vi", "like", "Ban thử nghiệm số %")
      .execute();
    expect(new Set(created.map((u) => u.identifier_code)).size).toBe(50);
    // Readable through the app too.
    const list = await admin.get("/admin/don-vi?q=thử+nghiệm");
    expect(list.statusCode).toBe(200);
    for (const n of [1, 25, 50]) expect(list.body).toContain(`Ban thử nghiệm số ${n}`);
  });
});
