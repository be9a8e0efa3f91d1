import { describe, expect, it } from "vitest";
import { auditFilterSchema, filterParams, parseViDate, toAuditQuery, vnDayStart } from "./audit-filters.js";

describe("parseViDate", () => {
  it("reads dd/mm/yyyy into an ISO date", () => {
    expect(parseViDate("05/03/2026")).toBe("2026-03-05");
    expect(parseViDate("5/3/2026")).toBe("2026-03-05");
    expect(parseViDate(" 29/02/2024 ")).toBe("2024-02-29");
  });

  it("refuses dates that do not exist or are not dd/mm/yyyy", () => {
    for (const bad of [
      "29/02/2026",
      "31/04/2026",
      "00/01/2026",
      "12/13/2026",
      "2026-03-05",
      "05-03-2026",
      "1/1/26",
      "abc",
      "",
    ]) {
      expect(parseViDate(bad), bad).toBeNull();
    }
  });
});

describe("vnDayStart", () => {
  it("gives midnight in Asia/Ho_Chi_Minh (UTC+7) and the next midnight", () => {
    expect(vnDayStart("2026-03-05").toISOString()).toBe("2026-03-04T17:00:00.000Z");
    expect(vnDayStart("2026-03-05", 1).toISOString()).toBe("2026-03-05T17:00:00.000Z");
    expect(vnDayStart("2026-12-31", 1).toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });
});

describe("auditFilterSchema", () => {
  it("accepts empty filters", () => {
    const r = auditFilterSchema.safeParse({ actor: "", action: "", from: "", to: "" });
    expect(r.success).toBe(true);
    if (r.success)
      expect(toAuditQuery(r.data)).toEqual({
        actor: undefined,
        action: undefined,
        entityType: undefined,
        entityId: undefined,
        fromAt: undefined,
        toAt: undefined,
        beforeId: undefined,
        afterId: undefined,
      });
  });

  it("turns dates into a half-open range of Vietnamese days", () => {
    const r = auditFilterSchema.safeParse({ from: "01/03/2026", to: "02/03/2026", action: "unit.create" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const q = toAuditQuery(r.data);
    expect(q.fromAt?.toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(q.toAt?.toISOString()).toBe("2026-03-02T17:00:00.000Z");
    expect(q.action).toBe("unit.create");
  });

  it("refuses bad dates, a reversed range, odd actions, bad cursors and repeated keys", () => {
    const issues = (input: Record<string, unknown>) => {
      const r = auditFilterSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(issues({ from: "31/02/2026" })).toEqual([["from", "operations.audit.dateFormat"]]);
    expect(issues({ from: "05/03/2026", to: "01/03/2026" })).toEqual([["to", "operations.audit.dateOrder"]]);
    expect(issues({ action: "unit'; drop table" })).toEqual([["action", "operations.audit.actionFormat"]]);
    expect(issues({ before: "-1" })).toEqual([["before", "operations.audit.badCursor"]]);
    expect(issues({ before: "1e9" })).toEqual([["before", "operations.audit.badCursor"]]);
    expect(issues({ actor: ["a", "b"] })).toHaveLength(1);
    expect(issues({ actor: "x".repeat(101) })).toHaveLength(1);
  });

  it("uses the older-page cursor when both are given", () => {
    const r = auditFilterSchema.safeParse({ before: "10", after: "20" });
    expect(r.success && toAuditQuery(r.data)).toMatchObject({ beforeId: 10, afterId: undefined });
  });
});

describe("filterParams", () => {
  it("keeps only non-empty filters", () => {
    expect(filterParams({ actor: " Trần ", action: "", before: "5", from: "01/03/2026" }).toString()).toBe(
      "actor=Tr%E1%BA%A7n&from=01%2F03%2F2026",
    );
  });
});
