/** PDF slips and receipts laid out with pdf-lib in Tinos (Times New Roman metrics), with QR codes. */
export { PdfWriter, type TextOptions, wrapText } from "./document.js";
