import { describe, expect, it } from "vitest";
import { DOC_TYPES, docTypeByKey, docTypeFromText } from "./doc-types.js";
import { abbreviationProblem, parseNumberSymbol, yearProblem } from "./number-symbol.js";

function parsed(text: string) {
  const r = parseNumberSymbol(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.problem.key}`);
  return r.value;
}

function type(key: string) {
  const t = docTypeByKey(key);
  if (!t) throw new Error(key);
  return t;
}

describe("document kinds (Decree 30/2020/NĐ-CP, Phụ lục III)", () => {
  it("holds the kinds with the Decree's abbreviations, Công văn without one", () => {
    const abbr = Object.fromEntries(DOC_TYPES.map((t) => [t.vi, t.abbreviation]));
    expect(abbr).toMatchObject({
      "Quyết định": "QĐ",
      "Chỉ thị": "CT",
      "Công văn": null,
      "Báo cáo": "BC",
      "Kế hoạch": "KH",
      "Thông báo": "TB",
      "Nghị quyết": "NQ",
      "Tờ trình": "TTr",
      "Hướng dẫn": "HD",
      "Quy định": "QyĐ",
      "Thông tư": "TT",
      "Nghị định": "NĐ",
    });
    expect(new Set(DOC_TYPES.map((t) => t.key)).size).toBe(DOC_TYPES.length);
  });

  it("finds a kind by key, name without diacritics or abbreviation", () => {
    expect(docTypeFromText("Quyết định")?.key).toBe("quyet-dinh");
    expect(docTypeFromText("quyet dinh")?.key).toBe("quyet-dinh");
    expect(docTypeFromText("QĐ")?.key).toBe("quyet-dinh");
    expect(docTypeFromText("cong-van")?.key).toBe("cong-van");
    expect(docTypeFromText("Sắc lệnh")).toBeUndefined();
  });
});

describe("parsing a number/symbol", () => {
  it("reads number, type abbreviation and issuer codes", () => {
    const d = parsed("1234/QĐ-UBND");
    expect(d).toMatchObject({ number: "1234", year: null, symbol: "QĐ-UBND", abbreviation: "QĐ" });
    expect(d.issuerCodes).toEqual(["UBND"]);
    expect(d.abbreviationType?.type.key).toBe("quyet-dinh");
  });

  it("reads the year of legal normative documents", () => {
    const d = parsed("42/2022/NĐ-CP");
    expect(d).toMatchObject({ number: "42", year: 2022, abbreviation: "NĐ", issuerCodes: ["CP"] });
    expect(parsed("01/2018/TT-VPCP")).toMatchObject({ number: "01", year: 2018, issuerCodes: ["VPCP"] });
  });

  it("reads a Công văn, whose symbol has issuer codes only", () => {
    const d = parsed("909/VP-CBTH");
    expect(d.abbreviation).toBeNull();
    expect(d.issuerCodes).toEqual(["VP", "CBTH"]);
    expect(parsed("69/BC-VP").issuerCodes).toEqual(["VP"]);
  });

  it("keeps the text exactly as entered (NFC, trimmed), never re-cased", () => {
    const decomposed = "12/QĐ-UBND".normalize("NFD");
    expect(parsed(`  ${decomposed} `).text).toBe("12/QĐ-UBND".normalize("NFC"));
    expect(parsed("5/QyĐ-UBND").text).toBe("5/QyĐ-UBND");
    expect(parsed("5/TTr-SXD").abbreviation).toBe("TTr");
  });

  it("refuses what is not a number/symbol", () => {
    const key = (t: string) => {
      const r = parseNumberSymbol(t);
      return r.ok ? "ok" : r.problem.key;
    };
    expect(key("")).toBe("legal.ns.required");
    expect(key("1234 / QĐ-UBND")).toBe("legal.ns.spaces");
    expect(key("QĐ-UBND")).toBe("legal.ns.format");
    expect(key("1234/")).toBe("legal.ns.format");
    expect(key("1234/QĐ--UBND")).toBe("legal.ns.format");
    expect(key("abc/QĐ-UBND")).toBe("legal.ns.format");
    expect(key("0/QĐ-UBND")).toBe("legal.ns.zero");
    expect(key("12/1800/NĐ-CP")).toBe("legal.ns.year");
    expect(key("1234/QĐ")).toBe("legal.ns.noIssuer");
    expect(key(`1/QĐ-${"A".repeat(200)}`)).toBe("legal.ns.tooLong");
  });
});

describe("agreement of the abbreviation with the kind", () => {
  it("accepts the kind's own abbreviation", () => {
    expect(abbreviationProblem(parsed("1234/QĐ-UBND"), type("quyet-dinh"))).toBeNull();
    expect(abbreviationProblem(parsed("42/2022/NĐ-CP"), type("nghi-dinh"))).toBeNull();
    expect(abbreviationProblem(parsed("3/QyĐ-UBND"), type("quy-dinh"))).toBeNull();
  });

  it("does not check kinds without an abbreviation", () => {
    expect(abbreviationProblem(parsed("909/VP-CBTH"), type("cong-van"))).toBeNull();
    expect(abbreviationProblem(parsed("909/CT-TTHT"), type("cong-van"))).toBeNull();
    expect(abbreviationProblem(parsed("59/2020/QH14"), type("luat"))).toBeNull();
  });

  it("refuses another kind's abbreviation, naming both", () => {
    const p = abbreviationProblem(parsed("12/CT-UBND"), type("quyet-dinh"));
    expect(p?.key).toBe("legal.ns.abbreviationMismatch");
    expect(p?.params).toMatchObject({ found: "CT", foundType: "Chỉ thị", expected: "QĐ" });
  });

  it("asks for the Decree's spelling when the letters are right but not the diacritics or case", () => {
    expect(abbreviationProblem(parsed("12/QD-UBND"), type("quyet-dinh"))).toMatchObject({
      key: "legal.ns.abbreviationSpelling",
      params: { expected: "QĐ", found: "QD" },
    });
    expect(abbreviationProblem(parsed("12/qđ-UBND"), type("quyet-dinh"))?.key).toBe(
      "legal.ns.abbreviationSpelling",
    );
  });

  it("requires the abbreviation when the kind has one, except resolutions of the National Assembly", () => {
    expect(abbreviationProblem(parsed("12/UBND"), type("quyet-dinh"))?.key).toBe(
      "legal.ns.missingAbbreviation",
    );
    expect(abbreviationProblem(parsed("30/2021/QH15"), type("nghi-quyet"))).toBeNull();
    expect(abbreviationProblem(parsed("12/2020/NQ-HĐND"), type("nghi-quyet"))).toBeNull();
  });

  it("requires the year in the number to be the year of issue", () => {
    expect(yearProblem(parsed("42/2022/NĐ-CP"), "2022-06-30")).toBeNull();
    expect(yearProblem(parsed("42/2022/NĐ-CP"), "2023-01-02")).toMatchObject({
      key: "legal.ns.yearMismatch",
      params: { year: 2022, issuedYear: 2023 },
    });
    expect(yearProblem(parsed("1234/QĐ-UBND"), "2023-01-02")).toBeNull();
  });
});
