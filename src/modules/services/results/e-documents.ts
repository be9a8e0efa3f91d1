/** Electronic documents (receipts, signed results) in the database: the rows the verification page reads. */
import { v7 as uuidv7 } from "uuid";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import type { PdfSigner } from "../../../platform/pdf/index.js";
import type { DossierFileKind } from "../tables.js";
import type { ElectronicDocument, ElectronicDocumentKind } from "./tables.js";

/** The receipts and results issued for a dossier, oldest first. */
export async function listElectronicDocuments(
  db: Executor,
  dossierId: string,
): Promise<ElectronicDocument[]> {
  return db
    .selectFrom("electronic_documents")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .orderBy("signed_at")
    .orderBy("id")
    .execute();
}

export async function getElectronicDocument(
  db: Executor,
  dossierId: string,
  docId: string,
): Promise<ElectronicDocument | undefined> {
  return db
    .selectFrom("electronic_documents")
    .selectAll()
    .where("id", "=", docId)
    .where("dossier_id", "=", dossierId)
    .executeTakeFirst();
}

/** What the public page may show about a code: the document, its file, its dossier's code (masked by the view). */
export async function findByVerifyCode(db: Executor, code: string) {
  return db
    .selectFrom("electronic_documents as e")
    .innerJoin("dossiers as d", "d.id", "e.dossier_id")
    .select([
      "e.id",
      "e.verify_code",
      "e.kind",
      "e.title",
      "e.sha256",
      "e.issuer_name",
      "e.signer_subject",
      "e.cert_fingerprint",
      "e.signed_at",
      "e.revoked_at",
      "e.revoked_reason",
      "d.code as dossier_code",
    ])
    .where("e.verify_code", "=", code)
    .executeTakeFirst();
}

export interface NewElectronicDocument {
  dossierId: string;
  kind: ElectronicDocumentKind;
  title: string;
  filename: string;
  sha256: string;
  sizeBytes: number;
  issuerUnitId: string;
  issuerName: string;
  signer: Pick<PdfSigner, "subject" | "fingerprint">;
  signedBy: string | null;
  verifyCode: string;
  at: Date;
}

/**
 * Records an issued, signed PDF: the dossier file (so it shows with the dossier's papers) and the electronic document
 * that the verification page reads. The file bytes are already in the file store.
 */
export async function recordElectronicDocument(
  tx: Tx,
  doc: NewElectronicDocument,
): Promise<{ id: string; dossierFileId: string }> {
  const dossierFileId = uuidv7();
  const kind: DossierFileKind = doc.kind;
  await tx
    .insertInto("dossier_files")
    .values({
      id: dossierFileId,
      dossier_id: doc.dossierId,
      document_key: null,
      kind,
      sha256: doc.sha256,
      filename: doc.filename,
      mime_type: "application/pdf",
      size_bytes: doc.sizeBytes,
      uploaded_by_staff: doc.signedBy,
      uploaded_by_citizen: null,
      created_at: doc.at,
    })
    .execute();
  const id = uuidv7();
  await tx
    .insertInto("electronic_documents")
    .values({
      id,
      verify_code: doc.verifyCode,
      kind: doc.kind,
      dossier_id: doc.dossierId,
      dossier_file_id: dossierFileId,
      title: doc.title,
      sha256: doc.sha256,
      issuer_unit_id: doc.issuerUnitId,
      issuer_name: doc.issuerName,
      signer_subject: doc.signer.subject,
      cert_fingerprint: doc.signer.fingerprint,
      signed_at: doc.at,
      signed_by: doc.signedBy,
      revoked_at: null,
      revoked_reason: null,
    })
    .execute();
  return { id, dossierFileId };
}
