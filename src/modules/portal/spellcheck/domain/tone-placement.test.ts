import { describe, expect, it } from "vitest";
import { otherTonePlacement } from "./tone-placement.js";

describe("otherTonePlacement", () => {
  it("moves the tone between the two vowels of a final oa, oe, uy (both styles are correct Vietnamese)", () => {
    expect(otherTonePlacement("hòa")).toBe("hoà");
    expect(otherTonePlacement("hoà")).toBe("hòa");
    expect(otherTonePlacement("khỏe")).toBe("khoẻ");
    expect(otherTonePlacement("thủy")).toBe("thuỷ");
    expect(otherTonePlacement("Thụy")).toBe("Thuỵ");
    expect(otherTonePlacement("HÒA")).toBe("HOÀ");
  });

  it("has nothing to move elsewhere", () => {
    expect(otherTonePlacement("quý")).toBeNull();
    expect(otherTonePlacement("hoàng")).toBeNull();
    expect(otherTonePlacement("hoa")).toBeNull();
    expect(otherTonePlacement("ngành")).toBeNull();
  });
});
