import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  citizenBrowser,
  createTestCitizen,
  type TestCitizen,
} from "../../../../test/support/citizen-session.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { checkPdfSignature } from "../../../platform/pdf/test-support.js";
import { TestBrowser } from "../../citizens/test-support.js";
import {
  ensureMainSite,
  insertDossier,
  insertProcedure,
  insertUnit,
} from "../notifications/test-fixtures.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import type { Dossier } from "../tables.js";
import { VERIFY_CODE_PATTERN } from "./domain/verify-code.js";
import { issueReceipt } from "./receipts.js";

let ta: TestApp;
let unitId: string;
let procedureId: string;
let specialist: StaffSession;
let officer: StaffSession;
let owner: TestCitizen;
let stranger: TestCitizen;

beforeAll(async () => {
  ta = await startTestApp({ seed: "none" });
  const db = ta.services.db;
  unitId = await insertUnit(db, { name: "Sở Tư pháp thử nghiệm" });
  await ensureMainSite(db);
  procedureId = await insertProcedure(db, { unitId });
  const mk = async (username: string, role: "specialist" | "one_stop_officer", ip: string) => {
    const s = await createStaff(db, { username, unitId, grants: [{ role, unitId }] });
    return signIn(ta.app, { username, password: s.password, totpSecret: s.totpSecret, remoteAddress: ip });
  };
  specialist = await mk("chuyenvien.ketqua", "specialist", "10.3.0.1");
  officer = await mk("motcua.ketqua", "one_stop_officer", "10.3.0.2");
  owner = await createTestCitizen(db, { fullName: "Trần Thị Chủ" });
  stranger = await createTestCitizen(db, { fullName: "Lê Văn Khác" });
});
afterAll(async () => {
  await ta?.close();
});

async function dossierWithNotice(
  opts: { state?: Dossier["state"]; citizenId?: string } = {},
): Promise<Dossier> {
  const db = ta.services.db;
  const d = await insertDossier(db, { procedureId, unitId, state: opts.state ?? "received" });
  if (opts.citizenId)
    await db.updateTable("dossiers").set({ citizen_id: opts.citizenId }).where("id", "=", d.id).execute();
  await db
    .insertInto("dossier_fee_notices")
    .values({
      dossier_id: d.id,
      lines: JSON.stringify([
        {
          label: "Lệ phí cấp phiếu",
          basis: "1 phiếu × 200.000 đ",
          quantity: 1,
          unitVnd: 200_000,
          amountVnd: 200_000,
        },
        { label: "Phí sao", basis: "2 bản × 5.000 đ", quantity: 2, unitVnd: 5_000, amountVnd: 10_000 },
      ]),
      subtotal_vnd: 210_000,
      exemption_key: "nguoi-co-cong",
      exemption_label: "Người có công",
      exemption_percent: 50,
      exempt_vnd: 105_000,
      total_vnd: 105_000,
      status: "unpaid",
    })
    .execute();
  return { ...d, citizen_id: opts.citizenId ?? null };
}

async function samplePdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text);
  return Buffer.from(await doc.save());
}

function multipart(
  parts: { name: string; value?: string; file?: { name: string; type: string; bytes: Buffer } }[],
) {
  const boundary = "----congso-results-test";
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head = p.file
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.file.name}"\r\nContent-Type: ${p.file.type}\r\n\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head), p.file ? p.file.bytes : Buffer.from(p.value ?? ""), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function postSign(s: StaffSession, dossierId: string, parts: Parameters<typeof multipart>[0]) {
  const body = multipart(parts);
  return ta.app.inject({
    method: "POST",
    url: `${SERVICES_PATHS.dossierSignResult(dossierId)}?_csrf=${encodeURIComponent(s.csrf)}`,
    headers: { cookie: s.cookie, "content-type": body.contentType },
    payload: body.payload,
  });
}

