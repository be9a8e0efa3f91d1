import { describe, expect, it } from "vitest";
import { dayOf, formatViDate } from "./civil-date.js";
import { compensations, STATUTORY_HOLIDAY_COUNT, statutoryHolidays } from "./holidays.js";

const show = (days: number[]) => days.map(formatViDate);

describe("statutory holidays", () => {
  it("lists the 11 days of 2026 with Tết 16–20/02 and Quốc khánh 01–02/09", () => {
    expect(show(statutoryHolidays(2026).map((h) => h.day))).toEqual([
      "01/01/2026",
      "16/02/2026",
      "17/02/2026",
      "18/02/2026",
      "19/02/2026",
      "20/02/2026",
      "26/04/2026",
      "30/04/2026",
      "01/05/2026",
      "01/09/2026",
      "02/09/2026",
    ]);
  });

  it("has every year's count of days, one New Year, five Tết in a row, Giỗ Tổ, 30/4, 1/5 and two Quốc khánh", () => {
    for (let year = 1900; year <= 2199; year++) {
      const list = statutoryHolidays(year);
      expect(list).toHaveLength(STATUTORY_HOLIDAY_COUNT);
      const of = (key: string) => list.filter((h) => h.key === key).map((h) => h.day);
      expect(of("new_year")).toEqual([dayOf(year, 1, 1)]);
      const tet = of("tet");
      expect(tet).toHaveLength(5);
      expect(tet[4]! - tet[0]!).toBe(4);
      expect(of("hung_kings")).toHaveLength(1);
      expect(of("reunification")).toEqual([dayOf(year, 4, 30)]);
      expect(of("labour_day")).toEqual([dayOf(year, 5, 1)]);
      const national = of("national_day");
      expect(national).toContain(dayOf(year, 9, 2));
      expect(national).toHaveLength(2);
      expect(Math.abs(national[1]! - national[0]!)).toBe(1);
    }
  });

  it("picks the day next to 2/9 as the government did in 2021–2025", () => {
    const companion = (year: number) =>
      formatViDate(statutoryHolidays(year).filter((h) => h.key === "national_day")[0]!.day);
    // The earlier of the two days: 2021 2–3/9, 2022 1–2/9, 2023 1–2/9, 2024 2–3/9, 2025 1–2/9.
    expect([2021, 2022, 2023, 2024, 2025].map(companion)).toEqual([
      "02/09/2021",
      "01/09/2022",
      "01/09/2023",
      "02/09/2024",
      "01/09/2025",
    ]);
  });
});

describe("compensatory days off", () => {
  it("gives the next working days in 2023 (as the government did: 02/01, 02–03/05, 04/09) and 27/04/2026", () => {
    // 2023: 1/1 a Sunday; Tết 21–25/01 over a weekend; Giỗ Tổ 29/4 and 30/4 on the weekend; 2/9 a Saturday.
    expect(show(compensations(statutoryHolidays(2023)).map((c) => c.day))).toEqual([
      "02/01/2023",
      "26/01/2023",
      "27/01/2023",
      "02/05/2023",
      "03/05/2023",
      "04/09/2023",
    ]);
    expect(show(compensations(statutoryHolidays(2026)).map((c) => c.day))).toEqual(["27/04/2026"]);
  });

  it("pushes Tết's weekend past the end of Tết (2024: Tết 09–13/02, off until 15/02)", () => {
    const comps = compensations(statutoryHolidays(2024)).filter((c) => c.key === "tet");
    expect(show(comps.map((c) => c.day))).toEqual(["14/02/2024", "15/02/2024"]);
    expect(comps.every((c) => c.cause === "weekend")).toBe(true);
  });

  it("gives a day for Giỗ Tổ falling on 30/4 (1947)", () => {
    const comps = compensations(statutoryHolidays(1947));
    expect(comps.filter((c) => c.cause === "overlap").map((c) => formatViDate(c.forDay))).toEqual([
      "30/04/1947",
    ]);
    // 30/04/1947 a Wednesday, 01/05 a Thursday: the next free working day is Friday 02/05.
    expect(comps.some((c) => formatViDate(c.day) === "02/05/1947")).toBe(true);
  });
});
