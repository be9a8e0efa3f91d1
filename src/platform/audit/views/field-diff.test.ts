import { describe, expect, it } from "vitest";
import { diffFields, displayValue, stableJson, WHOLE_VALUE } from "./field-diff.js";

const words = { yes: "Có", no: "Không", empty: "—" };

describe("diffFields", () => {
  it("lists only the fields whose values changed", () => {
    const before = { name_vi: "Sở Xây dựng", short_code: "SXD", active: true, phone: null };
    const after = { name_vi: "Sở Xây dựng tỉnh Quảng Ngãi", short_code: "SXD", active: false, phone: null };
    expect(diffFields(before, after)).toEqual([
      { field: "name_vi", kind: "changed", before: "Sở Xây dựng", after: "Sở Xây dựng tỉnh Quảng Ngãi" },
      { field: "active", kind: "changed", before: true, after: false },
    ]);
  });

  it("shows every field as added on creation and as removed on deletion", () => {
    expect(diffFields(null, { code: "VP", name: "Văn phòng" }).map((c) => [c.field, c.kind])).toEqual([
      ["code", "added"],
      ["name", "added"],
    ]);
    expect(diffFields({ code: "VP" }, undefined)).toEqual([
      { field: "code", kind: "removed", before: "VP", after: undefined },
    ]);
  });

  it("reports fields that appear or disappear between snapshots", () => {
    expect(diffFields({ a: 1, gone: "x" }, { a: 1, fresh: "y" })).toEqual([
      { field: "fresh", kind: "added", before: undefined, after: "y" },
      { field: "gone", kind: "removed", before: "x", after: undefined },
    ]);
  });

  it("compares nested values by content, not key order", () => {
    expect(
      diffFields({ contacts: { phone: "1", email: "a" } }, { contacts: { email: "a", phone: "1" } }),
    ).toEqual([]);
    expect(diffFields({ leaders: ["A", "B"] }, { leaders: ["B", "A"] })).toHaveLength(1);
  });

  it("treats non-object snapshots as one whole value", () => {
    expect(diffFields(3, 4)).toEqual([{ field: WHOLE_VALUE, kind: "changed", before: 3, after: 4 }]);
    expect(diffFields(["a"], ["a"])).toEqual([]);
    expect(diffFields(null, null)).toEqual([]);
  });
});

describe("displayValue", () => {
  it("renders values for a reader", () => {
    expect(displayValue("Lý Sơn", words)).toBe("Lý Sơn");
    expect(displayValue(true, words)).toBe("Có");
    expect(displayValue(false, words)).toBe("Không");
    expect(displayValue(null, words)).toBe("—");
    expect(displayValue(undefined, words)).toBe("—");
    expect(displayValue(42, words)).toBe("42");
    expect(displayValue({ b: 1, a: [1, "x"] }, words)).toBe('{"a":[1,"x"],"b":1}');
  });

  it("cuts very long values", () => {
    const shown = displayValue("x".repeat(5000), words);
    expect(shown.length).toBe(300);
    expect(shown.endsWith("…")).toBe(true);
  });

  it("stableJson sorts keys", () => {
    expect(stableJson({ z: 1, a: { y: 2, b: 3 } })).toBe('{"a":{"b":3,"y":2},"z":1}');
  });
});
