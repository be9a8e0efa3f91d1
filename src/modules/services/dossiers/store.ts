import type { Executor, Tx } from "../../../platform/db/transaction.js";
import type { Dossier, DossierFile, Procedure } from "../tables.js";
import "./tables.js";

/**
 * The next sequence number of an agency's day, inside the caller's transaction. The upsert takes the counter row's
 * lock, so concurrent submissions for the same agency and day get 1, 2, 3 … and never the same number.
 */
export async function nextDossierSequence(tx: Tx, agencyCode: string, day: string): Promise<number> {
  const row = await tx
    .insertInto("dossier_code_counters")
    .values({ agency_code: agencyCode, day, last_seq: 1 })
    .onConflict((oc) =>
      oc.columns(["agency_code", "day"]).doUpdateSet((eb) => ({
        last_seq: eb("dossier_code_counters.last_seq", "+", 1),
      })),
    )
    .returning("last_seq")
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export interface UnitForCode {
  id: string;
  name_vi: string;
  short_code: string;
  identifier_code: string | null;
}

export async function getUnitForCode(db: Executor, id: string): Promise<UnitForCode | undefined> {
  return db
    .selectFrom("units")
    .select(["id", "name_vi", "short_code", "identifier_code"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function getPublishedProcedureByCode(
  db: Executor,
  code: string,
): Promise<Procedure | undefined> {
  return db
    .selectFrom("procedures")
    .selectAll()
    .where("code", "=", code)
    .where("published", "=", true)
    .executeTakeFirst();
}

export async function getDossierByCode(db: Executor, code: string): Promise<Dossier | undefined> {
  return db.selectFrom("dossiers").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function getDossierById(db: Executor, id: string): Promise<Dossier | undefined> {
  return db.selectFrom("dossiers").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listDossierFiles(db: Executor, dossierId: string): Promise<DossierFile[]> {
  return db
    .selectFrom("dossier_files")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function listDossierPapers(db: Executor, dossierId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("dossier_papers")
    .select("document_key")
    .where("dossier_id", "=", dossierId)
    .execute();
  return rows.map((r) => r.document_key);
}

export async function getProcedureById(db: Executor, id: string): Promise<Procedure | undefined> {
  return db.selectFrom("procedures").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Who registered a walk-in dossier (shown on the receipt). */
export async function staffName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom("staff_users").select("full_name").where("id", "=", id).executeTakeFirst();
  return row?.full_name ?? null;
}

/** Published procedures an officer may register, searched by the diacritics-free search text, name or code. */
export async function searchCounterProcedures(
  db: Executor,
  unitIds: "all" | readonly string[],
  needle: string,
  limit = 50,
) {
  let q = db
    .selectFrom("procedures")
    .innerJoin("units", "units.id", "procedures.unit_id")
    .select([
      "procedures.id",
      "procedures.code",
      "procedures.name",
      "procedures.processing_days",
      "units.name_vi as unit_name",
    ])
    .where("procedures.published", "=", true);
  if (unitIds !== "all") {
    if (unitIds.length === 0) return [];
    q = q.where("procedures.unit_id", "in", [...unitIds]);
  }
  if (needle !== "") {
    const like = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb("procedures.search_text", "like", like),
        eb("procedures.code", "ilike", like),
        eb("procedures.name", "ilike", like),
      ]),
    );
  }
  return q.orderBy("procedures.name").limit(limit).execute();
}
