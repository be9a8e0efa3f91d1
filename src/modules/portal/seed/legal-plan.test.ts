import { describe, expect, it } from "vitest";
import { docTypeByName } from "../legal/domain/doc-types.js";
import { legalFieldFromText } from "../legal/domain/fields.js";
import { abbreviationProblem, parseNumberSymbol, yearProblem } from "../legal/domain/number-symbol.js";
import { planLegalDocuments } from "./legal-plan.js";
import { demoSeedSites } from "./test-sites.js";

const docs = planLegalDocuments(demoSeedSites(), { clerkId: null });

describe("legal documents of the demo", () => {
  it("holds about sixty documents of several issuers and kinds, numbered as Decree 30/2020 prescribes", () => {
    expect(docs.length).toBeGreaterThanOrEqual(55);
    expect(docs.length).toBeLessThanOrEqual(70);
    const types = new Set(docs.map((d) => d.doc_type));
    for (const t of ["Quyết định", "Chỉ thị", "Kế hoạch", "Công văn", "Báo cáo", "Thông báo", "Nghị quyết"])
      expect(types.has(t), t).toBe(true);
    expect(new Set(docs.map((d) => d.issuer_name)).size).toBeGreaterThanOrEqual(10);
    for (const d of docs) {
      const type = docTypeByName(d.doc_type);
      expect(type, d.doc_type).toBeDefined();
      const ns = parseNumberSymbol(d.number_symbol);
      if (!ns.ok || !type) throw new Error(`bad symbol ${d.number_symbol}`);
      expect(abbreviationProblem(ns.value, type), d.number_symbol).toBeNull();
      expect(yearProblem(ns.value, d.issued_on)).toBeNull();
      expect(legalFieldFromText(d.field ?? ""), d.field ?? "").toBeDefined();
      expect(d.summary).toBe(d.summary.normalize("NFC"));
      expect(d.summary).not.toMatch(/[{}]/);
      expect(d.signer_name).toBeTruthy();
    }
  });

  it("never takes the numbers the journeys register by hand, and keeps each register's numbers unique", () => {
    const keys = docs.map(
      (d) => `${d.number_symbol.toLowerCase()}|${d.issuer_name}|${d.issued_on.slice(0, 4)}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(docs.some((d) => d.number_symbol === "1234/QĐ-UBND" || d.number_symbol === "69/BC-VP")).toBe(
      false,
    );
  });

  it("chains a replaced decision to the one replacing it, after it in insert order", () => {
    const old = docs.find((d) => d.replaced_by_id);
    expect(old).toBeDefined();
    const newer = docs.findIndex((d) => d.id === old?.replaced_by_id);
    expect(newer).toBeGreaterThanOrEqual(0);
    expect(newer).toBeLessThan(docs.indexOf(old as (typeof docs)[number]));
    expect(old?.expires_on).toBe(docs[newer]?.effective_on);
  });
});
