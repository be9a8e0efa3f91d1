/**
 * PAdES signing of the PDFs the system issues (receipts, results) with one PKCS#12 certificate, constructed at boot.
 * With SIGNING_P12_PATH the unit's real certificate is used; without it a demo certificate is made once under
 * DATA_DIR/signing/ and reused, so a demo or a test run signs without any setup (its subject says it is a test one).
 */
import {
  constants,
  createPrivateKey,
  generateKeyPair,
  type KeyObject,
  privateEncrypt,
  randomBytes,
  X509Certificate,
} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { Signer, SignPdf } from "@signpdf/signpdf";
import forge from "node-forge";
import { PDFDocument } from "pdf-lib";

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
  /** Resolves when subject and fingerprint can be read (a new demo key is made in the background at boot). */
  ready?(): Promise<void>;
}

export interface PdfSignerOptions {
  dataDir: string;
  p12Path: string | undefined;
  p12Password: string | undefined;
  /** The organisation named in a demo certificate (the province). */
  demoOrganisation?: string;
}

const generateRsaKey = promisify(generateKeyPair);

export class SigningSetupError extends Error {}

const DEMO_COMMON_NAME = "Cổng số — chứng thư thử nghiệm";
const DEMO_ORGANISATION = "UBND tỉnh Quảng Ngãi";
/** One file holding the key and the certificate (PEM), so it is replaced in one atomic rename. */
const DEMO_FILE = "demo-certificate.json";

export async function createPdfSigner(opts: PdfSignerOptions): Promise<PdfSigner> {
  if (opts.p12Path) return signerFrom(fromP12(readP12(opts.p12Path), opts.p12Password ?? ""));
  const dir = path.join(opts.dataDir, "signing");
  const saved = readDemoCertificate(dir);
  if (saved) return signerFrom(saved);
  return pendingSigner(makeDemoCertificate(dir, opts.demoOrganisation ?? DEMO_ORGANISATION));
}

function signerFrom(material: SigningMaterial): PdfSigner {
  const x509 = new X509Certificate(
    Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(material.cert)).getBytes(), "binary"),
  );
  const signer = new CmsSigner(material.key, material.cert, material.chain);
  const signPdf = new SignPdf();
  return {
    subject: x509.subject.split("\n").filter(Boolean).reverse().join(", "),
    fingerprint: x509.fingerprint256.replace(/:/g, "").toLowerCase(),
    async sign(pdf, meta) {
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      pdflibAddPlaceholder({
        pdfDoc: doc,
        reason: meta.reason,
        contactInfo: "",
        name: meta.name,
        location: meta.location,
        signingTime: meta.signedAt ?? new Date(),
      });
      // signpdf finds the placeholder by scanning the bytes, which object streams would compress away.
      const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
      return signPdf.sign(prepared, signer, meta.signedAt);
    },
    async ready() {},
  };
}

/**
 * A signer whose demo key is still being generated: an RSA-2048 key takes 0.1–0.6 s of CPU, which boot does not wait
 * for (tests boot many apps, each with a fresh DATA_DIR). Signing waits for it; subject and fingerprint are read
 * after signing, when they are known.
 */
function pendingSigner(material: Promise<SigningMaterial>): PdfSigner {
  let ready: PdfSigner | undefined;
  const settled = material.then((m) => {
    ready = signerFrom(m);
    return ready;
  });
  // A failure is reported by the first sign() rather than as an unhandled rejection at boot.
  settled.catch(() => {});
  const current = (): PdfSigner => {
    if (!ready) throw new Error("Chứng thư số thử nghiệm đang được tạo: hãy gọi sign() hoặc ready() trước.");
    return ready;
  };
  return {
    get subject() {
      return current().subject;
    },
    get fingerprint() {
      return current().fingerprint;
    },
    async sign(pdf, meta) {
      return (await settled).sign(pdf, meta);
    },
    async ready() {
      await settled;
    },
  };
}

interface SigningMaterial {
  key: KeyObject;
  cert: forge.pki.Certificate;
  /** Every certificate of the bundle (the signer's and its CA chain), carried in the signature. */
  chain: forge.pki.Certificate[];
}

/** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256; the 32 digest bytes follow. */
const SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");

/**
 * A detached CMS signature (adbe.pkcs7.detached, SHA-256) laid out by node-forge, as @signpdf/signer-p12 does, but
 * with the RSA operation done by node:crypto: forge's pure-JS RSA and its PKCS#12 decoding on every call cost
 * hundreds of milliseconds, the native key a fraction of one.
 */
