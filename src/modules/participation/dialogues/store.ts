/** Storage of dialogues and their questions. */
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import { freeSlug } from "../slugs.js";
import type { Dialogue, DialogueQuestion, DialogueQuestionStatus, DialogueStatus } from "../tables.js";
import type { Schedule } from "./domain/input.js";
import { nextAnswerSeq } from "./domain/state.js";

export type { Dialogue, DialogueQuestion };

export interface DialogueListRow {
  id: string;
  slug: string;
  title: string;
  leaderName: string;
  leaderTitle: string;
  unitName: string;
  status: DialogueStatus;
  startsAt: Date;
  endsAt: Date;
  answered: number;
  pending: number;
}

/** Dialogues with their unit and counts; `unitIds` null = every unit (the editorial board). */
export async function listDialogues(
  db: Executor,
  unitIds: readonly string[] | null,
): Promise<DialogueListRow[]> {
  if (unitIds !== null && unitIds.length === 0) return [];
  let q = db
    .selectFrom("dialogues as d")
    .innerJoin("units as u", "u.id", "d.unit_id")
    .select([
      "d.id",
      "d.slug",
      "d.title",
      "d.leader_name",
      "d.leader_title",
      "u.name_vi as unit_name",
      "d.status",
      "d.starts_at",
      "d.ends_at",
      sql<number>`(select count(*)::int from dialogue_questions q where q.dialogue_id = d.id and q.status = 'answered')`.as(
        "answered",
      ),
      sql<number>`(select count(*)::int from dialogue_questions q where q.dialogue_id = d.id and q.status = 'pending')`.as(
        "pending",
      ),
    ]);
  if (unitIds !== null) q = q.where("d.unit_id", "in", unitIds);
  const rows = await q.orderBy("d.starts_at", "desc").limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    leaderName: r.leader_name,
    leaderTitle: r.leader_title,
    unitName: r.unit_name,
    status: r.status,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    answered: r.answered,
    pending: r.pending,
  }));
}

/** One dialogue with its unit's name, by slug (public pages) or by id (staff pages). */
function dialogueWhere(
  db: Executor,
  column: "d.slug" | "d.id",
  value: string,
): Promise<(Dialogue & { unit_name: string }) | undefined> {
  return db
    .selectFrom("dialogues as d")
    .innerJoin("units as u", "u.id", "d.unit_id")
    .selectAll("d")
    .select("u.name_vi as unit_name")
    .where(column, "=", value)
    .executeTakeFirst();
}

export const dialogueBySlug = (db: Executor, slug: string) => dialogueWhere(db, "d.slug", slug);
export const dialogueById = (db: Executor, id: string) => dialogueWhere(db, "d.id", id);

