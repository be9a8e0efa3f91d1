import { randomBytes } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** Test helpers of the register (used by *.int.test.ts only): multipart bodies and a small valid PDF. */

export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A multipart/form-data body as a browser sends it (repeated fields, several files). */
export function multipartBody(
  fields: Record<string, string | string[]>,
  files: FilePart[] = [],
): { payload: Buffer; contentType: string } {
  const boundary = `----congso${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`,
          "utf8",
        ),
      );
    }
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.contentType}\r\n\r\n`,
        "utf8",
      ),
      f.data,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart form as a signed-in person, with the CSRF token in the query as the real form does. */
export function postMultipart(
  app: FastifyInstance,
  session: { cookie: string; csrf: string },
  url: string,
  fields: Record<string, string | string[]>,
  files: FilePart[] = [],
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(fields, files);
  return app.inject({
    method: "POST",
    url: `${url}?_csrf=${encodeURIComponent(session.csrf)}`,
    headers: { cookie: session.cookie, "content-type": contentType },
    payload,
  });
}

/** A one-page PDF that PDF readers open (header, catalog, page tree, one text page, xref, trailer). */
export function minimalPdf(text = "Quyet dinh 1234/QD-UBND"): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export function pdfPart(name = "1234-QD-UBND.pdf", text?: string): FilePart {
  return { field: "files", filename: name, contentType: "application/pdf", data: minimalPdf(text) };
}
