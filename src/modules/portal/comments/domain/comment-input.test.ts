import { describe, expect, it } from "vitest";
import { portalComments } from "../../../../platform/i18n/catalogues/portal-comments.js";
import { registerCatalogue } from "../../../../platform/i18n/index.js";
import { COMMENT_LIMITS, FIELD, parseComment } from "./comment-input.js";

registerCatalogue(portalComments);

const form = (o: Partial<Record<"name" | "email" | "body", string>>) => ({
  [FIELD.name]: o.name ?? "Nguyễn Văn An",
  [FIELD.email]: o.email ?? "",
  [FIELD.body]: o.body ?? "Xin cảm ơn ban biên tập.",
});

describe("parseComment", () => {
  it("normalises: NFC, trimmed, name on one line, at most one blank line in the body", () => {
    const r = parseComment(
      form({
        name: "  Nguyễn \n Văn   An ".normalize("NFD"),
        body: "Dòng 1  \r\n\r\n\r\n\r\n  Dòng 2\nDòng 3",
      }),
      "vi",
    );
    expect(r).toEqual({
      ok: true,
      value: { name: "Nguyễn Văn An", email: null, body: "Dòng 1\n\nDòng 2\nDòng 3" },
    });
  });

  it("accepts an optional email and lower-cases it", () => {
    const r = parseComment(form({ email: " An.Nguyen@Example.com " }), "vi");
    expect(r.ok && r.value.email).toBe("an.nguyen@example.com");
  });

  it("refuses a bad email, missing name, short or long body, control characters, keeping what was typed", () => {
    const r = parseComment(form({ name: "", email: "an@", body: "Hay" }), "vi");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([FIELD.body, FIELD.email, FIELD.name].sort());
    expect(r.errors[FIELD.email]).toContain("Email");
    expect(r.values).toEqual({ name: "", email: "an@", body: "Hay" });

    const long = parseComment(form({ body: "á".repeat(COMMENT_LIMITS.bodyMax + 1) }), "vi");
    expect(!long.ok && long.errors[FIELD.body]).toContain(String(COMMENT_LIMITS.bodyMax + 1));
    const exact = parseComment(form({ body: "á".normalize("NFD").repeat(COMMENT_LIMITS.bodyMax) }), "vi");
    expect(exact.ok).toBe(true);

    const control = parseComment(form({ body: "Xin chào\u0000 ban biên tập" }), "vi");
    expect(!control.ok && control.errors[FIELD.body]).toBeTruthy();
    const bidi = parseComment(form({ name: "An\u202Egnol" }), "vi");
    expect(!bidi.ok && bidi.errors[FIELD.name]).toBeTruthy();
  });

  it("speaks English on the English site", () => {
    const r = parseComment(form({ name: "" }), "en");
    expect(!r.ok && r.errors[FIELD.name]).toBe("Enter your name");
  });
});
