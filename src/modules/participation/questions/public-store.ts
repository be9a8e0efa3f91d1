import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import type { QuestionKind, QuestionStatus } from "../tables.js";
import "../tables.js";
import type { AskInput } from "./domain/ask-input.js";
import { formatQuestionCode, questionCounterKey } from "./domain/question-code.js";
import { containsPattern, queryWords, questionSearchText } from "./domain/search.js";

export interface Choice {
  id: string;
  name: string;
}

export async function listTopics(db: Executor, lang: "vi" | "en"): Promise<(Choice & { slug: string })[]> {
  const rows = await db
    .selectFrom("question_topics")
    .select(["id", "slug", "name_vi", "name_en"])
    .orderBy("position")
    .orderBy("name_vi")
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: lang === "en" ? r.name_en : r.name_vi }));
}

/** Units a citizen may suggest: every active unit above commune level. */
export async function listAskableUnits(db: Executor): Promise<Choice[]> {
  const rows = await db
    .selectFrom("units")
    .select(["id", "name_vi"])
    .where("active", "=", true)
    .where("kind", "in", ["province", "office", "department", "district"])
    .orderBy("sort_order")
    .orderBy("name_vi")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name_vi }));
}

/** `questions.unit_id` is the unit or one of its sub-units (a component site's scope). */
function inSubtree(rootId: string) {
  return sql<boolean>`questions.unit_id in (
    with recursive tree(id) as (
      select id from units where id = ${rootId}
      union
      select u.id from units u join tree t on u.parent_id = t.id
    )
    select id from tree)`;
}

/** The units that answered at least one published question of the kind (the list's unit filter), within a scope. */
export async function listAnsweringUnits(
  db: Executor,
  kind: QuestionKind | null,
  scopeUnitId: string | null,
): Promise<Choice[]> {
  const rows = await db
    .selectFrom("units")
    .select(["units.id", "units.name_vi"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("questions")
          .select(sql`1`.as("one"))
          .whereRef("questions.unit_id", "=", "units.id")
          .where("questions.status", "=", "published")
          .$if(kind !== null, (qb) => qb.where("questions.kind", "=", kind as QuestionKind))
          .$if(scopeUnitId !== null, (qb) => qb.where(inSubtree(scopeUnitId as string))),
      ),
    )
    .orderBy("units.sort_order")
    .orderBy("units.name_vi")
    .limit(200)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name_vi }));
}

export interface PublicFilters {
  /** null: every kind (a unit's site shows all its answers together). */
  kind: QuestionKind | null;
  q: string;
  topicId: string | null;
  unitId: string | null;
  /** Only answers of this unit and its sub-units (a component site). */
  scopeUnitId: string | null;
}

export interface PublicQuestionRow {
  code: string;
  kind: QuestionKind;
  title: string;
  asker_name: string;
  business_name: string | null;
  show_name: boolean;
  topic_vi: string | null;
  topic_en: string | null;
  unit_name: string | null;
  created_at: Date;
  published_at: Date | null;
}

/** What a public page may show of a question: never contact data, tax code, flags or the sender's address. */
const PUBLIC_COLUMNS = [
  "questions.code",
  "questions.kind",
  "questions.title",
  "questions.asker_name",
  "questions.business_name",
  "questions.show_name",
  "question_topics.name_vi as topic_vi",
  "question_topics.name_en as topic_en",
  "units.name_vi as unit_name",
  "questions.created_at",
  "questions.published_at",
] as const;

function publishedWhere(db: Executor, f: PublicFilters) {
  let q = db
    .selectFrom("questions")
    .leftJoin("question_topics", "question_topics.id", "questions.topic_id")
    .leftJoin("units", "units.id", "questions.unit_id")
    .where("questions.status", "=", "published");
  if (f.kind) q = q.where("questions.kind", "=", f.kind);
  for (const word of queryWords(f.q)) q = q.where("questions.search_text", "like", containsPattern(word));
  if (f.topicId) q = q.where("questions.topic_id", "=", f.topicId);
  if (f.unitId) q = q.where("questions.unit_id", "=", f.unitId);
  if (f.scopeUnitId) q = q.where(inSubtree(f.scopeUnitId));
  return q;
}

