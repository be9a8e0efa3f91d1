import fs from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { wrapText } from "../../../platform/pdf/index.js";

const require = createRequire(import.meta.url);
/** The same Tinos as the slips (full Vietnamese glyphs); read once per process. */
const FONT_FILE = "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf";
let fontBytes: Buffer | undefined;

export class UnreadablePdfError extends Error {}

/**
 * Adds the electronic-copy stamp to the last page of a result: a framed box at the bottom right with the text
 * ("Bản điện tử có chữ ký số của …. Mã xác minh …") and a QR code to the verification page. Drawn on top of the
 * page (a result laid out to the bottom edge gets the box over its footer, which is how paper stamps land too).
 */
export async function stampResultPdf(pdf: Buffer, stamp: { text: string; qrUrl: string }): Promise<Buffer> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (err) {
    throw new UnreadablePdfError(String(err));
  }
  const pages = doc.getPages();
  const page = pages[pages.length - 1];
  if (!page) throw new UnreadablePdfError("no pages");
  doc.registerFontkit(fontkit);
  fontBytes ??= fs.readFileSync(require.resolve(FONT_FILE));
  const font = await doc.embedFont(fontBytes, { subset: true });
  const png = await QRCode.toBuffer(stamp.qrUrl, { errorCorrectionLevel: "M", margin: 1, width: 256 });
  const qr = await doc.embedPng(png);

  const { width } = page.getSize();
  const box = { w: Math.min(300, width - 40), h: 78 };
  const x = width - box.w - 20;
  const y = 20;
  const qrSize = box.h - 10;
  page.drawRectangle({
    x,
    y,
    width: box.w,
    height: box.h,
    color: rgb(1, 1, 1),
    borderColor: rgb(0.6, 0, 0),
    borderWidth: 1,
  });
  page.drawImage(qr, { x: x + 5, y: y + 5, width: qrSize, height: qrSize });
  const size = 9;
  const textX = x + qrSize + 12;
  const lines = wrapText(stamp.text.normalize("NFC"), font, size, box.w - qrSize - 18).slice(0, 6);
  lines.forEach((line, i) => {
    page.drawText(line, { x: textX, y: y + box.h - 14 - i * size * 1.3, size, font, color: rgb(0.6, 0, 0) });
  });
  return Buffer.from(await doc.save());
}
