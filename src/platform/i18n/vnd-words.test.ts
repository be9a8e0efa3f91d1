import { describe, expect, it } from "vitest";
import { vndInWords } from "./vnd-words.js";

describe("vndInWords", () => {
  it.each([
    [0, "Không đồng"],
    [5, "Năm đồng"],
    [10, "Mười đồng"],
    [15, "Mười lăm đồng"],
    [14, "Mười bốn đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [25, "Hai mươi lăm đồng"],
    [11, "Mười một đồng"],
    [105, "Một trăm linh năm đồng"],
    [110, "Một trăm mười đồng"],
    [2000, "Hai nghìn đồng"],
    [50_000, "Năm mươi nghìn đồng"],
    [1_250_000, "Một triệu hai trăm năm mươi nghìn đồng"],
    [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
    [1_000_500, "Một triệu năm trăm đồng"],
    [2_000_000_000, "Hai tỷ đồng"],
    [1_250_000_000, "Một tỷ hai trăm năm mươi triệu đồng"],
    [3_000_021_000, "Ba tỷ không trăm hai mươi mốt nghìn đồng"],
    [1_000_000_000_000, "Một nghìn tỷ đồng"],
  ])("%d → %s", (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it("refuses fractions and negatives", () => {
    expect(() => vndInWords(-1)).toThrow(RangeError);
    expect(() => vndInWords(1.5)).toThrow(RangeError);
  });
});

// The royalty sheet's cases (the sheet and the receipts share this function).
describe("amount in words (royalty sheet)", () => {
  it("reads amounts as Vietnamese accounting documents do", () => {
    expect(vndInWords(0)).toBe("Không đồng");
    expect(vndInWords(15)).toBe("Mười lăm đồng");
    expect(vndInWords(21)).toBe("Hai mươi mốt đồng");
    expect(vndInWords(105)).toBe("Một trăm linh năm đồng");
    expect(vndInWords(1_080_000)).toBe("Một triệu không trăm tám mươi nghìn đồng");
    expect(vndInWords(2_000_500)).toBe("Hai triệu năm trăm đồng");
    expect(vndInWords(1_000_050)).toBe("Một triệu không trăm năm mươi đồng");
    expect(vndInWords(3_250_000_000)).toBe("Ba tỷ hai trăm năm mươi triệu đồng");
    expect(vndInWords(10_014)).toBe("Mười nghìn không trăm mười bốn đồng");
  });

  it("refuses what is not an amount", () => {
    expect(() => vndInWords(-1)).toThrow(RangeError);
    expect(() => vndInWords(1.5)).toThrow(RangeError);
  });
});
