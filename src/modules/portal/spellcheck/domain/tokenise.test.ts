import { describe, expect, it } from "vitest";
import { isAllCaps, normaliseText, tokenise } from "./tokenise.js";

const words = (text: string) => tokenise(normaliseText(text)).map((t) => t.text);

describe("tokenise", () => {
  it("splits Vietnamese into syllables, keeping diacritics in NFC", () => {
    const decomposed = "Quyết định".normalize("NFD");
    const out = words(`${decomposed} về việc phê duyệt.`);
    expect(out).toEqual(["Quyết", "định", "về", "việc", "phê", "duyệt"]);
    for (const w of out) expect(w).toBe(w.normalize("NFC"));
  });

  it("gives offsets into the NFC text", () => {
    const text = normaliseText("Tỉnh Quảng Ngãi, năm nay");
    for (const t of tokenise(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("skips numbers, dates, document symbols and anything else with a digit", () => {
    expect(
      words("Báo cáo số 69/BC-VP ngày 05/03/2026 theo Quyết định 1234/QĐ-UBND, tăng 7,5% so với Covid-19"),
    ).toEqual(["Báo", "cáo", "số", "ngày", "theo", "Quyết", "định", "tăng", "so", "với"]);
  });

  it("skips web addresses, e-mail addresses and domain names", () => {
    expect(
      words(
        "Xem https://quangngai.gov.vn/tin-tuc hoặc www.example.vn, gửi thư tới vanthu@quangngai.gov.vn (quangngai.gov.vn).",
      ),
    ).toEqual(["Xem", "hoặc", "gửi", "thư", "tới"]);
  });

  it("skips Roman numerals but not ordinary capitals", () => {
    expect(words("Quý III, Chương IV, khóa XIV; UBND tỉnh")).toEqual([
      "Quý",
      "Chương",
      "khóa",
      "UBND",
      "tỉnh",
    ]);
  });

  it("splits hyphenated transliterations and punctuation", () => {
    expect(words("Ô-xtrây-li-a; “kinh tế – xã hội”")).toEqual([
      "Ô",
      "xtrây",
      "li",
      "a",
      "kinh",
      "tế",
      "xã",
      "hội",
    ]);
  });

  it("recognises acronyms written in capitals", () => {
    expect(isAllCaps("HĐND")).toBe(true);
    expect(isAllCaps("Hđnd")).toBe(false);
    expect(isAllCaps("A")).toBe(false);
  });
});
