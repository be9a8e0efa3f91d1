import { describe, expect, it } from "vitest";
import { participationQuestionsPublic } from "../../../../platform/i18n/catalogues/participation-questions-public.js";
import { registerCatalogue } from "../../../../platform/i18n/index.js";
import { type AskFormValues, askFormValues, emptyAskForm, parseAsk } from "./ask-input.js";

registerCatalogue(participationQuestionsPublic);

const TOPIC = "0190a000-0000-7000-8000-000000000001";
const UNIT = "0190a000-0000-7000-8000-000000000002";
const choices = { topicIds: new Set([TOPIC]), unitIds: new Set([UNIT]) };

function form(over: Partial<AskFormValues> = {}): AskFormValues {
  return {
    ...emptyAskForm({ businessName: null, taxCode: null }),
    topic: TOPIC,
    title: "Thủ tục cấp giấy phép xây dựng",
    body: "Xin hỏi hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ gồm những gì?",
    ...over,
  };
}

describe("ask forms", () => {
  it("keep only their own fields, NFC-normalised; consent only when ticked", () => {
    const v = askFormValues({
      title: "Quảng Ngãi".normalize("NFD"),
      body: ["a", "b"],
      showName: "on",
      role: "admin",
    });
    expect(v.title).toBe("Quảng Ngãi".normalize("NFC"));
    expect(v.body).toBe("");
    expect(v.showName).toBe(true);
    expect(askFormValues({}).showName).toBe(false);
    expect(Object.keys(v)).not.toContain("role");
  });

  it("accept a citizen's question", () => {
    const r = parseAsk("citizen", form({ unit: UNIT, title: "  Thủ   tục cấp giấy phép  " }), "vi", choices);
    expect(r.ok && r.value).toMatchObject({
      kind: "citizen",
      topicId: TOPIC,
      suggestedUnitId: UNIT,
      title: "Thủ tục cấp giấy phép",
      businessName: null,
      taxCode: null,
      regulation: null,
      showName: false,
    });
  });

  it("refuse empty, short, long and unknown fields with Vietnamese messages", () => {
    const r = parseAsk(
      "citizen",
      form({ topic: "", title: "Ngắn", body: "x".repeat(5001), unit: "khác" }),
      "vi",
      choices,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.topic).toBe("Vui lòng nhập Chủ đề.");
    expect(r.errors.title).toContain("ít nhất 10 ký tự");
    expect(r.errors.body).toContain("không được quá 5000 ký tự");
    expect(r.errors.unit).toBe("Chọn một cơ quan trong danh sách hoặc để trống.");
    const unknownTopic = parseAsk("citizen", form({ topic: UNIT }), "vi", choices);
    expect(!unknownTopic.ok && unknownTopic.errors.topic).toBe("Chọn một chủ đề trong danh sách.");
  });

  it("need a business's name and a tax code of 10 or 13 digits", () => {
    const none = parseAsk("business", form(), "vi", choices);
    expect(!none.ok && none.errors.taxCode).toBe("Nhập mã số thuế của doanh nghiệp.");
    expect(!none.ok && none.errors.businessName).toContain("tên doanh nghiệp");
    const bad = parseAsk("business", form({ businessName: "Công ty A", taxCode: "12345" }), "vi", choices);
    expect(!bad.ok && bad.errors.taxCode).toContain("10 hoặc 13 chữ số");
    const ok = parseAsk(
      "business",
      form({ businessName: "Công ty TNHH Thiên Ấn", taxCode: "4300123456-001" }),
      "vi",
      choices,
    );
    expect(ok.ok && ok.value).toMatchObject({
      businessName: "Công ty TNHH Thiên Ấn",
      taxCode: "4300123456001",
    });
  });

  it("need the regulation concerned for feedback", () => {
    const none = parseAsk("feedback", form(), "vi", choices);
    expect(!none.ok && none.errors.regulation).toBe("Nhập quy định hoặc thủ tục hành chính bạn phản ánh.");
    const ok = parseAsk("feedback", form({ regulation: "Quyết định 12/2025/QĐ-UBND" }), "vi", choices);
    expect(ok.ok && ok.value.regulation).toBe("Quyết định 12/2025/QĐ-UBND");
  });
});
