import { z } from "zod";
import type { Executor } from "../db/transaction.js";
import { type EnqueueOptions, type JobQueue, PermanentJobError } from "../jobs/index.js";
import type { Services } from "../services.js";
import type { EmailMessage } from "./email.js";

export const EMAIL_QUEUE = "email";

const address = z.string().trim().min(3).max(320);
const emailPayload = z.object({
  to: address,
  subject: z.string().min(1).max(998),
  text: z.string().max(1_000_000),
  html: z.string().max(2_000_000).optional(),
  replyTo: address.optional(),
});

/**
 * Puts a message on the durable "email" queue inside the caller's transaction: it is sent only if the caller's write
 * commits, and it survives a restart or an SMTP outage (retried with back-off, then kept in the dead-letter list).
 */
export function enqueueEmail(
  jobs: JobQueue,
  tx: Executor,
  message: EmailMessage,
  opts?: EnqueueOptions,
): Promise<number> {
  const payload = emailPayload.parse(message);
  return jobs.enqueue(tx, EMAIL_QUEUE, payload, opts);
}

/** The "email" queue's handler: sends through services.mailer. */
export function registerEmailJobs(services: Services): void {
  services.jobs.register(EMAIL_QUEUE, async (payload) => {
    const parsed = emailPayload.safeParse(payload);
    if (!parsed.success) throw new PermanentJobError(`Malformed email job: ${parsed.error.message}`);
    try {
      await services.mailer.send(parsed.data);
    } catch (err) {
      if (isRefusedForGood(err)) {
        throw new PermanentJobError(err instanceof Error ? err.message : String(err), { cause: err });
      }
      throw err;
    }
  });
}

/**
 * A 5xx reply to the envelope or the message (unknown mailbox, rejected content) will not change on retry; a 4xx,
 * a timeout or an authentication failure (fixable by the operator) will, so those are retried.
 */
export function isRefusedForGood(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const e = err as Error & { code?: unknown; responseCode?: unknown };
  return (
    (e.code === "EENVELOPE" || e.code === "EMESSAGE") &&
    typeof e.responseCode === "number" &&
    e.responseCode >= 500 &&
    e.responseCode < 600
  );
}
