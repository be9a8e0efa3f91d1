import { describe, expect, it } from "vitest";
import { vndInWords } from "./vnd-words.js";

describe("amount in words", () => {
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
