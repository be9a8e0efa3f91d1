import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition.js";

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact name", () => {
    expect(attachmentDisposition('Kết quả "số" 1.pdf', "tep")).toBe(
      `attachment; filename="Ket qua so 1.pdf"; filename*=UTF-8''${encodeURIComponent('Kết quả "số" 1.pdf')}`,
    );
  });

  it("falls back when nothing ASCII is left", () => {
    expect(attachmentDisposition("đ", "van-ban.pdf")).toContain('filename="van-ban.pdf"');
  });
});
