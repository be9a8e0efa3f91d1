/**
 * PAdES signing of the PDFs the system issues (receipts, results) with one PKCS#12 certificate, constructed at boot.
 * Stub: implemented by the results part of issue 8.
 */
export interface SignatureInfo {
  /** Subject of the signing certificate, as shown on the verification page ("CN=…, O=…"). */
  subject: string;
  /** SHA-256 fingerprint of the certificate (hex, lower case). */
  fingerprint: string;
}

export interface PdfSigner extends SignatureInfo {
  /** Returns the signed PDF (a PAdES signature covering the whole file). */
  sign(
    pdf: Buffer,
    meta: { reason: string; location: string; name: string; signedAt?: Date },
  ): Promise<Buffer>;
}

export interface PdfSignerOptions {
  dataDir: string;
  p12Path: string | undefined;
  p12Password: string | undefined;
}

export async function createPdfSigner(_opts: PdfSignerOptions): Promise<PdfSigner> {
  return {
    subject: "CN=stub",
    fingerprint: "0".repeat(64),
    async sign(pdf) {
      return pdf;
    },
  };
}
