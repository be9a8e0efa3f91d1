import { describe, expect, it } from "vitest";
import { formatFeeLine, parseFeeLine } from "./fee-text.js";
import { describeExemption, describeFee } from "./fee-words.js";

const fields = [
  { key: "soBan", label: "Số bản sao", type: "number" as const, required: false },
  { key: "giaTri", label: "Giá trị khai báo", type: "number" as const, required: false },
  { key: "loaiCap", label: "Loại cấp", type: "select" as const, required: false, options: ["Cấp lại"] },
];

describe("fee rules in words", () => {
  it("words fixed, per-unit, percent and conditional lines for citizens", () => {
    expect(describeFee({ label: "Lệ phí", amountVnd: 200_000 }, fields)).toBe("200.000 đ");
    expect(describeFee({ label: "Phí", amountVnd: 2_000, perField: "soBan", unit: "bản" }, fields)).toBe(
      "2.000 đ cho mỗi bản (theo «Số bản sao»)",
    );
    expect(
      describeFee(
        {
          label: "Lệ phí",
          amountVnd: 0,
          percentOfField: "giaTri",
          percent: 0.5,
          minVnd: 100_000,
          maxVnd: 5_000_000,
        },
        fields,
      ),
    ).toBe("0,5 % của «Giá trị khai báo», tối thiểu 100.000 đ, tối đa 5.000.000 đ");
    expect(
      describeFee(
        { label: "Lệ phí", amountVnd: 30_000, whenField: "loaiCap", whenEquals: "Cấp lại" },
        fields,
      ),
    ).toBe("30.000 đ — chỉ áp dụng khi «Loại cấp» là «Cấp lại»");
  });

  it("words exemptions with their proof", () => {
    const docs = [{ key: "giay-xac-nhan", name: "Giấy xác nhận", required: false, copies: 1 }];
    expect(
      describeExemption(
        { key: "a", label: "Người có công", percent: 100, proofDocumentKey: "giay-xac-nhan" },
        docs,
      ),
    ).toBe("Người có công: miễn toàn bộ (kèm Giấy xác nhận)");
    expect(describeExemption({ key: "b", label: "Hộ nghèo", percent: 50 }, docs)).toBe("Hộ nghèo: giảm 50 %");
  });

  it("reads back what it writes", () => {
    for (const text of [
      "Lệ phí: 200000",
      "Phí bản sao: 2000 × soBan bản",
      "Lệ phí trước bạ: 0,5% × giaTri tối thiểu 100000 tối đa 5000000",
      "Lệ phí cấp lại: 30000 khi loaiCap = Cấp lại",
      "Phí: 1% × giaTri khi loaiCap = Cấp lại",
    ]) {
      const fee = parseFeeLine(text);
      expect(fee).not.toBeNull();
      if (fee) expect(formatFeeLine(fee)).toBe(text);
    }
    expect(parseFeeLine("Lệ phí: 8.000 x soBan")).toMatchObject({ amountVnd: 8000, perField: "soBan" });
    expect(parseFeeLine("Lệ phí: 150% × giaTri")).toBeNull();
    expect(parseFeeLine("Lệ phí không số")).toBeNull();
  });
});
