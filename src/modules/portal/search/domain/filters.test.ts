import { describe, expect, it } from "vitest";
import { dateRange, MAX_PAGE, searchFilterSchema, searchParams } from "./filters.js";

const parse = (q: Record<string, unknown>) => searchFilterSchema.safeParse(q);

describe("searchFilterSchema", () => {
  it("accepts the form as a browser sends it, blanks meaning no filter", () => {
    const r = parse({ q: "quảng ngãi", site: "", category: "", type: "", from: "", to: "", page: "" });
    expect(r.success && r.data).toEqual({ q: "quảng ngãi" });
    const full = parse({ type: "legal", from: "1/2/2026", to: "28/02/2026", page: "3" });
    expect(full.success && full.data).toMatchObject({ type: "legal", page: 3 });
  });

  it.each([
    [{ q: ["a", "b"] }, "q"],
    [{ type: "video" }, "type"],
    [{ site: "not-a-uuid" }, "site"],
    [{ category: "1; drop table" }, "category"],
    [{ from: "31/02/2026" }, "from"],
    [{ from: "2026-02-01" }, "from"],
    [{ from: "10/02/2026", to: "01/02/2026" }, "to"],
    [{ page: "0" }, "page"],
    [{ page: String(MAX_PAGE + 1) }, "page"],
    [{ page: "1e3" }, "page"],
    [{ page: "9".repeat(30) }, "page"],
  ])("refuses %j (field %s)", (input, field) => {
    const r = parse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe("dateRange", () => {
  it("gives Vietnamese days and the instants they start and end", () => {
    expect(dateRange({ from: "05/03/2026", to: "05/03/2026" })).toEqual({
      fromDay: "2026-03-05",
      toDay: "2026-03-05",
      fromAt: new Date("2026-03-04T17:00:00Z"),
      toAt: new Date("2026-03-05T17:00:00Z"),
    });
    expect(dateRange({})).toEqual({ fromDay: null, toDay: null, fromAt: null, toAt: null });
  });
});

describe("searchParams", () => {
  it("carries the filters into page links, without the page or empty values", () => {
    expect(searchParams({ q: " quảng ngãi ", type: "article", site: "", page: "2", x: "y" }).toString()).toBe(
      "q=qu%E1%BA%A3ng+ng%C3%A3i&type=article",
    );
  });
});
