/** The citizen's document store: the only file that touches its tables. */
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import type { SubmittedPaper } from "./domain/matching.js";
import type { CitizenDocument, CitizenDocumentKind, DocumentAccessAction } from "./tables.js";

/**
 * Puts an issued (signed) result into the owner's store, whatever their consent to keep submitted papers: the result
 * is theirs. Called by the results part inside the transaction that issues it. Returns the store entry's id.
 */
export async function addResultToStore(
  tx: Tx,
  input: {
    citizenId: string;
    dossierId: string;
    electronicDocumentId: string;
    title: string;
    sha256: string;
    filename: string;
    sizeBytes: number;
    at: Date;
  },
): Promise<string> {
  // A result issued twice (e.g. a retried request) must not appear twice in the citizen's store.
  const existing = await tx
    .selectFrom("citizen_documents")
    .select("id")
    .where("electronic_document_id", "=", input.electronicDocumentId)
    .where("citizen_id", "=", input.citizenId)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = uuidv7();
  await tx
    .insertInto("citizen_documents")
    .values({
      id,
      citizen_id: input.citizenId,
      kind: "result",
      title: input.title,
      document_name: null,
      sha256: input.sha256,
      filename: input.filename,
      mime_type: "application/pdf",
      size_bytes: input.sizeBytes,
      source_dossier_id: input.dossierId,
      electronic_document_id: input.electronicDocumentId,
      created_at: input.at,
    })
    .execute();
  await logAccess(tx, {
    documentId: id,
    actor: { kind: "citizen", citizenId: input.citizenId },
    action: "store",
    dossierId: input.dossierId,
    at: input.at,
  });
  return id;
}

export type AccessActor = { kind: "citizen"; citizenId: string } | { kind: "staff"; staffId: string };

