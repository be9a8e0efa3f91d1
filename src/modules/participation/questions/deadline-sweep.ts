/**
 * Daily overdue sweep of questions and feedback (issue 7 item 1: deadlines and overdue lists). Every working day at
 * 07:00 Vietnamese time a durable job finds the open questions due within DUE_SOON_WORKING_DAYS working days or
 * overdue, and emails each specialist and leader of their units ONE digest. Exactly once per person and day: the
 * email job's dedupe key names the person and the day. Then it schedules the next day's run, in the same transaction.
 */
import { sql } from "kysely";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { addDays, viDate, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { type Executor, inTransaction, type Tx } from "../../../platform/db/transaction.js";
import { participationQuestionsAdmin } from "../../../platform/i18n/catalogues/participation-questions-admin.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import type { Services } from "../../../platform/services.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import { calendarAround } from "./calendar.js";
import { type DeadlineLimits, deadlineLimits } from "./domain/deadline.js";

registerCatalogue(participationQuestionsAdmin);

export const QUESTION_SWEEP_QUEUE = "participation.question-sweep";
/** Before the working day starts. */
const SWEEP_HOUR = 7;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Puts the sweep of `day` on the queue once (the dedupe key names the day), at 07:00 or now if that has passed. */
async function scheduleSweep(tx: Executor, jobs: JobQueue, day: string, now: Date): Promise<void> {
  const at = new Date(vnDayStart(day).getTime() + SWEEP_HOUR * 3_600_000);
  await jobs.enqueue(
    tx,
    QUESTION_SWEEP_QUEUE,
    { day },
    { runAt: at < now ? now : at, dedupeKey: `${QUESTION_SWEEP_QUEUE}:${day}` },
  );
}

interface DigestRow {
  staff_id: string;
  full_name: string;
  email: string;
  code: string;
  title: string;
  due_on: string;
}

/** Every (person, question) pair to tell: specialists and leaders whose unit grant covers the question's unit. */
async function digestRows(tx: Tx, limits: DeadlineLimits): Promise<DigestRow[]> {
  const { rows } = await sql<DigestRow>`
    with recursive due as (
      select id, code, title, to_char(due_on, 'YYYY-MM-DD') as due_on, unit_id
        from questions
        where status in ('routed', 'drafted') and due_on <= ${limits.soonUntil}::date
    ), chain(question_id, unit_id, depth) as (
      select id, unit_id, 0 from due
      union all
      select c.question_id, u.parent_id, c.depth + 1
        from chain c join units u on u.id = c.unit_id
        where u.parent_id is not null and c.depth < 16
    )
    select distinct s.id as staff_id, s.full_name, s.email, d.code, d.title, d.due_on
      from chain c
      join due d on d.id = c.question_id
      join role_grants g on g.unit_id = c.unit_id and g.role in ('specialist', 'leader')
      join staff_users s on s.id = g.user_id
      where s.active and s.email is not null
      order by s.id, d.due_on, d.code`.execute(tx);
  return rows;
}

export interface QuestionDigest {
  staffId: string;
  name: string;
  email: string;
  items: { code: string; title: string; due: string; overdue: boolean }[];
}

function groupDigests(rows: readonly DigestRow[], today: string): QuestionDigest[] {
  const out = new Map<string, QuestionDigest>();
  for (const r of rows) {
    let d = out.get(r.staff_id);
    if (!d) {
      d = { staffId: r.staff_id, name: r.full_name, email: r.email, items: [] };
      out.set(r.staff_id, d);
    }
    d.items.push({ code: r.code, title: r.title, due: r.due_on, overdue: r.due_on < today });
  }
  return [...out.values()];
}

export function questionDigestMail(digest: QuestionDigest, day: string, publicUrl: string) {
  const overdue = digest.items.filter((i) => i.overdue).length;
  return {
    subject: tv("qadmin.mail.digest.subject", {
      date: viDate(day),
      soon: digest.items.length - overdue,
      overdue,
    }),
    text: [
      tv("qadmin.mail.digest.greeting", { name: digest.name }),
      "",
      tv("qadmin.mail.digest.intro"),
      "",
      ...digest.items.map((i) =>
        tv(i.overdue ? "qadmin.mail.digest.overdueLine" : "qadmin.mail.digest.soonLine", {
          code: i.code,
          title: i.title,
          due: viDate(i.due),
        }),
      ),
      "",
      tv("qadmin.mail.digest.footer", {
        url: `${publicUrl.replace(/\/+$/, "")}${PARTICIPATION_PATHS.adminQuestions}?tab=overdue`,
      }),
    ].join("\n"),
  };
}

/** The daily sweep; returns how many digests were queued (a second run the same day queues none). */
export async function runQuestionSweep(services: Services, jobs: JobQueue, now: Date): Promise<number> {
  const today = vnDay(now);
  const calendar = await calendarAround(services.db, now);
  const limits = deadlineLimits(calendar, now);
  return inTransaction(services.db, async (tx) => {
    let sent = 0;
    if (calendar.isWorkingDay(today)) {
      for (const digest of groupDigests(await digestRows(tx, limits), today)) {
        const dedupeKey = `participation.question-digest:${digest.staffId}:${today}`;
        const already = await tx
          .selectFrom("jobs")
          .select("id")
          .where("queue", "=", "email")
          .where("dedupe_key", "=", dedupeKey)
          .executeTakeFirst();
        if (already) continue;
        await enqueueEmail(
          jobs,
          tx,
          { to: digest.email, ...questionDigestMail(digest, today, services.config.publicUrl) },
          {
            dedupeKey,
          },
        );
        sent += 1;
      }
    }
    if (sent > 0) {
      await recordAudit(tx, actorFrom(null), {
        action: "question.deadline_digests",
        entityType: "question",
        entityId: null,
        summary: `Gửi ${sent} thư nhắc hạn trả lời câu hỏi ngày ${viDate(today)}`,
      });
    }
    await scheduleSweep(tx, jobs, addDays(today, 1), now);
    return sent;
  });
}

/** Registers the sweep's handler (registerParticipationJobs); tests pass their own queue and clock. */
export function registerQuestionJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  queue.register(QUESTION_SWEEP_QUEUE, async () => {
    await runQuestionSweep(services, queue, now());
  });
}

/** On every start: today's sweep exists, so the daily chain survives a stop of any length. */
export async function ensureQuestionDeadlineSweep(services: Services, now: Date): Promise<void> {
  await scheduleSweep(services.db, services.jobs, vnDay(now), now);
}
