import { type DocType, docTypeByAbbreviation } from "./doc-types.js";
import { type Problem, problem } from "./problem.js";

/**
 * A document's "Số, ký hiệu" as Decree 30/2020/NĐ-CP (Art. 8, Phụ lục I) lays it out: the number, for legal normative
 * documents the year, then the symbol: type abbreviation and issuer code(s) joined by hyphens.
 *   "1234/QĐ-UBND"   → 1234, no year, QĐ, [UBND]
 *   "42/2022/NĐ-CP"  → 42, 2022, NĐ, [CP]
 *   "909/VP-CBTH"    → 909, no year, no abbreviation (a Công văn), [VP, CBTH]
 * The text is kept exactly as entered (NFC, trimmed): the register quotes documents, it never re-cases them.
 */
export interface NumberSymbol {
  /** As entered, trimmed. */
  text: string;
  /** The number as printed, leading zeros kept ("01"). */
  number: string;
  year: number | null;
  /** Everything after the number (and year): "QĐ-UBND". */
  symbol: string;
  /** The first segment when it is a known type abbreviation, as typed. */
  abbreviation: string | null;
  /** The kind that abbreviation belongs to, and whether it was spelt exactly as the Decree does. */
  abbreviationType: { type: DocType; exact: boolean } | null;
  /** Codes of the issuing body and drafting unit: ["UBND"], ["VP", "CBTH"]. */
  issuerCodes: string[];
}

export const NUMBER_SYMBOL_MAX = 100;

const SHAPE = /^(\d{1,7})(?:\/(\d{4}))?\/(.+)$/u;
const SEGMENT = /^[\p{L}\p{N}]+$/u;
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

export type ParseResult = { ok: true; value: NumberSymbol } | { ok: false; problem: Problem };

export function parseNumberSymbol(raw: string): ParseResult {
  const text = raw.normalize("NFC").trim();
  if (text === "") return { ok: false, problem: problem("legal.ns.required") };
  if (text.length > NUMBER_SYMBOL_MAX)
    return { ok: false, problem: problem("legal.ns.tooLong", { max: NUMBER_SYMBOL_MAX }) };
  if (/\s/u.test(text)) return { ok: false, problem: problem("legal.ns.spaces") };
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, problem: problem("legal.ns.format") };
  const [, number = "", yearText, symbol = ""] = m;
  if (/^0+$/.test(number)) return { ok: false, problem: problem("legal.ns.zero") };
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) {
    return { ok: false, problem: problem("legal.ns.year", { year }) };
  }
  const segments = symbol.split("-");
  if (segments.some((s) => !SEGMENT.test(s))) return { ok: false, problem: problem("legal.ns.format") };
  const first = segments[0] ?? "";
  const abbreviationType = docTypeByAbbreviation(first) ?? null;
  const issuerCodes = abbreviationType ? segments.slice(1) : segments;
  if (issuerCodes.length === 0) return { ok: false, problem: problem("legal.ns.noIssuer") };
  return {
    ok: true,
    value: {
      text,
      number,
      year,
      symbol,
      abbreviation: abbreviationType ? first : null,
      abbreviationType,
      issuerCodes,
    },
  };
}

/**
 * Whether the symbol agrees with the chosen kind (only kinds that have an abbreviation are checked: "909/CT-TTHT" is
 * a Công văn of a tax department whose code happens to read like Chỉ thị's).
 */
export function abbreviationProblem(ns: NumberSymbol, type: DocType): Problem | null {
  const expected = type.abbreviation;
  if (expected === null) return null;
  const found = ns.abbreviationType;
  if (!found) {
    if (type.abbreviationOptional) return null;
    return problem("legal.ns.missingAbbreviation", { type: type.vi, expected });
  }
  if (found.type.key === type.key) {
    if (found.exact) return null;
    return problem("legal.ns.abbreviationSpelling", { expected, found: ns.abbreviation ?? "" });
  }
  // With no year and an unknown near-spelling the segment may be an issuer code; only a true clash is refused.
  if (!found.exact && type.abbreviationOptional) return null;
  return problem("legal.ns.abbreviationMismatch", {
    found: ns.abbreviation ?? "",
    foundType: found.type.vi,
    type: type.vi,
    expected,
  });
}

/** A year in the number ("42/2022/NĐ-CP") must be the year the document was issued. */
export function yearProblem(ns: NumberSymbol, issuedOn: string): Problem | null {
  if (ns.year === null) return null;
  const issuedYear = Number(issuedOn.slice(0, 4));
  return ns.year === issuedYear ? null : problem("legal.ns.yearMismatch", { year: ns.year, issuedYear });
}
