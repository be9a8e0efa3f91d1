import { describe, expect, it } from "vitest";
import { etagMatches, parseRange } from "./byte-range.js";

describe("byte ranges", () => {
  it("reads the three forms of a single range", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ kind: "partial", start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ kind: "partial", start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ kind: "partial", start: 900, end: 999 });
    expect(parseRange("bytes=-5000", 1000)).toEqual({ kind: "partial", start: 0, end: 999 });
    expect(parseRange("bytes=990-5000", 1000)).toEqual({ kind: "partial", start: 990, end: 999 });
  });

  it("answers the whole file without a range, or for forms it does not serve", () => {
    expect(parseRange(undefined, 1000)).toEqual({ kind: "whole" });
    expect(parseRange("bytes=0-1,5-9", 1000)).toEqual({ kind: "whole" });
    expect(parseRange("items=0-9", 1000)).toEqual({ kind: "whole" });
    expect(parseRange("bytes=-", 1000)).toEqual({ kind: "whole" });
  });

  it("refuses ranges outside the file", () => {
    expect(parseRange("bytes=1000-", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=50-10", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=99999999999999999999-", 1000)).toEqual({ kind: "unsatisfiable" });
  });

  it("matches entity tags as If-None-Match lists them", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc", "def"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});
