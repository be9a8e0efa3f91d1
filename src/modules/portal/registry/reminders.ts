import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { viDate, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import { type JobQueue, PermanentJobError } from "../../../platform/jobs/index.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import type { Services } from "../../../platform/services.js";
import { dayDiff, reminderPlan } from "./domain/licence-state.js";
import { claimReminder, getLicence, getRegistrySite, siteAdminEmails } from "./store.js";

export const LICENCE_REMINDER_QUEUE = "registry.licence-reminder";
/** Reminders go out at 08:00 in Quảng Ngãi, when the office opens. */
const SEND_HOUR_MS = 8 * 60 * 60_000;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/**
 * Schedules the 30- and 7-day reminders for a licence's expiry date, inside the caller's transaction. The dedupe key
 * names the site, the expiry date and the threshold, so saving the form again adds nothing, and a new expiry date
 * gets its own jobs; the jobs of the old date find it changed and do nothing.
 */
export async function scheduleLicenceReminders(
  tx: Executor,
  jobs: JobQueue,
  siteId: string,
  expiresOn: string,
  now: Date,
): Promise<number> {
  const plan = reminderPlan(expiresOn, vnDay(now));
  for (const r of plan) {
    const at = new Date(vnDayStart(r.sendOn).getTime() + SEND_HOUR_MS);
    await jobs.enqueue(
      tx,
      LICENCE_REMINDER_QUEUE,
      { siteId, expiresOn, thresholdDays: r.thresholdDays },
      { runAt: at < now ? now : at, dedupeKey: `licence:${siteId}:${expiresOn}:${r.thresholdDays}` },
    );
  }
  return plan.length;
}

function parsePayload(payload: Record<string, unknown>) {
  const { siteId, expiresOn, thresholdDays } = payload;
  if (
    typeof siteId !== "string" ||
    typeof expiresOn !== "string" ||
    !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn) ||
    typeof thresholdDays !== "number"
  ) {
    throw new PermanentJobError(`Bad payload: ${JSON.stringify(payload).slice(0, 200)}`);
  }
  return { siteId, expiresOn, thresholdDays };
}

/** Sends one reminder (to the security contact and the site's administrators), unless stale or already sent. */
export async function runLicenceReminder(
  services: Services,
  jobs: JobQueue,
  payload: Record<string, unknown>,
  now: Date,
): Promise<"sent" | "stale"> {
  const { siteId, expiresOn, thresholdDays } = parsePayload(payload);
  return inTransaction(services.db, async (tx) => {
    const licence = await getLicence(tx, siteId, { forUpdate: true });
    const site = await getRegistrySite(tx, siteId);
    if (!licence || !site?.active || !licence.licence_number || licence.expires_on !== expiresOn)
      return "stale";
    const daysLeft = dayDiff(vnDay(now), expiresOn);
    if (daysLeft < 0) return "stale";
    if (!(await claimReminder(tx, siteId, expiresOn, thresholdDays, now))) return "stale";
    const recipients = new Set<string>();
    if (licence.contact_email) recipients.add(licence.contact_email.toLowerCase());
    for (const email of await siteAdminEmails(tx, siteId)) recipients.add(email.toLowerCase());
    const params = {
      site: site.name_vi,
      number: licence.licence_number,
      body: licence.issuing_body ?? "",
      date: viDate(expiresOn),
      days: daysLeft,
    };
    const subject = tv("registry.mail.subject", params);
    const text = tv("registry.mail.text", { ...params, contact: licence.contact_name ?? "" });
    for (const to of [...recipients].sort()) {
      await enqueueEmail(
        jobs,
        tx,
        { to, subject, text },
        { dedupeKey: `licence:${siteId}:${expiresOn}:${thresholdDays}:${to}` },
      );
    }
    await recordAudit(tx, actorFrom(null), {
      action: "site_licence.reminder",
      entityType: "site",
      entityId: siteId,
      summary: `Nhắc gia hạn giấy phép ${licence.licence_number} (hết hạn ${viDate(expiresOn)}, mốc ${thresholdDays} ngày) gửi ${recipients.size} địa chỉ`,
      after: { expiresOn, thresholdDays, recipients: [...recipients] },
    });
    return "sent";
  });
}

/** Registers the reminder queue's handler (src/bootstrap.ts); tests pass their own queue and clock. */
export function registerRegistryJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  queue.register(LICENCE_REMINDER_QUEUE, async (payload) => {
    await runLicenceReminder(services, queue, payload, now());
  });
}
