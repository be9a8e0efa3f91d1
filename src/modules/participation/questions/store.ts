/**
 * The staff side's queries. A list page costs a fixed number of statements whatever its size: the tab counts (one),
 * the page of rows (one), the filter options (two), the main site (one), plus the cached working calendar.
 */
import { type SqlBool, sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import type { Question, QuestionKind, QuestionStatus } from "../tables.js";
import { type QuestionScope, scopeSql } from "./access.js";
import type { DeadlineLimits } from "./domain/deadline.js";
import { containsPattern, queryWords } from "./domain/search.js";

export const ADMIN_PAGE_SIZE = 50;
export const ADMIN_TABS = ["route", "routed", "drafted", "overdue", "published", "rejected"] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export interface AdminFilters {
  q: string;
  kind: QuestionKind | "";
  topic: string;
  unit: string;
}

function overdueSql(limits: DeadlineLimits) {
  return sql<SqlBool>`(q.status in ('routed', 'drafted') and q.due_on < ${limits.today}::date)`;
}

export function tabSql(tab: AdminTab, limits: DeadlineLimits) {
  if (tab === "overdue") return overdueSql(limits);
  const status: QuestionStatus = tab === "route" ? "submitted" : tab;
  return sql<SqlBool>`q.status = ${status}`;
}

function filterSql(f: AdminFilters) {
  const parts = [sql<SqlBool>`true`];
  if (f.kind) parts.push(sql<SqlBool>`q.kind = ${f.kind}`);
  if (f.topic) parts.push(sql<SqlBool>`q.topic_id = ${f.topic}`);
  if (f.unit) parts.push(sql<SqlBool>`q.unit_id = ${f.unit}`);
  for (const word of queryWords(f.q)) {
    const pattern = containsPattern(word);
    parts.push(
      sql<SqlBool>`(lower(q.code) like ${pattern} or f_search_key(q.title || ' ' || q.asker_name || ' ' || coalesce(q.business_name, '')) like f_search_key(${pattern}))`,
    );
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

export type TabCounts = Record<AdminTab, number>;

export async function tabCounts(
  db: Executor,
  scope: QuestionScope,
  filters: AdminFilters,
  limits: DeadlineLimits,
): Promise<TabCounts> {
  const filter = filterSql(filters);
  const row = await db
    .selectFrom("questions as q")
    .where(scopeSql(scope))
    .select(
      ADMIN_TABS.map((tab) =>
        sql<number>`count(*) filter (where ${tabSql(tab, limits)} and ${filter})`.as(tab),
      ),
    )
    .executeTakeFirstOrThrow();
  const out = {} as TabCounts;
  for (const tab of ADMIN_TABS) out[tab] = Number(row[tab]);
  return out;
}

export interface AdminRow {
  id: string;
  code: string;
  kind: QuestionKind;
  title: string;
  asker_name: string;
  business_name: string | null;
  status: QuestionStatus;
  unit_name: string | null;
  due_on: string | null;
  created_at: Date;
}

/** One page of a tab, soonest due first (questions not yet routed: oldest first). */
export function tabRows(
  db: Executor,
  scope: QuestionScope,
  filters: AdminFilters,
  limits: DeadlineLimits,
  tab: AdminTab,
  page: number,
): Promise<AdminRow[]> {
  return db
    .selectFrom("questions as q")
    .leftJoin("units as u", "u.id", "q.unit_id")
    .where(scopeSql(scope))
    .where(tabSql(tab, limits))
    .where(filterSql(filters))
    .select([
      "q.id",
      "q.code",
      "q.kind",
      "q.title",
      "q.asker_name",
      "q.business_name",
      "q.status",
      "u.name_vi as unit_name",
      "q.due_on",
      "q.created_at",
    ])
    .orderBy(sql`q.due_on asc nulls last`)
    .orderBy("q.created_at")
    .orderBy("q.id")
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .execute();
}

export interface Option {
  value: string;
  label: string;
}

export { unitOptions } from "../../orgs/index.js";

export async function topicOptions(db: Executor): Promise<Option[]> {
  const rows = await db
    .selectFrom("question_topics")
    .select(["id", "name_vi"])
    .orderBy("position")
    .orderBy("name_vi")
    .execute();
  return rows.map((r) => ({ value: r.id, label: r.name_vi }));
}

export interface QuestionEventView {
  id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  at: Date;
  staff_name: string | null;
}

export interface QuestionView {
  question: Question;
  unitName: string | null;
  suggestedUnitName: string | null;
  topicName: string | null;
  events: QuestionEventView[];
}

export async function getQuestionView(db: Executor, id: string): Promise<QuestionView | null> {
  const row = await db
    .selectFrom("questions as q")
    .leftJoin("units as u", "u.id", "q.unit_id")
    .leftJoin("units as su", "su.id", "q.suggested_unit_id")
    .leftJoin("question_topics as t", "t.id", "q.topic_id")
    .where("q.id", "=", id)
    .selectAll("q")
    .select(["u.name_vi as unit_name", "su.name_vi as suggested_unit_name", "t.name_vi as topic_name"])
    .executeTakeFirst();
  if (!row) return null;
  const { unit_name, suggested_unit_name, topic_name, ...question } = row;
  const events = await db
    .selectFrom("question_events as e")
    .leftJoin("staff_users as s", "s.id", "e.staff_id")
    .where("e.question_id", "=", id)
    .select([
      "e.id",
      "e.action",
      "e.from_status",
      "e.to_status",
      "e.note",
      "e.at",
      "s.full_name as staff_name",
    ])
    .orderBy("e.id")
    .execute();
  return {
    question: question as Question,
    unitName: unit_name,
    suggestedUnitName: suggested_unit_name,
    topicName: topic_name,
    events,
  };
}

/** The admin home panel's counts, in one query: to route (board), to draft, to approve (leaders), overdue. */
export async function panelCounts(
  db: Executor,
  scopes: { route: boolean; work: QuestionScope; approve: QuestionScope },
  limits: DeadlineLimits,
): Promise<{ route: number; draft: number; approve: number; overdue: number }> {
  const row = await db
    .selectFrom("questions as q")
    .select([
      sql<number>`count(*) filter (where ${scopes.route ? sql<SqlBool>`true` : sql<SqlBool>`false`} and q.status = 'submitted')`.as(
        "route",
      ),
      sql<number>`count(*) filter (where ${scopeSql(scopes.work)} and q.status = 'routed')`.as("draft"),
      sql<number>`count(*) filter (where ${scopeSql(scopes.approve)} and q.status = 'drafted')`.as("approve"),
      sql<number>`count(*) filter (where ${scopeSql(scopes.work)} and ${overdueSql(limits)})`.as("overdue"),
    ])
    .executeTakeFirstOrThrow();
  return {
    route: Number(row.route),
    draft: Number(row.draft),
    approve: Number(row.approve),
    overdue: Number(row.overdue),
  };
}
