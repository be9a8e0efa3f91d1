import { describe, expect, it } from "vitest";
import { buildSheet, decisionsFor, type SheetSource } from "./sheet.js";

const item = (id: string, at: string, points: number | null): SheetSource => ({
  contentId: id,
  title: `Bài ${id}`,
  kind: "article",
  publishedAt: new Date(at),
  author: "Nguyễn Văn An",
  withdrawn: false,
  assessment:
    points === null ? null : { classCode: "TIN", className: "Tin", points, beneficiary: "Trần Thị Bình" },
});

describe("monthly sheet", () => {
  const history = [
    { effectiveFrom: "2026-01-01", valueVnd: 80_000 },
    { effectiveFrom: "2026-11-15", valueVnd: 100_000 },
  ];

  it("prices each item with the value of its own publication day and totals the month", () => {
    const sheet = buildSheet(
      [
        item("b", "2026-11-20T02:00:00Z", 3),
        item("a", "2026-11-14T16:59:00Z", 5), // 23:59 on 14/11 in Vietnam: the old value
        item("c", "2026-11-14T17:00:00Z", 2), // 00:00 on 15/11: the new value
        item("d", "2026-11-21T02:00:00Z", null),
      ],
      history,
    );
    expect(sheet.lines.map((l) => [l.no, l.contentId, l.pointValueVnd, l.amountVnd])).toEqual([
      [1, "a", 80_000, 400_000],
      [2, "c", 100_000, 200_000],
      [3, "b", 100_000, 300_000],
      [4, "d", null, null],
    ]);
    expect(sheet.totalPoints).toBe(10);
    expect(sheet.totalVnd).toBe(900_000);
    expect(sheet.unassessed).toBe(1);
    expect(sheet.lines[3]?.beneficiary).toBe("Nguyễn Văn An");
  });

  it("counts assessed items priced before any value was set", () => {
    const sheet = buildSheet([item("a", "2025-06-01T02:00:00Z", 4)], history);
    expect(sheet.lines[0]?.amountVnd).toBeNull();
    expect(sheet.withoutValue).toBe(1);
    expect(sheet.totalVnd).toBe(0);
  });
});

describe("legal basis of a sheet", () => {
  const history = [
    { effectiveFrom: "2026-01-01", valueVnd: 80_000, provinceDecision: "QĐ A" },
    { effectiveFrom: "2026-11-15", valueVnd: 100_000, provinceDecision: "QĐ B" },
  ];
  it("names the decisions of the values used, or the one in force at the month's end", () => {
    const both = buildSheet(
      [item("a", "2026-11-02T02:00:00Z", 3), item("b", "2026-11-20T02:00:00Z", 3)],
      history,
    );
    expect(decisionsFor(both, history, "2026-11-30")).toEqual(["QĐ A", "QĐ B"]);
    expect(decisionsFor(buildSheet([], history), history, "2026-10-31")).toEqual(["QĐ A"]);
  });
});
