import { sql } from "kysely";
import type { Executor } from "../db/transaction.js";
import "../db/platform-tables.js";

declare module "../db/platform-tables.js" {
  interface JobTable {
    /** Added by 0006_jobs_note: why an administrator discarded the job. */
    note: string | null;
  }
}

export type JobStatus = "pending" | "running" | "done" | "dead";

export interface ClaimedJob {
  id: number;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/** Longest error text kept on a job row; a stack of a deep failure is not worth megabytes per retry. */
const MAX_ERROR_CHARS = 2000;

export function truncateError(text: string): string {
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}

/**
 * Inserts a job; with a dedupe key, a second insert for the same (queue, key) returns the first job's id instead
 * (ON CONFLICT on the partial unique index waits for a concurrent inserter to finish, so two callers agree).
 */
export async function insertJob(
  tx: Executor,
  row: {
    queue: string;
    payload: Record<string, unknown>;
    runAt: Date;
    maxAttempts: number;
    dedupeKey: string | undefined;
  },
): Promise<number> {
  const values = {
    queue: row.queue,
    payload: JSON.stringify(row.payload),
    run_at: row.runAt,
    max_attempts: row.maxAttempts,
    dedupe_key: row.dedupeKey ?? null,
  };
  if (row.dedupeKey === undefined) {
    const inserted = await tx.insertInto("jobs").values(values).returning("id").executeTakeFirstOrThrow();
    return inserted.id;
  }
  const inserted = await tx
    .insertInto("jobs")
    .values(values)
    .onConflict((oc) => oc.columns(["queue", "dedupe_key"]).where("dedupe_key", "is not", null).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await tx
    .selectFrom("jobs")
    .select("id")
    .where("queue", "=", row.queue)
    .where("dedupe_key", "=", row.dedupeKey)
    .executeTakeFirstOrThrow();
  return existing.id;
}

/**
 * Claims up to `limit` due jobs of the given queues for this worker. `FOR UPDATE SKIP LOCKED` lets several workers
 * (threads of one process, or other processes) poll the same table without taking the same job or waiting on each
 * other; on PGlite, one serialised session, it is simply a plain claim.
 */
export async function claimDueJobs(
  db: Executor,
  opts: { queues: readonly string[]; now: Date; limit: number; workerId: string },
): Promise<ClaimedJob[]> {
  if (opts.queues.length === 0 || opts.limit <= 0) return [];
  const rows = await db
    .updateTable("jobs")
    .set((eb) => ({
      status: "running",
      attempts: eb("attempts", "+", 1),
      locked_at: opts.now,
      locked_by: opts.workerId,
    }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("jobs")
        .select("id")
        .where("status", "=", "pending")
        .where("queue", "in", opts.queues)
        .where("run_at", "<=", opts.now)
        .orderBy("run_at")
        .orderBy("id")
        .limit(opts.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(["id", "queue", "payload", "attempts", "max_attempts"])
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Puts back jobs left 'running' by a process that stopped (crash, kill -9, power cut): their lock is older than the
 * visibility timeout, which live workers keep fresh with a heartbeat. The interrupted run counted as an attempt,
 * so a job that keeps killing its worker ends up dead instead of looping forever.
 */
export async function reclaimStaleJobs(
  db: Executor,
  opts: { now: Date; staleBefore: Date; reason: string },
): Promise<{ id: number; queue: string; status: JobStatus }[]> {
  return db
    .updateTable("jobs")
    .set({
      status: sql<JobStatus>`case when attempts >= max_attempts then 'dead' else 'pending' end`,
      finished_at: sql<Date | null>`case when attempts >= max_attempts then cast(${opts.now} as timestamptz) end`,
      run_at: opts.now,
      locked_at: null,
      locked_by: null,
      last_error: opts.reason,
    })
    .where("status", "=", "running")
    .where("locked_at", "<", opts.staleBefore)
    .returning(["id", "queue", "status"])
    .execute();
}

/** Keeps the locks of jobs this worker is still running fresh, so they are not reclaimed mid-run. */
export async function touchRunningJobs(
  db: Executor,
  opts: { ids: number[]; workerId: string; now: Date },
): Promise<void> {
  if (opts.ids.length === 0) return;
  await db
    .updateTable("jobs")
    .set({ locked_at: opts.now })
    .where("id", "in", opts.ids)
    .where("locked_by", "=", opts.workerId)
    .where("status", "=", "running")
    .execute();
}

/** Only the worker that still holds the job may finish it (a reclaimed job belongs to someone else now). */
export async function markJobDone(
  db: Executor,
  opts: { id: number; workerId: string; now: Date },
): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ status: "done", finished_at: opts.now, locked_at: null, locked_by: null })
    .where("id", "=", opts.id)
    .where("locked_by", "=", opts.workerId)
    .where("status", "=", "running")
    .execute();
}

/** A failed attempt: back to pending at `retryAt`, or dead (retryAt null) with the error kept for the admin view. */
export async function markJobFailed(
  db: Executor,
  opts: { id: number; workerId: string; now: Date; error: string; retryAt: Date | null },
): Promise<void> {
  await db
    .updateTable("jobs")
    .set(
      opts.retryAt
        ? {
            status: "pending",
            run_at: opts.retryAt,
            last_error: truncateError(opts.error),
            locked_at: null,
            locked_by: null,
          }
        : {
            status: "dead",
            finished_at: opts.now,
            last_error: truncateError(opts.error),
            locked_at: null,
            locked_by: null,
          },
    )
    .where("id", "=", opts.id)
    .where("locked_by", "=", opts.workerId)
    .where("status", "=", "running")
    .execute();
}

/** Done jobs are history; dropping old ones keeps the table and the status counts small. */
export async function pruneDoneJobs(db: Executor, finishedBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom("jobs")
    .where("status", "=", "done")
    .where("finished_at", "<", finishedBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}

// ---- administration (dead-letter view) ----

export interface JobCount {
  queue: string;
  status: JobStatus;
  count: number;
}

export async function countJobs(db: Executor): Promise<JobCount[]> {
  const rows = await db
    .selectFrom("jobs")
    .select(["queue", "status", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy(["queue", "status"])
    .orderBy("queue")
    .execute();
  return rows.map((r) => ({ queue: r.queue, status: r.status, count: Number(r.count) }));
}

export interface DeadJob {
  id: number;
  queue: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

/** One page of the dead-letter list, newest first, keyset-paginated by id. */
export async function listDeadJobs(
  db: Executor,
  opts: { beforeId?: number | undefined; limit: number },
): Promise<DeadJob[]> {
  let q = db
    .selectFrom("jobs")
    .select(["id", "queue", "attempts", "max_attempts", "last_error", "created_at", "finished_at"])
    .where("status", "=", "dead");
  if (opts.beforeId !== undefined) q = q.where("id", "<", opts.beforeId);
  return q.orderBy("id", "desc").limit(opts.limit).execute();
}

export interface JobSnapshot {
  id: number;
  queue: string;
  status: JobStatus;
  attempts: number;
  last_error: string | null;
  note: string | null;
}

/** Locks one job for an administrator's change, so two admins clicking at once do not both act. */
export async function lockJob(tx: Executor, id: number): Promise<JobSnapshot | undefined> {
  return tx
    .selectFrom("jobs")
    .select(["id", "queue", "status", "attempts", "last_error", "note"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

/** Dead → pending with a fresh set of attempts; last_error stays until the next attempt replaces it. */
export async function requeueJob(tx: Executor, id: number, now: Date): Promise<void> {
  await tx
    .updateTable("jobs")
    .set({
      status: "pending",
      attempts: 0,
      run_at: now,
      locked_at: null,
      locked_by: null,
      finished_at: null,
      note: null,
    })
    .where("id", "=", id)
    .execute();
}

/** Dead → done without running, with the administrator's note. */
export async function discardJob(tx: Executor, id: number, now: Date, note: string): Promise<void> {
  await tx
    .updateTable("jobs")
    .set({ status: "done", finished_at: now, note, locked_at: null, locked_by: null })
    .where("id", "=", id)
    .execute();
}
