import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { PdfWriter } from "./document.js";

describe("PdfWriter", () => {
  it("writes Vietnamese text, a table and a QR code into a valid PDF", async () => {
    const pdf = await PdfWriter.create({ title: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" });
    pdf
      .text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { style: "bold", align: "center" })
      .field("Mã hồ sơ", "000.00.00.H48-250315-0042")
      .table(["STT", "Tên giấy tờ"], [["1", "Tờ khai đăng ký khai sinh (bản chính)"]], [0.15, 0.85]);
    await pdf.qr("https://example.test/tra-cuu?ma=1", { caption: "Quét để tra cứu" });
    const bytes = await pdf.toBuffer();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getTitle()).toBe("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    expect(parsed.getPageCount()).toBe(1);
  });

  it("adds pages when text runs past the bottom margin", async () => {
    const pdf = await PdfWriter.create({ title: "Dài" });
    for (let i = 0; i < 80; i++) pdf.text(`Dòng thứ ${i} của phiếu kiểm soát quá trình giải quyết hồ sơ`);
    const parsed = await PDFDocument.load(await pdf.toBuffer());
    expect(parsed.getPageCount()).toBeGreaterThan(1);
  });
});
