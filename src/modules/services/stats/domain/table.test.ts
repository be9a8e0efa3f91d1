import { describe, expect, it } from "vitest";
import { emptyCounts } from "./dossier-stats.js";
import { buildStatsTable, unitsWithDescendants } from "./table.js";

const collator = new Intl.Collator("vi");

describe("statistics table (seed 003 appendix)", () => {
  it("lists every unit in its group, 0 for the silent, busiest first, a total that adds up", () => {
    const units = [
      { id: "vp", kind: "office" as const, name: "Văn phòng UBND tỉnh" },
      { id: "stp", kind: "department" as const, name: "Sở Tư pháp" },
      { id: "syt", kind: "department" as const, name: "Sở Y tế" },
      { id: "bato", kind: "district" as const, name: "UBND huyện Ba Tơ" },
    ];
    const counts = new Map([
      ["stp", { ...emptyCounts(), new: 5, resolvedOnTime: 3, inProgressWithin: 2 }],
      ["bato", { ...emptyCounts(), carried: 1, resolvedLate: 1 }],
    ]);
    const table = buildStatsTable("unit", counts, { units, procedures: new Map() }, collator);
    expect(table.sections.map((s) => [s.numeral, s.key, s.rows.map((r) => r.name)])).toEqual([
      ["I", "agencies", ["Sở Tư pháp", "Sở Y tế", "Văn phòng UBND tỉnh"]],
      ["II", "districts", ["UBND huyện Ba Tơ"]],
    ]);
    expect(table.sections[0]?.rows[1]?.counts).toEqual(emptyCounts());
    expect(table.total.new).toBe(5);
    expect(table.total.carried).toBe(1);
    expect(table.total.resolvedLate).toBe(1);
  });

  it("lists procedures with dossiers by name, fields by key", () => {
    const counts = new Map([["p1", { ...emptyCounts(), new: 1 }]]);
    const table = buildStatsTable(
      "procedure",
      counts,
      { units: [], procedures: new Map([["p1", "Đăng ký khai sinh"]]) },
      collator,
    );
    expect(table.sections[0]?.rows[0]?.name).toBe("Đăng ký khai sinh");
  });

  it("finds the units below a unit", () => {
    const units = [
      { id: "d", parentId: "p" },
      { id: "c1", parentId: "d" },
      { id: "c2", parentId: "d" },
      { id: "x", parentId: "p" },
    ];
    expect(unitsWithDescendants(["d"], units).sort()).toEqual(["c1", "c2", "d"]);
  });
});
