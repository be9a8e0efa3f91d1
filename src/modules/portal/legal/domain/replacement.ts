import { parseViDate } from "./dates.js";
import { type Problem, problem } from "./problem.js";

/**
 * What a person types to name the replacing document: its number/symbol, and when several documents share it (the
 * numbering restarts every year) its issue date: "12/QĐ-UBND ngày 05/01/2024".
 */
export interface ReplacementRef {
  numberSymbol: string;
  issuedOn: string | null;
}

const WITH_DATE = /^(.*?)\s+(?:ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/iu;

export function parseReplacementRef(text: string): ReplacementRef | null {
  const trimmed = text.normalize("NFC").trim();
  if (trimmed === "") return null;
  const m = WITH_DATE.exec(trimmed);
  if (m) {
    const date = parseViDate(m[2] ?? "");
    if (date) return { numberSymbol: (m[1] ?? "").trim(), issuedOn: date };
  }
  return { numberSymbol: trimmed, issuedOn: null };
}

/** How a document is named in that field and in messages: "12/QĐ-UBND ngày 05/01/2024". */
export function replacementLabel(doc: { number_symbol: string; issued_on: string }): string {
  const [y, m, d] = doc.issued_on.split("-");
  return `${doc.number_symbol} ngày ${d}/${m}/${y}`;
}

export interface ReplacementCandidate {
  id: string;
  issued_on: string;
  /** The ids reached by following replaced-by from the candidate (its own replacement, that one's, …). */
  chain: readonly string[];
}

/**
 * A document cannot replace itself, cannot be replaced by one it (directly or through others) replaces, and its
 * replacement cannot be older than it.
 */
export function replacementProblem(
  doc: { id: string | null; issuedOn: string },
  candidate: ReplacementCandidate,
): Problem | null {
  if (doc.id !== null && candidate.id === doc.id) return problem("legal.replacedBy.self");
  if (doc.id !== null && candidate.chain.includes(doc.id)) return problem("legal.replacedBy.cycle");
  if (candidate.issued_on < doc.issuedOn) return problem("legal.replacedBy.older");
  return null;
}
