import { describe, expect, it } from "vitest";
import { exactNeedles, parseSearchQuery, QUERY_MAX_LENGTH, termWords, toTsQueryText } from "./query.js";

function ok(raw: string) {
  const parsed = parseSearchQuery(raw);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(raw)} to parse`);
  return parsed;
}

describe("parseSearchQuery", () => {
  it("normalises to NFC, trims and collapses white space", () => {
    const decomposed = "  Qua\u0309ng   Nga\u0303i\t\n";
    const parsed = ok(decomposed);
    expect(parsed.text).toBe("Quảng Ngãi");
    expect(parsed.text).toBe(parsed.text.normalize("NFC"));
    expect(parsed.terms).toEqual([
      { kind: "word", text: "Quảng", prefix: false },
      { kind: "word", text: "Ngãi", prefix: false },
    ]);
  });

  it("accepts exactly 200 characters and refuses 201 with the text cut for the form", () => {
    const at = "ả".repeat(QUERY_MAX_LENGTH);
    expect(ok(at).text).toBe(at);
    const over = parseSearchQuery(`${at}b`);
    expect(over).toEqual({ ok: false, error: "tooLong", text: at });
    // Counted in characters, not UTF-16 units or bytes: 200 emoji are fine.
    expect(parseSearchQuery("😀".repeat(200)).ok).toBe(true);
  });

  it("refuses a megabyte of text without scanning it into terms", () => {
    const parsed = parseSearchQuery("quảng ngãi ".repeat(100_000));
    expect(parsed.ok).toBe(false);
  });

  it("turns tsquery operators and quotes into separators, so they never reach the SQL as syntax", () => {
    const parsed = ok("a & b | !c ( d ) :* 'e' <-> \\f");
    expect(termWords(parsed.terms).map((w) => w.text)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(ok("&|!():*'").terms).toEqual([]);
    expect(toTsQueryText(ok("&|!():*'").terms)).toBeNull();
  });

  it("keeps document numbers and hyphenated words whole", () => {
    expect(termWords(ok("Số 69/BC-VP về covid-19").terms).map((w) => w.text)).toEqual([
      "Số",
      "69/BC-VP",
      "về",
      "covid-19",
    ]);
  });

  it("drops control characters (NUL cannot go to PostgreSQL) and modifier letters unaccent turns into quotes", () => {
    const nul = String.fromCharCode(0);
    expect(ok(`quang${nul}ngai`).text).toBe("quang ngai");
    expect(termWords(ok("Nam\u02bcs ŉ test").terms).map((w) => w.text)).toEqual(["Nam", "s", "test"]);
  });

  it("reads quoted phrases", () => {
    const parsed = ok('"Quảng Ngãi" dự án');
    expect(parsed.terms).toEqual([
      { kind: "phrase", words: ["Quảng", "Ngãi"] },
      { kind: "word", text: "dự", prefix: false },
      { kind: "word", text: "án", prefix: false },
    ]);
    expect(ok("dự án “Quảng Ngãi”").terms.at(-1)).toEqual({ kind: "phrase", words: ["Quảng", "Ngãi"] });
    // A quoted single word is a word; an unclosed quote runs to the end.
    expect(ok('"ngãi"').terms).toEqual([{ kind: "word", text: "ngãi", prefix: false }]);
    expect(ok('tin "Lý Sơn').terms).toEqual([
      { kind: "word", text: "tin", prefix: false },
      { kind: "phrase", words: ["Lý", "Sơn"] },
    ]);
  });

  it("matches a word followed by * as a prefix, never a one-letter one", () => {
    expect(ok("nghĩa ngh* n*").terms).toEqual([
      { kind: "word", text: "nghĩa", prefix: false },
      { kind: "word", text: "ngh", prefix: true },
      { kind: "word", text: "n", prefix: false },
    ]);
    expect(ok("ngh *").terms).toEqual([{ kind: "word", text: "ngh", prefix: false }]);
  });

  it("ignores combining marks with no letter before them", () => {
    expect(ok("\u0301\u0301 a\u0301").terms).toEqual([{ kind: "word", text: "á", prefix: false }]);
  });

  it("keeps at most 12 terms", () => {
    const parsed = ok(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "));
    expect(parsed.terms).toHaveLength(12);
  });
});

describe("toTsQueryText and exactNeedles", () => {
  it("quotes each word, joins with &, phrases with <->, prefix on the last word", () => {
    expect(toTsQueryText(ok('"Quảng Ngãi" 69/BC-VP tin*').terms)).toBe(
      "('Quảng' <-> 'Ngãi') & '69/BC-VP' & 'tin':*",
    );
    expect(toTsQueryText([])).toBeNull();
  });

  it("gives the query lower-cased with its diacritics, for the exact-match boost", () => {
    expect(exactNeedles(ok("QUẢNG NGÃI quảng").terms)).toEqual({
      phrase: "quảng ngãi quảng",
      words: ["quảng", "ngãi"],
    });
  });
});
