import { describe, expect, it } from "vitest";
import { formatQuestionCode, looksLikeQuestionCode, questionCounterKey } from "./question-code.js";

describe("question codes", () => {
  it("number each kind's Vietnamese day", () => {
    // 17:00 UTC is already the next day in Vietnam.
    expect(questionCounterKey("citizen", new Date("2026-11-27T16:59:59Z"))).toEqual({
      prefix: "HD",
      day: "2026-11-27",
    });
    expect(questionCounterKey("business", new Date("2026-11-27T17:00:00Z"))).toEqual({
      prefix: "DN",
      day: "2026-11-28",
    });
    expect(questionCounterKey("feedback", new Date("2026-12-31T18:00:00Z")).day).toBe("2027-01-01");
  });

  it("read prefix-yymmdd-NNNN", () => {
    expect(formatQuestionCode("HD", "2026-03-05", 7)).toBe("HD-260305-0007");
    expect(formatQuestionCode("PA", "2026-12-31", 12345)).toBe("PA-261231-12345");
    expect(() => formatQuestionCode("HD", "2026-03-05", 0)).toThrow(RangeError);
  });

  it("recognise codes in links", () => {
    expect(looksLikeQuestionCode("DN-260305-0001")).toBe(true);
    expect(looksLikeQuestionCode("dn-260305-0001")).toBe(false);
    expect(looksLikeQuestionCode("XX-260305-0001")).toBe(false);
    expect(looksLikeQuestionCode("HD-2603-0001")).toBe(false);
  });
});