/** The dialogue row locked for a change (one session action or one answer at a time). */
export async function lockDialogue(tx: Executor, id: string): Promise<Dialogue | undefined> {
  return tx.selectFrom("dialogues").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/** The columns a schedule sets, the same on creation and on every edit. */
function scheduleColumns(s: Schedule) {
  return {
    title: s.title,
    description: s.description,
    leader_name: s.leaderName,
    leader_title: s.leaderTitle,
    unit_id: s.unitId,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
  };
}

export async function insertDialogue(
  tx: Executor,
  s: Schedule,
  staffId: string | null,
  now: Date,
): Promise<Dialogue> {
  const row = {
    id: uuidv7(),
    slug: await freeSlug(tx, "dialogues", s.title, "doi-thoai"),
    ...scheduleColumns(s),
    created_by: staffId,
    created_at: now,
    updated_at: now,
  };
  return tx.insertInto("dialogues").values(row).returningAll().executeTakeFirstOrThrow();
}

/** The schedule's details; the slug stays, so links already shared keep working. */
export async function updateDialogueDetails(tx: Executor, id: string, s: Schedule, now: Date): Promise<void> {
  await tx
    .updateTable("dialogues")
    .set({ ...scheduleColumns(s), updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function updateDialogueState(
  tx: Executor,
  id: string,
  state: { status: DialogueStatus; acceptingQuestions: boolean },
  now: Date,
): Promise<void> {
  await tx
    .updateTable("dialogues")
    .set({ status: state.status, accepting_questions: state.acceptingQuestions, updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function insertQuestion(
  tx: Executor,
  q: {
    dialogueId: string;
    citizenId: string;
    askerName: string;
    showName: boolean;
    body: string;
    flaggedWords: string[];
    ipHash: string | null;
    now: Date;
  },
): Promise<string> {
  const id = uuidv7();
  await tx
    .insertInto("dialogue_questions")
    .values({
      id,
      dialogue_id: q.dialogueId,
      citizen_id: q.citizenId,
      asker_name: q.askerName,
      show_name: q.showName,
      body: q.body,
      flagged_words: JSON.stringify(q.flaggedWords),
      ip_hash: q.ipHash,
      created_at: q.now,
    })
    .execute();
  return id;
}

/** Every question of a dialogue for its moderators, oldest first (a session has tens to hundreds). */
export async function questionsFor(db: Executor, dialogueId: string): Promise<DialogueQuestion[]> {
  return db
    .selectFrom("dialogue_questions")
    .selectAll()
    .where("dialogue_id", "=", dialogueId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export interface PublicAnswer {
  seq: number;
  question: string;
  askerName: string;
  showName: boolean;
  answer: string;
  answeredAt: Date;
}

/** Published answers after a given number, in order: only what the public may see (no contact data). */
export async function answersAfter(
  db: Executor,
  dialogueId: string,
  afterSeq: number,
): Promise<PublicAnswer[]> {
  const rows = await db
    .selectFrom("dialogue_questions")
    .select(["answer_seq", "body", "asker_name", "show_name", "answer", "answered_at"])
    .where("dialogue_id", "=", dialogueId)
    .where("status", "=", "answered")
    .where("answer_seq", ">", afterSeq)
    .orderBy("answer_seq")
    .execute();
  return rows.map(toPublicAnswer);
}

function toPublicAnswer(r: {
  answer_seq: number | null;
  body: string;
  asker_name: string;
  show_name: boolean;
  answer: string | null;
  answered_at: Date | null;
}): PublicAnswer {
  return {
    seq: r.answer_seq ?? 0,
    question: r.body,
    askerName: r.asker_name,
    showName: r.show_name,
    answer: r.answer ?? "",
    answeredAt: new Date(r.answered_at ?? 0),
  };
}

/**
 * One tick of the live poller, in one query: the dialogue's state and the answers published after `afterSeq`.
 * Undefined when the dialogue is gone.
 */
export async function liveTick(
  db: Executor,
  dialogueId: string,
  afterSeq: number,
): Promise<{ status: DialogueStatus; answers: PublicAnswer[] } | undefined> {
  const rows = await db
    .selectFrom("dialogues as d")
    .leftJoin("dialogue_questions as q", (join) =>
      join
        .onRef("q.dialogue_id", "=", "d.id")
        .on("q.status", "=", "answered")
        .on("q.answer_seq", ">", afterSeq),
    )
    .select([
      "d.status",
      "q.answer_seq",
      "q.body",
      "q.asker_name",
      "q.show_name",
      "q.answer",
      "q.answered_at",
    ])
    .where("d.id", "=", dialogueId)
    .orderBy("q.answer_seq")
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const answers = rows
    .filter((r) => r.answer_seq !== null)
    .map((r) =>
      toPublicAnswer({
        answer_seq: r.answer_seq,
        body: r.body ?? "",
        asker_name: r.asker_name ?? "",
        show_name: r.show_name ?? false,
        answer: r.answer,
        answered_at: r.answered_at,
      }),
    );
  return { status: first.status, answers };
}

/** A question of a dialogue, locked for moderation. */
export async function lockQuestion(
  tx: Executor,
  dialogueId: string,
  questionId: string,
): Promise<DialogueQuestion | undefined> {
  return tx
    .selectFrom("dialogue_questions")
    .selectAll()
    .where("id", "=", questionId)
    .where("dialogue_id", "=", dialogueId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setQuestionStatus(
  tx: Executor,
  id: string,
  status: DialogueQuestionStatus,
  staffId: string | null,
  now: Date,
): Promise<void> {
  await tx
    .updateTable("dialogue_questions")
    .set({ status, moderated_by: staffId, moderated_at: now })
    .where("id", "=", id)
    .execute();
}

/**
 * Publishes an answer with the next number. The caller holds the dialogue's row lock, so two moderators answering at
 * once are numbered one after the other, and answers commit in number order (the live poller never skips one).
 */
export async function publishAnswer(
  tx: Executor,
  dialogueId: string,
  questionId: string,
  answer: string,
  staffId: string | null,
  now: Date,
): Promise<number> {
  const top = await tx
    .selectFrom("dialogue_questions")
    .select((eb) => eb.fn.max("answer_seq").as("top"))
    .where("dialogue_id", "=", dialogueId)
    .executeTakeFirst();
  const seq = nextAnswerSeq(top?.top ?? null);
  await tx
    .updateTable("dialogue_questions")
    .set({
      status: "answered",
      answer,
      answered_at: now,
      answer_seq: seq,
      moderated_by: staffId,
      moderated_at: now,
    })
    .where("id", "=", questionId)
    .execute();
  return seq;
}

/** The main portal's site id (its editorial board moderates dialogues). */
export async function mainSiteId(db: Executor): Promise<string | null> {
  const row = await db.selectFrom("sites").select("id").where("slug", "=", "").executeTakeFirst();
  return row?.id ?? null;
}

export async function activeUnits(
  db: Executor,
): Promise<{ id: string; name: string; parent_id: string | null }[]> {
  return db
    .selectFrom("units")
    .select(["id", "name_vi as name", "parent_id"])
    .where("active", "=", true)
    .orderBy("sort_order")
    .execute();
}