export async function logAccess(
  db: Executor,
  entry: {
    documentId: string;
    actor: AccessActor;
    action: DocumentAccessAction;
    dossierId: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto("citizen_document_access")
    .values({
      document_id: entry.documentId,
      actor_kind: entry.actor.kind,
      actor_citizen_id: entry.actor.kind === "citizen" ? entry.actor.citizenId : null,
      actor_staff_id: entry.actor.kind === "staff" ? entry.actor.staffId : null,
      action: entry.action,
      dossier_id: entry.dossierId,
      at: entry.at,
    })
    .execute();
}

export interface ConsentState {
  granted: boolean;
  grantedAt: Date | null;
  withdrawnAt: Date | null;
}

export async function getConsent(db: Executor, citizenId: string): Promise<ConsentState> {
  const row = await db
    .selectFrom("citizen_document_consents")
    .select(["granted_at", "withdrawn_at"])
    .where("citizen_id", "=", citizenId)
    .executeTakeFirst();
  const grantedAt = row?.granted_at ? new Date(row.granted_at) : null;
  const withdrawnAt = row?.withdrawn_at ? new Date(row.withdrawn_at) : null;
  return { granted: grantedAt !== null && withdrawnAt === null, grantedAt, withdrawnAt };
}

export async function grantConsent(db: Executor, citizenId: string, at: Date): Promise<void> {
  await db
    .insertInto("citizen_document_consents")
    .values({ citizen_id: citizenId, granted_at: at, withdrawn_at: null, updated_at: at })
    .onConflict((oc) =>
      oc.column("citizen_id").doUpdateSet({ granted_at: at, withdrawn_at: null, updated_at: at }),
    )
    .execute();
}

/**
 * Withdraws consent and removes (soft) the papers kept under it; results stay, and the files attached to dossiers
 * are separate rows that nothing here touches. Returns how many papers were removed.
 */
export async function withdrawConsent(tx: Tx, citizenId: string, at: Date): Promise<number> {
  await tx
    .insertInto("citizen_document_consents")
    .values({ citizen_id: citizenId, granted_at: null, withdrawn_at: at, updated_at: at })
    .onConflict((oc) => oc.column("citizen_id").doUpdateSet({ withdrawn_at: at, updated_at: at }))
    .execute();
  const removed = await tx
    .updateTable("citizen_documents")
    .set({ deleted_at: at })
    .where("citizen_id", "=", citizenId)
    .where("kind", "=", "paper")
    .where("deleted_at", "is", null)
    .returning("id")
    .execute();
  if (removed.length > 0)
    await tx
      .insertInto("citizen_document_access")
      .values(
        removed.map((r) => ({
          document_id: r.id,
          actor_kind: "citizen" as const,
          actor_citizen_id: citizenId,
          actor_staff_id: null,
          action: "delete" as const,
          dossier_id: null,
          at,
        })),
      )
      .execute();
  return removed.length;
}

export async function countKeptPapers(db: Executor, citizenId: string): Promise<number> {
  const row = await db
    .selectFrom("citizen_documents")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("citizen_id", "=", citizenId)
    .where("kind", "=", "paper")
    .where("deleted_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface StoredDocumentRow {
  id: string;
  kind: CitizenDocumentKind;
  title: string;
  documentName: string | null;
  sha256: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  sourceDossierCode: string | null;
}

const STORED_COLUMNS = [
  "cd.id",
  "cd.kind",
  "cd.title",
  "cd.document_name",
  "cd.sha256",
  "cd.filename",
  "cd.mime_type",
  "cd.size_bytes",
  "cd.created_at",
] as const;

function storedRows(db: Executor) {
  return db
    .selectFrom("citizen_documents as cd")
    .leftJoin("dossiers as d", "d.id", "cd.source_dossier_id")
    .select(STORED_COLUMNS)
    .select("d.code as source_code");
}

type RawStored = Pick<
  CitizenDocument,
  | "id"
  | "kind"
  | "title"
  | "document_name"
  | "sha256"
  | "filename"
  | "mime_type"
  | "size_bytes"
  | "created_at"
> & { source_code: string | null };

function toRow(r: RawStored): StoredDocumentRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    documentName: r.document_name,
    sha256: r.sha256,
    filename: r.filename,
    mimeType: r.mime_type,
    sizeBytes: Number(r.size_bytes),
    createdAt: new Date(r.created_at),
    sourceDossierCode: r.source_code,
  };
}

