import { describe, expect, it } from "vitest";
import { formatVnd } from "./money.js";

describe("formatVnd", () => {
  it("groups thousands with dots and writes đ by default", () => {
    expect(formatVnd(1_250_000)).toBe("1.250.000 đ");
    expect(formatVnd(0)).toBe("0 đ");
    expect(formatVnd(999)).toBe("999 đ");
  });

  it("spells out đồng when asked", () => {
    expect(formatVnd(200_000, { unit: "đồng" })).toBe("200.000 đồng");
  });

  it("rounds to whole đồng", () => {
    expect(formatVnd(1234.6)).toBe("1.235 đ");
  });
});
