import { describe, expect, it } from "vitest";
import { normalizeStrings, parseUrlEncoded } from "./body-parsers.js";

describe("normalizeStrings", () => {
  it("turns decomposed Vietnamese into NFC everywhere in a body", () => {
    const decomposed = "Quảng Ngãi".normalize("NFD");
    expect(decomposed).not.toBe("Quảng Ngãi");
    const out = normalizeStrings({ name: decomposed, list: [decomposed], nested: { [decomposed]: 1 } });
    expect(out.name).toBe("Quảng Ngãi");
    expect(out.list[0]).toBe("Quảng Ngãi");
    expect(Object.keys(out.nested)).toEqual(["Quảng Ngãi"]);
  });

  it("drops prototype-polluting keys", () => {
    const out = normalizeStrings(JSON.parse('{"__proto__":{"polluted":true},"a":1}')) as Record<
      string,
      unknown
    >;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out).toEqual({ a: 1 });
  });
});

describe("parseUrlEncoded", () => {
  it("keeps single values as strings and repeated keys as arrays", () => {
    expect(parseUrlEncoded("a=1&b=x&b=y&c=%C4%90%E1%BB%A9c")).toEqual({ a: "1", b: ["x", "y"], c: "Đức" });
  });
  it("gives a plain object even for a key named __proto__", () => {
    const out = parseUrlEncoded("__proto__=x");
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