/** One page of the citizen's live documents, newest first, and the total. */
export async function listStoredDocuments(
  db: Executor,
  citizenId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: StoredDocumentRow[]; total: number }> {
  const [count, rows] = await Promise.all([
    db
      .selectFrom("citizen_documents")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("citizen_id", "=", citizenId)
      .where("deleted_at", "is", null)
      .executeTakeFirstOrThrow(),
    storedRows(db)
      .where("cd.citizen_id", "=", citizenId)
      .where("cd.deleted_at", "is", null)
      .orderBy("cd.created_at", "desc")
      .orderBy("cd.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { rows: rows.map(toRow), total: Number(count.n) };
}

/** Upper bound of documents offered in a submission form (a store is small; this keeps the page bounded anyway). */
export const MAX_OFFERED = 200;

/** The citizen's live documents offered for reuse (every slot draws from the same list: one query per form). */
export async function listOfferable(db: Executor, citizenId: string): Promise<StoredDocumentRow[]> {
  const rows = await storedRows(db)
    .where("cd.citizen_id", "=", citizenId)
    .where("cd.deleted_at", "is", null)
    .orderBy("cd.created_at", "desc")
    .limit(MAX_OFFERED)
    .execute();
  return rows.map(toRow);
}

/** The owner's live document, or undefined (another citizen's, deleted or unknown: the caller says 404). */
export async function getOwnDocument(
  db: Executor,
  citizenId: string,
  id: string,
): Promise<StoredDocumentRow | undefined> {
  const row = await storedRows(db)
    .where("cd.id", "=", id)
    .where("cd.citizen_id", "=", citizenId)
    .where("cd.deleted_at", "is", null)
    .executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/** Several of the owner's live documents by id, locked so a delete cannot slip between check and use. */
export async function lockOwnDocuments(
  tx: Tx,
  citizenId: string,
  ids: readonly string[],
): Promise<StoredDocumentRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    // No join here: FOR UPDATE cannot lock the nullable side of an outer join, and the caller needs no dossier code.
    .selectFrom("citizen_documents as cd")
    .select(STORED_COLUMNS)
    .select(sql<string | null>`null`.as("source_code"))
    .where("cd.id", "in", [...ids])
    .where("cd.citizen_id", "=", citizenId)
    .where("cd.deleted_at", "is", null)
    .forUpdate()
    .execute();
  return rows.map(toRow);
}

export async function softDeleteDocument(tx: Tx, citizenId: string, id: string, at: Date): Promise<boolean> {
  const done = await tx
    .updateTable("citizen_documents")
    .set({ deleted_at: at })
    .where("id", "=", id)
    .where("citizen_id", "=", citizenId)
    .where("deleted_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!done) return false;
  await logAccess(tx, {
    documentId: id,
    actor: { kind: "citizen", citizenId },
    action: "delete",
    dossierId: null,
    at,
  });
  return true;
}

/** Content hashes of the citizen's live documents (to keep each content once). */
export async function storedHashes(db: Executor, citizenId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("citizen_documents")
    .select("sha256")
    .where("citizen_id", "=", citizenId)
    .where("deleted_at", "is", null)
    .execute();
  return new Set(rows.map((r) => r.sha256));
}

export async function insertPapers(
  tx: Tx,
  citizenId: string,
  dossierId: string,
  papers: readonly SubmittedPaper[],
  at: Date,
): Promise<string[]> {
  if (papers.length === 0) return [];
  const rows = papers.map((p) => ({
    id: uuidv7(),
    citizen_id: citizenId,
    kind: "paper" as const,
    title: p.documentName ?? p.filename,
    document_name: p.documentName,
    sha256: p.sha256,
    filename: p.filename,
    mime_type: p.mime,
    size_bytes: p.size,
    source_dossier_id: dossierId,
    electronic_document_id: null,
    created_at: at,
  }));
  await tx.insertInto("citizen_documents").values(rows).execute();
  await tx
    .insertInto("citizen_document_access")
    .values(
      rows.map((r) => ({
        document_id: r.id,
        actor_kind: "citizen" as const,
        actor_citizen_id: citizenId,
        actor_staff_id: null,
        action: "store" as const,
        dossier_id: dossierId,
        at,
      })),
    )
    .execute();
  return rows.map((r) => r.id);
}

export interface AccessLogRow {
  at: Date;
  action: DocumentAccessAction;
  actorKind: "citizen" | "staff";
  staffName: string | null;
  staffUnit: string | null;
  dossierCode: string | null;
}

export const ACCESS_LOG_LIMIT = 200;

/** The document's access log, newest first (bounded: an old, much-viewed paper still opens quickly). */
export async function listAccess(db: Executor, documentId: string): Promise<AccessLogRow[]> {
  const rows = await db
    .selectFrom("citizen_document_access as a")
    .leftJoin("staff_users as s", "s.id", "a.actor_staff_id")
    .leftJoin("units as u", "u.id", "s.unit_id")
    .leftJoin("dossiers as d", "d.id", "a.dossier_id")
    .select(["a.at", "a.action", "a.actor_kind", "s.full_name", "u.name_vi", "d.code"])
    .where("a.document_id", "=", documentId)
    .orderBy("a.at", "desc")
    .orderBy("a.id", "desc")
    .limit(ACCESS_LOG_LIMIT)
    .execute();
  return rows.map((r) => ({
    at: new Date(r.at),
    action: r.action,
    actorKind: r.actor_kind,
    staffName: r.full_name,
    staffUnit: r.name_vi,
    dossierCode: r.code,
  }));
}
