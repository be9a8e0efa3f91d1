import { type SelectQueryBuilder, sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Database } from "../../../platform/db/schema.js";
import type { Executor } from "../../../platform/db/transaction.js";
import type { LegalDocument, Media } from "../tables.js";
import { dateProblems } from "./domain/dates.js";
import { docTypeByKey } from "./domain/doc-types.js";
import { legalFieldByKey } from "./domain/fields.js";
import { abbreviationProblem, parseNumberSymbol, yearProblem } from "./domain/number-symbol.js";
import type { Problem } from "./domain/problem.js";
import type { ScopeSite, ScopeUnit } from "./domain/scope.js";
import { searchFold } from "./domain/text.js";

/** The legal-documents register's SQL (SPEC §A4): the only file that reads or writes legal_documents and its files. */

// ---------------------------------------------------------------------------------------------------------------
// Units and sites (read only: they belong to the orgs module)

export interface RegisterUnit extends ScopeUnit {
  name_vi: string;
  name_en: string;
  short_code: string;
  active: boolean;
}

export interface RegisterSite extends ScopeSite {
  slug: string;
  kind: string;
}

/** The unit tree and the sites, for scoping people and sites (a few dozen rows in a province). */
export async function loadOrgTree(db: Executor): Promise<{ units: RegisterUnit[]; sites: RegisterSite[] }> {
  const [units, sites] = await Promise.all([
    db
      .selectFrom("units")
      .select(["id", "parent_id", "kind", "name_vi", "name_en", "short_code", "active"])
      .orderBy("sort_order")
      .orderBy("name_vi")
      .execute(),
    db.selectFrom("sites").select(["id", "unit_id", "slug", "kind"]).where("active", "=", true).execute(),
  ]);
  return { units, sites };
}

