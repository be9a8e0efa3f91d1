import { createJobQueue, type JobLogger, type JobQueue } from "../../src/platform/jobs/index.js";
import { registerEmailJobs } from "../../src/platform/notify/email-jobs.js";
import type { Services } from "../../src/platform/services.js";

/** A job logger that says nothing. */
export const quietJobLog: JobLogger = { info() {}, warn() {}, error() {} };

/** A clock the test moves by hand, so retries become due without waiting for real back-off. */
export function manualClock(start = new Date("2026-03-02T02:00:00Z")) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/**
 * The app's queue is not started in tests: this one, started, delivers the "email" queue with the app's own mailer
 * (its SMTP_URL), polling and backing off quickly to suit a test. Stop it in afterAll.
 */
export function startEmailWorker(services: Services): JobQueue {
  const jobs = createJobQueue({
    db: services.db,
    pollIntervalMs: 50,
    backoff: { baseMs: 20, maxMs: 100 },
    log: quietJobLog,
  });
  registerEmailJobs({ ...services, jobs });
  jobs.start();
  return jobs;
}
