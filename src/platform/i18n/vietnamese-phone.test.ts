import { describe, expect, it } from "vitest";
import { isVietnamesePhone } from "./vietnamese-phone.js";

describe("Vietnamese phone numbers", () => {
  it("accepts landlines, mobiles, +84 and hotlines with common separators", () => {
    for (const ok of [
      "0255 3822 158",
      "0255.3822.158",
      "(0255) 3 822 158",
      "02553822158",
      "0905 123 456",
      "0382-123-456",
      "+84 905 123 456",
      "+84 255 3822 158",
      "1900 1234",
      "1800 123456",
    ]) {
      expect(isVietnamesePhone(ok), ok).toBe(true);
    }
  });

  it("refuses wrong lengths, unknown prefixes and letters", () => {
    for (const bad of [
      "0255 3822 15",
      "0255 3822 1580",
      "0123 456 789",
      "0405 123 456",
      "12345",
      "0905abc456",
      "+1 202 555 0100",
      "",
      "0905 123 456 ext 2",
    ]) {
      expect(isVietnamesePhone(bad), bad).toBe(false);
    }
  });
});
