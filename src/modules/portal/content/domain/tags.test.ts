import { describe, expect, it } from "vitest";
import { parseTags, tagsProblem } from "./tags.js";

describe("tags", () => {
  it("normalises, deduplicates and keeps the first order", () => {
    expect(parseTags("Quy hoạch, XÂY DỰNG ,quy   hoạch,, #Đô thị")).toEqual([
      "quy hoạch",
      "xây dựng",
      "đô thị",
    ]);
    expect(parseTags("")).toEqual([]);
  });

  it("bounds the number and length", () => {
    expect(tagsProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))).toBe("tooMany");
    expect(tagsProblem(["a".repeat(51)])).toBe("tooLong");
    expect(tagsProblem(["a"])).toBeNull();
  });
});
