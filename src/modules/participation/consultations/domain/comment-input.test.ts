import { describe, expect, it } from "vitest";
import { participationConsultationsPublic } from "../../../../platform/i18n/catalogues/participation-consultations-public.js";
import { registerCatalogue } from "../../../../platform/i18n/index.js";
import { COMMENT_FIELD, CONSULTATION_COMMENT_LIMITS, parseConsultationComment } from "./comment-input.js";

registerCatalogue(participationConsultationsPublic);

const clause = "0190a3c4-0000-7000-8000-000000000003";
const clauses = new Set([clause]);
const form = (o: Partial<Record<keyof typeof COMMENT_FIELD, string>>) => ({
  [COMMENT_FIELD.clause]: o.clause ?? clause,
  [COMMENT_FIELD.body]: o.body ?? "Đề nghị làm rõ phạm vi áp dụng của điều này.",
  [COMMENT_FIELD.organisation]: o.organisation ?? "",
  ...(o.showName === undefined ? {} : { [COMMENT_FIELD.showName]: o.showName }),
});

describe("parseConsultationComment", () => {
  it("normalises to NFC, tidies lines and keeps one blank line between paragraphs", () => {
    const r = parseConsultationComment(
      form({
        body: "  Đề nghị   sửa \r\n\r\n\r\n khoản 2  ".normalize("NFD"),
        organisation: "  Hội   Luật gia ",
      }),
      clauses,
      "vi",
    );
    expect(r).toEqual({
      ok: true,
      value: {
        clauseId: clause,
        body: "Đề nghị sửa\n\nkhoản 2",
        organisation: "Hội Luật gia",
        showName: false,
      },
    });
  });

  it("takes consent only from an explicit tick and an empty clause as a general comment", () => {
    const r = parseConsultationComment(form({ clause: "", showName: "1" }), clauses, "vi");
    expect(r.ok && r.value).toMatchObject({ clauseId: null, showName: true, organisation: null });
    const other = parseConsultationComment(form({ showName: "yes" }), clauses, "vi");
    expect(other.ok && other.value.showName).toBe(false);
  });

  it("refuses a clause of another draft or a malformed one", () => {
    for (const bad of ["0190a3c4-0000-7000-8000-000000000009", "x' or 1=1"]) {
      const r = parseConsultationComment(form({ clause: bad }), clauses, "vi");
      expect(!r.ok && r.errors[COMMENT_FIELD.clause]).toBe("Chọn điều, khoản của dự thảo cần góp ý");
    }
  });

  it("refuses empty, short, long and control-character bodies, keeping what was typed", () => {
    const empty = parseConsultationComment(form({ body: "   ", showName: "1" }), clauses, "vi");
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.errors[COMMENT_FIELD.body]).toBe("Nhập nội dung góp ý");
    expect(empty.values).toMatchObject({ clause, body: "   ", showName: true });

    const short = parseConsultationComment(form({ body: "Đồng ý" }), clauses, "vi");
    expect(!short.ok && short.errors[COMMENT_FIELD.body]).toContain("(hiện có 6)");
    const max = CONSULTATION_COMMENT_LIMITS.bodyMax;
    const long = parseConsultationComment(form({ body: "ệ".repeat(max + 1) }), clauses, "vi");
    expect(!long.ok && long.errors[COMMENT_FIELD.body]).toContain(String(max + 1));
    expect(parseConsultationComment(form({ body: "ệ".normalize("NFD").repeat(max) }), clauses, "vi").ok).toBe(
      true,
    );
    const bidi = parseConsultationComment(form({ body: "Góp ý \u202Eđảo chiều văn bản" }), clauses, "vi");
    expect(!bidi.ok && bidi.errors[COMMENT_FIELD.body]).toBe("Nội dung có ký tự không hợp lệ");
  });

  it("limits the organisation's length", () => {
    const r = parseConsultationComment(
      form({ organisation: "a".repeat(CONSULTATION_COMMENT_LIMITS.organisationMax + 1) }),
      clauses,
      "vi",
    );
    expect(!r.ok && r.errors[COMMENT_FIELD.organisation]).toContain("200");
  });
});
