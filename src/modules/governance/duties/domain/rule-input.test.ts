import { describe, expect, it } from "vitest";
import { checkRule, type RuleFormValues, ruleValuesFromBody } from "./rule-input.js";

const base: RuleFormValues = {
  title: "Lãnh đạo đơn vị kiểm tra trang thành phần",
  subject: "site_leader",
  staff_id: "",
  site_id: "",
  activity: "site_review",
  max_gap_days: "7",
  remind_days_before: "2",
  starts_on: "01/10/2026",
  active: true,
};

describe("checkRule", () => {
  it("accepts a role rule over every site", () => {
    const r = checkRule(base);
    expect(r).toEqual({
      ok: true,
      input: {
        title: base.title,
        subject: "site_leader",
        staff_id: null,
        site_id: null,
        activity: "site_review",
        max_gap_days: 7,
        remind_days_before: 2,
        starts_on: "2026-10-01",
        active: true,
      },
    });
  });
  it("needs a staff member for a named rule, a known activity, a sane gap and reminder", () => {
    const r = checkRule({
      ...base,
      subject: "staff",
      activity: "browse",
      max_gap_days: "0",
      starts_on: "31/11/2026",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.problems).sort()).toEqual(["activity", "max_gap_days", "staff_id", "starts_on"]);
    const late = checkRule({ ...base, remind_days_before: "7" });
    expect(!late.ok && late.problems.remind_days_before?.key).toBe("duties.err.remindTooLate");
  });
  it("reads the active checkbox and ignores non-string fields", () => {
    expect(ruleValuesFromBody({ active: "on", title: ["x"] })).toMatchObject({ active: true, title: "" });
    expect(ruleValuesFromBody({}).active).toBe(false);
  });
});
