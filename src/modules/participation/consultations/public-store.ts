/**
 * The public side's SQL for consultations on drafts (§E2). A draft's page costs a fixed number of queries whatever
 * the number of clauses, comments and response groups: each is loaded in one statement and joined in memory.
 */
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import type { Consultation, ConsultationResponseGroup } from "../tables.js";
import "../tables.js";

/** A draft staff have not published yet is not public: the public never sees status `draft`. */
const PUBLIC_STATUSES = ["published", "closed", "concluded"] as const;

export type PublicConsultation = Pick<
  Consultation,
  "id" | "slug" | "title" | "doc_type" | "summary" | "opens_on" | "closes_on" | "status" | "synthesis"
> & { unit_name: string };

export interface PublicComment {
  id: string;
  clause_id: string | null;
  author_name: string;
  organisation: string | null;
  show_name: boolean;
  body: string;
  status: "pending" | "approved" | "rejected";
  group_id: string | null;
  created_at: Date;
  /** Whether the viewing citizen wrote it (their pending comments are shown to them only). */
  mine: boolean;
}

function publicConsultations(db: Executor) {
  return db
    .selectFrom("consultations as c")
    .innerJoin("units as u", "u.id", "c.drafting_unit_id")
    .select([
      "c.id",
      "c.slug",
      "c.title",
      "c.doc_type",
      "c.summary",
      "c.opens_on",
      "c.closes_on",
      "c.status",
      "c.synthesis",
      "u.name_vi as unit_name",
    ])
    .where("c.status", "in", PUBLIC_STATUSES);
}

/** Drafts open or still to open on `today` ("yyyy-mm-dd"): few at any time, listed whole. */
export function listCurrentConsultations(db: Executor, today: string): Promise<PublicConsultation[]> {
  return publicConsultations(db)
    .where("c.status", "=", "published")
    .where("c.closes_on", ">=", today)
    .orderBy("c.closes_on")
    .orderBy("c.id")
    .execute();
}

/** Closed or concluded drafts (closed by the job or only by the date), latest period first, one page of them. */
export async function listPastConsultations(
  db: Executor,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: PublicConsultation[]; total: number }> {
  const past = publicConsultations(db).where((eb) =>
    eb.or([
      eb("c.status", "in", ["closed", "concluded"]),
      eb.and([eb("c.status", "=", "published"), eb("c.closes_on", "<", today)]),
    ]),
  );
  const [rows, count] = await Promise.all([
    past
      .orderBy("c.closes_on", "desc")
      .orderBy("c.id", "desc")
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    past
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findPublicConsultation(db: Executor, slug: string): Promise<PublicConsultation | null> {
  return (await publicConsultations(db).where("c.slug", "=", slug).executeTakeFirst()) ?? null;
}

/** The clauses in reading order: the same rows the staff side edits. */
export { clausesOf as listClauses } from "./store.js";

/** Approved comments, plus the viewer's own pending ones (never anyone else's, never rejected ones). */
export async function listVisibleComments(
  db: Executor,
  consultationId: string,
  citizenId: string | null,
): Promise<PublicComment[]> {
  const rows = await db
    .selectFrom("consultation_comments")
    .select([
      "id",
      "clause_id",
      "author_name",
      "organisation",
      "show_name",
      "body",
      "status",
      "group_id",
      "created_at",
      "citizen_id",
    ])
    .where("consultation_id", "=", consultationId)
    .where((eb) =>
      citizenId === null
        ? eb("status", "=", "approved")
        : eb.or([
            eb("status", "=", "approved"),
            eb.and([eb("status", "=", "pending"), eb("citizen_id", "=", citizenId)]),
          ]),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(({ citizen_id, ...r }) => ({
    ...r,
    created_at: new Date(r.created_at),
    mine: citizen_id === citizenId,
  }));
}

export function listResponseGroups(
  db: Executor,
  consultationId: string,
): Promise<ConsultationResponseGroup[]> {
  return db
    .selectFrom("consultation_response_groups")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

/** Re-read inside the writing transaction, locked against a concurrent close or conclusion. */
export async function lockConsultationPeriod(
  tx: Executor,
  id: string,
): Promise<Pick<Consultation, "status" | "opens_on" | "closes_on"> | null> {
  return (
    (await tx
      .selectFrom("consultations")
      .select(["status", "opens_on", "closes_on"])
      .where("id", "=", id)
      .forShare()
      .executeTakeFirst()) ?? null
  );
}

export async function insertConsultationComment(
  tx: Executor,
  c: {
    consultationId: string;
    clauseId: string | null;
    citizenId: string;
    authorName: string;
    organisation: string | null;
    showName: boolean;
    body: string;
    flaggedWords: string[];
    ipHash: string | null;
    now: Date;
  },
): Promise<string> {
  const id = uuidv7();
  await tx
    .insertInto("consultation_comments")
    .values({
      id,
      consultation_id: c.consultationId,
      clause_id: c.clauseId,
      citizen_id: c.citizenId,
      author_name: c.authorName,
      organisation: c.organisation,
      show_name: c.showName,
      body: c.body,
      status: "pending",
      flagged_words: JSON.stringify(c.flaggedWords),
      ip_hash: c.ipHash,
      created_at: c.now,
    })
    .execute();
  return id;
}