describe("issueReceipt", () => {
  it("numbers, renders, signs and records a receipt once; a second one for the notice is refused", async () => {
    const db = ta.services.db;
    const d = await dossierWithNotice();
    const at = new Date("2026-03-05T03:00:00Z");
    const issue = (dossierId: string) =>
      inTransaction(db, (tx) =>
        issueReceipt(ta.services, tx, { dossierId, orderId: null, amountVnd: 105_000, via: "counter", at }),
      );
    const issued = await issue(d.id);
    expect(issued.verifyCode).toMatch(VERIFY_CODE_PATTERN);
    const receipt = await db
      .selectFrom("payment_receipts")
      .selectAll()
      .where("dossier_id", "=", d.id)
      .executeTakeFirstOrThrow();
    expect(receipt).toMatchObject({
      series: "BL-26",
      number: 1,
      amount_vnd: 105_000,
      payer_name: d.applicant_name,
      paid_via: "counter",
    });
    const edoc = await db
      .selectFrom("electronic_documents")
      .selectAll()
      .where("id", "=", issued.electronicDocumentId)
      .executeTakeFirstOrThrow();
    expect(edoc).toMatchObject({
      kind: "receipt",
      verify_code: issued.verifyCode,
      issuer_unit_id: unitId,
      issuer_name: "Sở Tư pháp thử nghiệm",
    });
    expect(edoc.title).toBe("Biên lai thu phí, lệ phí số BL-26-0000001");
    const file = await db
      .selectFrom("dossier_files")
      .selectAll()
      .where("id", "=", edoc.dossier_file_id)
      .executeTakeFirstOrThrow();
    expect(file).toMatchObject({ kind: "receipt", mime_type: "application/pdf", sha256: edoc.sha256 });
    const pdf = await ta.services.files.read(edoc.sha256);
    const check = checkPdfSignature(pdf);
    expect(check.coversWholeFile && check.digestMatches && check.signatureValid).toBe(true);
    expect(edoc.cert_fingerprint).toBe(ta.services.signer.fingerprint);
    expect((await PDFDocument.load(pdf)).getSubject()).toBe(d.code);

    await expect(issue(d.id)).rejects.toThrow();
    expect(
      await db.selectFrom("payment_receipts").select("id").where("dossier_id", "=", d.id).execute(),
    ).toHaveLength(1);
    // The refused receipt's number was rolled back with it: the next receipt of the unit takes number 2.
    const d2 = await dossierWithNotice();
    await issue(d2.id);
    const r2 = await db
      .selectFrom("payment_receipts")
      .select("number")
      .where("dossier_id", "=", d2.id)
      .executeTakeFirstOrThrow();
    expect(r2.number).toBe(2);
  });
});

