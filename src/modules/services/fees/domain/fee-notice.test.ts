import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProcedureFee } from "../../catalogue/domain/procedure.js";
import {
  computeFeeNotice,
  conditionHolds,
  type FeeExemption,
  percentOf,
  UnknownExemptionError,
} from "./fee-notice.js";

const exemptions: FeeExemption[] = [
  {
    key: "nguoi-co-cong",
    label: "Người có công với cách mạng",
    percent: 100,
    proofDocumentKey: "giay-xac-nhan",
  },
  { key: "ho-ngheo", label: "Hộ nghèo", percent: 50 },
];

const fees: ProcedureFee[] = [
  { label: "Lệ phí cấp giấy", amountVnd: 50_000 },
  { label: "Phí sao y", amountVnd: 2_000, perField: "soBan", unit: "bản" },
  { label: "Lệ phí cấp lại", amountVnd: 30_000, whenField: "loaiCap", whenEquals: "Cấp lại" },
  {
    label: "Lệ phí trước bạ",
    amountVnd: 0,
    percentOfField: "giaTri",
    percent: 0.5,
    minVnd: 100_000,
    maxVnd: 5_000_000,
  },
  { label: "Phí khẩn", amountVnd: 20_000, whenField: "khan", whenEquals: "có" },
];
const procedure = {
  fees,
  fee_exemptions: exemptions,
  form_fields: [{ key: "soBan", label: "Số bản sao", type: "number" as const, required: false }],
};

describe("computeFeeNotice", () => {
  it("itemises fixed, per-field, conditional and percent lines with the basis in words", () => {
    const n = computeFeeNotice(
      procedure,
      { soBan: "3", loaiCap: "Cấp lại", giaTri: "200000000", khan: "" },
      null,
    );
    expect(n.lines.map((l) => [l.label, l.amountVnd])).toEqual([
      ["Lệ phí cấp giấy", 50_000],
      ["Phí sao y", 6_000],
      ["Lệ phí cấp lại", 30_000],
      ["Lệ phí trước bạ", 1_000_000],
    ]);
    expect(n.lines[1]?.basis).toBe("3 bản × 2.000 đ");
    expect(n.lines[3]?.basis).toBe("0,5 % của 200.000.000 đ");
    expect(n.lines[2]?.basis).toContain("Cấp lại");
    expect(n).toMatchObject({ subtotalVnd: 1_086_000, exemptVnd: 0, totalVnd: 1_086_000, exemption: null });
  });

  it("clamps a percent line to its minimum and maximum and says so", () => {
    const low = computeFeeNotice(procedure, { giaTri: "1000", loaiCap: "Cấp mới" }, null);
    expect(low.lines.find((l) => l.label === "Lệ phí trước bạ")).toMatchObject({ amountVnd: 100_000 });
    expect(low.lines.find((l) => l.label === "Lệ phí trước bạ")?.basis).toContain("tối thiểu 100.000 đ");
    const high = computeFeeNotice(procedure, { giaTri: "90000000000" }, null);
    expect(high.lines.find((l) => l.label === "Lệ phí trước bạ")?.amountVnd).toBe(5_000_000);
  });

  it("applies a checkbox condition to the stored 'true'", () => {
    const n = computeFeeNotice(procedure, { khan: "true" }, null);
    expect(n.lines.some((l) => l.label === "Phí khẩn")).toBe(true);
    expect(conditionHolds("", "không")).toBe(true);
    expect(conditionHolds("Cấp mới", "cap moi")).toBe(true);
  });

  it("takes the exemption off the subtotal, rounded to whole đồng", () => {
    const half = computeFeeNotice(
      { fees: [{ label: "Lệ phí", amountVnd: 25_001 }], fee_exemptions: exemptions },
      {},
      "ho-ngheo",
    );
    expect(half).toMatchObject({ subtotalVnd: 25_001, exemptVnd: 12_501, totalVnd: 12_500 });
    expect(half.exemption?.label).toBe("Hộ nghèo");
    const full = computeFeeNotice(procedure, { soBan: "2" }, "nguoi-co-cong");
    expect(full.totalVnd).toBe(0);
    expect(full.exemptVnd).toBe(full.subtotalVnd);
  });

  it("refuses an exemption the procedure does not grant", () => {
    expect(() => computeFeeNotice(procedure, {}, "khong-co")).toThrow(UnknownExemptionError);
    expect(() => computeFeeNotice(procedure, {}, "khong-co")).toThrow(/không có trong thủ tục/);
  });

  it("treats an empty or negative quantity as none", () => {
    const n = computeFeeNotice(procedure, { soBan: "-4" }, null);
    expect(n.lines.find((l) => l.label === "Phí sao y")?.amountVnd).toBe(0);
  });

  it("percentOf rounds half up exactly on large bases", () => {
    expect(percentOf(1, 50)).toBe(1);
    expect(percentOf(999_999_999_999, 0.5)).toBe(5_000_000_000);
  });

  const feeArb = fc.oneof(
    fc.record({ label: fc.constant("A"), amountVnd: fc.integer({ min: 0, max: 10_000_000 }) }),
    fc.record({
      label: fc.constant("B"),
      amountVnd: fc.integer({ min: 0, max: 1_000_000 }),
      perField: fc.constant("soBan"),
    }),
    fc.record({
      label: fc.constant("C"),
      amountVnd: fc.constant(0),
      percentOfField: fc.constant("giaTri"),
      percent: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    }),
  );
  const exemptionArb = fc.record({
    key: fc.constant("x"),
    label: fc.constant("X"),
    percent: fc.integer({ min: 1, max: 100 }),
  });

  it("total = subtotal − exempt ≥ 0, and 100 % exemption gives 0", () => {
    fc.assert(
      fc.property(
        fc.array(feeArb, { maxLength: 8 }),
        exemptionArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.boolean(),
        (fs, ex, soBan, giaTri, claim) => {
          const n = computeFeeNotice(
            { fees: fs, fee_exemptions: [ex] },
            { soBan: String(soBan), giaTri: String(giaTri) },
            claim ? "x" : null,
          );
          expect(n.subtotalVnd).toBe(n.lines.reduce((s, l) => s + l.amountVnd, 0));
          expect(n.totalVnd).toBe(n.subtotalVnd - n.exemptVnd);
          expect(n.totalVnd).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(n.totalVnd) && Number.isInteger(n.exemptVnd)).toBe(true);
          if (claim && ex.percent === 100) expect(n.totalVnd).toBe(0);
          if (!claim) expect(n.exemptVnd).toBe(0);
        },
      ),
    );
  });

  it("any key not granted is refused", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (key) => {
        fc.pre(!exemptions.some((e) => e.key === key));
        expect(() => computeFeeNotice(procedure, {}, key)).toThrow(UnknownExemptionError);
      }),
    );
  });
});
