import fs from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";

const require = createRequire(import.meta.url);

/**
 * Tinos is metric-compatible with Times New Roman, which Decree 30/2020 prescribes for administrative documents.
 * The fontsource package ships per-script subsets (woff); a PDF needs one font with every Vietnamese glyph, so the
 * full TTFs come from @expo-google-fonts/tinos. Read once per process.
 */
const FONT_FILES = {
  regular: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italic: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
} as const;
type FontStyle = keyof typeof FONT_FILES;
let fontBytes: Record<FontStyle, Buffer> | undefined;
function loadFontBytes(): Record<FontStyle, Buffer> {
  fontBytes ??= {
    regular: fs.readFileSync(require.resolve(FONT_FILES.regular)),
    bold: fs.readFileSync(require.resolve(FONT_FILES.bold)),
    italic: fs.readFileSync(require.resolve(FONT_FILES.italic)),
  };
  return fontBytes;
}

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = { top: 57, bottom: 57, left: 85, right: 57 } as const; // 2 cm / 3 cm left, as Decree 30 lays out pages

export interface TextOptions {
  size?: number;
  style?: FontStyle;
  align?: "left" | "center" | "right";
  /** Extra space after the block, in points. */
  after?: number;
  /** Indent from the left margin, in points. */
  indent?: number;
}

/**
 * A flowing A4 document for slips and receipts: text is wrapped to the page width, new pages are added as needed.
 * Text is NFC-normalised first, so decomposed input still maps to Tinos's precomposed Vietnamese glyphs.
 */
export class PdfWriter {
  private page: PDFPage;
  private y: number;

  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: Record<FontStyle, PDFFont>,
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
  }

  static async create(meta: { title: string; subject?: string }): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const bytes = loadFontBytes();
    const fonts = {
      regular: await doc.embedFont(bytes.regular, { subset: true }),
      bold: await doc.embedFont(bytes.bold, { subset: true }),
      italic: await doc.embedFont(bytes.italic, { subset: true }),
    };
    doc.setTitle(meta.title.normalize("NFC"));
    if (meta.subject) doc.setSubject(meta.subject.normalize("NFC"));
    doc.setProducer("Cổng số");
    doc.setCreator("Cổng số");
    return new PdfWriter(doc, fonts);
  }

  get contentWidth(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  /** Writes a paragraph, wrapped at word boundaries. */
  text(value: string, opts: TextOptions = {}): this {
    const size = opts.size ?? 13;
    const font = this.fonts[opts.style ?? "regular"];
    const indent = opts.indent ?? 0;
    const width = this.contentWidth - indent;
    const lineHeight = size * 1.25;
    for (const line of wrapText(value.normalize("NFC"), font, size, width)) {
      this.ensureRoom(lineHeight);
      const w = font.widthOfTextAtSize(line, size);
      const x =
        MARGIN.left +
        indent +
        (opts.align === "center" ? (width - w) / 2 : opts.align === "right" ? width - w : 0);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: rgb(0, 0, 0) });
      this.y -= lineHeight;
    }
    this.y -= opts.after ?? 2;
    return this;
  }

  /** "Label: value" with the label in bold, wrapped as one paragraph. */
  field(label: string, value: string, opts: { size?: number } = {}): this {
    const size = opts.size ?? 13;
    const labelText = `${label.normalize("NFC")}: `;
    const labelWidth = this.fonts.bold.widthOfTextAtSize(labelText, size);
    const lines = wrapText(value.normalize("NFC"), this.fonts.regular, size, this.contentWidth - labelWidth);
    const lineHeight = size * 1.25;
    lines.forEach((line, i) => {
      this.ensureRoom(lineHeight);
      if (i === 0) {
        this.page.drawText(labelText, { x: MARGIN.left, y: this.y - size, size, font: this.fonts.bold });
      }
      this.page.drawText(line, {
        x: MARGIN.left + labelWidth,
        y: this.y - size,
        size,
        font: this.fonts.regular,
      });
      this.y -= lineHeight;
    });
    this.y -= 2;
    return this;
  }

  /** A simple ruled table: column widths as fractions of the content width. */
  table(headers: string[], rows: string[][], fractions: number[], opts: { size?: number } = {}): this {
    const size = opts.size ?? 11;
    const widths = fractions.map((f) => f * this.contentWidth);
    const drawRow = (cells: string[], style: FontStyle) => {
      const font = this.fonts[style];
      const wrapped = cells.map((c, i) =>
        wrapText((c ?? "").normalize("NFC"), font, size, (widths[i] ?? 0) - 6),
      );
      const lines = Math.max(1, ...wrapped.map((w) => w.length));
      const height = lines * size * 1.2 + 6;
      this.ensureRoom(height);
      let x = MARGIN.left;
      wrapped.forEach((cellLines, i) => {
        const w = widths[i] ?? 0;
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width: w,
          height,
          borderWidth: 0.5,
          borderColor: rgb(0, 0, 0),
        });
        cellLines.forEach((line, j) => {
          this.page.drawText(line, { x: x + 3, y: this.y - 3 - size - j * size * 1.2, size, font });
        });
        x += w;
      });
      this.y -= height;
    };
    drawRow(headers, "bold");
    for (const row of rows) drawRow(row, "regular");
    this.y -= 6;
    return this;
  }

  /** A QR code of `content`, `sizePt` wide, at the left margin (or right-aligned). */
  async qr(
    content: string,
    opts: { sizePt?: number; align?: "left" | "right"; caption?: string } = {},
  ): Promise<this> {
    const sizePt = opts.sizePt ?? 96;
    const png = await QRCode.toBuffer(content, { errorCorrectionLevel: "M", margin: 1, width: 384 });
    const image = await this.doc.embedPng(png);
    this.ensureRoom(sizePt + 18);
    const x = opts.align === "right" ? A4.width - MARGIN.right - sizePt : MARGIN.left;
    this.page.drawImage(image, { x, y: this.y - sizePt, width: sizePt, height: sizePt });
    this.y -= sizePt + 4;
    if (opts.caption) {
      const size = 9;
      const font = this.fonts.italic;
      this.page.drawText(opts.caption.normalize("NFC"), { x, y: this.y - size, size, font });
      this.y -= size + 6;
    }
    return this;
  }

  space(points: number): this {
    this.y -= points;
    return this;
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.doc.save());
  }

  private ensureRoom(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
  }
}

/** Greedy word wrap by measured width; a word longer than the line is split by characters. */
export function wrapText(value: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of value.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = "";
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}
