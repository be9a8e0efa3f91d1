import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../test/support/postgres.js";
import { allMigrations } from "../../../migrations.js";
import { openDatabase } from "../../../platform/db/connection.js";
import { migrateToLatest } from "../../../platform/db/migrator.js";
import { demoSiteId, demoUnitId, seedDemoProvince } from "./demo-province.js";

/** Issue 3 item 9: the demo province is deterministic, so two fresh databases hold identical units and sites. */
describe("demo province seed", () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  async function seededRows() {
    const testDb = await createTestDatabase("congso_seed");
    databases.push(testDb);
    const dbh = await openDatabase({ databaseUrl: testDb.url, dataDir: "/nonexistent" });
    try {
      await migrateToLatest(dbh.db, allMigrations);
      await seedDemoProvince(dbh.db);
      const units = await dbh.db.selectFrom("units").selectAll().orderBy("id").execute();
      const sites = await dbh.db.selectFrom("sites").selectAll().orderBy("id").execute();
      return { units, sites };
    } finally {
      await dbh.close();
    }
  }

  it("gives identical rows on two fresh databases, with the expected units and sites", async () => {
    const a = await seededRows();
    const b = await seededRows();
    expect(b.units).toEqual(a.units);
    expect(b.sites).toEqual(a.sites);

    const count = (kind: string) => a.units.filter((u) => u.kind === kind).length;
    expect(count("province")).toBe(1);
    expect(count("office")).toBe(1);
    expect(count("department")).toBe(20);
    expect(count("district")).toBe(14);
    expect(count("commune")).toBeGreaterThanOrEqual(3);

    const province = a.units.find((u) => u.kind === "province");
    expect(province).toMatchObject({
      id: demoUnitId("UBND"),
      name_vi: "Ủy ban nhân dân tỉnh Quảng Ngãi",
      short_code: "UBND",
      identifier_code: "000.00.00.H48",
      parent_id: null,
    });
    for (const u of a.units) {
      expect(u.name_vi).toBe(u.name_vi.normalize("NFC"));
      if (u.kind !== "province") expect(u.parent_id).not.toBeNull();
    }
    const codes = new Set(a.units.map((u) => u.short_code));
    for (const code of ["UBND", "VP", "SXD", "STP", "SKHDT", "STTTT", "BQLKKT", "SGDDT"])
      expect(codes.has(code)).toBe(true);

    const kinds = (k: string) => a.sites.filter((s) => s.kind === k);
    expect(kinds("main")).toHaveLength(1);
    expect(kinds("main")[0]).toMatchObject({ slug: "", name_vi: "Cổng thông tin điện tử tỉnh Quảng Ngãi" });
    expect(kinds("english")[0]).toMatchObject({
      id: demoSiteId("en"),
      slug: "en",
      lang: "en",
      theme: { contactEmail: "eng@quangngai.gov.vn" },
    });
    // A component site for the office, each department/board, each district, and some communes.
    const withSite = new Set(kinds("component").map((s) => s.unit_id));
    for (const u of a.units.filter(
      (x) => x.kind === "office" || x.kind === "department" || x.kind === "district",
    )) {
      expect(withSite.has(u.id), u.name_vi).toBe(true);
    }
    expect(a.units.filter((u) => u.kind === "commune" && withSite.has(u.id)).length).toBeGreaterThanOrEqual(
      1,
    );
    for (const s of a.sites) expect(s.menu.length, s.slug).toBeGreaterThan(0);
  });
});
