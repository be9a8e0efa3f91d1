/**
 * The document store inside an online submission: what the form offers per paper slot, the check of the citizen's
 * choices, and, in the submission's transaction, the reused files attached and the submitted papers kept.
 */
import { v7 as uuidv7 } from "uuid";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import { AppError } from "../../../platform/http/errors.js";
import { servicesDocuments } from "../../../platform/i18n/catalogues/services-documents.js";
import { registerCatalogue, t, viCollator } from "../../../platform/i18n/index.js";
import type { ProcedureDocument } from "../catalogue/domain/procedure.js";
import { papersToKeep, parseDocumentId, type RankedOffer, rankForSlot } from "./domain/matching.js";
import {
  getConsent,
  grantConsent,
  insertPapers,
  listOfferable,
  lockOwnDocuments,
  logAccess,
  type StoredDocumentRow,
  storedHashes,
} from "./store.js";

registerCatalogue(servicesDocuments);

/** The select of a slot (document keys never contain "_", as for the file inputs). */
export const reuseFieldName = (key: string) => `reuse_${key}`;
/** The submission form's "keep my papers" checkbox, shown until the citizen has consented. */
export const STORE_CONSENT_FIELD = "storeConsent";

export interface StoreOffer {
  askConsent: boolean;
  /** Document key → stored documents, best matches first (absent or empty: nothing to offer). */
  slots: Record<string, RankedOffer<StoredDocumentRow>[]>;
}

/** What the form offers the signed-in citizen: two queries whatever the number of slots. */
export async function loadStoreOffer(
  db: Executor,
  citizenId: string,
  documents: readonly ProcedureDocument[],
): Promise<StoreOffer> {
  const [consent, docs] = await Promise.all([getConsent(db, citizenId), listOfferable(db, citizenId)]);
  const slots: StoreOffer["slots"] = {};
  if (docs.length > 0) for (const d of documents) slots[d.key] = rankForSlot(d.name, docs, viCollator);
  return { askConsent: !consent.granted, slots };
}

export interface ReusePick {
  documentKey: string;
  documentId: string;
}

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

/**
 * The stored documents chosen in the form, checked: each must be the citizen's own, live document; a slot takes a
 * file or a stored document, not both. Errors are keyed by the slot's select so the message shows beside it.
 */
export async function checkReuseChoices(
  db: Executor,
  citizenId: string | null,
  documents: readonly ProcedureDocument[],
  fields: Record<string, string | string[]>,
  uploadedKeys: ReadonlySet<string>,
): Promise<{ picks: ReusePick[]; errors: Record<string, string> }> {
  const errors: Record<string, string> = {};
  const wanted: { doc: ProcedureDocument; id: string | null }[] = [];
  for (const doc of documents) {
    const raw = first(fields[reuseFieldName(doc.key)]);
    if (raw === "") continue;
    if (uploadedKeys.has(doc.key)) {
      errors[reuseFieldName(doc.key)] = t("vi", "servicesDocuments.error.both", { document: doc.name });
      continue;
    }
    wanted.push({ doc, id: parseDocumentId(raw) });
  }
  const ids = wanted.flatMap((w) => (w.id ? [w.id] : []));
  const own =
    citizenId && ids.length > 0
      ? new Set(
          (
            await db
              .selectFrom("citizen_documents")
              .select("id")
              .where("id", "in", ids)
              .where("citizen_id", "=", citizenId)
              .where("deleted_at", "is", null)
              .execute()
          ).map((r) => r.id),
        )
      : new Set<string>();
  const picks: ReusePick[] = [];
  for (const w of wanted) {
    if (w.id && own.has(w.id)) picks.push({ documentKey: w.doc.key, documentId: w.id });
    else
      errors[reuseFieldName(w.doc.key)] = t("vi", "servicesDocuments.error.notYours", {
        document: w.doc.name,
      });
  }
  return { picks, errors };
}

export interface SubmittedFile {
  documentKey: string | null;
  filename: string;
  mime: string;
  sha256: string;
  size: number;
}

/**
 * Inside the submission's transaction: attaches the reused documents as the dossier's files (logged 'reuse'),
 * records consent given on the form, and keeps the uploaded papers when the citizen has consented.
 */
export async function recordSubmissionInStore(
  tx: Tx,
  input: {
    citizenId: string;
    dossierId: string;
    documents: readonly ProcedureDocument[];
    uploaded: readonly SubmittedFile[];
    picks: readonly ReusePick[];
    grantConsent: boolean;
    at: Date;
  },
): Promise<void> {
  const { citizenId, dossierId, at } = input;
  if (input.picks.length > 0) {
    const locked = await lockOwnDocuments(
      tx,
      citizenId,
      input.picks.map((p) => p.documentId),
    );
    const byId = new Map(locked.map((d) => [d.id, d]));
    // Checked before the transaction; deleted in another tab since: refuse rather than attach a removed paper.
    if (input.picks.some((p) => !byId.has(p.documentId)))
      throw new AppError(422, "store_document_gone", "servicesDocuments.error.gone");
    const rows = input.picks.map((p) => {
      const d = byId.get(p.documentId) as StoredDocumentRow;
      return {
        id: uuidv7(),
        dossier_id: dossierId,
        document_key: p.documentKey,
        kind: "submission" as const,
        sha256: d.sha256,
        filename: d.filename,
        mime_type: d.mimeType,
        size_bytes: d.sizeBytes,
        uploaded_by_staff: null,
        uploaded_by_citizen: citizenId,
        citizen_document_id: d.id,
        created_at: at,
      };
    });
    await tx.insertInto("dossier_files").values(rows).execute();
    for (const p of input.picks)
      await logAccess(tx, {
        documentId: p.documentId,
        actor: { kind: "citizen", citizenId },
        action: "reuse",
        dossierId,
        at,
      });
  }
  if (input.grantConsent) await grantConsent(tx, citizenId, at);
  if (input.uploaded.length === 0 || !(await getConsent(tx, citizenId)).granted) return;
  const names = new Map(input.documents.map((d) => [d.key, d.name]));
  const keep = papersToKeep(
    input.uploaded.map((f) => ({
      documentName: f.documentKey ? (names.get(f.documentKey) ?? null) : null,
      filename: f.filename,
      sha256: f.sha256,
      mime: f.mime,
      size: f.size,
    })),
    await storedHashes(tx, citizenId),
  );
  await insertPapers(tx, citizenId, dossierId, keep, at);
}
