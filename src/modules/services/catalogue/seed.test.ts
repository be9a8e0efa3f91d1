import { describe, expect, it } from "vitest";
import { demoUnits } from "../../orgs/seed/demo-data.js";
import { demoUnitId } from "../../orgs/seed/demo-province.js";
import { DEMO_STP_PROCEDURE_CODE, demoProcedures, demoSteps } from "./seed.js";

describe("demo procedures", () => {
  const all = demoProcedures();

  it("covers every department and district with 4–8 and 3–5 procedures", () => {
    for (const unit of demoUnits()) {
      const n = all.filter((p) => p.input.unitId === demoUnitId(unit.short_code)).length;
      if (unit.kind === "department")
        expect([unit.short_code, n >= 4 && n <= 8]).toEqual([unit.short_code, true]);
      if (unit.kind === "district")
        expect([unit.short_code, n >= 3 && n <= 5]).toEqual([unit.short_code, true]);
    }
  });

  it("has unique codes, at least 30 % full-online, and every form has the prefilled name and phone", () => {
    const codes = new Set(all.map((p) => p.input.code));
    expect(codes.size).toBe(all.length);
    const full = all.filter((p) => p.input.onlineClass === "full").length;
    expect(full / all.length).toBeGreaterThanOrEqual(0.3);
    for (const { input } of all) {
      expect(input.formFields.find((f) => f.prefill === "fullName")).toBeDefined();
      expect(input.formFields.find((f) => f.type === "phone" && f.prefill === "phone")).toBeDefined();
      expect(input.documents.length).toBeGreaterThan(0);
      expect(input.steps.reduce((s, x) => s + x.days, 0)).toBeCloseTo(input.processingDays);
    }
  });

  it("Sở Tư pháp's journey procedure is online, with a phone field and a required document", () => {
    const stp = all.find((p) => p.input.code === DEMO_STP_PROCEDURE_CODE)?.input;
    expect(stp?.unitId).toBe(demoUnitId("STP"));
    expect(stp?.name).toContain("Cấp Phiếu lý lịch tư pháp");
    expect(stp?.processingDays).toBe(10);
    expect(["full", "partial"]).toContain(stp?.onlineClass);
    expect(stp?.documents.some((d) => d.required)).toBe(true);
    expect(stp?.formFields.some((f) => f.type === "phone")).toBe(true);
  });

  it("is deterministic and some procedures have no leader step", () => {
    expect(JSON.stringify(demoProcedures())).toBe(JSON.stringify(all));
    expect(all.some((p) => !p.input.steps.some((s) => s.role === "leader"))).toBe(true);
    expect(demoSteps(0, true).every((s) => s.days === 0)).toBe(true);
  });
});

describe("demo fees (issue 8)", () => {
  const all = demoProcedures().map((p) => p.input);
  const cls = (c: string) => all.filter((p) => p.onlineClass === c);

  it("keeps the class mix from the settings, most charging full-online procedures paid online", () => {
    expect(cls("full").length / all.length).toBeGreaterThanOrEqual(0.3);
    for (const p of cls("full")) expect(p.onlineSubmission && p.electronicResult).toBe(true);
    const charging = cls("full").filter((p) => p.fees.length > 0);
    expect(charging.filter((p) => p.onlinePayment).length).toBeGreaterThan(charging.length / 2);
    for (const p of cls("partial")) expect(p.onlineSubmission).toBe(true);
    for (const p of cls("none"))
      expect(p.onlineSubmission || p.onlinePayment || p.electronicResult).toBe(false);
  });

  it("has computed fee lines on at least 3 procedures and exemptions with their proof on at least 3", () => {
    const computed = all.filter((p) => p.fees.some((f) => f.perField || f.percentOfField));
    expect(new Set(computed.map((p) => p.name)).size).toBeGreaterThanOrEqual(3);
    const exempting = all.filter((p) => p.feeExemptions.length > 0);
    expect(new Set(exempting.map((p) => p.name)).size).toBeGreaterThanOrEqual(3);
    for (const p of exempting)
      for (const e of p.feeExemptions)
        expect(p.documents.some((d) => d.key === e.proofDocumentKey)).toBe(true);
    expect(exempting[0]?.feeExemptions.map((e) => e.percent)).toEqual([100, 50]);
  });
});