class CmsSigner extends Signer {
  constructor(
    private readonly key: KeyObject,
    private readonly cert: forge.pki.Certificate,
    private readonly chain: forge.pki.Certificate[],
  ) {
    super();
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString("binary"));
    for (const c of this.chain) p7.addCertificate(c);
    p7.addSigner({
      key: nativeRsaKey(this.key),
      certificate: this.cert,
      digestAlgorithm: forge.pki.oids.sha256 as string,
      // This order of attributes is the one EU validators (DSS) accept, as @signpdf/signer-p12 notes.
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType as string, value: forge.pki.oids.data as string },
        {
          type: forge.pki.oids.signingTime as string,
          value: (signingTime ?? new Date()) as unknown as string,
        },
        { type: forge.pki.oids.messageDigest as string },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary");
  }
}

/** What forge calls to sign (certificates, CMS): `sign(md)` → the PKCS#1 v1.5 signature as a binary string. */
function nativeRsaKey(key: KeyObject): forge.pki.rsa.PrivateKey {
  return {
    sign(md: forge.md.MessageDigest) {
      const digest = Buffer.from(md.digest().getBytes(), "binary");
      const digestInfo = Buffer.concat([SHA256_DIGEST_INFO, digest]);
      return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, digestInfo).toString("binary");
    },
  } as unknown as forge.pki.rsa.PrivateKey;
}

function readP12(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new SigningSetupError(`Không đọc được tệp chứng thư số SIGNING_P12_PATH (${file}): ${String(err)}`);
  }
}

/** The key and the certificate whose public key matches it (a bundle may carry its CA chain too). */
function fromP12(p12: Buffer, password: string): SigningMaterial {
  let bundle: forge.pkcs12.Pkcs12Pfx;
  try {
    bundle = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString("binary")), false, password);
  } catch (err) {
    throw new SigningSetupError(
      `Không mở được chứng thư số (sai mật khẩu SIGNING_P12_PASSWORD hoặc tệp hỏng): ${String(err)}`,
    );
  }
  const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag as string;
  const certOid = forge.pki.oids.certBag as string;
  const key = bundle.getBags({ bagType: keyOid })[keyOid]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  const chain = (bundle.getBags({ bagType: certOid })[certOid] ?? []).flatMap((bag) =>
    bag.cert ? [bag.cert] : [],
  );
  const cert = chain.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return key && key.n.compareTo(pub.n) === 0 && key.e.compareTo(pub.e) === 0;
  });
  if (!key || !cert) throw new SigningSetupError("Tệp chứng thư số không có khóa bí mật khớp với chứng thư.");
  return { key: createPrivateKey(forge.pki.privateKeyToPem(key)), cert, chain };
}

/**
 * The demo certificate: read when it exists, else made once. The RSA key comes from node:crypto (native); node-forge
 * only lays out the self-signed certificate (signed natively too). Kept as PEM rather than PKCS#12: PEM loads in a
 * millisecond, while forge's PKCS#12 key derivation costs about a hundred on every boot, and tests boot many apps.
 */
function readDemoCertificate(dir: string): SigningMaterial | undefined {
  const file = path.join(dir, DEMO_FILE);
  if (!fs.existsSync(file)) return undefined;
  const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { key: string; cert: string };
  const cert = forge.pki.certificateFromPem(saved.cert);
  return { key: createPrivateKey(saved.key), cert, chain: [cert] };
}

async function makeDemoCertificate(dir: string, organisation: string): Promise<SigningMaterial> {
  const file = path.join(dir, DEMO_FILE);
  const { privateKey, publicKey } = await generateRsaKey("rsa", { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  // A positive serial: a leading zero nibble keeps DER from reading it as negative.
  cert.serialNumber = `0${randomBytes(15).toString("hex")}`;
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600_000);
  // forge encodes UTF8String values itself.
  const utf8 = (value: string) => ({ valueTagClass: forge.asn1.Type.UTF8, value });
  const attrs = [
    { shortName: "C", value: "VN" },
    { shortName: "O", ...utf8(organisation) },
    { shortName: "CN", ...utf8(DEMO_COMMON_NAME) },
  ] as forge.pki.CertificateField[];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(nativeRsaKey(privateKey), forge.md.sha256.create());
  const saved = {
    key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    cert: forge.pki.certificateToPem(cert),
  };
  // An app closed (and its DATA_DIR removed) while the key was being made keeps it in memory only.
  if (fs.existsSync(path.dirname(dir))) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Written beside and renamed, so a second process starting at the same moment never reads half a file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(tmp, JSON.stringify(saved), { mode: 0o600 });
    fs.renameSync(tmp, file);
  }
  return { key: privateKey, cert, chain: [cert] };
}
