import { describe, expect, it } from "vitest";
import { checkPoints, formatVnd, parseVnd, pointValueOn, royaltyAmount, suggestAssessment } from "./rates.js";

describe("rate table", () => {
  const history = [
    { effectiveFrom: "2026-11-01", valueVnd: 100_000 },
    { effectiveFrom: "2024-01-01", valueVnd: 80_000 },
  ];

  it("finds the point value in force on a day, the new one from its first day", () => {
    expect(pointValueOn(history, "2026-10-31")?.valueVnd).toBe(80_000);
    expect(pointValueOn(history, "2026-11-01")?.valueVnd).toBe(100_000);
    expect(pointValueOn(history, "2023-12-31")).toBeNull();
  });

  it("multiplies points by the value in integer VND", () => {
    expect(royaltyAmount(7, 85_000)).toBe(595_000);
    expect(royaltyAmount(7, null)).toBeNull();
    expect(() => royaltyAmount(2 ** 40, 2 ** 20)).toThrow(RangeError);
  });

  it("checks points against the class range, both ends included", () => {
    const range = { minPoints: 5, maxPoints: 25 };
    expect(checkPoints(range, 5)).toBe("ok");
    expect(checkPoints(range, 25)).toBe("ok");
    expect(checkPoints(range, 4)).toBe("belowMin");
    expect(checkPoints(range, 26)).toBe("aboveMax");
  });

  it("reads VND with Vietnamese grouping and formats it back", () => {
    expect(parseVnd("100.000")).toBe(100_000);
    expect(parseVnd("1 250 000 đ")).toBe(1_250_000);
    expect(parseVnd("95000")).toBe(95_000);
    expect(parseVnd("100,5")).toBeNull();
    expect(parseVnd("10.00")).toBeNull();
    expect(formatVnd(1_234_567)).toBe("1.234.567 đ");
  });

  it("suggests the class marked for the kind, else the first active one", () => {
    const classes = [
      { code: "OLD", minPoints: 1, maxPoints: 3, suggestFor: ["article" as const], active: false },
      { code: "BV", minPoints: 5, maxPoints: 25, suggestFor: [], active: true },
      { code: "TIN", minPoints: 2, maxPoints: 10, suggestFor: ["article" as const], active: true },
    ];
    expect(suggestAssessment("article", classes)).toEqual({ classCode: "TIN", points: 2 });
    expect(suggestAssessment("announcement", classes)).toEqual({ classCode: "BV", points: 5 });
    expect(suggestAssessment("article", [])).toBeNull();
  });
});
