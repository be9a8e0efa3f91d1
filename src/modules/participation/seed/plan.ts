/**
 * The demo participation data (issue 7 item 8) as a pure plan: from a seed number, the units' staff, the demo
 * citizens, the working calendar and "now", a year of questions with their whole history (every step an event, due
 * dates on working days), three drafts for comment (open today, closed awaiting synthesis, concluded) and two
 * dialogues (held last month, scheduled next week). Every history is cut at the start of today, so the recent
 * questions stay in the intermediate states; the dates are relative to `now`, so the demo is right whenever it is
 * seeded. Deterministic: the same inputs give the same rows.
 */
import { v5 as uuidv5 } from "uuid";
import type { WorkingCalendar } from "../../../platform/calendar/index.js";
import { addDays, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { createRng, type Rng } from "../../../platform/random/prng.js";
import { parseClauses } from "../consultations/domain/clauses.js";
import { answerDueOn } from "../questions/domain/deadline.js";
import { formatQuestionCode, questionCounterKey } from "../questions/domain/question-code.js";
import { questionSearchText } from "../questions/domain/search.js";
import type { QuestionAction } from "../questions/domain/workflow.js";
import type {
  ConsultationStatus,
  DialogueQuestionStatus,
  DialogueStatus,
  ModerationStatus,
  QuestionKind,
  QuestionStatus,
} from "../tables.js";
import {
  AWAITING_DRAFT,
  CONCLUDED_DRAFT,
  type DemoDraft,
  type DraftComment,
  OPEN_DRAFT,
} from "./consultation-texts.js";
import { type DemoDialogueQuestion, ENDED_DIALOGUE, SCHEDULED_DIALOGUE } from "./dialogue-texts.js";
import {
  BUSINESS_QUESTIONS,
  CITIZEN_QUESTIONS,
  FEEDBACK_ITEMS,
  PLACES,
  type QuestionTemplate,
  REJECT_REASONS,
  RETURN_NOTE,
  SEND_BACK_NOTE,
} from "./question-texts.js";
import { DEMO_TOPICS } from "./topics.js";

export const DEMO_PARTICIPATION_SEED = 2026;
export const DEMO_QUESTION_COUNT = 150;
const NAMESPACE = "7d3f1c8e-2b6a-4e95-8c0d-4a1f6e9b2c57";

/** A demo unit by short code, with the staff who draft and approve there (null where the demo has nobody). */
export interface PlanUnit {
  id: string;
  specialistId: string | null;
  leaderId: string | null;
}

export interface PlanAsker {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  businessName: string | null;
  taxCode: string | null;
}

export interface PlanLeader {
  name: string;
  title: string;
}

export interface ParticipationPlanInput {
  seed: number;
  count: number;
  now: Date;
  calendar: WorkingCalendar;
  /** By short code ("STP"); a template whose unit is missing is answered by nobody (skipped). */
  units: ReadonlyMap<string, PlanUnit>;
  /** The editorial board member who routes and rejects (the main portal's editor). */
  routerId: string | null;
  citizens: readonly PlanAsker[];
  /** Who leads each dialogue, by the dialogue unit's short code. */
  leaders: ReadonlyMap<string, PlanLeader>;
}

export interface PlannedEvent {
  action: "submitted" | QuestionAction;
  from_status: QuestionStatus | null;
  to_status: QuestionStatus;
  staff_id: string | null;
  note: string | null;
  at: Date;
}

export interface PlannedQuestion {
  id: string;
  code: string;
  kind: QuestionKind;
  topic_id: string;
  citizen_id: string;
  asker_name: string;
  asker_email: string | null;
  asker_phone: string | null;
  business_name: string | null;
  tax_code: string | null;
  show_name: boolean;
  regulation: string | null;
  suggested_unit_id: string | null;
  title: string;
  body: string;
  status: QuestionStatus;
  unit_id: string | null;
  routed_by: string | null;
  routed_at: Date | null;
  due_on: string | null;
  answer: string | null;
  drafted_by: string | null;
  drafted_at: Date | null;
  approved_by: string | null;
  published_at: Date | null;
  reject_reason: string | null;
  search_text: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  events: PlannedEvent[];
}

export interface PlannedClause {
  id: string;
  consultation_id: string;
  position: number;
  article_no: number;
  clause_no: number | null;
  label: string;
  heading: string;
  body: string;
}

export interface PlannedComment {
  id: string;
  consultation_id: string;
  clause_id: string | null;
  citizen_id: string;
  author_name: string;
  organisation: string | null;
  show_name: boolean;
  body: string;
  status: ModerationStatus;
  group_id: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  created_at: Date;
}

export interface PlannedGroup {
  id: string;
  consultation_id: string;
  clause_id: string | null;
  position: number;
  summary: string;
  response: string;
  created_at: Date;
  updated_at: Date;
}

export interface PlannedConsultation {
  id: string;
  slug: string;
  title: string;
  doc_type: string;
  summary: string;
  drafting_unit_id: string;
  opens_on: string;
  closes_on: string;
  status: ConsultationStatus;
  synthesis: string | null;
  concluded_at: Date | null;
  concluded_by: string | null;
  created_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  clauses: PlannedClause[];
  groups: PlannedGroup[];
  comments: PlannedComment[];
}

export interface PlannedDialogueQuestion {
  id: string;
  dialogue_id: string;
  citizen_id: string;
  asker_name: string;
  show_name: boolean;
  body: string;
  status: DialogueQuestionStatus;
  answer: string | null;
  answered_at: Date | null;
  answer_seq: number | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  created_at: Date;
}

export interface PlannedDialogue {
  id: string;
  slug: string;
  title: string;
  description: string;
  leader_name: string;
  leader_title: string;
  unit_id: string;
  starts_at: Date;
  ends_at: Date;
  status: DialogueStatus;
  accepting_questions: boolean;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  questions: PlannedDialogueQuestion[];
}

export interface ParticipationPlan {
  topics: { id: string; slug: string; name_vi: string; name_en: string; position: number }[];
  questions: PlannedQuestion[];
  /** The last sequence used per prefix and Vietnamese day, for `question_counters`. */
  counters: { prefix: string; day: string; last: number }[];
  consultations: PlannedConsultation[];
  dialogues: PlannedDialogue[];
}

/** Stable id of a demo topic, so links and tests can name it. */
export function demoTopicId(slug: string): string {
  return uuidv5(`topic:${slug}`, NAMESPACE);
}

const idOf = (seed: number, kind: string, key: string | number) =>
  uuidv5(`${kind}:${seed}:${key}`, NAMESPACE);

/** The instant of a Vietnamese day at a minute of that day. */
function atMinute(day: string, minute: number): Date {
  return new Date(vnDayStart(day).getTime() + minute * 60_000);
}

/** The day `n` working days before `day` (n ≥ 1). */
export function workingDaysBefore(cal: WorkingCalendar, day: string, n: number): string {
  let d = day;
  for (let count = 0; count < n; ) {
    d = addDays(d, -1);
    if (cal.isWorkingDay(d)) count += 1;
  }
  return d;
}

/** Office hours k working days after `prev` (k ≥ 1), or a little later the same day (k = 0). */
function later(cal: WorkingCalendar, rng: Rng, prev: Date, k: number): Date {
  if (k <= 0) return new Date(prev.getTime() + rng.int(20, 180) * 60_000);
  const at = atMinute(cal.addWorkingDays(prev, k), rng.int(7 * 60 + 30, 16 * 60 + 30));
  return at > prev ? at : new Date(prev.getTime() + rng.int(10, 60) * 60_000);
}

/** What becomes of a question if nothing stops it first (the cut at today stops the recent ones). */
type Fate = "published" | "rejected" | "stays_routed" | "stays_drafted";

interface Shape {
  kind: QuestionKind;
  fate: Fate;
  /** The Vietnamese day it was sent. */
  day: string;
  sendBack: boolean;
  returned: boolean;
  late: boolean;
}

const KIND_CYCLE: readonly QuestionKind[] = [
  "citizen",
  "business",
  "citizen",
  "feedback",
  "citizen",
  "business",
  "citizen",
  "citizen",
  "business",
  "citizen",
];

/**
 * Question i's kind, fate and day. The newest few are placed so that every state is present whatever the calendar:
 * sent yesterday (still waiting to be routed), drafts waiting for a leader, routed ones due soon and overdue, a
 * recent rejection; the rest spread over the year, mostly published.
 */
function shapeOf(i: number, count: number, rng: Rng, cal: WorkingCalendar, today: string): Shape {
  const j = count - 1 - i;
  const kind = KIND_CYCLE[i % KIND_CYCLE.length] as QuestionKind;
  const base = { kind, sendBack: false, returned: false, late: false };
  if (j < 4) return { ...base, fate: "published", day: addDays(today, -1) };
  if (j < 7) return { ...base, fate: "stays_routed", day: workingDaysBefore(cal, today, j - 1) };
  if (j < 10) return { ...base, fate: "stays_drafted", day: workingDaysBefore(cal, today, j - 1) };
  if (j < 11) return { ...base, fate: "rejected", day: workingDaysBefore(cal, today, 5) };
  if (j < 14) return { ...base, fate: "stays_routed", day: addDays(today, -(30 + 9 * (j - 11))) };
  const age = 14 + Math.round(((j - 14) * 350) / Math.max(1, count - 14)) + rng.int(0, 1);
  const roll = rng.next();
  return {
    ...base,
    fate: roll < 0.07 ? "rejected" : "published",
    day: addDays(today, -age),
    sendBack: roll >= 0.07 && roll < 0.12,
    returned: roll >= 0.12 && roll < 0.22,
    late: roll >= 0.22 && roll < 0.3,
  };
}

/** How many questions of the same kind come before question i: walks the templates evenly (5 is prime to their counts). */
function kindOrdinal(i: number): number {
  const kind = KIND_CYCLE[i % KIND_CYCLE.length];
  const perCycle = KIND_CYCLE.filter((k) => k === kind).length;
  const inCycle = KIND_CYCLE.slice(0, i % KIND_CYCLE.length).filter((k) => k === kind).length;
  return Math.floor(i / KIND_CYCLE.length) * perCycle + inCycle;
}

function templatesOf(kind: QuestionKind): readonly QuestionTemplate[] {
  return kind === "business" ? BUSINESS_QUESTIONS : kind === "feedback" ? FEEDBACK_ITEMS : CITIZEN_QUESTIONS;
}

function topicOf(slug: string) {
  const topic = DEMO_TOPICS.find((t) => t.slug === slug);
  if (!topic) throw new Error(`Unknown demo topic ${slug}`);
  return topic;
}

/** The history a question would have had, step by step, before the cut at `cutoff`. */
function planHistory(
  shape: Shape,
  unitCode: string,
  input: ParticipationPlanInput,
  rng: Rng,
  sentAt: Date,
  cutoff: Date,
): PlannedEvent[] {
  const cal = input.calendar;
  const unit = input.units.get(unitCode);
  const events: PlannedEvent[] = [
    {
      action: "submitted",
      from_status: null,
      to_status: "submitted",
      staff_id: null,
      note: null,
      at: sentAt,
    },
  ];
  let at = sentAt;
  const step = (
    action: QuestionAction,
    from: QuestionStatus,
    to: QuestionStatus,
    staff: string | null,
    k: number,
    note: string | null = null,
  ) => {
    at = later(cal, rng, at, k);
    events.push({ action, from_status: from, to_status: to, staff_id: staff, note, at });
  };
  if (shape.fate === "rejected") {
    step("reject", "submitted", "rejected", input.routerId, rng.int(1, 2), rng.pick(REJECT_REASONS));
  } else {
    if (shape.sendBack) {
      const wrong = input.units.get(unitCode === "STNMT" ? "SXD" : "STNMT");
      step("route", "submitted", "routed", input.routerId, 1);
      step("send_back", "routed", "submitted", wrong?.specialistId ?? null, 1, SEND_BACK_NOTE);
    }
    step("route", "submitted", "routed", input.routerId, shape.fate === "published" ? rng.int(1, 2) : 1);
    if (shape.fate !== "stays_routed") {
      const draftDays = shape.fate === "stays_drafted" ? 2 : shape.late ? rng.int(11, 13) : rng.int(2, 8);
      step("draft", "routed", "drafted", unit?.specialistId ?? null, draftDays);
      if (shape.returned) {
        step("return", "drafted", "routed", unit?.leaderId ?? null, 1, RETURN_NOTE);
        step("draft", "routed", "drafted", unit?.specialistId ?? null, rng.int(1, 2));
      }
      if (shape.fate === "published")
        step("publish", "drafted", "published", unit?.leaderId ?? null, rng.int(0, 2));
    }
  }
  return events.filter((e) => e.at < cutoff);
}

function planQuestion(i: number, input: ParticipationPlanInput, cutoff: Date): PlannedQuestion {
  const rng = createRng(`participation:${input.seed}:question:${i}`);
  const today = vnDay(cutoff);
  const shape = shapeOf(i, input.count, rng, input.calendar, today);
  const templates = templatesOf(shape.kind);
  const t = templates[(kindOrdinal(i) * 5) % templates.length] as QuestionTemplate;
  const topic = topicOf(t.topic);
  const unitCode = t.unit ?? topic.unit;
  const unit = input.units.get(unitCode);
  const businesses = input.citizens.filter((c) => c.businessName !== null && c.taxCode !== null);
  const asker = rng.pick(shape.kind === "business" && businesses.length > 0 ? businesses : input.citizens);
  const isBusiness = shape.kind === "business" && asker.businessName !== null;
  const sentAt = atMinute(shape.day, rng.int(6 * 60 + 30, 21 * 60 + 30));
  const body = t.body.replace("{noi}", rng.pick(PLACES));
  const events = planHistory(shape, unitCode, input, rng, sentAt, cutoff);
  const last = events.at(-1) as PlannedEvent;
  const lastOf = (action: PlannedEvent["action"]) => events.findLast((e) => e.action === action);
  const route = lastOf("route");
  const routedNow = last.to_status !== "submitted" && last.to_status !== "rejected" && route !== undefined;
  const draft = lastOf("draft");
  const publish = lastOf("publish");
  const status = last.to_status;
  return {
    id: idOf(input.seed, "question", i),
    code: "",
    kind: isBusiness ? "business" : shape.kind === "business" ? "citizen" : shape.kind,
    topic_id: demoTopicId(topic.slug),
    citizen_id: asker.id,
    asker_name: asker.fullName,
    asker_email: asker.email,
    asker_phone: asker.phone,
    business_name: isBusiness ? asker.businessName : null,
    tax_code: isBusiness ? asker.taxCode : null,
    show_name: rng.chance(0.5),
    regulation: t.regulation ?? null,
    suggested_unit_id: rng.chance(0.3) ? (unit?.id ?? null) : null,
    title: t.title,
    body,
    status,
    unit_id: routedNow ? (unit?.id ?? null) : null,
    routed_by: routedNow ? route.staff_id : null,
    routed_at: routedNow ? route.at : null,
    due_on: routedNow ? answerDueOn(shape.kind, route.at, input.calendar) : null,
    answer: draft ? t.answer : null,
    drafted_by: draft?.staff_id ?? null,
    drafted_at: draft?.at ?? null,
    approved_by: publish?.staff_id ?? null,
    published_at: publish?.at ?? null,
    reject_reason: status === "rejected" ? last.note : null,
    search_text: questionSearchText({ title: t.title, body, answer: publish ? t.answer : null }),
    version: events.length,
    created_at: sentAt,
    updated_at: last.at,
    events,
  };
}

/** Codes per prefix and Vietnamese day in the order the questions were sent; returns the counters they used. */
export function assignQuestionCodes(questions: PlannedQuestion[]): ParticipationPlan["counters"] {
  const order = [...questions].sort(
    (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1),
  );
  const last = new Map<string, { prefix: string; day: string; last: number }>();
  for (const q of order) {
    const { prefix, day } = questionCounterKey(q.kind, q.created_at);
    const key = `${prefix}|${day}`;
    const counter = last.get(key) ?? { prefix, day, last: 0 };
    counter.last += 1;
    last.set(key, counter);
    q.code = formatQuestionCode(prefix, day, counter.last);
  }
  return [...last.values()].sort((a, b) =>
    a.day === b.day ? (a.prefix < b.prefix ? -1 : 1) : a.day < b.day ? -1 : 1,
  );
}

/** The draft's text as staff would paste it ("Điều 3. Heading", its text, "1. clause"), parsed by the staff parser. */
export function draftText(draft: DemoDraft): string {
  return draft.articles
    .flatMap((a) => [
      `Điều ${a.no}. ${a.heading}`,
      a.body,
      ...(a.clauses ?? []).map((c, k) => `${k + 1}. ${c}`),
    ])
    .join("\n");
}

interface DraftDates {
  opensOn: string;
  closesOn: string;
  status: ConsultationStatus;
  concludedOn?: string;
}

function planConsultation(
  draft: DemoDraft,
  dates: DraftDates,
  input: ParticipationPlanInput,
  cutoff: Date,
): PlannedConsultation | null {
  const unit = input.units.get(draft.unit);
  if (!unit) return null;
  const seed = input.seed;
  const rng = createRng(`participation:${seed}:consultation:${draft.key}`);
  const id = idOf(seed, "consultation", draft.key);
  const parsed = parseClauses(draftText(draft));
  if (!parsed.ok) throw new Error(`Demo draft ${draft.key} does not parse: ${JSON.stringify(parsed.errors)}`);
  const clauses: PlannedClause[] = parsed.parts.map((p, k) => ({
    id: idOf(seed, `clause:${draft.key}`, k),
    consultation_id: id,
    position: k + 1,
    article_no: p.articleNo,
    clause_no: p.clauseNo,
    label: p.label,
    heading: p.heading,
    body: p.body,
  }));
  const clauseId = (on: DraftComment["on"]) => {
    if (on === null) return null;
    const [article, clause] = on;
    const found = clauses.find((c) => c.article_no === article && (c.clause_no ?? 0) === clause);
    if (!found) throw new Error(`Demo draft ${draft.key} has no clause ${article}.${clause}`);
    return found.id;
  };
  const createdAt = atMinute(addDays(dates.opensOn, -3), 9 * 60 + 15);
  const concludedAt = dates.concludedOn ? atMinute(dates.concludedOn, 15 * 60) : null;
  const groupsAt = dates.concludedOn ? atMinute(addDays(dates.concludedOn, -5), 10 * 60) : null;
  const groups: PlannedGroup[] = (draft.groups ?? []).map((g, k) => ({
    id: idOf(seed, `group:${draft.key}`, k),
    consultation_id: id,
    clause_id: clauseId(g.on),
    position: k + 1,
    summary: g.summary,
    response: g.response,
    created_at: groupsAt as Date,
    updated_at: groupsAt as Date,
  }));
  const lastCommentDay = dates.closesOn < vnDay(cutoff) ? dates.closesOn : addDays(vnDay(cutoff), -1);
  const span = Math.max(0, Math.round((Date.parse(lastCommentDay) - Date.parse(dates.opensOn)) / 86_400_000));
  const authors = rng.sample(input.citizens, draft.comments.length);
  const comments: PlannedComment[] = draft.comments.map((c, k) => {
    const author = authors[k % authors.length] as PlanAsker;
    const day = addDays(dates.opensOn, Math.floor(((k + 0.5) * span) / draft.comments.length));
    const at = atMinute(day, rng.int(7 * 60, 22 * 60));
    // In the open draft the newest half still wait for moderation; elsewhere everything was moderated.
    const pending =
      dates.status === "published" ? k >= Math.ceil(draft.comments.length / 2) : k === 2 && !draft.groups;
    // Moderated a working day later, but never after the cut (an approval cannot be in the future).
    const moderatedAt = pending
      ? null
      : new Date(
          Math.max(
            at.getTime() + 10 * 60_000,
            Math.min(later(input.calendar, rng, at, 1).getTime(), cutoff.getTime() - 60_000),
          ),
        );
    return {
      id: idOf(seed, `comment:${draft.key}`, k),
      consultation_id: id,
      clause_id: clauseId(c.on),
      citizen_id: author.id,
      author_name: author.fullName,
      organisation: author.businessName,
      show_name: k % 2 === 0,
      body: c.body,
      status: pending ? "pending" : "approved",
      group_id: c.group === undefined ? null : (groups[c.group]?.id ?? null),
      moderated_by: pending ? null : unit.specialistId,
      moderated_at: moderatedAt,
      created_at: at,
    };
  });
  const concluded = dates.status === "concluded";
  return {
    id,
    slug: draft.slug,
    title: draft.title,
    doc_type: draft.docType,
    summary: draft.summary,
    drafting_unit_id: unit.id,
    opens_on: dates.opensOn,
    closes_on: dates.closesOn,
    status: dates.status,
    synthesis: concluded ? (draft.synthesis ?? null) : null,
    concluded_at: concluded ? concludedAt : null,
    concluded_by: concluded ? unit.leaderId : null,
    created_by: unit.specialistId,
    version: concluded ? 3 : dates.status === "closed" ? 3 : 2,
    created_at: createdAt,
    updated_at: concluded
      ? (concludedAt as Date)
      : atMinute(dates.status === "closed" ? addDays(dates.closesOn, 1) : addDays(dates.opensOn, -1), 8 * 60),
    clauses,
    groups,
    comments,
  };
}

function planDialogue(
  key: "ended" | "scheduled",
  input: ParticipationPlanInput,
  cutoff: Date,
): PlannedDialogue | null {
  const spec = key === "ended" ? ENDED_DIALOGUE : SCHEDULED_DIALOGUE;
  const unit = input.units.get(spec.unit);
  const leader = input.leaders.get(spec.unit);
  if (!unit || !leader) return null;
  const seed = input.seed;
  const rng = createRng(`participation:${seed}:dialogue:${key}`);
  const id = idOf(seed, "dialogue", key);
  const today = vnDay(cutoff);
  const day = key === "ended" ? addDays(today, -30) : addDays(today, 7);
  const startsAt = atMinute(day, 9 * 60);
  const endsAt = atMinute(day, 11 * 60);
  const createdAt = atMinute(addDays(day, -14), 10 * 60);
  const askers = rng.sample(input.citizens, spec.questions.length);
  let seq = 0;
  const questions = spec.questions.map((q: DemoDialogueQuestion, k): PlannedDialogueQuestion => {
    const asker = askers[k % askers.length] as PlanAsker;
    // Questions arrive in the days before the session (for next week's: before today).
    const lastDay = key === "ended" ? addDays(day, -1) : addDays(today, -1);
    const askedAt = atMinute(addDays(lastDay, -((spec.questions.length - k) % 6)), rng.int(7 * 60, 22 * 60));
    const answered = q.answer !== undefined;
    if (answered) seq += 1;
    const moderatedAt = answered
      ? atMinute(day, 8 * 60 + k)
      : q.status === "pending"
        ? null
        : new Date(Math.min(askedAt.getTime() + 3 * 3_600_000, cutoff.getTime() - 60_000));
    return {
      id: idOf(seed, `dialogue-question:${key}`, k),
      dialogue_id: id,
      citizen_id: asker.id,
      asker_name: asker.fullName,
      show_name: k % 3 !== 1,
      body: q.body,
      status: answered ? "answered" : (q.status ?? "pending"),
      answer: q.answer ?? null,
      answered_at: answered ? new Date(startsAt.getTime() + seq * 12 * 60_000) : null,
      answer_seq: answered ? seq : null,
      moderated_by: moderatedAt ? input.routerId : null,
      moderated_at: moderatedAt,
      created_at: askedAt,
    };
  });
  return {
    id,
    slug: spec.slug,
    title: spec.title,
    description: spec.description,
    leader_name: leader.name,
    leader_title: leader.title,
    unit_id: unit.id,
    starts_at: startsAt,
    ends_at: endsAt,
    status: key === "ended" ? "ended" : "scheduled",
    accepting_questions: key !== "ended",
    created_by: input.routerId,
    created_at: createdAt,
    updated_at: key === "ended" ? endsAt : createdAt,
    questions,
  };
}

/** Plans everything; the questions' codes and counters are assigned here too. */
export function planParticipation(input: ParticipationPlanInput): ParticipationPlan {
  const cutoff = vnDayStart(vnDay(input.now));
  const today = vnDay(cutoff);
  const topics = DEMO_TOPICS.map((t, k) => ({
    id: demoTopicId(t.slug),
    slug: t.slug,
    name_vi: t.name_vi,
    name_en: t.name_en,
    position: k + 1,
  }));
  const questions =
    input.citizens.length === 0
      ? []
      : Array.from({ length: input.count }, (_, i) => planQuestion(i, input, cutoff)).filter(
          (q) => q.status === "submitted" || q.status === "rejected" || q.unit_id !== null,
        );
  const counters = assignQuestionCodes(questions);
  const consultations =
    input.citizens.length === 0
      ? []
      : [
          planConsultation(
            OPEN_DRAFT,
            { opensOn: addDays(today, -10), closesOn: addDays(today, 20), status: "published" },
            input,
            cutoff,
          ),
          planConsultation(
            AWAITING_DRAFT,
            { opensOn: addDays(today, -50), closesOn: addDays(today, -20), status: "closed" },
            input,
            cutoff,
          ),
          planConsultation(
            CONCLUDED_DRAFT,
            {
              opensOn: addDays(today, -150),
              closesOn: addDays(today, -120),
              status: "concluded",
              concludedOn: addDays(today, -100),
            },
            input,
            cutoff,
          ),
        ].filter((c): c is PlannedConsultation => c !== null);
  const dialogues =
    input.citizens.length === 0
      ? []
      : [planDialogue("ended", input, cutoff), planDialogue("scheduled", input, cutoff)].filter(
          (d): d is PlannedDialogue => d !== null,
        );
  return { topics, questions, counters, consultations, dialogues };
}
