import { describe, expect, it } from "vitest";
import { addDays, daysBetween, parseViDate, viDate, vnDay, vnDayStart } from "./vn-day.js";

describe("vnDay (Asia/Ho_Chi_Minh, UTC+7)", () => {
  it("puts an instant in the Vietnamese day, across midnight", () => {
    expect(vnDay(new Date("2026-03-04T16:59:59.999Z"))).toBe("2026-03-04");
    expect(vnDay(new Date("2026-03-04T17:00:00.000Z"))).toBe("2026-03-05");
    expect(vnDay(new Date("2026-03-05T00:30:00.000Z"))).toBe("2026-03-05");
  });

  it("crosses month and year ends and 29 February", () => {
    expect(vnDay(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
    expect(vnDay(new Date("2028-02-28T17:00:00Z"))).toBe("2028-02-29");
  });

  it("gives the instant a day starts, and the day after", () => {
    expect(vnDayStart("2026-03-05").toISOString()).toBe("2026-03-04T17:00:00.000Z");
    expect(vnDayStart("2026-03-05", 1).toISOString()).toBe("2026-03-05T17:00:00.000Z");
    expect(vnDay(vnDayStart("2026-03-05"))).toBe("2026-03-05");
  });
});

describe("day arithmetic and dd/mm/yyyy", () => {
  it("adds days and lists a period", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
    expect(daysBetween("2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("reads real dates only", () => {
    expect(parseViDate("5/3/2026")).toBe("2026-03-05");
    expect(parseViDate(" 29/02/2028 ")).toBe("2028-02-29");
    expect(parseViDate("29/02/2026")).toBeNull();
    expect(parseViDate("2026-03-05")).toBeNull();
    expect(parseViDate("32/01/2026")).toBeNull();
    expect(viDate("2026-03-05")).toBe("05/03/2026");
  });
});
