import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { seedDemoProvince } from "../orgs/seed/demo-province.js";
import { CITIZEN_PATHS } from "../services/paths.js";
import { DEMO_CITIZEN_COUNT, demoCitizenId, seedDemoCitizens } from "./seed.js";
import { CITIZEN_COOKIE } from "./session.js";
import { TestBrowser } from "./test-support.js";

/**
 * The embedded database runs the same sign-in: the advisory lock per destination, `for update`, the consumed OIDC
 * flow's `delete … returning`, and the demo citizens.
 */
describe("citizen accounts on PGlite", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", seed: "none" });
    await seedDemoProvince(t.services.db);
    await seedDemoCitizens(t.services.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("seeds the demo citizens once, with stable ids", async () => {
    await seedDemoCitizens(t.services.db);
    const rows = await t.services.db.selectFrom("citizens").select(["id", "phone"]).execute();
    expect(rows).toHaveLength(DEMO_CITIZEN_COUNT);
    expect(rows.map((r) => r.id)).toContain(demoCitizenId(1));
    for (const r of rows) expect(r.phone).toMatch(/^849\d{8}$/);
  });

  it("signs a demo citizen in by phone and limits codes per destination", async () => {
    const db = t.services.db;
    const citizen = await db
      .selectFrom("citizens")
      .select(["id", "phone"])
      .where("id", "=", demoCitizenId(3))
      .executeTakeFirstOrThrow();
    const local = `0${citizen.phone?.slice(2)}`;
    const b = new TestBrowser(t.app);
    await b.get(CITIZEN_PATHS.signIn);
    expect((await b.post(CITIZEN_PATHS.signIn, { destination: local })).statusCode).toBe(303);
    const job = await db
      .selectFrom("jobs")
      .select("payload")
      .where("queue", "=", "sms")
      .where(sql<boolean>`payload->>'to' = ${citizen.phone}`)
      .executeTakeFirstOrThrow();
    const code = /^(\d{6})/.exec((job.payload as { text: string }).text)?.[1] ?? "";
    await b.get(CITIZEN_PATHS.verify);
    expect((await b.post(CITIZEN_PATHS.verify, { code })).statusCode).toBe(303);
    expect(b.cookies.has(CITIZEN_COOKIE)).toBe(true);
    expect((await b.get(CITIZEN_PATHS.myDossiers)).statusCode).toBe(200);

    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const other = new TestBrowser(t.app, `10.2.0.${i + 1}`);
      await other.get(CITIZEN_PATHS.signIn);
      statuses.push((await other.post(CITIZEN_PATHS.signIn, { destination: local })).statusCode);
    }
    expect(statuses).toEqual([303, 303, 429]);
  });

  it("refuses an OIDC callback when sign-in through the provider is not configured", async () => {
    const res = await new TestBrowser(t.app).get(CITIZEN_PATHS.oidcCallback);
    expect(res.statusCode).toBe(404);
  });
});
