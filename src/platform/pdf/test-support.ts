/**
 * Checks a PAdES signature the way a PDF reader does, for tests: the /ByteRange covers the whole file except the
 * /Contents hole, the CMS messageDigest equals the SHA-256 of those bytes, and the signer's RSA signature over the
 * signed attributes verifies with the certificate carried in the CMS.
 */
import { createHash, createPublicKey, verify, X509Certificate } from "node:crypto";
import forge from "node-forge";

const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";

export interface SignatureCheck {
  byteRange: [number, number, number, number];
  coversWholeFile: boolean;
  digestMatches: boolean;
  signatureValid: boolean;
  certificate: X509Certificate;
}

/** The DER value at the start of a buffer padded with zeros (the /Contents placeholder is longer than the CMS). */
function derPrefix(buf: Buffer): Buffer {
  const first = buf[1] ?? 0;
  if (first < 0x80) return buf.subarray(0, 2 + first);
  const n = first & 0x7f;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (buf[2 + i] ?? 0);
  return buf.subarray(0, 2 + n + len);
}

type Node = forge.asn1.Asn1;

function children(node: Node | undefined): Node[] {
  if (!node || !Array.isArray(node.value)) throw new Error("unexpected CMS structure");
  return node.value;
}

const isContext0 = (p: Node) => p.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && p.type === 0;

export function checkPdfSignature(pdf: Buffer): SignatureCheck {
  const text = pdf.toString("latin1");
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  if (!last) throw new Error("no /ByteRange in the PDF");
  const byteRange = last.slice(1, 5).map(Number) as [number, number, number, number];
  const [a, b, c, d] = byteRange;
  const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const hex = text.slice(a + b + 1, c - 1);
  const cms = derPrefix(Buffer.from(hex, "hex"));

  const contentInfo = forge.asn1.fromDer(cms.toString("binary"));
  const signedData = children(children(contentInfo)[1])[0];
  const parts = children(signedData);
  const certDer = forge.asn1.toDer(children(parts.find(isContext0))[0] as Node).getBytes();
  const certificate = new X509Certificate(Buffer.from(certDer, "binary"));
  const signerInfo = children(children(parts.at(-1))[0]);
  const signedAttrs = signerInfo.find(isContext0) as Node;
  const signature = Buffer.from(signerInfo.at(-1)?.value as string, "binary");

  let messageDigest = "";
  for (const attr of children(signedAttrs)) {
    const [oid, values] = children(attr);
    if (forge.asn1.derToOid(oid?.value as string) === OID_MESSAGE_DIGEST) {
      const octets = children(values)[0]?.value as string;
      messageDigest = Buffer.from(octets, "binary").toString("hex");
    }
  }
  // The signature is over the attributes encoded as a SET (tag 0x31), not as the [0] they are stored under.
  const attrsDer = Buffer.from(forge.asn1.toDer(signedAttrs).getBytes(), "binary");
  attrsDer[0] = 0x31;
  return {
    byteRange,
    coversWholeFile: a === 0 && c + d === pdf.length,
    digestMatches: messageDigest === createHash("sha256").update(signedBytes).digest("hex"),
    signatureValid: verify(
      "sha256",
      attrsDer,
      createPublicKey(certificate.publicKey.export({ type: "spki", format: "pem" })),
      signature,
    ),
    certificate,
  };
}
