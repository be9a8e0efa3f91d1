import { describe, expect, it } from "vitest";
import {
  findBannedWords,
  foldForMatch,
  MAX_WORD_LENGTH,
  MAX_WORDS,
  parseBannedList,
} from "./banned-words.js";

const LIST = ["lừa đảo", "đồ ngu", "cá độ"];

describe("findBannedWords", () => {
  it("matches whatever the case and diacritics the reader typed", () => {
    expect(findBannedWords("Đây là trò LỪA ĐẢO!", LIST)).toEqual(["lừa đảo"]);
    expect(findBannedWords("toan lua dao nguoi dan", LIST)).toEqual(["lừa đảo"]);
    expect(findBannedWords("Lừa   đảo, rõ ràng", LIST)).toEqual(["lừa đảo"]);
    expect(findBannedWords("DO NGU", LIST)).toEqual(["đồ ngu"]);
  });

  it("matches text typed in decomposed form (NFD) as well as NFC", () => {
    expect(findBannedWords("trò lừa đảo".normalize("NFD"), LIST)).toEqual(["lừa đảo"]);
  });

  it("matches whole words only, and every phrase word in order", () => {
    expect(findBannedWords("lừa đảoo", LIST)).toEqual([]);
    expect(findBannedWords("đảo lừa", LIST)).toEqual([]);
    expect(findBannedWords("cá độc", LIST)).toEqual([]);
    expect(findBannedWords("bùa đảo", LIST)).toEqual([]);
  });

  it("lists each matched entry once, in list order", () => {
    expect(findBannedWords("cá độ và lừa đảo, lại lừa đảo", LIST)).toEqual(["lừa đảo", "cá độ"]);
  });

  it("ignores blank entries and finds nothing in clean text", () => {
    expect(findBannedWords("Cảm ơn ban biên tập.", ["", "  ", ...LIST])).toEqual([]);
  });

  it("folds đ to d and drops tone marks", () => {
    expect(foldForMatch("Đường Quảng Ngãi")).toBe("duong quang ngai");
  });
});

describe("parseBannedList", () => {
  it("keeps one entry per line, NFC, collapsed spaces, first spelling of duplicates", () => {
    const r = parseBannedList(`lừa   đảo\n\nLUA DAO\n${"cá độ".normalize("NFD")}\r\n`);
    expect(r).toEqual({ ok: true, words: ["lừa đảo", "cá độ"] });
    if (r.ok) expect(r.words[1]).toBe("cá độ".normalize("NFC"));
  });

  it("refuses too long an entry and too many entries", () => {
    expect(parseBannedList("x".repeat(MAX_WORD_LENGTH + 1))).toMatchObject({ ok: false, problem: "tooLong" });
    const many = Array.from({ length: MAX_WORDS + 1 }, (_, i) => `từ ${i}`).join("\n");
    expect(parseBannedList(many)).toMatchObject({ ok: false, problem: "tooMany", count: MAX_WORDS + 1 });
  });
});
