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
