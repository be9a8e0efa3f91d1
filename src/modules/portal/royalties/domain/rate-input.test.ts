import { describe, expect, it } from "vitest";
import { parseClassForm, parsePointValueForm } from "./rate-input.js";

const form = {
  code: "bai-viet",
  name: "  Bài   viết ",
  min_points: "5",
  max_points: "25",
  suggest_for: ["article", "page"],
  sort_order: "",
  active: true,
};

describe("rate table input", () => {
  it("normalises a class and keeps only kinds that can be suggested", () => {
    const r = parseClassForm(form, { isNew: true });
    expect(r.ok && r.value).toEqual({
      code: "BAI-VIET",
      name: "Bài viết",
      minPoints: 5,
      maxPoints: 25,
      suggestFor: ["article"],
      sortOrder: 0,
      active: true,
    });
  });

  it("refuses a range upside down and a bad code", () => {
    const r = parseClassForm({ ...form, code: "bài", min_points: "9", max_points: "3" }, { isNew: true });
    expect(r.ok ? {} : Object.keys(r.problems).sort()).toEqual(["code", "max_points"]);
  });

  it("reads a point value with its date and decision", () => {
    const r = parsePointValueForm({
      effective_from: "01/11/2026",
      value_vnd: "100.000",
      province_decision: "Quyết định số 12/QĐ-UBND",
    });
    expect(r.ok && r.value).toEqual({
      effectiveFrom: "2026-11-01",
      valueVnd: 100_000,
      provinceDecision: "Quyết định số 12/QĐ-UBND",
    });
    const bad = parsePointValueForm({ effective_from: "31/02/2026", value_vnd: "0", province_decision: "" });
    expect(bad.ok ? {} : Object.keys(bad.problems).sort()).toEqual([
      "effective_from",
      "province_decision",
      "value_vnd",
    ]);
  });
});
