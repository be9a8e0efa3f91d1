import { describe, expect, it } from "vitest";
import { dateProblems, isoToViDate, parseViDate, todayInVietnam } from "./dates.js";
import { parseReplacementRef, replacementLabel, replacementProblem } from "./replacement.js";
import { legalStatus } from "./status.js";

describe("dates typed dd/mm/yyyy", () => {
  it("reads real calendar days", () => {
    expect(parseViDate("15/03/2024")).toBe("2024-03-15");
    expect(parseViDate("5/3/2024")).toBe("2024-03-05");
    expect(parseViDate("29/02/2024")).toBe("2024-02-29");
    expect(parseViDate(" 01.12.2023 ")).toBe("2023-12-01");
  });

  it("refuses days that do not exist and other shapes", () => {
    expect(parseViDate("29/02/2023")).toBeNull();
    expect(parseViDate("31/04/2024")).toBeNull();
    expect(parseViDate("00/01/2024")).toBeNull();
    expect(parseViDate("12/13/2024")).toBeNull();
    expect(parseViDate("2024-03-15")).toBeNull();
    expect(parseViDate("15/03/24")).toBeNull();
    expect(parseViDate("15/03/1800")).toBeNull();
  });

  it("writes stored dates back as dd/mm/yyyy", () => {
    expect(isoToViDate("2024-03-05")).toBe("05/03/2024");
    expect(isoToViDate(null)).toBe("");
  });

  it("takes today's date in Vietnam, not on the server's clock", () => {
    expect(todayInVietnam(new Date("2024-03-14T17:30:00Z"))).toBe("2024-03-15");
    expect(todayInVietnam(new Date("2024-03-14T16:59:00Z"))).toBe("2024-03-14");
  });

  it("applies effective ≥ issued and expiry > effective", () => {
    expect(dateProblems({ issuedOn: "2024-03-15", effectiveOn: "2024-03-15", expiresOn: null })).toEqual({});
    expect(
      dateProblems({ issuedOn: "2024-03-15", effectiveOn: "2024-03-14", expiresOn: null }).effective_on?.key,
    ).toBe("legal.date.effectiveBeforeIssued");
    expect(
      dateProblems({ issuedOn: "2024-03-15", effectiveOn: "2024-04-01", expiresOn: "2024-04-01" }).expires_on
        ?.key,
    ).toBe("legal.date.expiryNotAfterEffective");
    expect(
      dateProblems({ issuedOn: "2024-03-15", effectiveOn: null, expiresOn: "2024-03-10" }).expires_on?.key,
    ).toBe("legal.date.expiryNotAfterIssued");
    expect(
      dateProblems({ issuedOn: "2024-03-15", effectiveOn: "2024-04-01", expiresOn: "2024-04-02" }),
    ).toEqual({});
  });
});

describe("status as of a day", () => {
  const base = { issuedOn: "2024-03-15", effectiveOn: "2024-04-01", expiresOn: null, replacement: null };

  it("is not yet in force before its effective date, in force from it", () => {
    expect(legalStatus(base, "2024-03-31")).toBe("not_yet");
    expect(legalStatus(base, "2024-04-01")).toBe("in_force");
  });

  it("counts from the issue date when no effective date is given", () => {
    expect(legalStatus({ ...base, effectiveOn: null }, "2024-03-14")).toBe("not_yet");
    expect(legalStatus({ ...base, effectiveOn: null }, "2024-03-15")).toBe("in_force");
  });

  it("expires on its expiry date", () => {
    const doc = { ...base, expiresOn: "2025-01-01" };
    expect(legalStatus(doc, "2024-12-31")).toBe("in_force");
    expect(legalStatus(doc, "2025-01-01")).toBe("expired");
  });

  it("ends when its replacement takes effect, not before", () => {
    const doc = { ...base, replacement: { issuedOn: "2024-06-01", effectiveOn: "2024-07-01" } };
    expect(legalStatus(doc, "2024-06-30")).toBe("in_force");
    expect(legalStatus(doc, "2024-07-01")).toBe("expired");
    const noDate = { ...base, replacement: { issuedOn: "2024-06-01", effectiveOn: null } };
    expect(legalStatus(noDate, "2024-06-01")).toBe("expired");
  });
});

describe("replaced-by", () => {
  it("reads a number/symbol with or without its issue date", () => {
    expect(parseReplacementRef("12/QĐ-UBND")).toEqual({ numberSymbol: "12/QĐ-UBND", issuedOn: null });
    expect(parseReplacementRef("12/QĐ-UBND ngày 05/01/2024")).toEqual({
      numberSymbol: "12/QĐ-UBND",
      issuedOn: "2024-01-05",
    });
    expect(parseReplacementRef("12/QĐ-UBND 5/1/2024")).toEqual({
      numberSymbol: "12/QĐ-UBND",
      issuedOn: "2024-01-05",
    });
    expect(parseReplacementRef("  ")).toBeNull();
    expect(replacementLabel({ number_symbol: "12/QĐ-UBND", issued_on: "2024-01-05" })).toBe(
      "12/QĐ-UBND ngày 05/01/2024",
    );
  });

  it("refuses itself, a cycle and an older replacement", () => {
    const doc = { id: "a", issuedOn: "2024-01-05" };
    expect(replacementProblem(doc, { id: "a", issued_on: "2024-02-01", chain: [] })?.key).toBe(
      "legal.replacedBy.self",
    );
    expect(replacementProblem(doc, { id: "b", issued_on: "2024-02-01", chain: ["c", "a"] })?.key).toBe(
      "legal.replacedBy.cycle",
    );
    expect(replacementProblem(doc, { id: "b", issued_on: "2023-12-31", chain: [] })?.key).toBe(
      "legal.replacedBy.older",
    );
    expect(replacementProblem(doc, { id: "b", issued_on: "2024-01-05", chain: [] })).toBeNull();
    expect(
      replacementProblem(
        { id: null, issuedOn: "2024-01-05" },
        { id: "b", issued_on: "2024-03-01", chain: [] },
      ),
    ).toBeNull();
  });
});