describe("signing the electronic result", () => {
  let d: Dossier;
  let docId: string;
  let verifyCode: string;

  it("refuses the wrong role (403) and a non-PDF (422), then signs an uploaded PDF for the owner", async () => {
    d = await dossierWithNotice({ state: "processing", citizenId: owner.id });
    const pdf = await samplePdf("Phieu ly lich tu phap so 1");
    const file = { name: "Kết quả.pdf", type: "application/pdf", bytes: pdf };
    expect((await postSign(officer, d.id, [{ name: "resultFile", file }])).statusCode).toBe(403);

    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    const notPdf = await postSign(specialist, d.id, [
      {
        name: "resultFile",
        file: {
          name: "anh.docx",
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          bytes: Buffer.from("PK\u0003\u0004 không phải pdf"),
        },
      },
    ]);
    expect(notPdf.statusCode).toBe(422);
    const notPdf2 = await postSign(specialist, d.id, [
      { name: "resultFile", file: { name: "anh.png", type: "image/png", bytes: png } },
    ]);
    expect(notPdf2.statusCode).toBe(422);
    expect(notPdf2.body).toMatch(/PDF/);
    const none = await postSign(specialist, d.id, []);
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain("Chọn một tệp kết quả");

    const ok = await postSign(specialist, d.id, [{ name: "resultFile", file }]);
    expect(ok.statusCode).toBe(303);
    const db = ta.services.db;
    const edoc = await db
      .selectFrom("electronic_documents")
      .selectAll()
      .where("dossier_id", "=", d.id)
      .where("kind", "=", "result")
      .executeTakeFirstOrThrow();
    docId = edoc.id;
    verifyCode = edoc.verify_code;
    expect(edoc.signed_by).not.toBeNull();
    const signed = await ta.services.files.read(edoc.sha256);
    expect(checkPdfSignature(signed).signatureValid).toBe(true);
    expect((await PDFDocument.load(signed)).getPageCount()).toBe(1);
    const stored = await db
      .selectFrom("citizen_documents")
      .selectAll()
      .where("electronic_document_id", "=", edoc.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.citizen_id).toBe(owner.id);
    const jobs = await db
      .selectFrom("jobs")
      .select("dedupe_key")
      .where("dedupe_key", "like", `%:${d.id}:e-result:%`)
      .execute();
    expect(jobs.map((j) => j.dedupe_key?.split(":")[0]).sort()).toEqual(["email", "sms", "zalo"]);

    // The staff dossier page lists it with its download and verify links.
    const page = await specialist.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain(SERVICES_PATHS.dossierElectronicDocument(d.id, docId));
    expect(page.body).toContain(verifyCode);
  });

  it("lets the owner download it; another citizen, a visitor and a wrong pair get the same 404", async () => {
    const url = CITIZEN_PATHS.myDossierDocument(d.code, docId);
    const mine = await (await citizenBrowser(ta.app, owner.id)).get(url);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers["content-type"]).toBe("application/pdf");
    expect(String(mine.headers["content-disposition"])).toMatch(
      /^attachment; filename="ket-qua-.+\.pdf"; filename\*=UTF-8''/,
    );
    expect(mine.headers["cache-control"]).toContain("no-store");
    const other = await (await citizenBrowser(ta.app, stranger.id)).get(url);
    const anonymous = await new TestBrowser(ta.app).get(url);
    const wrongPair = await (await citizenBrowser(ta.app, owner.id)).get(
      CITIZEN_PATHS.myDossierDocument("000.99.00.H48-260302-9999", docId),
    );
    for (const res of [other, anonymous, wrongPair]) expect(res.statusCode).toBe(404);
    expect(other.body).toBe(anonymous.body);
    const staff = await specialist.get(SERVICES_PATHS.dossierElectronicDocument(d.id, docId));
    expect(staff.statusCode).toBe(200);
    expect(
      (await specialist.get(SERVICES_PATHS.dossierElectronicDocument(d.id, crypto.randomUUID()))).statusCode,
    ).toBe(404);
  });

  it("shows the public verification page with hash and issuer and no personal data; the file check matches", async () => {
    const visitor = new TestBrowser(ta.app, "10.3.1.1");
    const page = await visitor.get(SERVICES_PATHS.verifyCode(verifyCode.toLowerCase().replace(/-/g, "")));
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toContain("no-store");
    const edoc = await ta.services.db
      .selectFrom("electronic_documents")
      .selectAll()
      .where("id", "=", docId)
      .executeTakeFirstOrThrow();
    expect(page.body).toContain(edoc.sha256);
    expect(page.body).toContain("Sở Tư pháp thử nghiệm");
    expect(page.body).toContain(ta.services.signer.fingerprint);
    expect(page.body).toContain("đang có hiệu lực");
    for (const personal of [d.applicant_name, "0905 123 456", "051190000123", d.code, owner.fullName]) {
      expect(page.body).not.toContain(personal);
    }
    const check = async (bytes: Buffer) => {
      const body = multipart([{ name: "file", file: { name: "tep.pdf", type: "application/pdf", bytes } }]);
      return ta.app.inject({
        method: "POST",
        url: `${SERVICES_PATHS.verifyCode(verifyCode)}?_csrf=${encodeURIComponent(visitor.csrf)}`,
        headers: { cookie: visitor.cookieHeader(), "content-type": body.contentType },
        payload: body.payload,
        remoteAddress: visitor.remoteAddress,
      });
    };
    const match = await check(await ta.services.files.read(edoc.sha256));
    expect(match.statusCode).toBe(200);
    expect(match.body).toContain("Khớp: tệp này đúng là văn bản đã phát hành");
    const mismatch = await check(await samplePdf("ban sua"));
    expect(mismatch.statusCode).toBe(200);
    expect(mismatch.body).toContain("Không khớp");
  });

  it("answers bad codes with 422 and unknown ones with 404", async () => {
    const visitor = new TestBrowser(ta.app, "10.3.1.2");
    const form = await visitor.get(SERVICES_PATHS.verify);
    expect(form.statusCode).toBe(200);
    const bad = await visitor.post(SERVICES_PATHS.verify, { code: "abc" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Mã xác minh gồm 12 chữ và số");
    const unknown = await visitor.post(SERVICES_PATHS.verify, { code: "ZZZZ-ZZZZ-ZZZZ" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("Không tìm thấy văn bản với mã ZZZZ-ZZZZ-ZZZZ");
    const known = await visitor.post(SERVICES_PATHS.verify, { code: verifyCode });
    expect(known.statusCode).toBe(303);
    expect(known.headers.location).toBe(SERVICES_PATHS.verifyCode(verifyCode));
    expect((await visitor.get(SERVICES_PATHS.verifyCode("khong-hop-le"))).statusCode).toBe(422);
    expect((await visitor.get(SERVICES_PATHS.verifyCode("ZZZZZZZZZZZZ"))).statusCode).toBe(404);
  });
});
