import type { Insertable } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import type { OnlineClass, Procedure, ProcedureTable } from "../tables.js";
import type { ProcedureDocument } from "./domain/procedure.js";
import type { ProcedureInput } from "./domain/procedure-input.js";
import { buildSearchText, likeContains, searchWords } from "./domain/text.js";

export async function getProcedureByCode(db: Executor, code: string): Promise<Procedure | undefined> {
  return db.selectFrom("procedures").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function getProcedure(db: Executor, id: string): Promise<Procedure | undefined> {
  return db.selectFrom("procedures").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The columns of a procedure from checked input (JSON columns as text, search_text with the unit's name). */
export function procedureRow(
  input: ProcedureInput,
  unitName: string,
): Omit<Insertable<ProcedureTable>, "id" | "created_at" | "updated_at"> {
  return {
    code: input.code,
    name: input.name,
    field: input.field,
    unit_id: input.unitId,
    level: input.level,
    online_class: input.onlineClass,
    online_submission: input.onlineSubmission,
    online_payment: input.onlinePayment,
    electronic_result: input.electronicResult,
    legal_basis: input.legalBasis,
    processing_days: input.processingDays,
    result_type: input.resultType,
    postal_return: input.postalReturn,
    documents: JSON.stringify(input.documents),
    form_fields: JSON.stringify(input.formFields),
    fees: JSON.stringify(input.fees),
    fee_exemptions: JSON.stringify(input.feeExemptions),
    fee_note: input.feeNote,
    steps: JSON.stringify(input.steps),
    applicants: input.applicants,
    conditions: input.conditions,
    published: input.published,
    search_text: buildSearchText({ code: input.code, name: input.name, field: input.field, unitName }),
  };
}

export interface ProcedureFilters {
  q?: string | undefined;
  field?: string | undefined;
  unitId?: string | undefined;
  level?: number | undefined;
  onlineClass?: OnlineClass | undefined;
  published?: boolean | undefined;
  /** Units the reader may see (staff scope); "all" for everyone. */
  unitIds?: "all" | readonly string[];
}

export interface ProcedureListRow {
  id: string;
  code: string;
  name: string;
  field: string;
  unit_id: string;
  unit_name: string;
  level: number;
  online_class: OnlineClass;
  processing_days: number;
  published: boolean;
}

function filtered(db: Executor, f: ProcedureFilters) {
  let q = db.selectFrom("procedures").innerJoin("units", "units.id", "procedures.unit_id");
  for (const word of searchWords(f.q ?? "")) {
    q = q.where("procedures.search_text", "like", likeContains(word));
  }
  if (f.field) q = q.where("procedures.field", "=", f.field);
  if (f.unitId) q = q.where("procedures.unit_id", "=", f.unitId);
  if (f.level !== undefined) q = q.where("procedures.level", "=", f.level);
  if (f.onlineClass) q = q.where("procedures.online_class", "=", f.onlineClass);
  if (f.published !== undefined) q = q.where("procedures.published", "=", f.published);
  if (f.unitIds && f.unitIds !== "all") {
    const ids = [...f.unitIds];
    q = ids.length === 0 ? q.where((eb) => eb.val(false)) : q.where("procedures.unit_id", "in", ids);
  }
  return q;
}

/** A page of procedures with the total, ordered by unit then name (the database's order; names are sorted vi). */
export async function listProcedures(
  db: Executor,
  f: ProcedureFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: ProcedureListRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .select([
        "procedures.id",
        "procedures.code",
        "procedures.name",
        "procedures.field",
        "procedures.unit_id",
        "units.name_vi as unit_name",
        "procedures.level",
        "procedures.online_class",
        "procedures.processing_days",
        "procedures.published",
      ])
      .orderBy("units.sort_order")
      .orderBy("units.name_vi")
      .orderBy("procedures.name")
      .orderBy("procedures.code")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface Facets {
  fields: string[];
  units: { id: string; name: string; short_code: string }[];
}

/** The fields and units that have procedures (published only for the public catalogue). */
export async function listFacets(
  db: Executor,
  opts: { publishedOnly: boolean; unitIds?: "all" | readonly string[] },
): Promise<Facets> {
  const base = filtered(db, {
    ...(opts.publishedOnly ? { published: true } : {}),
    unitIds: opts.unitIds ?? "all",
  });
  const [fields, units] = await Promise.all([
    base.select("procedures.field").distinct().execute(),
    base.select(["units.id", "units.name_vi as name", "units.short_code"]).distinct().execute(),
  ]);
  return { fields: fields.map((r) => r.field), units };
}

export async function insertProcedure(
  tx: Executor,
  input: ProcedureInput,
  unitName: string,
): Promise<Procedure> {
  return tx
    .insertInto("procedures")
    .values({ id: uuidv7(), ...procedureRow(input, unitName) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateProcedure(
  tx: Executor,
  id: string,
  input: ProcedureInput,
  unitName: string,
): Promise<Procedure> {
  return tx
    .updateTable("procedures")
    .set({ ...procedureRow(input, unitName), updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getProcedureForUpdate(tx: Executor, id: string): Promise<Procedure | undefined> {
  return tx.selectFrom("procedures").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function setPublished(tx: Executor, id: string, published: boolean): Promise<void> {
  await tx
    .updateTable("procedures")
    .set({ published, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function setDocuments(tx: Executor, id: string, documents: ProcedureDocument[]): Promise<void> {
  await tx
    .updateTable("procedures")
    .set({ documents: JSON.stringify(documents), updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function codeTaken(db: Executor, code: string, exceptId: string | null): Promise<boolean> {
  let q = db.selectFrom("procedures").select("id").where("code", "=", code);
  if (exceptId) q = q.where("id", "<>", exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The procedures already holding some codes (for the import: update or insert, scope of the existing unit). */
export async function existingByCodes(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, Pick<Procedure, "id" | "unit_id" | "documents" | "form_fields" | "fee_exemptions">>> {
  const out = new Map<
    string,
    Pick<Procedure, "id" | "unit_id" | "documents" | "form_fields" | "fee_exemptions">
  >();
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom("procedures")
      .select(["id", "code", "unit_id", "documents", "form_fields", "fee_exemptions"])
      .where("code", "in", chunk)
      .execute();
    for (const r of rows)
      out.set(r.code, {
        id: r.id,
        unit_id: r.unit_id,
        documents: r.documents,
        form_fields: r.form_fields,
        fee_exemptions: r.fee_exemptions,
      });
  }
  return out;
}

/**
 * Writes many procedures in a few multi-row statements: insert, or update the one with the same code. Returns the
 * ids written (new rows get fresh ids). Call inside the import's transaction.
 */
export async function upsertProcedures(
  tx: Executor,
  items: readonly { input: ProcedureInput; unitName: string }[],
): Promise<void> {
  const now = new Date();
  for (let i = 0; i < items.length; i += 250) {
    const rows = items.slice(i, i + 250).map(({ input, unitName }) => ({
      id: uuidv7(),
      ...procedureRow(input, unitName),
      created_at: now,
      updated_at: now,
    }));
    await tx
      .insertInto("procedures")
      .values(rows)
      .onConflict((oc) =>
        oc.column("code").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          field: eb.ref("excluded.field"),
          unit_id: eb.ref("excluded.unit_id"),
          level: eb.ref("excluded.level"),
          online_class: eb.ref("excluded.online_class"),
          online_submission: eb.ref("excluded.online_submission"),
          online_payment: eb.ref("excluded.online_payment"),
          electronic_result: eb.ref("excluded.electronic_result"),
          legal_basis: eb.ref("excluded.legal_basis"),
          processing_days: eb.ref("excluded.processing_days"),
          result_type: eb.ref("excluded.result_type"),
          postal_return: eb.ref("excluded.postal_return"),
          documents: eb.ref("excluded.documents"),
          form_fields: eb.ref("excluded.form_fields"),
          fees: eb.ref("excluded.fees"),
          fee_exemptions: eb.ref("excluded.fee_exemptions"),
          fee_note: eb.ref("excluded.fee_note"),
          steps: eb.ref("excluded.steps"),
          applicants: eb.ref("excluded.applicants"),
          conditions: eb.ref("excluded.conditions"),
          published: eb.ref("excluded.published"),
          search_text: eb.ref("excluded.search_text"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

export interface CatalogueUnit {
  id: string;
  parent_id: string | null;
  kind: string;
  name_vi: string;
  short_code: string;
  identifier_code: string | null;
  sort_order: number;
  active: boolean;
}

export async function listCatalogueUnits(db: Executor): Promise<CatalogueUnit[]> {
  return db
    .selectFrom("units")
    .select(["id", "parent_id", "kind", "name_vi", "short_code", "identifier_code", "sort_order", "active"])
    .orderBy("sort_order")
    .orderBy("name_vi")
    .execute();
}

/** Whether any procedure lists this template file (the public template route serves only those). */
export async function templateInUse(db: Executor, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom("procedures")
    .select("id")
    .where((eb) => eb(eb.cast("documents", "text"), "like", likeContains(sha256)))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
