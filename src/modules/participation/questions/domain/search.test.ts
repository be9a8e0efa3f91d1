import { describe, expect, it } from "vitest";
import { containsPattern, foldQuestionText, queryWords, questionSearchText } from "./search.js";

describe("question search", () => {
  it("folds Vietnamese text, composed or decomposed", () => {
    expect(foldQuestionText("Đất đai ở  Quảng Ngãi")).toBe("dat dai o quang ngai");
    expect(foldQuestionText("Quảng Ngãi".normalize("NFD"))).toBe("quang ngai");
  });

  it("indexes title, body and the answer", () => {
    expect(questionSearchText({ title: "Thuế", body: "Hỏi về thuế", answer: null })).toBe("thue hoi ve thue");
    expect(questionSearchText({ title: "A", body: "B", answer: "Trả lời" })).toBe("a b tra loi");
  });

  it("splits queries into at most 8 folded words", () => {
    expect(queryWords("  Quảng   ngai ")).toEqual(["quang", "ngai"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
    expect(queryWords("")).toEqual([]);
  });

  it("escapes LIKE wildcards", () => {
    expect(containsPattern("50%_a\\")).toBe("%50\\%\\_a\\\\%");
  });
});
