import { describe, expect, it } from "vitest";
import { formatVnDateTime, parseVnDateTime } from "./vn-datetime.js";

describe("dates typed as dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh", () => {
  it("parses to the UTC instant (UTC+7)", () => {
    expect(parseVnDateTime("25/03/2026 08:30")).toEqual({
      ok: true,
      value: new Date("2026-03-25T01:30:00Z"),
    });
    expect(parseVnDateTime("1/1/2026 0:05")).toEqual({ ok: true, value: new Date("2025-12-31T17:05:00Z") });
    expect(parseVnDateTime("01/02/2026")).toEqual({ ok: true, value: new Date("2026-01-31T17:00:00Z") });
    expect(parseVnDateTime("25/03/2026 08:30:15")).toEqual({
      ok: true,
      value: new Date("2026-03-25T01:30:15Z"),
    });
    expect(parseVnDateTime("  ")).toEqual({ ok: true, value: null });
  });

  it("refuses days and times that do not exist", () => {
    for (const bad of ["31/02/2026 08:00", "25/13/2026", "25/03/2026 24:00", "2026-03-25", "25/03/26", "x"]) {
      expect(parseVnDateTime(bad).ok, bad).toBe(false);
    }
  });

  it("formats back the same way", () => {
    expect(formatVnDateTime(new Date("2026-03-25T01:30:00Z"))).toBe("25/03/2026 08:30");
    expect(formatVnDateTime(new Date("2026-03-25T01:30:15Z"))).toBe("25/03/2026 08:30:15");
    expect(formatVnDateTime(null)).toBe("");
  });
});
