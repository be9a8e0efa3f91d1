import { randomBytes } from "node:crypto";
import os from "node:os";
import pino from "pino";
import type { Db } from "../db/connection.js";
import type { Executor } from "../db/transaction.js";
import { type BackoffOptions, DEFAULT_BACKOFF, retryDelayMs } from "./backoff.js";
import { PermanentJobError } from "./errors.js";
import {
  type ClaimedJob,
  claimDueJobs,
  insertJob,
  markJobDone,
  markJobFailed,
  pruneDoneJobs,
  reclaimStaleJobs,
  touchRunningJobs,
} from "./store.js";
import type { EnqueueOptions, JobHandler, JobQueue } from "./types.js";

/** The part of a pino logger the queue uses, so the app's logger (or a test's) can be passed in. */
export interface JobLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobQueueOptions {
  db: Db;
  /** Jobs run at the same time by this process (default 4). */
  concurrency?: number;
  /** How often an idle worker looks for due jobs (default 2 s); in-process enqueues wake it sooner. */
  pollIntervalMs?: number;
  /** A 'running' job whose lock is older than this is taken to belong to a dead process (default 5 min). */
  visibilityTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Attempts for jobs enqueued without maxAttempts (default 8). */
  defaultMaxAttempts?: number;
  /** Done jobs are deleted this long after they finished (default 30 days). */
  retentionMs?: number;
  /** Injectable for tests: the time used for run_at, locks and retries. */
  now?: () => Date;
  random?: () => number;
  /** Identifies this worker in locked_by (default host:pid:random). */
  workerId?: string;
  log?: JobLogger;
}

/** After an in-process enqueue the job becomes visible when the caller commits, which we cannot observe from here; poll a few times quickly, then fall back to the interval. */
const WAKE_DELAYS_MS = [0, 10, 25, 50, 100, 250, 500, 1000];
const PRUNE_EVERY_MS = 60 * 60_000;
const STALE_REASON = "Tiến trình xử lý đã dừng khi công việc đang chạy (quá thời gian khóa); chạy lại.";

export function createJobQueue(opts: JobQueueOptions): JobQueue {
  return new PollingJobQueue(opts);
}

class PollingJobQueue implements JobQueue {
  private readonly db: Db;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly visibilityTimeoutMs: number;
  private readonly backoff: BackoffOptions;
  private readonly defaultMaxAttempts: number;
  private readonly retentionMs: number;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly workerId: string;
  private readonly log: JobLogger;

  private readonly handlers = new Map<string, JobHandler>();
  private readonly running = new Map<number, Promise<void>>();
  private started = false;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private polling: Promise<number> | undefined;
  private wakeStep = WAKE_DELAYS_MS.length;
  private lastPollFilled = false;
  private lastReclaimAt = Number.NEGATIVE_INFINITY;
  private lastPruneAt = Number.NEGATIVE_INFINITY;

