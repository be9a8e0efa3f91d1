import type { Executor } from "../db/transaction.js";

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Attempts before the job goes to the dead-letter list (default 8). */
  maxAttempts?: number;
  /**
   * Makes enqueue idempotent: a second enqueue with the same key on the same queue returns the first job's id and
   * adds nothing, for as long as that job is kept (done jobs are pruned after the queue's retention period).
   */
  dedupeKey?: string;
}

export type JobHandler = (
  payload: Record<string, unknown>,
  meta: { id: number; attempts: number },
) => Promise<void>;

export interface JobQueue {
  /** Adds a job inside the caller's transaction, so it exists only if the caller's write commits. */
  enqueue(
    tx: Executor,
    queue: string,
    payload: Record<string, unknown>,
    opts?: EnqueueOptions,
  ): Promise<number>;
  /** One handler per queue; a worker only claims jobs of the queues it has handlers for. */
  register(queue: string, handler: JobHandler): void;
  /** Starts polling in the background (app process and `npm run worker`). */
  start(): void;
  /** Stops polling and waits for the handlers that are running to finish. */
  stop(): Promise<void>;
  /** Polls now instead of at the next interval (after an enqueue, or a retry from the admin view). */
  wake(): void;
  /**
   * Claims the jobs due now (up to the concurrency), runs them and waits for them: one round of the worker, without
   * the background loop. Returns how many jobs ran. For the CLI and for tests that drive the clock.
   */
  runDueJobs(): Promise<number>;
}
