/** SQL of the staff side of consultations on drafts (§E2): drafts and clauses, moderation, response groups. */
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import { viCollator } from "../../../platform/i18n/index.js";
import type { Grant } from "../../../platform/rbac/access.js";
import type {
  Consultation,
  ConsultationClause,
  ConsultationResponseGroup,
  ConsultationStatus,
  ModerationStatus,
} from "../tables.js";
import "../tables.js";
import { freeSlug } from "../slugs.js";
import type { ParsedPart } from "./domain/clauses.js";

/** Staff who draft and approve consultations: a unit's specialists and leaders (grants cover sub-units). */
export const DRAFTERS = ["specialist", "leader"] as const;
export type UnitScope = "all" | string[];

/**
 * The units a person may act for with one of the roles: each granted unit and every unit below it, in one query;
 * "all" for system administrators and global grants.
 */
export async function unitScope(
  db: Executor,
  grants: readonly Grant[],
  roles: readonly string[],
): Promise<UnitScope> {
  const roots: string[] = [];
  for (const g of grants) {
    if (g.role === "system_admin") return "all";
    if (!roles.includes(g.role) || g.siteId !== null) continue;
    if (g.unitId === null) return "all";
    roots.push(g.unitId);
  }
  if (roots.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    with recursive tree(id, depth) as (
      select id, 0 from units where id = any(${roots}::uuid[])
      union
      select u.id, t.depth + 1 from units u join tree t on u.parent_id = t.id where t.depth < 16
    )
    select distinct id from tree`.execute(db);
  return rows.map((r) => r.id);
}

export function inUnitScope(scope: UnitScope, unitId: string): boolean {
  return scope === "all" || scope.includes(unitId);
}

export interface UnitOption {
  id: string;
  name: string;
}

export async function unitOptions(db: Executor, scope: UnitScope): Promise<UnitOption[]> {
  if (scope !== "all" && scope.length === 0) return [];
  let q = db.selectFrom("units").select(["id", "name_vi as name"]);
  if (scope !== "all") q = q.where("id", "in", scope);
  const rows = await q.execute();
  return rows.sort((a, b) => viCollator.compare(a.name, b.name));
}

export interface ConsultationRow {
  id: string;
  title: string;
  doc_type: string;
  status: ConsultationStatus;
  opens_on: string;
  closes_on: string;
  unit_name: string;
  pending: number;
  approved: number;
}

/** The drafts of the units in scope with their comment counts, newest first, in one query. */
export async function listConsultations(db: Executor, scope: UnitScope): Promise<ConsultationRow[]> {
  if (scope !== "all" && scope.length === 0) return [];
  let q = db
    .selectFrom("consultations as c")
    .innerJoin("units as u", "u.id", "c.drafting_unit_id")
    .select([
      "c.id",
      "c.title",
      "c.doc_type",
      "c.status",
      "c.opens_on",
      "c.closes_on",
      "u.name_vi as unit_name",
      sql<number>`(select count(*)::int from consultation_comments m where m.consultation_id = c.id and m.status = 'pending')`.as(
        "pending",
      ),
      sql<number>`(select count(*)::int from consultation_comments m where m.consultation_id = c.id and m.status = 'approved')`.as(
        "approved",
      ),
    ]);
  if (scope !== "all") q = q.where("c.drafting_unit_id", "in", scope);
  return q.orderBy("c.created_at", "desc").limit(500).execute();
}

export function consultationById(db: Executor, id: string): Promise<Consultation | undefined> {
  return db.selectFrom("consultations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The row locked for a write (FOR UPDATE), so two staff changes are applied one after the other. */
export function lockConsultation(tx: Executor, id: string): Promise<Consultation | undefined> {
  return tx.selectFrom("consultations").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export function clausesOf(db: Executor, consultationId: string): Promise<ConsultationClause[]> {
  return db
    .selectFrom("consultation_clauses")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .orderBy("position")
    .execute();
}

export async function commentTotal(db: Executor, consultationId: string): Promise<number> {
  const r = await db
    .selectFrom("consultation_comments")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("consultation_id", "=", consultationId)
    .executeTakeFirstOrThrow();
  return r.n;
}

export interface DraftValues {
  title: string;
  doc_type: string;
  summary: string;
  drafting_unit_id: string;
  opens_on: string;
  closes_on: string;
}

async function writeClauses(
  tx: Executor,
  consultationId: string,
  parts: readonly ParsedPart[],
): Promise<void> {
  await tx.deleteFrom("consultation_clauses").where("consultation_id", "=", consultationId).execute();
  // Inserted in chunks: a long law has hundreds of clauses, and bind parameters are limited per statement.
  for (let i = 0; i < parts.length; i += 500) {
    await tx
      .insertInto("consultation_clauses")
      .values(
        parts.slice(i, i + 500).map((p, j) => ({
          id: uuidv7(),
          consultation_id: consultationId,
          position: i + j + 1,
          article_no: p.articleNo,
          clause_no: p.clauseNo,
          label: p.label,
          heading: p.heading,
          body: p.body,
        })),
      )
      .execute();
  }
}

export async function insertConsultation(
  tx: Executor,
  values: DraftValues,
  parts: readonly ParsedPart[],
  staffId: string | null,
  now: Date,
): Promise<Consultation> {
  const id = uuidv7();
  const row = await tx
    .insertInto("consultations")
    .values({
      id,
      slug: await freeSlug(tx, "consultations", values.title, "du-thao"),
      ...values,
      created_by: staffId,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeClauses(tx, id, parts);
  return row;
}

/** Updates a locked draft; `parts` null keeps its clauses. */
export async function updateConsultation(
  tx: Executor,
  id: string,
  values: DraftValues,
  parts: readonly ParsedPart[] | null,
  now: Date,
): Promise<Consultation> {
  const row = await tx
    .updateTable("consultations")
    .set({ ...values, version: sql`version + 1`, updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (parts) await writeClauses(tx, id, parts);
  return row;
}

export function setStatus(
  tx: Executor,
  id: string,
  status: ConsultationStatus,
  now: Date,
  extra: { synthesis?: string; concluded_by?: string | null } = {},
): Promise<Consultation> {
  return tx
    .updateTable("consultations")
    .set({
      status,
      version: sql`version + 1`,
      updated_at: now,
      ...(status === "concluded" ? { concluded_at: now, concluded_by: extra.concluded_by ?? null } : {}),
      ...(extra.synthesis !== undefined ? { synthesis: extra.synthesis } : {}),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function saveSynthesis(tx: Executor, id: string, synthesis: string, now: Date): Promise<Consultation> {
  return tx
    .updateTable("consultations")
    .set({ synthesis, version: sql`version + 1`, updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface StaffComment {
  id: string;
  clause_id: string | null;
  clause_label: string | null;
  clause_position: number | null;
  author_name: string;
  organisation: string | null;
  body: string;
  status: ModerationStatus;
  flagged_words: string[];
  group_id: string | null;
  created_at: Date;
  moderated_at: Date | null;
  moderator_name: string | null;
}

/** A draft's comments for staff, by clause (whole-draft comments first) then oldest first, in one query. */
export function commentsOf(
  db: Executor,
  consultationId: string,
  filter: { status?: ModerationStatus | undefined; clauseId?: string | undefined } = {},
): Promise<StaffComment[]> {
  let q = db
    .selectFrom("consultation_comments as m")
    .leftJoin("consultation_clauses as k", "k.id", "m.clause_id")
    .leftJoin("staff_users as s", "s.id", "m.moderated_by")
    .select([
      "m.id",
      "m.clause_id",
      "k.label as clause_label",
      "k.position as clause_position",
      "m.author_name",
      "m.organisation",
      "m.body",
      "m.status",
      "m.flagged_words",
      "m.group_id",
      "m.created_at",
      "m.moderated_at",
      "s.full_name as moderator_name",
    ])
    .where("m.consultation_id", "=", consultationId);
  if (filter.status) q = q.where("m.status", "=", filter.status);
  if (filter.clauseId) q = q.where("m.clause_id", "=", filter.clauseId);
  return q.orderBy(sql`k.position nulls first`).orderBy("m.created_at").orderBy("m.id").limit(5000).execute();
}

export function commentsByIds(
  tx: Executor,
  consultationId: string,
  ids: readonly string[],
): Promise<{ id: string; status: ModerationStatus }[]> {
  return tx
    .selectFrom("consultation_comments")
    .select(["id", "status"])
    .where("consultation_id", "=", consultationId)
    .where("id", "in", ids)
    .execute();
}

export async function setCommentStatus(
  tx: Executor,
  ids: readonly string[],
  status: ModerationStatus,
  staffId: string | null,
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  // A rejected comment leaves its response group: only approved comments are answered.
  await tx
    .updateTable("consultation_comments")
    .set({
      status,
      moderated_by: staffId,
      moderated_at: now,
      ...(status === "approved" ? {} : { group_id: null }),
    })
    .where("id", "in", ids)
    .execute();
}

export function groupsOf(
  db: Executor,
  consultationId: string,
): Promise<(ConsultationResponseGroup & { clause_label: string | null })[]> {
  return db
    .selectFrom("consultation_response_groups as g")
    .leftJoin("consultation_clauses as k", "k.id", "g.clause_id")
    .selectAll("g")
    .select("k.label as clause_label")
    .where("g.consultation_id", "=", consultationId)
    .orderBy("g.position")
    .execute();
}

export async function insertGroup(
  tx: Executor,
  values: { consultation_id: string; clause_id: string | null; summary: string; response: string },
  now: Date,
): Promise<ConsultationResponseGroup> {
  const last = await tx
    .selectFrom("consultation_response_groups")
    .select(sql<number>`coalesce(max(position), 0)::int`.as("n"))
    .where("consultation_id", "=", values.consultation_id)
    .executeTakeFirstOrThrow();
  return tx
    .insertInto("consultation_response_groups")
    .values({ id: uuidv7(), position: last.n + 1, ...values, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Puts approved comments of the draft into a group (or out of any, with null); returns how many moved. */
export async function assignComments(
  tx: Executor,
  consultationId: string,
  ids: readonly string[],
  groupId: string | null,
): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await tx
    .updateTable("consultation_comments")
    .set({ group_id: groupId })
    .where("consultation_id", "=", consultationId)
    .where("status", "=", "approved")
    .where("id", "in", ids)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function ungroupedApproved(
  tx: Executor,
  consultationId: string,
): Promise<{ id: string; author_name: string; clause_label: string | null }[]> {
  return tx
    .selectFrom("consultation_comments as m")
    .leftJoin("consultation_clauses as k", "k.id", "m.clause_id")
    .select(["m.id", "m.author_name", "k.label as clause_label"])
    .where("m.consultation_id", "=", consultationId)
    .where("m.status", "=", "approved")
    .where("m.group_id", "is", null)
    .orderBy(sql`k.position nulls first`)
    .orderBy("m.created_at")
    .execute();
}

/** Published drafts whose last comment day is before `today` (overdue for closing). */
export function overdueOpen(db: Executor, today: string): Promise<Consultation[]> {
  return db
    .selectFrom("consultations")
    .selectAll()
    .where("status", "=", "published")
    .where("closes_on", "<", today)
    .execute();
}

export function publishedOpen(db: Executor): Promise<{ id: string; closes_on: string }[]> {
  return db
    .selectFrom("consultations")
    .select(["id", "closes_on"])
    .where("status", "=", "published")
    .execute();
}

/** The drafting unit's specialists (on the unit or a unit above it) who can get mail. */
export async function unitSpecialists(
  db: Executor,
  unitId: string,
): Promise<{ id: string; full_name: string; email: string }[]> {
  const { rows } = await sql<{ id: string; full_name: string; email: string }>`
    with recursive chain(id, depth) as (
      select id, 0 from units where id = ${unitId}
      union all
      select u.parent_id, c.depth + 1 from chain c join units u on u.id = c.id
        where u.parent_id is not null and c.depth < 16
    )
    select distinct s.id, s.full_name, s.email
      from chain c
      join role_grants g on g.unit_id = c.id and g.role = 'specialist' and g.site_id is null
      join staff_users s on s.id = g.user_id
      where s.active and s.email is not null
      order by s.id`.execute(db);
  return rows;
}

export interface ExportComment {
  clause_label: string | null;
  body: string;
  author_name: string;
  organisation: string | null;
  created_at: Date;
  status: ModerationStatus;
  group_position: number | null;
  group_summary: string | null;
  group_response: string | null;
}

/** Every comment of a draft with its group's response, by clause then date (one query). */
export function exportComments(db: Executor, consultationId: string): Promise<ExportComment[]> {
  return db
    .selectFrom("consultation_comments as m")
    .leftJoin("consultation_clauses as k", "k.id", "m.clause_id")
    .leftJoin("consultation_response_groups as g", "g.id", "m.group_id")
    .select([
      "k.label as clause_label",
      "m.body",
      "m.author_name",
      "m.organisation",
      "m.created_at",
      "m.status",
      "g.position as group_position",
      "g.summary as group_summary",
      "g.response as group_response",
    ])
    .where("m.consultation_id", "=", consultationId)
    .orderBy(sql`k.position nulls first`)
    .orderBy("m.created_at")
    .orderBy("m.id")
    .execute();
}

export async function unitName(db: Executor, unitId: string): Promise<string> {
  const r = await db
    .selectFrom("units")
    .select("name_vi as name")
    .where("id", "=", unitId)
    .executeTakeFirst();
  return r?.name ?? "";
}
