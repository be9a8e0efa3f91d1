import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../../../test/support/wait-for.js";
import { allMigrations } from "../../migrations.js";
import { type DbHandle, openDatabase } from "../db/connection.js";
import { migrateToLatest } from "../db/migrator.js";
import { inTransaction } from "../db/transaction.js";
import { createJobQueue, type JobLogger } from "./index.js";

const quiet: JobLogger = { info() {}, warn() {}, error() {} };

describe("durable job queue on PGlite (one serialised session)", () => {
  let dataDir: string;
  let dbh: DbHandle;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "congso-jobs-"));
    dbh = await openDatabase({ dataDir });
    await migrateToLatest(dbh.db, allMigrations);
  });
  afterAll(async () => {
    await dbh?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("processes jobs enqueued by concurrent transactions, retrying failures", async () => {
    const q = createJobQueue({
      db: dbh.db,
      concurrency: 4,
      pollIntervalMs: 50,
      backoff: { baseMs: 10, maxMs: 20 },
      log: quiet,
    });
    const attemptsSeen = new Map<number, number[]>();
    q.register("test.embedded", async (payload, meta) => {
      attemptsSeen.set(meta.id, [...(attemptsSeen.get(meta.id) ?? []), meta.attempts]);
      // Every third job fails once, so retries run on the embedded database too.
      if (Number(payload.i) % 3 === 0 && meta.attempts === 1) throw new Error("lỗi lần đầu");
      await dbh.db
        .insertInto("audit_log")
        .values({ action: "test.job", entity_type: "job", entity_id: String(meta.id) })
        .execute();
    });
    q.start();
    try {
      const ids = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          inTransaction(dbh.db, async (tx) => q.enqueue(tx, "test.embedded", { i, ten: "Sơn Tịnh" })),
        ),
      );
      expect(new Set(ids).size).toBe(20);
      await waitFor(
        async () => {
          const rows = await dbh.db
            .selectFrom("jobs")
            .select("status")
            .where("queue", "=", "test.embedded")
            .execute();
          return rows.length === 20 && rows.every((r) => r.status === "done");
        },
        { what: "20 jobs done on PGlite" },
      );
      const effects = await dbh.db
        .selectFrom("audit_log")
        .select("entity_id")
        .where("action", "=", "test.job")
        .execute();
      expect(effects.map((e) => Number(e.entity_id)).sort((a, b) => a - b)).toEqual(
        [...ids].sort((a, b) => a - b),
      );
      const retried = [...attemptsSeen.values()].filter((a) => a.length === 2);
      expect(retried).toHaveLength(7);
      for (const a of retried) expect(a).toEqual([1, 2]);
    } finally {
      await q.stop();
    }
  });

  it("reclaims a stale running job after a restart", async () => {
    const now = new Date();
    const stale = await dbh.db
      .insertInto("jobs")
      .values({
        queue: "test.embedded-restart",
        payload: "{}",
        status: "running",
        attempts: 1,
        locked_at: new Date(now.getTime() - 3_600_000),
        locked_by: "before-restart",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const q = createJobQueue({ db: dbh.db, log: quiet });
    let ran = 0;
    q.register("test.embedded-restart", async () => {
      ran += 1;
    });
    expect(await q.runDueJobs()).toBe(1);
    expect(ran).toBe(1);
    const row = await dbh.db
      .selectFrom("jobs")
      .selectAll()
      .where("id", "=", stale.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("done");
  });
});
