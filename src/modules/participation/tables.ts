import type { ColumnType, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;
/** A `date` column read as "yyyy-mm-dd". */
type Day = ColumnType<string, string, string>;

/** §E1 citizen Q&A, §E1 "Doanh nghiệp hỏi – Cơ quan chức năng trả lời", §E4 feedback on administrative regulations. */
export type QuestionKind = "citizen" | "business" | "feedback";
/**
 * submitted: waiting for the portal's editorial board to route it; routed: at the competent unit, no answer yet;
 * drafted: the unit's answer waits for its leader; published: answered and public; rejected: not taken up (reason
 * kept, asker told).
 */
export type QuestionStatus = "submitted" | "routed" | "drafted" | "published" | "rejected";

export interface QuestionTopicTable {
  id: string;
  slug: string;
  name_vi: string;
  name_en: string;
  position: ColumnType<number, number | undefined, number>;
}

export interface QuestionTable {
  id: string;
  /** Public code: HD (citizen), DN (business), PA (feedback) - yymmdd - NNNN, from question_counters. */
  code: string;
  kind: QuestionKind;
  topic_id: string | null;
  /** The signed-in (email- or phone-verified) citizen or business who asked. */
  citizen_id: string;
  asker_name: string;
  asker_email: string | null;
  asker_phone: string | null;
  business_name: string | null;
  tax_code: string | null;
  /** The asker's consent to show their name publicly; otherwise the public sees "Người hỏi giấu tên". */
  show_name: ColumnType<boolean, boolean | undefined, boolean>;
  /** Feedback (§E4): the regulation or procedure concerned, as the asker names it. */
  regulation: string | null;
  /** The unit the asker thinks is competent (a hint for routing). */
  suggested_unit_id: string | null;
  title: string;
  body: string;
  status: ColumnType<QuestionStatus, QuestionStatus | undefined, QuestionStatus>;
  /** The competent unit, set by routing. */
  unit_id: string | null;
  routed_by: string | null;
  routed_at: Timestamp | null;
  /** The answer is due on this Vietnamese working day (counted from routing). */
  due_on: Day | null;
  /** The unit's draft, then the published answer. */
  answer: string | null;
  drafted_by: string | null;
  drafted_at: Timestamp | null;
  approved_by: string | null;
  published_at: Timestamp | null;
  reject_reason: string | null;
  /** Banned words found in the text when it was sent (flags it for the router; never shown publicly). */
  flagged_words: Json<string[]>;
  /** Folded (no diacritics, lower case) title + body + answer, for public search. */
  search_text: ColumnType<string, string | undefined, string>;
  ip_hash: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QuestionEventTable {
  id: ColumnType<number, never, never>;
  question_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  staff_id: string | null;
  note: string | null;
  at: Timestamp;
}

export interface QuestionCounterTable {
  prefix: string;
  day: Day;
  last: number;
}

/** draft: being prepared; published: public (open for comments between opens_on and closes_on); closed: the period
 * has ended (set by the closing job); concluded: the synthesis and responses are published. */
export type ConsultationStatus = "draft" | "published" | "closed" | "concluded";

export interface ConsultationTable {
  id: string;
  slug: string;
  title: string;
  /** e.g. "Nghị quyết", "Quyết định" (quy phạm pháp luật). */
  doc_type: string;
  summary: ColumnType<string, string | undefined, string>;
  drafting_unit_id: string;
  opens_on: Day;
  closes_on: Day;
  status: ColumnType<ConsultationStatus, ConsultationStatus | undefined, ConsultationStatus>;
  /** The drafting unit's synthesis report (báo cáo tổng hợp, tiếp thu, giải trình), published when concluded. */
  synthesis: string | null;
  concluded_at: Timestamp | null;
  concluded_by: string | null;
  created_by: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One article (clause_no null) or clause of a draft, in reading order. */
export interface ConsultationClauseTable {
  id: string;
  consultation_id: string;
  position: number;
  article_no: number;
  clause_no: number | null;
  /** "Điều 3" or "Khoản 2 Điều 3". */
  label: string;
  heading: ColumnType<string, string | undefined, string>;
  body: ColumnType<string, string | undefined, string>;
}

export type ModerationStatus = "pending" | "approved" | "rejected";

export interface ConsultationCommentTable {
  id: string;
  consultation_id: string;
  /** null: a comment on the draft as a whole. */
  clause_id: string | null;
  citizen_id: string;
  author_name: string;
  organisation: string | null;
  show_name: ColumnType<boolean, boolean | undefined, boolean>;
  body: string;
  status: ColumnType<ModerationStatus, ModerationStatus | undefined, ModerationStatus>;
  flagged_words: Json<string[]>;
  /** The response group the drafting unit put it in (answered together). */
  group_id: string | null;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  ip_hash: string | null;
  created_at: Timestamp;
}

/** A group of comments with the same point, and the drafting unit's response (tiếp thu / giải trình). */
export interface ConsultationResponseGroupTable {
  id: string;
  consultation_id: string;
  clause_id: string | null;
  position: number;
  summary: string;
  response: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type DialogueStatus = "scheduled" | "live" | "ended";

export interface DialogueTable {
  id: string;
  slug: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  leader_name: string;
  leader_title: string;
  unit_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: ColumnType<DialogueStatus, DialogueStatus | undefined, DialogueStatus>;
  /** Whether questions are still taken (before and during the session). */
  accepting_questions: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type DialogueQuestionStatus = "pending" | "approved" | "rejected" | "answered";

export interface DialogueQuestionTable {
  id: string;
  dialogue_id: string;
  citizen_id: string;
  asker_name: string;
  show_name: ColumnType<boolean, boolean | undefined, boolean>;
  body: string;
  status: ColumnType<DialogueQuestionStatus, DialogueQuestionStatus | undefined, DialogueQuestionStatus>;
  answer: string | null;
  answered_at: Timestamp | null;
  /** Order in the transcript (answers numbered as given). */
  answer_seq: number | null;
  flagged_words: Json<string[]>;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  ip_hash: string | null;
  created_at: Timestamp;
}

/** One post by a citizen (question, comment, dialogue question), for rate limits across all participation forms. */
export interface ParticipationPostTable {
  id: ColumnType<number, never, never>;
  kind: "question" | "consultation_comment" | "dialogue_question";
  citizen_id: string;
  ip_hash: string | null;
  at: Timestamp;
}

export interface ParticipationSecretTable {
  id: number;
  secret: string;
}

declare module "../../platform/db/schema.js" {
  interface Database {
    participation_secrets: ParticipationSecretTable;
    question_topics: QuestionTopicTable;
    questions: QuestionTable;
    question_events: QuestionEventTable;
    question_counters: QuestionCounterTable;
    consultations: ConsultationTable;
    consultation_clauses: ConsultationClauseTable;
    consultation_comments: ConsultationCommentTable;
    consultation_response_groups: ConsultationResponseGroupTable;
    dialogues: DialogueTable;
    dialogue_questions: DialogueQuestionTable;
    participation_posts: ParticipationPostTable;
  }
}

export type Question = Selectable<QuestionTable>;
export type QuestionTopic = Selectable<QuestionTopicTable>;
export type QuestionEvent = Selectable<QuestionEventTable>;
export type Consultation = Selectable<ConsultationTable>;
export type ConsultationClause = Selectable<ConsultationClauseTable>;
export type ConsultationComment = Selectable<ConsultationCommentTable>;
export type ConsultationResponseGroup = Selectable<ConsultationResponseGroupTable>;
export type Dialogue = Selectable<DialogueTable>;
export type DialogueQuestion = Selectable<DialogueQuestionTable>;
