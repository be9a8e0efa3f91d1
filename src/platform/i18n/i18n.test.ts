import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, t, viCollator } from "./index.js";

describe("t", () => {
  it("fills parameters and falls back to Vietnamese then to the key", () => {
    expect(t("vi", "errors.rateLimited", { seconds: 30 })).toBe(
      "Bạn thao tác quá nhanh. Vui lòng thử lại sau 30 giây.",
    );
    expect(t("en", "errors.rateLimited", { seconds: 30 })).toBe(
      "Too many requests. Please try again in 30 seconds.",
    );
    expect(t("en", "no.such.key")).toBe("no.such.key");
  });
});

describe("dates", () => {
  it("formats as dd/mm/yyyy in Vietnam's time zone", () => {
    expect(formatDate("2026-03-05")).toBe("05/03/2026");
    // 20:00 UTC on 31/12 is already 1 January in Vietnam (UTC+7).
    expect(formatDate(new Date("2025-12-31T20:00:00Z"))).toBe("01/01/2026");
    expect(formatDateTime(new Date("2025-12-31T20:05:00Z"))).toBe("01/01/2026 03:05");
    expect(formatDate(null)).toBe("");
  });
});

describe("viCollator", () => {
  it("sorts names in Vietnamese order", () => {
    const names = ["Đức Phổ", "Ba Tơ", "Bình Sơn", "Ân Phong", "An Hải", "Duy Xuyên"];
    expect([...names].sort(viCollator.compare)).toEqual([
      "An Hải",
      "Ân Phong",
      "Ba Tơ",
      "Bình Sơn",
      "Duy Xuyên",
      "Đức Phổ",
    ]);
  });
});
