/** PDF slips and receipts laid out with pdf-lib in Tinos (Times New Roman metrics), with QR codes. */
export { PdfWriter, type TextOptions, wrapText } from "./document.js";
export { createPdfSigner, type PdfSigner, type PdfSignerOptions, type SignatureInfo } from "./signer.js";
