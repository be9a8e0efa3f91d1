import { describe, expect, it } from "vitest";
import { parseAssessment } from "./assessment-input.js";

const classes = [
  { code: "TIN", name: "Tin", minPoints: 1, maxPoints: 10, active: true },
  { code: "CU", name: "Loại cũ", minPoints: 1, maxPoints: 10, active: false },
];

describe("assessment input", () => {
  it("accepts a class in use and points inside its range", () => {
    const r = parseAssessment({ classCode: "TIN", points: "10" }, classes);
    expect(r.ok && r.value).toEqual({ classCode: "TIN", points: 10 });
  });

  it("refuses points outside the range with the range in the message parameters", () => {
    const r = parseAssessment({ classCode: "TIN", points: "11" }, classes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([
        {
          field: "points",
          key: "portalRoyalties.error.pointsOutOfRange",
          params: { name: "Tin", min: 1, max: 10, points: 11 },
        },
      ]);
    }
  });

  it("refuses a retired or unknown class, missing and fractional points, all at once", () => {
    const r = parseAssessment({ classCode: "CU", points: "2,5" }, classes);
    expect(r.ok ? [] : r.problems.map((p) => p.key)).toEqual([
      "portalRoyalties.error.classUnknown",
      "portalRoyalties.error.pointsNotWhole",
    ]);
    const empty = parseAssessment({ classCode: "", points: "" }, classes);
    expect(empty.ok ? [] : empty.problems.map((p) => p.key)).toEqual([
      "portalRoyalties.error.classRequired",
      "portalRoyalties.error.pointsRequired",
    ]);
  });
});
