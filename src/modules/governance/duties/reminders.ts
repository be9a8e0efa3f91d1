import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import type { Services } from "../../../platform/services.js";
import { addDays, dayDiff, viDate, vnDay, vnDayAt } from "./domain/days.js";
import { claimDutyReminder, obligationStatuses } from "./store.js";

export const DUTY_SWEEP_QUEUE = "duties.sweep";
/** The daily sweep runs at 07:00 in Quảng Ngãi, before the working day. */
const SWEEP_HOUR = 7;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Puts the sweep of `day` on the queue once (the dedupe key names the day), at 07:00 or now if that has passed. */
export async function scheduleDutySweep(tx: Executor, jobs: JobQueue, day: string, now: Date): Promise<void> {
  const at = vnDayAt(day, SWEEP_HOUR);
  await jobs.enqueue(
    tx,
    DUTY_SWEEP_QUEUE,
    { day },
    { runAt: at < now ? now : at, dedupeKey: `duties.sweep:${day}` },
  );
}

/** On every start: make sure today's sweep exists, so the daily chain survives a stop of any length. */
export async function ensureDutySweep(services: Services, now: Date = new Date()): Promise<void> {
  await scheduleDutySweep(services.db, services.jobs, vnDay(now), now);
}

/**
 * The daily sweep: reminds everyone whose next activity falls due within their rule's reminder window, exactly once
 * per person, rule, site and due day (duty_reminders), then schedules tomorrow's sweep, all in one transaction.
 */
export async function runDutySweep(services: Services, jobs: JobQueue, now: Date): Promise<number> {
  const today = vnDay(now);
  return inTransaction(services.db, async (tx) => {
    const statuses = await obligationStatuses(tx, today);
    let sent = 0;
    for (const s of statuses) {
      if (!s.status.remindNow || !s.staffEmail) continue;
      if (!(await claimDutyReminder(tx, s, s.status.dueOn, now))) continue;
      const params = {
        name: s.staffName,
        rule: s.rule.title,
        site: s.siteName ?? "",
        due: viDate(s.status.dueOn),
        days: dayDiff(today, s.status.dueOn),
        gap: s.rule.max_gap_days,
        last: s.status.lastActivity ? viDate(s.status.lastActivity) : tv("duties.never"),
      };
      const what = tv(s.rule.activity === "sign_in" ? "duties.mail.signIn" : "duties.mail.review", params);
      await enqueueEmail(
        jobs,
        tx,
        {
          to: s.staffEmail,
          subject: tv("duties.mail.subject", params),
          text: tv("duties.mail.text", { ...params, what }),
        },
        { dedupeKey: `duty:${s.rule.id}:${s.staffId}:${s.siteKey}:${s.status.dueOn}` },
      );
      sent += 1;
    }
    if (sent > 0) {
      await recordAudit(tx, actorFrom(null), {
        action: "duty.reminders",
        entityType: "duty_rule",
        entityId: null,
        summary: `Gửi ${sent} thư nhắc nhiệm vụ giám sát ngày ${viDate(today)}`,
      });
    }
    await scheduleDutySweep(tx, jobs, addDays(today, 1), now);
    return sent;
  });
}

/** Registers the sweep's handler (src/bootstrap.ts); tests pass their own queue and clock. */
export function registerDutyJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  queue.register(DUTY_SWEEP_QUEUE, async () => {
    await runDutySweep(services, queue, now());
  });
}
