import { describe, expect, it } from "vitest";
import { buildAppendix, type SiteCount } from "./appendix.js";

const collator = new Intl.Collator("vi");
const site = (siteId: string, over: Partial<SiteCount>): SiteCount => ({
  siteId,
  siteKind: "component",
  unitKind: "department",
  name: siteId,
  count: 0,
  ...over,
});

describe("buildAppendix (seed 003's table)", () => {
  const table = buildAppendix(
    [
      site("main", { siteKind: "main", unitKind: "province", name: "UBND tỉnh", count: 20 }),
      site("en", { siteKind: "english", unitKind: "province", name: "UBND tỉnh", count: 5 }),
      site("sxd", { name: "Sở Xây dựng", count: 30 }),
      site("syt", { name: "Sở Y tế", count: 0 }),
      site("bdt", { name: "Ban Dân tộc", count: 7, unitKind: "office" }),
      site("sct", { name: "Sở Công thương", count: 7 }),
      site("bato", { name: "Ba Tơ", unitKind: "district", count: 9 }),
      site("ducpho", { name: "Đức Phổ", unitKind: "district", count: 12 }),
    ],
    collator,
  );

  it("puts the main portal and the English site together on the first row, then by count, ties by name", () => {
    const [agencies, districts] = table.groups;
    expect(agencies?.numeral).toBe("I");
    expect(agencies?.rows.map((r) => [r.name, r.count])).toEqual([
      ["UBND tỉnh", 25],
      ["Sở Xây dựng", 30],
      ["Ban Dân tộc", 7],
      ["Sở Công thương", 7],
      ["Sở Y tế", 0],
    ]);
    expect(agencies?.rows[0]?.portal).toBe(true);
    expect(agencies?.rows[0]?.siteIds).toEqual(["main", "en"]);
    expect(districts?.numeral).toBe("II");
    expect(districts?.rows.map((r) => r.name)).toEqual(["Đức Phổ", "Ba Tơ"]);
  });

  it("adds up: the total is the sum of every row, and no communes group without commune sites", () => {
    expect(table.groups).toHaveLength(2);
    expect(table.total).toBe(25 + 30 + 7 + 7 + 0 + 12 + 9);
    expect(table.groups.reduce((s, g) => s + g.subtotal, 0)).toBe(table.total);
  });

  it("adds a third group for commune sites", () => {
    const t = buildAppendix([site("x", { unitKind: "commune", name: "Xã Tịnh Khê", count: 2 })], collator);
    expect(t.groups.map((g) => [g.numeral, g.key])).toEqual([
      ["I", "agencies"],
      ["II", "districts"],
      ["III", "communes"],
    ]);
  });
});
