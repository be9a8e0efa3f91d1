/**
 * Closes consultations whose comment period has ended (issue 7 item 3: "a job closes it"). Publishing enqueues one
 * job at the start of the Vietnamese day after the last comment day; the job closes the draft and tells the drafting
 * unit's specialists. At every start, overdue drafts are closed and missing jobs re-enqueued. Idempotent: a closed
 * draft is left alone, and the dedupe keys name the draft and its closing day.
 */
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { participationConsultationsAdmin } from "../../../platform/i18n/catalogues/participation-consultations-admin.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import type { Services } from "../../../platform/services.js";
import { notifyClosed } from "./notify.js";
import { commentTotal, lockConsultation, overdueOpen, publishedOpen, setStatus } from "./store.js";

registerCatalogue(participationConsultationsAdmin);

export const CONSULTATION_CLOSING_QUEUE = "participation.consultation-closing";

/** Puts the closing of one draft on the queue once, at 00:00 (Vietnam) the day after its last comment day. */
export async function scheduleClosing(
  tx: Executor,
  jobs: JobQueue,
  c: { id: string; closes_on: string },
  now: Date,
): Promise<void> {
  const at = vnDayStart(c.closes_on, 1);
  await jobs.enqueue(
    tx,
    CONSULTATION_CLOSING_QUEUE,
    { id: c.id },
    { runAt: at < now ? now : at, dedupeKey: `${CONSULTATION_CLOSING_QUEUE}:${c.id}:${c.closes_on}` },
  );
}

/**
 * Closes one draft if its period has ended (status published, closes_on before today in Vietnam). When the dates
 * were moved later, schedules the new closing instead. Returns whether it closed.
 */
export async function closeIfEnded(
  services: Services,
  jobs: JobQueue,
  id: string,
  now: Date,
): Promise<boolean> {
  return inTransaction(services.db, async (tx) => {
    const c = await lockConsultation(tx, id);
    if (c?.status !== "published") return false;
    if (c.closes_on >= vnDay(now)) {
      await scheduleClosing(tx, jobs, c, now);
      return false;
    }
    const closed = await setStatus(tx, id, "closed", now);
    const count = await commentTotal(tx, id);
    await recordAudit(tx, actorFrom(null), {
      action: "consultation.close",
      entityType: "consultation",
      entityId: id,
      summary: c.title,
      before: { status: c.status },
      after: { status: "closed", comments: count },
    });
    await notifyClosed(tx, jobs, closed, count, services.config.publicUrl);
    return true;
  });
}

export function registerConsultationJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  queue.register(CONSULTATION_CLOSING_QUEUE, async (payload) => {
    if (typeof payload.id !== "string") return;
    await closeIfEnded(services, queue, payload.id, now());
  });
}

/** On every start: close what is overdue (the job may have been lost with a stop), re-enqueue the rest. */
export async function ensureConsultationClosing(
  services: Services,
  now: Date,
  jobs: JobQueue = services.jobs,
): Promise<void> {
  for (const c of await overdueOpen(services.db, vnDay(now))) await closeIfEnded(services, jobs, c.id, now);
  for (const c of await publishedOpen(services.db)) await scheduleClosing(services.db, jobs, c, now);
}