  constructor(opts: JobQueueOptions) {
    this.db = opts.db;
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? 4));
    this.pollIntervalMs = Math.max(10, opts.pollIntervalMs ?? 2000);
    this.visibilityTimeoutMs = Math.max(1000, opts.visibilityTimeoutMs ?? 5 * 60_000);
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.defaultMaxAttempts = opts.defaultMaxAttempts ?? 8;
    this.retentionMs = opts.retentionMs ?? 30 * 24 * 60 * 60_000;
    this.now = opts.now ?? (() => new Date());
    this.random = opts.random ?? Math.random;
    this.workerId =
      opts.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`.slice(0, 200);
    this.log = opts.log ?? pino({ name: "jobs" });
  }

  async enqueue(
    tx: Executor,
    queue: string,
    payload: Record<string, unknown>,
    opts: EnqueueOptions = {},
  ): Promise<number> {
    const maxAttempts = opts.maxAttempts ?? this.defaultMaxAttempts;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
      throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
    }
    const id = await insertJob(tx, {
      queue,
      payload,
      runAt: opts.runAt ?? this.now(),
      maxAttempts,
      dedupeKey: opts.dedupeKey,
    });
    if (this.handlers.has(queue)) this.wake();
    return id;
  }

  register(queue: string, handler: JobHandler): void {
    if (!queue) throw new Error("A queue needs a name");
    if (this.handlers.has(queue)) throw new Error(`A handler for queue "${queue}" is already registered`);
    this.handlers.set(queue, handler);
    if (this.started) this.wake();
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    this.lastReclaimAt = Number.NEGATIVE_INFINITY;
    // Heartbeat well inside the visibility timeout, so a slow but live handler is never taken for a dead one.
    this.heartbeat = setInterval(() => void this.touchRunning(), Math.floor(this.visibilityTimeoutMs / 3));
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.polling?.catch(() => 0);
    await Promise.allSettled([...this.running.values()]);
    this.started = false;
  }

  wake(): void {
    if (!this.started || this.stopping) return;
    this.wakeStep = 0;
    this.schedule(this.nextWakeDelay());
  }

  async runDueJobs(): Promise<number> {
    const claimed = await this.pollOnce({ reclaim: true });
    await Promise.allSettled([...this.running.values()]);
    return claimed;
  }

  // ---- the loop ----

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private nextWakeDelay(): number {
    const delay = WAKE_DELAYS_MS[this.wakeStep];
    if (delay === undefined) return this.pollIntervalMs;
    this.wakeStep += 1;
    return delay;
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (!this.started || this.stopping) return;
    // A round started elsewhere (runDueJobs) is still claiming: come back shortly rather than drop the loop.
    if (this.polling) return this.schedule(this.nextWakeDelay());
    const reclaim =
      this.now().getTime() - this.lastReclaimAt >= Math.min(this.visibilityTimeoutMs / 2, 30_000);
    try {
      await this.pollOnce({ reclaim });
    } catch (err) {
      this.log.error({ err, workerId: this.workerId }, "job poll failed");
    }
    if (!this.started || this.stopping) return;
    // A full batch suggests more are waiting: look again as soon as a slot frees (runJob schedules that), or now
    // if one already has.
    if (!this.lastPollFilled) this.schedule(this.nextWakeDelay());
    else if (this.running.size < this.concurrency) this.schedule(0);
  }

  private pollOnce(opts: { reclaim: boolean }): Promise<number> {
    const poll = this.claimAndRun(opts).finally(() => {
      if (this.polling === poll) this.polling = undefined;
    });
    this.polling = poll;
    return poll;
  }

  private async claimAndRun(opts: { reclaim: boolean }): Promise<number> {
    this.lastPollFilled = false;
    const now = this.now();
    if (opts.reclaim) await this.reclaim(now);
    if (now.getTime() - this.lastPruneAt >= PRUNE_EVERY_MS) {
      this.lastPruneAt = now.getTime();
      await pruneDoneJobs(this.db, new Date(now.getTime() - this.retentionMs));
    }
    const free = this.concurrency - this.running.size;
    const queues = [...this.handlers.keys()];
    this.lastPollFilled = free <= 0;
    if (free <= 0 || queues.length === 0) return 0;
    const jobs = await claimDueJobs(this.db, { queues, now, limit: free, workerId: this.workerId });
    this.lastPollFilled = jobs.length === free;
    for (const job of jobs) {
      const run = this.runJob(job).finally(() => {
        this.running.delete(job.id);
        if (this.lastPollFilled && this.started && !this.stopping && !this.polling) this.schedule(0);
      });
      this.running.set(job.id, run);
    }
    return jobs.length;
  }

  private async reclaim(now: Date): Promise<void> {
    this.lastReclaimAt = now.getTime();
    const staleBefore = new Date(now.getTime() - this.visibilityTimeoutMs);
    const reclaimed = await reclaimStaleJobs(this.db, { now, staleBefore, reason: STALE_REASON });
    for (const job of reclaimed) {
      this.log.warn(
        { jobId: job.id, queue: job.queue, status: job.status },
        "job was left running by a stopped worker; reclaimed",
      );
    }
  }

  private async runJob(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.queue);
    try {
      if (!handler) throw new PermanentJobError(`No handler for queue "${job.queue}"`);
      await handler(job.payload, { id: job.id, attempts: job.attempts });
    } catch (err) {
      await this.recordFailure(job, err);
      return;
    }
    try {
      await markJobDone(this.db, { id: job.id, workerId: this.workerId, now: this.now() });
    } catch (err) {
      // The job stays 'running' and is reclaimed after the visibility timeout: it may run twice, never zero times.
      this.log.error({ err, jobId: job.id, queue: job.queue }, "could not mark job done");
    }
  }

  private async recordFailure(job: ClaimedJob, err: unknown): Promise<void> {
    const permanent = err instanceof PermanentJobError;
    const dead = permanent || job.attempts >= job.max_attempts;
    const now = this.now();
    const retryAt = dead
      ? null
      : new Date(now.getTime() + retryDelayMs(job.attempts, this.backoff, this.random));
    this.log.error(
      {
        err,
        jobId: job.id,
        queue: job.queue,
        attempt: job.attempts,
        maxAttempts: job.max_attempts,
        retryAt: retryAt?.toISOString() ?? null,
      },
      dead ? "job failed for good; moved to the dead-letter list" : "job failed; will retry",
    );
    try {
      await markJobFailed(this.db, {
        id: job.id,
        workerId: this.workerId,
        now,
        error: describeError(err),
        retryAt,
      });
    } catch (dbErr) {
      this.log.error({ err: dbErr, jobId: job.id, queue: job.queue }, "could not record job failure");
    }
  }

  private async touchRunning(): Promise<void> {
    if (this.running.size === 0) return;
    try {
      await touchRunningJobs(this.db, {
        ids: [...this.running.keys()],
        workerId: this.workerId,
        now: this.now(),
      });
    } catch (err) {
      this.log.error({ err, workerId: this.workerId }, "job heartbeat failed");
    }
  }
}

/** What the dead-letter view shows: the error's message with its SMTP/OS code when there is one. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const extra = err as Error & { code?: unknown; responseCode?: unknown };
    const code = extra.responseCode ?? extra.code;
    const prefix = err.name && err.name !== "Error" ? `${err.name}: ` : "";
    return `${prefix}${err.message}${code !== undefined ? ` [${String(code)}]` : ""}`;
  }
  return String(err);
}
