import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { signInAsAdmin } from "../../../../test/support/staff-session.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { SERVICES_PATHS } from "../paths.js";
import { seedDemoDossiers } from "../seed/demo-dossiers.js";
import { ensureTestProcedures } from "../seed/test-procedures.js";
import { computeStats, type StatsGroupBy } from "./domain/dossier-stats.js";
import { presetPeriod } from "./domain/period.js";
import { statsByGroup, statsDossiers } from "./store.js";

/** The statistics' SQL (Vietnamese days via `at time zone`, `count(*) filter`) on the embedded database. */
describe("dossier statistics on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite" });
    await ensureTestProcedures(t.services.db);
    await seedDemoDossiers(t.services);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("agrees with the domain rules and serves the page and the XLSX", async () => {
    const db = t.services.db;
    const rows = await statsDossiers(db, "all");
    expect(rows.length).toBeGreaterThan(1000);
    const today = vnDay(new Date());
    for (const period of [presetPeriod("year", today), presetPeriod("lastYear", today)]) {
      for (const by of ["unit", "field"] as StatsGroupBy[]) {
        const sqlGroups = await statsByGroup(db, period, by, "all");
        expect(Object.fromEntries(sqlGroups)).toEqual(
          Object.fromEntries(computeStats(rows, period, by).groups),
        );
      }
    }
    const admin = await signInAsAdmin(t.app);
    const page = await admin.get(`${SERVICES_PATHS.statistics}?preset=lastYear`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Tổng cộng");
    const xlsx = await admin.get(`${SERVICES_PATHS.statisticsXlsx}?preset=lastYear`);
    expect(xlsx.statusCode).toBe(200);
  });
});
