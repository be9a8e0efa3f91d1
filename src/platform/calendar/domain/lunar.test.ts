import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, formatViDate } from "./civil-date.js";
import { lunarOf, solarOf, tetOf } from "./lunar.js";

describe("Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm)", () => {
  it("gives the Tết dates Vietnam kept, including years where China's differs", () => {
    const known: [number, string][] = [
      [1968, "29/01/1968"], // North Vietnam, first year at UTC+7 (the South kept 30/01)
      [1985, "21/01/1985"], // China: 20/02/1985
      [2007, "17/02/2007"], // China: 18/02/2007
      [2023, "22/01/2023"],
      [2024, "10/02/2024"],
      [2025, "29/01/2025"],
      [2026, "17/02/2026"],
    ];
    for (const [year, expected] of known) expect(formatViDate(tetOf(year))).toBe(expected);
  });

  it("reads lunar dates, with the leap month of 2023", () => {
    expect(lunarOf(dayOf(2026, 2, 16))).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(lunarOf(dayOf(2023, 3, 22))).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarOf(dayOf(2023, 2, 20))).toEqual({ day: 1, month: 2, year: 2023, leap: false });
    expect(solarOf({ day: 1, month: 2, year: 2023, leap: true })).toBe(dayOf(2023, 3, 22));
    expect(solarOf({ day: 1, month: 5, year: 2023, leap: true })).toBeNull();
  });

  it("puts Tết between 21/01 and 20/02 and on lunar 1/1, every year 1900–2199", () => {
    for (let year = 1900; year <= 2199; year++) {
      const tet = tetOf(year);
      expect(tet).toBeGreaterThanOrEqual(dayOf(year, 1, 21));
      expect(tet).toBeLessThanOrEqual(dayOf(year, 2, 20));
      expect(lunarOf(tet)).toEqual({ day: 1, month: 1, year, leap: false });
      expect(lunarOf(tet - 1).month).toBe(12);
    }
  });

  it("converts back and forth without loss", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1900, 3, 1), max: dayOf(2199, 10, 31) }), (day) => {
        expect(solarOf(lunarOf(day))).toBe(day);
      }),
    );
  });
});
