import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import forge from "node-forge";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { PdfWriter } from "./document.js";
import { createPdfSigner, SigningSetupError } from "./signer.js";
import { checkPdfSignature } from "./test-support.js";

const dirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "congso-signer-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function samplePdf(): Promise<Buffer> {
  const w = await PdfWriter.create({ title: "Văn bản thử" });
  w.text("Kết quả giải quyết thủ tục hành chính");
  return w.toBuffer();
}

describe("createPdfSigner", () => {
  it("makes a demo certificate once and reuses it", async () => {
    const dataDir = tmpDir();
    const started = performance.now();
    const first = await createPdfSigner({ dataDir, p12Path: undefined, p12Password: undefined });
    // Boot does not wait for the key (a fraction of a second of CPU); reading the subject before it is made throws.
    expect(performance.now() - started).toBeLessThan(300);
    expect(() => first.subject).toThrow(/đang được tạo/);
    await first.ready?.();
    expect(first.subject).toBe("CN=Cổng số — chứng thư thử nghiệm, O=UBND tỉnh Quảng Ngãi, C=VN");
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = await createPdfSigner({ dataDir, p12Path: undefined, p12Password: undefined });
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it("signs: the ByteRange covers the file, the digest and the RSA signature verify, pdf-lib still reads it", async () => {
    const signer = await createPdfSigner({ dataDir: tmpDir(), p12Path: undefined, p12Password: undefined });
    const pdf = await samplePdf();
    const signed = await signer.sign(pdf, {
      reason: "Kết quả",
      location: "Quảng Ngãi",
      name: "Sở Tư pháp",
      signedAt: new Date("2026-03-05T02:00:00Z"),
    });
    expect(signed.toString("latin1")).toContain("/ByteRange");
    const check = checkPdfSignature(signed);
    expect(check.coversWholeFile).toBe(true);
    expect(check.digestMatches).toBe(true);
    expect(check.signatureValid).toBe(true);
    expect(check.certificate.fingerprint256.replace(/:/g, "").toLowerCase()).toBe(signer.fingerprint);
    const doc = await PDFDocument.load(signed);
    expect(doc.getPageCount()).toBe(1);
    // Signing twice with the same signer works (a signer keeps no state between documents).
    expect(
      checkPdfSignature(await signer.sign(pdf, { reason: "r", location: "l", name: "n" })).signatureValid,
    ).toBe(true);

    // One byte changed inside the signed range breaks the digest.
    const tampered = Buffer.from(signed);
    const at = check.byteRange[1] - 40;
    tampered[at] = (tampered[at] ?? 0) ^ 1;
    expect(checkPdfSignature(tampered).digestMatches).toBe(false);
  });

  it("uses a given PKCS#12 and refuses a wrong password or a missing file with a clear message", async () => {
    const demoDir = tmpDir();
    await (await createPdfSigner({ dataDir: demoDir, p12Path: undefined, p12Password: undefined })).ready?.();
    const saved = JSON.parse(fs.readFileSync(path.join(demoDir, "signing", "demo-certificate.json"), "utf8"));
    const p12 = forge.pkcs12.toPkcs12Asn1(
      forge.pki.privateKeyFromPem(saved.key),
      [forge.pki.certificateFromPem(saved.cert)],
      "mat-khau",
      { algorithm: "3des" },
    );
    const p12Path = path.join(tmpDir(), "unit.p12");
    fs.writeFileSync(p12Path, Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary"));
    const signer = await createPdfSigner({ dataDir: tmpDir(), p12Path, p12Password: "mat-khau" });
    expect(signer.subject).toContain("CN=Cổng số");
    const check = checkPdfSignature(
      await signer.sign(await samplePdf(), { reason: "r", location: "l", name: "n" }),
    );
    expect(check.signatureValid && check.digestMatches).toBe(true);
    await expect(
      createPdfSigner({ dataDir: tmpDir(), p12Path, p12Password: "sai-mat-khau" }),
    ).rejects.toThrow(SigningSetupError);
    await expect(
      createPdfSigner({ dataDir: tmpDir(), p12Path: "/khong/co.p12", p12Password: "x" }),
    ).rejects.toThrow(/SIGNING_P12_PATH/);
  });
});
