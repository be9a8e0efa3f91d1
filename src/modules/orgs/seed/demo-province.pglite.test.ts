import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { listUnits } from "../unit-store.js";
import { demoUnitId } from "./demo-province.js";

/** The demo province on the embedded database (`npm start` with nothing else installed). */
describe("demo province on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", fresh: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("seeds the units and serves the portal home listing them", async () => {
    const units = await t.services.db.selectFrom("units").select(["id", "kind"]).execute();
    expect(units.filter((u) => u.kind === "department")).toHaveLength(20);
    expect(units.filter((u) => u.kind === "district")).toHaveLength(14);
    const home = await t.app.inject({ url: "/" });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<a href="/so-xay-dung">Sở Xây dựng</a>');
    expect((await t.app.inject({ url: "/en" })).body).toContain("eng@quangngai.gov.vn");
  });

  it("searches units without diacritics through the trigram expression", async () => {
    const found = await listUnits(t.services.db, { q: "so xay dung" });
    expect(found.map((u) => u.id)).toEqual([demoUnitId("SXD")]);
    const districts = await listUnits(t.services.db, { q: "duc pho" });
    expect(districts.map((u) => u.name_vi)).toEqual(["Huyện Đức Phổ"]);
  });
});
