import { describe, expect, it } from "vitest";
import { criterionValuesFromBody, parseCriterionForm } from "./criterion-input.js";

describe("parseCriterionForm", () => {
  it("accepts whole numbers in range, an empty freshness, and the checked site kinds", () => {
    const values = criterionValuesFromBody({
      min_items: " 2 ",
      freshness_days: "",
      weight: "3",
      active: "on",
      applies_to: ["component", "bogus"],
    });
    expect(parseCriterionForm(values)).toEqual({
      ok: true,
      data: { minItems: 2, freshnessDays: null, weight: 3, active: true, appliesTo: ["component"] },
    });
  });

  it("reports every bad field at once", () => {
    const values = criterionValuesFromBody({ min_items: "0", freshness_days: "7.5", weight: "11" });
    const result = parseCriterionForm(values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual([
      "applies_to",
      "freshness_days",
      "min_items",
      "weight",
    ]);
    expect(result.problems.weight).toEqual({ min: 1, max: 10 });
  });

  it("takes a single checkbox value as a list", () => {
    const values = criterionValuesFromBody({ min_items: "1", weight: "1", applies_to: "main" });
    expect(values.applies_to).toEqual(["main"]);
    expect(values.active).toBe(false);
  });
});
