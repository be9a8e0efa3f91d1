import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../../test/support/jobs.js";
import { createTestDatabase, type TestDatabase } from "../../../test/support/postgres.js";
import { waitFor } from "../../../test/support/wait-for.js";
import { allMigrations } from "../../migrations.js";
import { type DbHandle, openDatabase } from "../db/connection.js";
import { migrateToLatest } from "../db/migrator.js";
import { inTransaction } from "../db/transaction.js";
import {
  createJobQueue,
  type JobLogger,
  type JobQueue,
  type JobQueueOptions,
  PermanentJobError,
} from "./index.js";

interface LogEntry {
  level: "info" | "warn" | "error";
  obj: Record<string, unknown>;
  msg: string;
}

function memoryLog(): JobLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry["level"]) =>
    (obj: object, msg: string): void => {
      entries.push({ level, obj: obj as Record<string, unknown>, msg });
    };
  return { entries, info: at("info"), warn: at("warn"), error: at("error") };
}

describe("durable job queue on PostgreSQL", () => {
  let testDb: TestDatabase;
  let dbh: DbHandle;
  const queues: JobQueue[] = [];

  const makeQueue = (opts: Omit<JobQueueOptions, "db"> = {}) => {
    const q = createJobQueue({ db: dbh.db, log: memoryLog(), ...opts });
    queues.push(q);
    return q;
  };
  const job = (id: number) =>
    dbh.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    dbh = await openDatabase({ databaseUrl: testDb.url, dataDir: "/tmp" });
    await migrateToLatest(dbh.db, allMigrations);
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.stop()));
  });
  afterAll(async () => {
    await dbh?.close();
    await testDb?.drop();
  });

  it("adds a job only when the caller's transaction commits", async () => {
    const q = makeQueue();
    const marker = `rollback-${Math.random()}`;
    await expect(
      inTransaction(dbh.db, async (tx) => {
        await q.enqueue(tx, "test.rollback", { marker });
        throw new Error("the caller's write failed");
      }),
    ).rejects.toThrow("the caller's write failed");
    const afterRollback = await dbh.db
      .selectFrom("jobs")
      .select("id")
      .where("queue", "=", "test.rollback")
      .execute();
    expect(afterRollback).toHaveLength(0);

    const id = await inTransaction(dbh.db, (tx) => q.enqueue(tx, "test.rollback", { marker }));
    const row = await job(id);
    expect(row.status).toBe("pending");
    expect(row.payload).toEqual({ marker });
  });

  it("retries a failing handler with back-off and finishes it on the third attempt", async () => {
    const clock = manualClock();
    const log = memoryLog();
    const q = makeQueue({
      now: clock.now,
      log,
      backoff: { baseMs: 60_000, maxMs: 600_000 },
      random: () => 0,
    });
    const seen: { id: number; attempts: number; payload: Record<string, unknown> }[] = [];
    q.register("test.flaky", async (payload, meta) => {
      seen.push({ ...meta, payload });
      if (meta.attempts < 3) throw new Error(`lỗi tạm thời lần ${meta.attempts}`);
    });
    const id = await q.enqueue(dbh.db, "test.flaky", { so: "Hồ sơ 000.00.01.H48-260302-0001" });

    expect(await q.runDueJobs()).toBe(1);
    let row = await job(id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain("lỗi tạm thời lần 1");
    // Equal jitter with random → 0: half of base · 2^0.
    expect(new Date(row.run_at).getTime() - clock.now().getTime()).toBe(30_000);

    // Not due yet: nothing runs.
    expect(await q.runDueJobs()).toBe(0);
    clock.advance(30_000);
    expect(await q.runDueJobs()).toBe(1);
    row = await job(id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(2);
    expect(new Date(row.run_at).getTime() - clock.now().getTime()).toBe(60_000);

    clock.advance(60_000);
    expect(await q.runDueJobs()).toBe(1);
    row = await job(id);
    expect(row.status).toBe("done");
    expect(row.attempts).toBe(3);
    expect(row.finished_at).not.toBeNull();
    expect(row.locked_by).toBeNull();
    expect(seen.map((s) => s.attempts)).toEqual([1, 2, 3]);
    expect(seen.every((s) => s.id === id && s.payload.so === "Hồ sơ 000.00.01.H48-260302-0001")).toBe(true);

    const failures = log.entries.filter((e) => e.level === "error");
    expect(failures).toHaveLength(2);
    for (const f of failures) {
      expect(f.obj.jobId).toBe(id);
      expect(f.obj.queue).toBe("test.flaky");
    }
  });

  it("moves a job that always fails to 'dead' after max_attempts, keeping the last error", async () => {
    const clock = manualClock();
    const q = makeQueue({ now: clock.now, backoff: { baseMs: 1000, maxMs: 1000 } });
    let calls = 0;
    q.register("test.broken", async () => {
      calls += 1;
      throw new Error(`máy chủ từ chối (lần ${calls})`);
    });
    const id = await q.enqueue(dbh.db, "test.broken", {}, { maxAttempts: 3 });
    for (let i = 0; i < 5; i++) {
      await q.runDueJobs();
      clock.advance(2000);
    }
    const row = await job(id);
    expect(calls).toBe(3);
    expect(row.status).toBe("dead");
    expect(row.attempts).toBe(3);
    expect(row.last_error).toContain("máy chủ từ chối (lần 3)");
    expect(row.finished_at).not.toBeNull();
  });

  it("sends a job to 'dead' at once when the handler says retrying cannot help", async () => {
    const q = makeQueue();
    q.register("test.permanent", async () => {
      throw new PermanentJobError("địa chỉ không tồn tại");
    });
    const id = await q.enqueue(dbh.db, "test.permanent", {}, { maxAttempts: 8 });
    await q.runDueJobs();
    const row = await job(id);
    expect(row.status).toBe("dead");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain("địa chỉ không tồn tại");
  });

  it("reclaims a job left running by a crashed process, but not one whose worker is alive", async () => {
    const clock = manualClock();
    const stale = await dbh.db
      .insertInto("jobs")
      .values({
        queue: "test.restart",
        payload: JSON.stringify({ n: 1 }),
        status: "running",
        attempts: 1,
        locked_at: new Date(clock.now().getTime() - 10 * 60_000),
        locked_by: "old-host:123:dead",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const live = await dbh.db
      .insertInto("jobs")
      .values({
        queue: "test.restart",
        payload: JSON.stringify({ n: 2 }),
        status: "running",
        attempts: 1,
        locked_at: new Date(clock.now().getTime() - 60_000),
        locked_by: "other-host:456:live",
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    const ran: number[] = [];
    const log = memoryLog();
    const restarted = makeQueue({ now: clock.now, visibilityTimeoutMs: 5 * 60_000, log });
    restarted.register("test.restart", async (_payload, meta) => {
      ran.push(meta.id);
    });
    expect(await restarted.runDueJobs()).toBe(1);
    expect(ran).toEqual([stale.id]);
    expect((await job(stale.id)).status).toBe("done");
    expect((await job(stale.id)).attempts).toBe(2);
    expect((await job(live.id)).status).toBe("running");
    expect(log.entries.some((e) => e.level === "warn" && e.obj.jobId === stale.id)).toBe(true);
  });

  it("work claimed by a worker that hangs is taken over by a new instance after the visibility timeout", async () => {
    // Both handlers wait on gates the test opens; a failing assertion must still open them so stop() returns.
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let releaseSecond: () => void = () => {};
    try {
      let firstStarted = false;
      const first = makeQueue({ workerId: "first-process", pollIntervalMs: 50 });
      first.register("test.takeover", async () => {
        firstStarted = true;
        await gate;
      });
      first.start();
      const id = await first.enqueue(dbh.db, "test.takeover", { ten: "Ba Tơ" });
      await waitFor(() => firstStarted, { what: "first worker running the job" });
      expect((await job(id)).locked_by).toBe("first-process");

      // A new process, ten minutes later by its clock: the first one's lock is stale.
      const later = () => new Date(Date.now() + 10 * 60_000);
      const second = makeQueue({ workerId: "second-process", now: later, visibilityTimeoutMs: 5 * 60_000 });
      const secondGate = new Promise<void>((r) => {
        releaseSecond = r;
      });
      const secondRuns: number[] = [];
      second.register("test.takeover", async (_p, meta) => {
        secondRuns.push(meta.attempts);
        await secondGate;
      });
      const secondRound = second.runDueJobs();
      await waitFor(() => secondRuns.length === 1, { what: "second worker running the job" });
      expect(secondRuns).toEqual([2]);
      expect((await job(id)).locked_by).toBe("second-process");

      // The first worker finishing late does not mark done a job that the second one holds.
      release();
      await first.stop();
      const meanwhile = await job(id);
      expect(meanwhile.status).toBe("running");
      expect(meanwhile.locked_by).toBe("second-process");

      releaseSecond();
      expect(await secondRound).toBe(1);
      const row = await job(id);
      expect(row.status).toBe("done");
      expect(row.attempts).toBe(2);
    } finally {
      release();
      releaseSecond();
    }
  });

  it("a crashed job already at max_attempts goes to 'dead' instead of running again", async () => {
    const clock = manualClock();
    const row = await dbh.db
      .insertInto("jobs")
      .values({
        queue: "test.crashloop",
        payload: "{}",
        status: "running",
        attempts: 3,
        max_attempts: 3,
        locked_at: new Date(clock.now().getTime() - 60 * 60_000),
        locked_by: "x",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const q = makeQueue({ now: clock.now });
    let ran = 0;
    q.register("test.crashloop", async () => {
      ran += 1;
    });
    await q.runDueJobs();
    expect(ran).toBe(0);
    const after = await job(row.id);
    expect(after.status).toBe("dead");
    expect(after.last_error).toMatch(/dừng/);
  });

  it("makes enqueue idempotent with a dedupe key", async () => {
    const q = makeQueue();
    const first = await inTransaction(dbh.db, (tx) =>
      q.enqueue(tx, "test.dedupe", { v: 1 }, { dedupeKey: "ho-so-42" }),
    );
    const second = await inTransaction(dbh.db, (tx) =>
      q.enqueue(tx, "test.dedupe", { v: 2 }, { dedupeKey: "ho-so-42" }),
    );
    const otherQueue = await q.enqueue(dbh.db, "test.dedupe2", { v: 3 }, { dedupeKey: "ho-so-42" });
    const noKey = await q.enqueue(dbh.db, "test.dedupe", { v: 4 });
    expect(second).toBe(first);
    expect(otherQueue).not.toBe(first);
    expect(noKey).not.toBe(first);
    const rows = await dbh.db
      .selectFrom("jobs")
      .select(["id", "payload"])
      .where("queue", "=", "test.dedupe")
      .where("dedupe_key", "=", "ho-so-42")
      .execute();
    expect(rows).toEqual([{ id: first, payload: { v: 1 } }]);
  });

  it("runs in the background: two workers share the table and each job runs exactly once", async () => {
    const handled = new Map<number, number>();
    const handler = async (_p: Record<string, unknown>, meta: { id: number }) => {
      handled.set(meta.id, (handled.get(meta.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    };
    const a = makeQueue({ concurrency: 3, pollIntervalMs: 50, workerId: "worker-a" });
    const b = makeQueue({ concurrency: 3, pollIntervalMs: 50, workerId: "worker-b" });
    a.register("test.shared", handler);
    b.register("test.shared", handler);
    a.start();
    b.start();
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        inTransaction(dbh.db, (tx) => (i % 2 ? a : b).enqueue(tx, "test.shared", { i })),
      ),
    );
    await waitFor(
      async () => {
        const { n } = await dbh.db
          .selectFrom("jobs")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("queue", "=", "test.shared")
          .where("status", "=", "done")
          .executeTakeFirstOrThrow();
        return Number(n) === ids.length;
      },
      { what: "30 shared jobs done" },
    );
    expect([...handled.keys()].sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    expect([...handled.values()].every((count) => count === 1)).toBe(true);
    const byWorker = await dbh.db
      .selectFrom("jobs")
      .select("attempts")
      .where("queue", "=", "test.shared")
      .execute();
    expect(byWorker.every((r) => r.attempts === 1)).toBe(true);
  });

  it("stop() stops polling and waits for the handler that is running", async () => {
    const q = makeQueue({ pollIntervalMs: 50 });
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let started = false;
    q.register("test.stop", async () => {
      started = true;
      await gate;
    });
    q.start();
    const id = await q.enqueue(dbh.db, "test.stop", {});
    await waitFor(() => started, { what: "handler started" });
    let stopped = false;
    const stopping = q.stop().then(() => {
      stopped = true;
    });
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    expect((await job(id)).status).toBe("done");

    // After stop, new jobs stay pending.
    const later = await q.enqueue(dbh.db, "test.stop", {});
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect((await job(later)).status).toBe("pending");
  });
});
