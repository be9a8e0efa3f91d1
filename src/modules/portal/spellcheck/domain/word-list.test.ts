import { describe, expect, it } from "vitest";
import { parseWordList, WORD_LIST_LIMITS } from "./word-list.js";

describe("parseWordList", () => {
  it("keeps one entry per line, NFC, trimmed, without blanks or repeats", () => {
    const text = ` Dung   Quất \r\n\nLý Sơn\n${"UBND"}\nLý Sơn\n${"Hrê".normalize("NFD")}\n`;
    expect(parseWordList(text)).toEqual({ ok: true, words: ["Dung Quất", "Lý Sơn", "UBND", "Hrê"] });
  });

  it("reports lines without a letter and too long entries, with their line numbers", () => {
    const result = parseWordList(`Lý Sơn\n12345\n${"a".repeat(WORD_LIST_LIMITS.entryLength + 1)}`);
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: "noLetter", line: 2, entry: "12345" },
        { kind: "tooLong", line: 3, max: WORD_LIST_LIMITS.entryLength },
      ],
    });
  });

  it("refuses a list longer than the limit", () => {
    const text = Array.from(
      { length: WORD_LIST_LIMITS.entries + 1 },
      (_, i) => `từ${"a".repeat(i % 50)}${i}x`,
    ).join("\n");
    const result = parseWordList(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.kind).toBe("tooMany");
  });
});