/** A unit and every unit below it, read with one recursive query (public pages of a component site). */
export async function unitSubtreeIds(db: Executor, rootId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive tree(id) as (
      select id from units where id = ${rootId}
      union
      select u.id from units u join tree t on u.parent_id = t.id
    )
    select id from tree`.execute(db);
  return rows.rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------------------------
// Creating and updating

/**
 * A new register entry. `docTypeKey` and `fieldKey` are keys of DOC_TYPES and LEGAL_FIELDS ("quyet-dinh",
 * "xay-dung"); dates are ISO ("2024-03-15"). `issuerName` is required for an outside body and, for one of our
 * units, may be left out (the unit's Vietnamese name is used). `ownerUnitId` (whose register holds it) defaults to
 * the issuer unit.
 */
export interface NewLegalDocument {
  id?: string;
  numberSymbol: string;
  docTypeKey: string;
  issuerUnitId: string | null;
  issuerName?: string | null;
  ownerUnitId?: string | null;
  siteId?: string | null;
  signerName?: string | null;
  signerPosition?: string | null;
  issuedOn: string;
  effectiveOn?: string | null;
  expiresOn?: string | null;
  replacedById?: string | null;
  fieldKey?: string | null;
  summary: string;
  published?: boolean;
  createdBy?: string | null;
  /** PDFs already stored through ingestFile (media rows), in display order. */
  mediaIds?: readonly string[];
  createdAt?: Date;
}

/** Thrown by createLegalDocument for data that breaks the register's rules (a seed or import bug, not user input). */
export class LegalDocumentRuleError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`legal document refused: ${problems.map((p) => p.key).join(", ")}`);
    this.name = "LegalDocumentRuleError";
  }
}

/** Whether an error is the register's unique index refusing a second "same number/symbol, issuer and year". */
export function isDuplicateLegalDocument(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    e.code === "23505" &&
    (e.constraint === "legal_documents_number_key" ||
      (typeof e.message === "string" && e.message.includes("legal_documents_number_key")))
  );
}

function ruleProblems(input: NewLegalDocument): Problem[] {
  const out: Problem[] = [];
  const type = docTypeByKey(input.docTypeKey);
  if (!type) out.push({ key: "legal.type.unknown" });
  const ns = parseNumberSymbol(input.numberSymbol);
  if (!ns.ok) out.push(ns.problem);
  if (ns.ok && type) {
    const p = abbreviationProblem(ns.value, type) ?? yearProblem(ns.value, input.issuedOn);
    if (p) out.push(p);
  }
  const dates = dateProblems({
    issuedOn: input.issuedOn,
    effectiveOn: input.effectiveOn ?? null,
    expiresOn: input.expiresOn ?? null,
  });
  out.push(...Object.values(dates));
  if (input.fieldKey && !legalFieldByKey(input.fieldKey)) out.push({ key: "legal.field.unknown" });
  if (input.summary.trim() === "") out.push({ key: "legal.summary.required" });
  if (input.issuerUnitId === null && !input.issuerName?.trim())
    out.push({ key: "legal.issuer.otherRequired" });
  return out;
}

/**
 * Writes one register entry and links its files, in the caller's transaction. This is the entry point for the admin
 * form, the CSV import and the demo seed (P6): it applies the rules of Decree 30/2020/NĐ-CP to the number/symbol and
 * the date rules, and throws LegalDocumentRuleError if they fail. It records no audit row and purges no cache: a
 * staff action does both around it (see routes), a seed needs neither. A duplicate (same number/symbol, issuer and
 * year) makes PostgreSQL refuse the insert: test with isDuplicateLegalDocument(err).
 */
export async function createLegalDocument(tx: Executor, input: NewLegalDocument): Promise<LegalDocument> {
  const problems = ruleProblems(input);
  if (problems.length > 0) throw new LegalDocumentRuleError(problems);
  const type = docTypeByKey(input.docTypeKey);
  const field = input.fieldKey ? legalFieldByKey(input.fieldKey) : undefined;
  let issuerName = input.issuerName?.trim() ?? "";
  if (issuerName === "" && input.issuerUnitId) {
    const unit = await tx
      .selectFrom("units")
      .select("name_vi")
      .where("id", "=", input.issuerUnitId)
      .executeTakeFirst();
    if (!unit) throw new LegalDocumentRuleError([{ key: "legal.issuer.notAllowed" }]);
    issuerName = unit.name_vi;
  }
  const now = input.createdAt ?? new Date();
  const row = await tx
    .insertInto("legal_documents")
    .values({
      id: input.id ?? uuidv7(),
      number_symbol: input.numberSymbol.normalize("NFC").trim(),
      doc_type: type?.vi ?? input.docTypeKey,
      issuer_unit_id: input.issuerUnitId,
      issuer_name: issuerName.normalize("NFC"),
      owner_unit_id: input.ownerUnitId === undefined ? input.issuerUnitId : input.ownerUnitId,
      site_id: input.siteId ?? null,
      signer_name: input.signerName ?? null,
      signer_position: input.signerPosition ?? null,
      issued_on: input.issuedOn,
      effective_on: input.effectiveOn ?? null,
      expires_on: input.expiresOn ?? null,
      replaced_by_id: input.replacedById ?? null,
      field: field?.vi ?? null,
      summary: input.summary.normalize("NFC").trim(),
      published: input.published ?? true,
      created_by: input.createdBy ?? null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.mediaIds && input.mediaIds.length > 0) await addDocumentFiles(tx, row.id, input.mediaIds);
  return row;
}

/** Columns a register form writes: what createLegalDocument writes, minus identity and creation. */
export type LegalDocumentPatch = Pick<
  LegalDocument,
  | "number_symbol"
  | "doc_type"
  | "issuer_unit_id"
  | "issuer_name"
  | "owner_unit_id"
  | "site_id"
  | "signer_name"
  | "signer_position"
  | "issued_on"
  | "effective_on"
  | "expires_on"
  | "replaced_by_id"
  | "field"
  | "summary"
  | "published"
>;

export async function updateLegalDocument(
  tx: Executor,
  id: string,
  patch: LegalDocumentPatch,
): Promise<LegalDocument> {
  return tx
    .updateTable("legal_documents")
    .set({ ...patch, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Links files after the ones a document already has, keeping their order; a file linked twice stays once. */
export async function addDocumentFiles(
  tx: Executor,
  documentId: string,
  mediaIds: readonly string[],
): Promise<void> {
  if (mediaIds.length === 0) return;
  const last = await tx
    .selectFrom("legal_document_files")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("document_id", "=", documentId)
    .executeTakeFirst();
  const start = (last?.max ?? -1) + 1;
  const unique = [...new Set(mediaIds)];
  await tx
    .insertInto("legal_document_files")
    .values(unique.map((media_id, i) => ({ document_id: documentId, media_id, position: start + i })))
    .onConflict((oc) => oc.columns(["document_id", "media_id"]).doNothing())
    .execute();
}

export async function removeDocumentFiles(
  tx: Executor,
  documentId: string,
  mediaIds: readonly string[],
): Promise<void> {
  if (mediaIds.length === 0) return;
  await tx
    .deleteFrom("legal_document_files")
    .where("document_id", "=", documentId)
    .where("media_id", "in", [...mediaIds])
    .execute();
}

/**
 * Many entries at once (CSV import): one multi-row insert per chunk. A row that meets an existing entry under the
 * unique index (someone registered it meanwhile) is skipped, not failed; the ids returned are the rows written.
 */
export async function insertLegalDocumentsSkippingDuplicates(
  tx: Executor,
  rows: readonly (LegalDocumentPatch & { id: string; created_by: string | null })[],
): Promise<Set<string>> {
  const written = new Set<string>();
  const now = new Date();
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, created_at: now, updated_at: now }));
    const result = await tx
      .insertInto("legal_documents")
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    for (const r of result) written.add(r.id);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups used by the forms

export interface DuplicateKey {
  numberSymbol: string;
  issuerName: string;
  year: number;
}

/** The entry the unique index would collide with, for a message that names it. */
export async function findDuplicate(
  db: Executor,
  key: DuplicateKey,
  exceptId: string | null,
): Promise<Pick<LegalDocument, "id" | "number_symbol" | "issuer_name" | "issued_on"> | undefined> {
  let q = db
    .selectFrom("legal_documents")
    .select(["id", "number_symbol", "issuer_name", "issued_on"])
    .where(sql<string>`lower(number_symbol)`, "=", sql<string>`lower(${key.numberSymbol})`)
    .where("issuer_name", "=", key.issuerName)
    .where(sql<number>`extract(year from issued_on)`, "=", key.year);
  if (exceptId) q = q.where("id", "<>", exceptId);
  return q.executeTakeFirst();
}

/** Keys ("lower(symbol)|issuer|year") of existing entries among the given symbols: duplicates of a CSV, in one query. */
export async function existingDuplicateKeys(db: Executor, symbols: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const lowered = [...new Set(symbols.map((s) => s.toLowerCase()))];
  for (let i = 0; i < lowered.length; i += 1000) {
    const chunk = lowered.slice(i, i + 1000);
    const rows = await db
      .selectFrom("legal_documents")
      .select([
        sql<string>`lower(number_symbol)`.as("symbol"),
        "issuer_name",
        sql<number>`extract(year from issued_on)::int`.as("year"),
      ])
      .where(sql<string>`lower(number_symbol)`, "in", chunk)
      .execute();
    for (const r of rows) out.add(duplicateKey(r.symbol, r.issuer_name, Number(r.year)));
  }
  return out;
}

/** The key of the unique index as the app compares it (PostgreSQL's lower() and JS toLowerCase agree on Vietnamese). */
export function duplicateKey(numberSymbol: string, issuerName: string, year: number): string {
  return `${numberSymbol.toLowerCase()}|${issuerName}|${year}`;
}

export type ReplacementRow = Pick<LegalDocument, "id" | "number_symbol" | "issued_on" | "issuer_name">;

/** Entries a typed "12/QĐ-UBND [ngày dd/mm/yyyy]" may mean (case-insensitive), newest first; a few at most. */
export async function findReplacementCandidates(
  db: Executor,
  ref: { numberSymbol: string; issuedOn: string | null },
): Promise<ReplacementRow[]> {
  let q = db
    .selectFrom("legal_documents")
    .select(["id", "number_symbol", "issued_on", "issuer_name"])
    .where(sql<string>`lower(number_symbol)`, "=", sql<string>`lower(${ref.numberSymbol})`)
    .orderBy("issued_on", "desc")
    .limit(6);
  if (ref.issuedOn) q = q.where("issued_on", "=", ref.issuedOn);
  return q.execute();
}

/** The ids reached by following replaced-by from a document (its replacement, that one's …), to refuse cycles. */
export async function replacementChain(db: Executor, startId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive chain(id, depth) as (
      select replaced_by_id, 1 from legal_documents where id = ${startId} and replaced_by_id is not null
      union all
      select d.replaced_by_id, c.depth + 1 from legal_documents d join chain c on d.id = c.id
      where d.replaced_by_id is not null and c.depth < 100
    )
    select id from chain`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Recent entries within a scope, offered as suggestions for the replaced-by field. */
export async function recentDocumentsForPicker(db: Executor, ownerUnitIds: "all" | readonly string[]) {
  let q = db
    .selectFrom("legal_documents")
    .select(["id", "number_symbol", "issued_on", "summary"])
    .orderBy("issued_on", "desc")
    .orderBy("id", "desc")
    .limit(200);
  if (ownerUnitIds !== "all") q = ownerFilter(q, ownerUnitIds);
  return q.execute();
}

// ---------------------------------------------------------------------------------------------------------------
// Reading one document

export interface DocumentFile {
  media_id: string;
  sha256: string;
  original_name: string;
  size_bytes: number;
  mime: string;
}

export interface RelatedDocument {
  id: string;
  number_symbol: string;
  doc_type: string;
  issued_on: string;
  effective_on: string | null;
  published: boolean;
}

export interface DocumentDetail {
  doc: LegalDocument;
  issuerNameEn: string | null;
  replacement: RelatedDocument | null;
  /** The documents this one replaces. */
  replaces: RelatedDocument[];
  files: DocumentFile[];
}

/** A document with its replacement, what it replaces, and its files: three queries. */
export async function getDocumentDetail(db: Executor, id: string): Promise<DocumentDetail | undefined> {
  const row = await db
    .selectFrom("legal_documents as d")
    .leftJoin("units as iu", "iu.id", "d.issuer_unit_id")
    .leftJoin("legal_documents as r", "r.id", "d.replaced_by_id")
    .selectAll("d")
    .select([
      "iu.name_en as issuer_name_en",
      "r.id as r_id",
      "r.number_symbol as r_number_symbol",
      "r.doc_type as r_doc_type",
      "r.issued_on as r_issued_on",
      "r.effective_on as r_effective_on",
      "r.published as r_published",
    ])
    .where("d.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    issuer_name_en,
    r_id,
    r_number_symbol,
    r_doc_type,
    r_issued_on,
    r_effective_on,
    r_published,
    ...doc
  } = row;
  const [replaces, files] = await Promise.all([
    db
      .selectFrom("legal_documents")
      .select(["id", "number_symbol", "doc_type", "issued_on", "effective_on", "published"])
      .where("replaced_by_id", "=", id)
      .orderBy("issued_on", "desc")
      .limit(50)
      .execute(),
    documentFiles(db, id),
  ]);
  return {
    doc,
    issuerNameEn: issuer_name_en,
    replacement:
      r_id && r_number_symbol && r_doc_type && r_issued_on
        ? {
            id: r_id,
            number_symbol: r_number_symbol,
            doc_type: r_doc_type,
            issued_on: r_issued_on,
            effective_on: r_effective_on,
            published: r_published ?? false,
          }
        : null,
    replaces,
    files,
  };
}

export async function documentFiles(db: Executor, documentId: string): Promise<DocumentFile[]> {
  return db
    .selectFrom("legal_document_files as f")
    .innerJoin("media as m", "m.id", "f.media_id")
    .select(["f.media_id", "m.sha256", "m.original_name", "m.size_bytes", "m.mime"])
    .where("f.document_id", "=", documentId)
    .orderBy("f.position")
    .execute();
}

export async function getDocumentForUpdate(tx: Executor, id: string): Promise<LegalDocument | undefined> {
  return tx.selectFrom("legal_documents").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function mediaByIds(db: Executor, ids: readonly string[]): Promise<Media[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("media")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

// ---------------------------------------------------------------------------------------------------------------
// Lists

export interface ListFilters {
  /** DOC_TYPES[].vi */
  docType?: string | undefined;
  issuerName?: string | undefined;
  year?: number | undefined;
  /** LEGAL_FIELDS[].vi */
  field?: string | undefined;
  q?: string | undefined;
  published?: boolean | undefined;
}

export interface ListRow {
  id: string;
  number_symbol: string;
  doc_type: string;
  issuer_name: string;
  issuer_name_en: string | null;
  issued_on: string;
  effective_on: string | null;
  expires_on: string | null;
  summary: string;
  field: string | null;
  published: boolean;
  r_issued_on: string | null;
  r_effective_on: string | null;
  total: number;
}

type LegalQuery<O> = SelectQueryBuilder<Database, "legal_documents", O>;

function ownerFilter<O>(q: LegalQuery<O>, ownerUnitIds: readonly string[]): LegalQuery<O> {
  if (ownerUnitIds.length === 0) return q.where(sql<boolean>`false`);
  return q.where("legal_documents.owner_unit_id", "in", [...ownerUnitIds]);
}

function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The text query, without regard to case or diacritics: every word typed must start a word of the number/symbol,
 * summary, kind, issuer or field (the generated `search` vector over f_search_key), or the whole query must occur in
 * the number/symbol ("1234/QĐ" finds "1234/QĐ-UBND"; the vector's parser splits symbols oddly).
 */
function textCondition(q: string) {
  const query = q.trim().slice(0, 200);
  const words = searchFold(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 10);
  const symbolMatch = sql<boolean>`f_search_key(legal_documents.number_symbol) like '%' || f_search_key(${likeEscape(query)}) || '%'`;
  if (words.length === 0) return symbolMatch;
  const tsquery = words.map((w) => `${w}:*`).join(" & ");
  return sql<boolean>`(legal_documents.search @@ to_tsquery('simple', ${tsquery}) or ${symbolMatch})`;
}

function applyFilters<O>(q: LegalQuery<O>, f: ListFilters): LegalQuery<O> {
  let out = q;
  if (f.published !== undefined) out = out.where("legal_documents.published", "=", f.published);
  if (f.docType) out = out.where("legal_documents.doc_type", "=", f.docType);
  if (f.issuerName) out = out.where("legal_documents.issuer_name", "=", f.issuerName);
  if (f.field) out = out.where("legal_documents.field", "=", f.field);
  if (f.year) {
    out = out
      .where("legal_documents.issued_on", ">=", `${f.year}-01-01`)
      .where("legal_documents.issued_on", "<=", `${f.year}-12-31`);
  }
  if (f.q && f.q.trim() !== "") {
    const cond = textCondition(f.q);
    out = out.where(() => cond);
  }
  return out;
}

/**
 * One page of the register, newest first, with the total count (a window over the same query) and what the status
 * needs: one query whatever the page size. `ownerUnitIds` scopes it to units' registers ("all": the whole province).
 */
export async function listDocuments(
  db: Executor,
  scope: "all" | readonly string[],
  filters: ListFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: ListRow[]; total: number }> {
  let q = db
    .selectFrom("legal_documents")
    .leftJoin("units as iu", "iu.id", "legal_documents.issuer_unit_id")
    .leftJoin("legal_documents as r", (join) =>
      join.onRef("r.id", "=", "legal_documents.replaced_by_id").on("r.published", "=", true),
    )
    .select([
      "legal_documents.id",
      "legal_documents.number_symbol",
      "legal_documents.doc_type",
      "legal_documents.issuer_name",
      "iu.name_en as issuer_name_en",
      "legal_documents.issued_on",
      "legal_documents.effective_on",
      "legal_documents.expires_on",
      "legal_documents.summary",
      "legal_documents.field",
      "legal_documents.published",
      "r.issued_on as r_issued_on",
      "r.effective_on as r_effective_on",
      sql<number>`count(*) over ()`.as("total"),
    ]);
  if (scope !== "all") q = ownerFilter(q, scope);
  q = applyFilters(q, filters);
  const rows = await q
    .orderBy("legal_documents.issued_on", "desc")
    .orderBy("legal_documents.id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (rows.length === 0 && page.offset > 0) {
    // Past the last page: the window has no row to report the count on.
    let countQ = db.selectFrom("legal_documents").select((eb) => eb.fn.countAll<number>().as("n"));
    if (scope !== "all") countQ = ownerFilter(countQ, scope);
    countQ = applyFilters(countQ, filters);
    total = Number((await countQ.executeTakeFirst())?.n ?? 0);
  }
  return { rows: rows.map((r) => ({ ...r, total: Number(r.total) })), total };
}

export interface Facets {
  issuers: { name: string; nameEn: string | null }[];
  years: number[];
}

/** Issuers and years present in a scope's published (or all) documents, for the filter lists: one grouped query. */
export async function listFacets(
  db: Executor,
  scope: "all" | readonly string[],
  opts: { publishedOnly: boolean },
): Promise<Facets> {
  let q = db
    .selectFrom("legal_documents")
    .leftJoin("units as iu", "iu.id", "legal_documents.issuer_unit_id")
    .select([
      "legal_documents.issuer_name",
      "iu.name_en",
      sql<number>`extract(year from legal_documents.issued_on)::int`.as("year"),
    ])
    .groupBy([
      "legal_documents.issuer_name",
      "iu.name_en",
      sql`extract(year from legal_documents.issued_on)::int`,
    ])
    .limit(5000);
  if (opts.publishedOnly) q = q.where("legal_documents.published", "=", true);
  if (scope !== "all") q = ownerFilter(q, scope);
  const rows = await q.execute();
  const issuers = new Map<string, string | null>();
  const years = new Set<number>();
  for (const r of rows) {
    issuers.set(r.issuer_name, r.name_en);
    years.add(Number(r.year));
  }
  return {
    issuers: [...issuers].map(([name, nameEn]) => ({ name, nameEn })),
    years: [...years].sort((a, b) => b - a),
  };
}

/** The latest published documents of a scope, for other portal pages (a home-page section). */
export async function latestPublishedDocuments(
  db: Executor,
  scope: "all" | readonly string[],
  limit: number,
): Promise<ListRow[]> {
  return (await listDocuments(db, scope, { published: true }, { limit, offset: 0 })).rows;
}