/** One page of published questions, newest answer first, and how many match. Two queries whatever the data size. */
export async function listPublished(
  db: Executor,
  f: PublicFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: PublicQuestionRow[]; total: number }> {
  const [count, rows] = await Promise.all([
    publishedWhere(db, f)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    publishedWhere(db, f)
      .select(PUBLIC_COLUMNS)
      .orderBy("questions.published_at", "desc")
      .orderBy("questions.code", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface PublicQuestion extends PublicQuestionRow {
  body: string;
  answer: string;
  regulation: string | null;
}

/** A published question by its code, or undefined (unknown, or not published). */
export async function getPublished(db: Executor, code: string): Promise<PublicQuestion | undefined> {
  const row = await publishedWhere(db, { kind: null, q: "", topicId: null, unitId: null, scopeUnitId: null })
    .select([...PUBLIC_COLUMNS, "questions.body", "questions.answer", "questions.regulation"])
    .where("questions.code", "=", code)
    .executeTakeFirst();
  if (!row || row.answer === null) return undefined;
  return { ...row, answer: row.answer };
}

/** The next number of a prefix's day inside the caller's transaction; the upsert's row lock serialises askers. */
async function nextQuestionSequence(tx: Tx, prefix: string, day: string): Promise<number> {
  const row = await tx
    .insertInto("question_counters")
    .values({ prefix, day, last: 1 })
    .onConflict((oc) =>
      oc.columns(["prefix", "day"]).doUpdateSet((eb) => ({ last: eb("question_counters.last", "+", 1) })),
    )
    .returning("last")
    .executeTakeFirstOrThrow();
  return row.last;
}

export interface NewQuestion {
  input: AskInput;
  citizen: { id: string; fullName: string; email: string | null; phone: string | null };
  flaggedWords: string[];
  ipHash: string | null;
  now: Date;
}

/** Writes a sent question (status submitted), its code and its first event, inside the caller's transaction. */
export async function insertQuestion(tx: Tx, q: NewQuestion): Promise<{ id: string; code: string }> {
  const { prefix, day } = questionCounterKey(q.input.kind, q.now);
  const code = formatQuestionCode(prefix, day, await nextQuestionSequence(tx, prefix, day));
  const id = uuidv7();
  const i = q.input;
  await tx
    .insertInto("questions")
    .values({
      id,
      code,
      kind: i.kind,
      topic_id: i.topicId,
      citizen_id: q.citizen.id,
      asker_name: q.citizen.fullName,
      asker_email: q.citizen.email,
      asker_phone: q.citizen.phone,
      business_name: i.businessName,
      tax_code: i.taxCode,
      show_name: i.showName,
      regulation: i.regulation,
      suggested_unit_id: i.suggestedUnitId,
      title: i.title,
      body: i.body,
      status: "submitted",
      flagged_words: JSON.stringify(q.flaggedWords),
      search_text: questionSearchText({ title: i.title, body: i.body }),
      ip_hash: q.ipHash,
      created_at: q.now,
      updated_at: q.now,
    })
    .execute();
  await tx
    .insertInto("question_events")
    .values({ question_id: id, action: "submitted", from_status: null, to_status: "submitted", at: q.now })
    .execute();
  return { id, code };
}

/** A sent question, only for its asker (the "sent" page). */
export async function getOwnQuestion(
  db: Executor,
  citizenId: string,
  code: string,
): Promise<{ code: string; kind: QuestionKind; title: string } | undefined> {
  return db
    .selectFrom("questions")
    .select(["code", "kind", "title"])
    .where("code", "=", code)
    .where("citizen_id", "=", citizenId)
    .executeTakeFirst();
}

export interface MyQuestionRow {
  code: string;
  kind: QuestionKind;
  title: string;
  status: QuestionStatus;
  created_at: Date;
  due_on: string | null;
  answer: string | null;
  reject_reason: string | null;
  unit_name: string | null;
}

/** The citizen's own questions of every kind, newest first, one page, and how many there are. */
export async function listMine(
  db: Executor,
  citizenId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: MyQuestionRow[]; total: number }> {
  const [count, rows] = await Promise.all([
    db
      .selectFrom("questions")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("citizen_id", "=", citizenId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("questions")
      .leftJoin("units", "units.id", "questions.unit_id")
      .select([
        "questions.code",
        "questions.kind",
        "questions.title",
        "questions.status",
        "questions.created_at",
        "questions.due_on",
        "questions.answer",
        "questions.reject_reason",
        "units.name_vi as unit_name",
      ])
      .where("questions.citizen_id", "=", citizenId)
      .orderBy("questions.created_at", "desc")
      .orderBy("questions.code", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  // A drafted answer stays the unit's until its leader approves it.
  return {
    rows: rows.map((r) => ({ ...r, answer: r.status === "published" ? r.answer : null })),
    total: Number(count.n),
  };
}
