import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { receiptViaText, renderPaymentReceiptPdf, verifyUrl } from "./receipt-pdf.js";

describe("the receipt PDF", () => {
  it("links the QR to the verification page of its code", () => {
    expect(verifyUrl("https://dichvucong.example.vn/", "K7Q2-9XMA-P14D")).toBe(
      "https://dichvucong.example.vn/xac-minh/K7Q2-9XMA-P14D",
    );
  });

  it("says how the fee was paid", () => {
    expect(receiptViaText("counter", null)).toBe("Nộp trực tiếp tại Bộ phận Một cửa");
    expect(receiptViaText("online", "GD123")).toBe("Trực tuyến qua cổng thanh toán, mã giao dịch GD123");
    expect(receiptViaText("online", null)).toBe("Trực tuyến qua cổng thanh toán");
  });

  it("renders a one-page A4 receipt titled with its series and number", async () => {
    const pdf = await renderPaymentReceiptPdf({
      unitName: "Sở Tư pháp",
      series: "BL-26",
      number: 42,
      payerName: "Nguyễn Văn An",
      dossierCode: "000.00.00.H48-260305-0001",
      procedureName: "Cấp phiếu lý lịch tư pháp",
      lines: [{ label: "Lệ phí", basis: "1 phiếu", quantity: 1, unitVnd: 200_000, amountVnd: 200_000 }],
      subtotalVnd: 200_000,
      exemption: { label: "Người có công", percent: 50, amountVnd: 100_000 },
      amountVnd: 100_000,
      via: "online",
      gatewayTxn: "GD1",
      paidAt: new Date("2026-03-05T03:00:00Z"),
      verifyCode: "K7Q2-9XMA-P14D",
      publicUrl: "http://localhost",
    });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Biên lai thu phí, lệ phí số BL-26-0000042");
    expect(doc.getSubject()).toBe("000.00.00.H48-260305-0001");
  });
});
