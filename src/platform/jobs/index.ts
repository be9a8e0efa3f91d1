import type { Db } from "../db/connection.js";
import type { Executor } from "../db/transaction.js";

// STUB — to be replaced by the jobs work.
export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
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
  register(queue: string, handler: JobHandler): void;
  start(): void;
  stop(): Promise<void>;
}

export function createJobQueue(_opts: { db: Db }): JobQueue {
  return {
    enqueue: async () => {
      throw new Error("not implemented");
    },
    register: () => {},
    start: () => {},
    stop: async () => {},
  };
}
