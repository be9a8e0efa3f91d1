/** SQL of the results part that is not about one table's rows (those live in e-documents.ts and receipts.ts). */
import type { Executor } from "../../../platform/db/transaction.js";

/** A dossier as the sign-result form and the downloads need it. */
export async function dossierForResult(db: Executor, id: string) {
  return db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .innerJoin("units as u", "u.id", "d.current_unit_id")
    .select([
      "d.id",
      "d.code",
      "d.state",
      "d.unit_id",
      "d.current_unit_id",
      "d.citizen_id",
      "p.name as procedure_name",
      "p.result_type",
      "u.name_vi as current_unit_name",
    ])
    .where("d.id", "=", id)
    .executeTakeFirst();
}
export type DossierForResult = NonNullable<Awaited<ReturnType<typeof dossierForResult>>>;

/** The result files uploaded to a dossier that are PDFs and not yet signed (the ones that can be signed). */
export async function resultPdfFiles(db: Executor, dossierId: string) {
  return (
    db
      .selectFrom("dossier_files as f")
      .select(["f.id", "f.filename", "f.sha256", "f.size_bytes", "f.created_at"])
      .where("f.dossier_id", "=", dossierId)
      .where("f.kind", "=", "result")
      .where("f.mime_type", "=", "application/pdf")
      // Results already signed here are issued documents, not drafts to sign again.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("electronic_documents as e").select("e.id").whereRef("e.dossier_file_id", "=", "f.id"),
          ),
        ),
      )
      .orderBy("f.created_at")
      .execute()
  );
}

/** An issued document with its file, for a download (null unless it belongs to that dossier). */
export async function documentFile(db: Executor, dossierId: string, docId: string) {
  return db
    .selectFrom("electronic_documents as e")
    .innerJoin("dossier_files as f", "f.id", "e.dossier_file_id")
    .select(["e.id", "e.kind", "f.sha256", "f.filename", "f.size_bytes"])
    .where("e.id", "=", docId)
    .where("e.dossier_id", "=", dossierId)
    .executeTakeFirst();
}

/** The owner's download: the document only when the dossier with that code belongs to that citizen. */
export async function ownerDocumentFile(db: Executor, code: string, docId: string, citizenId: string) {
  return db
    .selectFrom("electronic_documents as e")
    .innerJoin("dossiers as d", "d.id", "e.dossier_id")
    .innerJoin("dossier_files as f", "f.id", "e.dossier_file_id")
    .select(["e.id", "e.kind", "f.sha256", "f.filename", "f.size_bytes"])
    .where("e.id", "=", docId)
    .where("d.code", "=", code)
    .where("d.citizen_id", "=", citizenId)
    .executeTakeFirst();
}
