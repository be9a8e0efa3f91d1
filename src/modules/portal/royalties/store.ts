import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import type { ContentKind } from "../tables.js";
import type { ClassInput, PointValueInput } from "./domain/rate-input.js";
import type { SheetSource } from "./domain/sheet.js";
import type { RoyaltyAssessment, RoyaltyClass, RoyaltyPointValue } from "./tables.js";
import "./tables.js";

/** Every class, in the table's order (retired ones too: old assessments and the admin page show them). */
export async function listClasses(db: Executor): Promise<RoyaltyClass[]> {
  return db.selectFrom("royalty_classes").selectAll().orderBy("sort_order").orderBy("code").execute();
}

export async function getClass(db: Executor, code: string): Promise<RoyaltyClass | undefined> {
  return db.selectFrom("royalty_classes").selectAll().where("code", "=", code).executeTakeFirst();
}

/** Locks the class row so a range edit cannot slip between the check and the assessment that relies on it. */
export async function getClassForShare(tx: Tx, code: string): Promise<RoyaltyClass | undefined> {
  return tx.selectFrom("royalty_classes").selectAll().where("code", "=", code).forShare().executeTakeFirst();
}

/** Inserts a new class; false when the code is taken. */
export async function insertClass(tx: Tx, input: ClassInput, now: Date): Promise<RoyaltyClass | null> {
  const row = await tx
    .insertInto("royalty_classes")
    .values({
      code: input.code,
      name: input.name,
      min_points: input.minPoints,
      max_points: input.maxPoints,
      suggest_for: input.suggestFor,
      sort_order: input.sortOrder,
      active: input.active,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("code").doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function updateClass(tx: Tx, code: string, input: ClassInput, now: Date): Promise<RoyaltyClass> {
  return tx
    .updateTable("royalty_classes")
    .set({
      name: input.name,
      min_points: input.minPoints,
      max_points: input.maxPoints,
      suggest_for: input.suggestFor,
      sort_order: input.sortOrder,
      active: input.active,
      updated_at: now,
    })
    .where("code", "=", code)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface PointValueRow extends RoyaltyPointValue {
  created_by_name: string | null;
}

/** The point value's history, newest first, with who recorded each. */
export async function listPointValues(db: Executor): Promise<PointValueRow[]> {
  return db
    .selectFrom("royalty_point_values as v")
    .leftJoin("staff_users as s", "s.id", "v.created_by")
    .selectAll("v")
    .select("s.full_name as created_by_name")
    .orderBy("v.effective_from", "desc")
    .execute();
}

/** The value in force on a day (ISO), or undefined before the first. */
export async function pointValueOnDay(db: Executor, isoDay: string): Promise<RoyaltyPointValue | undefined> {
  return db
    .selectFrom("royalty_point_values")
    .selectAll()
    .where("effective_from", "<=", isoDay)
    .orderBy("effective_from", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Adds a value; null when one already starts that day (the decision is recorded once). */
export async function insertPointValue(
  tx: Tx,
  input: PointValueInput,
  createdBy: string | null,
): Promise<RoyaltyPointValue | null> {
  const row = await tx
    .insertInto("royalty_point_values")
    .values({
      id: uuidv7(),
      effective_from: input.effectiveFrom,
      value_vnd: input.valueVnd,
      province_decision: input.provinceDecision,
      created_by: createdBy,
    })
    .onConflict((oc) => oc.column("effective_from").doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function getAssessment(db: Executor, contentId: string): Promise<RoyaltyAssessment | undefined> {
  return db
    .selectFrom("royalty_assessments")
    .selectAll()
    .where("content_id", "=", contentId)
    .executeTakeFirst();
}

export interface AssessmentWrite {
  contentId: string;
  siteId: string;
  classCode: string;
  className: string;
  points: number;
  beneficiary: string;
  pointValueVnd: number | null;
  assessedBy: string | null;
  assessedByName: string | null;
  at: Date;
}

/** Writes the item's assessment, replacing the previous one and counting the revisions. */
export async function upsertAssessment(tx: Tx, a: AssessmentWrite): Promise<RoyaltyAssessment> {
  const values = {
    content_id: a.contentId,
    site_id: a.siteId,
    class_code: a.classCode,
    class_name: a.className,
    points: a.points,
    beneficiary: a.beneficiary,
    point_value_vnd: a.pointValueVnd,
    assessed_by: a.assessedBy,
    assessed_by_name: a.assessedByName,
    assessed_at: a.at,
  };
  return tx
    .insertInto("royalty_assessments")
    .values(values)
    .onConflict((oc) =>
      oc.column("content_id").doUpdateSet({
        ...values,
        revision: sql<number>`royalty_assessments.revision + 1`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface SheetSite {
  id: string;
  name: string;
  unitName: string;
  parentUnitName: string | null;
}

/** Sites the sheet may be drawn for, in the registry's order; "all" for system administrators. */
export async function sheetSites(db: Executor, allowed: "all" | readonly string[]): Promise<SheetSite[]> {
  if (allowed !== "all" && allowed.length === 0) return [];
  let q = db
    .selectFrom("sites as s")
    .innerJoin("units as u", "u.id", "s.unit_id")
    .leftJoin("units as p", "p.id", "u.parent_id")
    .select(["s.id", "s.name_vi as name", "u.name_vi as unitName", "p.name_vi as parentUnitName"])
    .where("s.lang", "=", "vi")
    .orderBy("s.sort_order")
    .orderBy("s.name_vi");
  if (allowed !== "all") q = q.where("s.id", "in", [...allowed]);
  return q.execute();
}

const SHEET_KINDS: readonly ContentKind[] = ["article", "announcement"];

/**
 * Articles and announcements of a site first published in [from, to), with their assessment. Withdrawn ones stay:
 * the work was published and its royalty is due. Static pages are not journalistic works and never appear.
 */
export async function sheetSources(
  db: Executor,
  siteId: string,
  from: Date,
  to: Date,
): Promise<SheetSource[]> {
  const rows = await db
    .selectFrom("content_items as c")
    .leftJoin("royalty_assessments as a", "a.content_id", "c.id")
    .select([
      "c.id",
      "c.title",
      "c.kind",
      "c.status",
      "c.published_at",
      "c.author",
      "a.class_code",
      "a.class_name",
      "a.points",
      "a.beneficiary",
    ])
    .where("c.site_id", "=", siteId)
    .where("c.kind", "in", [...SHEET_KINDS])
    .where("c.status", "in", ["published", "unpublished"])
    .where("c.published_at", ">=", from)
    .where("c.published_at", "<", to)
    .orderBy("c.published_at")
    .execute();
  return rows.map((r) => ({
    contentId: r.id,
    title: r.title,
    kind: r.kind,
    publishedAt: r.published_at as Date,
    author: r.author,
    withdrawn: r.status === "unpublished",
    assessment:
      r.class_code !== null && r.points !== null
        ? {
            classCode: r.class_code,
            className: r.class_name ?? r.class_code,
            points: r.points,
            beneficiary: r.beneficiary ?? "",
          }
        : null,
  }));
}

/** The author to pay: the byline, else the person who created the item. */
export async function creatorName(db: Executor, staffId: string | null): Promise<string | null> {
  if (!staffId) return null;
  const row = await db
    .selectFrom("staff_users")
    .select("full_name")
    .where("id", "=", staffId)
    .executeTakeFirst();
  return row?.full_name ?? null;
}
