import { describe, expect, it } from "vitest";
import {
  displayMobile,
  maskDestination,
  normaliseEmail,
  normaliseMobile,
  normaliseTaxCode,
  parseDestination,
  readIdNumber,
} from "./identity.js";

describe("destinations", () => {
  it("normalise email addresses to lower-case NFC", () => {
    expect(normaliseEmail("  Nguyen.Van.A@Example.VN ")).toBe("nguyen.van.a@example.vn");
    // "é" decomposed (e + U+0301) and precomposed are the same address.
    expect(normaliseEmail("Le\u0301@example.vn")).toBe(normaliseEmail("L\u00e9@example.vn"));
    expect(normaliseEmail("not-an-email")).toBeNull();
    expect(normaliseEmail("a@b")).toBeNull();
  });

  it("normalise Vietnamese mobiles to 84… and refuse landlines and hotlines", () => {
    expect(normaliseMobile("0905 123 456")).toBe("84905123456");
    expect(normaliseMobile("+84 905.123.456")).toBe("84905123456");
    expect(normaliseMobile("84905123456")).toBe("84905123456");
    expect(normaliseMobile("(0905) 123-456")).toBe("84905123456");
    expect(normaliseMobile("0255 3822 158")).toBeNull();
    expect(normaliseMobile("1900 1234")).toBeNull();
    expect(normaliseMobile("090512345")).toBeNull();
    expect(displayMobile("84905123456")).toBe("0905 123 456");
  });

  it("tell email from phone and mask what the verify page shows", () => {
    expect(parseDestination("A@Example.vn")).toEqual({ channel: "email", value: "a@example.vn" });
    expect(parseDestination("0912 345 678")).toEqual({ channel: "phone", value: "84912345678" });
    expect(parseDestination("hello")).toBeNull();
    expect(maskDestination({ channel: "email", value: "nguyenvana@example.vn" })).toBe("ng***@example.vn");
    expect(maskDestination({ channel: "phone", value: "84912345678" })).toBe("091****678");
  });
});

describe("identity numbers", () => {
  it("read a CCCD: province, gender and century, birth year", () => {
    expect(readIdNumber("051090001234")).toEqual({ province: "051", gender: "male", birthYear: 1990 });
    expect(readIdNumber("079305001234")).toEqual({ province: "079", gender: "female", birthYear: 2005 });
    expect(readIdNumber("001185001234")).toEqual({ province: "001", gender: "female", birthYear: 1985 });
  });

  it("refuse wrong lengths, letters and unknown province codes", () => {
    expect(readIdNumber("05109000123")).toBeNull();
    expect(readIdNumber("0510900012345")).toBeNull();
    expect(readIdNumber("05109000123a")).toBeNull();
    expect(readIdNumber("003090001234")).toBeNull();
    expect(readIdNumber("097090001234")).toBeNull();
  });

  it("take tax codes of 10 or 13 digits", () => {
    expect(normaliseTaxCode("4300123456")).toBe("4300123456");
    expect(normaliseTaxCode("4300123456-001")).toBe("4300123456001");
    expect(normaliseTaxCode("430012345")).toBeNull();
    expect(normaliseTaxCode("43001234567")).toBeNull();
    expect(normaliseTaxCode("43001234ab")).toBeNull();
  });
});
