import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  it("starts with a BOM, quotes commas and quotes, and defuses formulas", () => {
    expect(
      toCsv(
        ["Cán bộ", "Số ngày"],
        [
          ['Phạm, Minh "Quân"', 3],
          ["=1+1", -2],
        ],
      ),
    ).toBe('\uFEFFCán bộ,Số ngày\r\n"Phạm, Minh ""Quân""",3\r\n\'=1+1,-2\r\n');
  });
});
