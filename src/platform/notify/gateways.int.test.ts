import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { manualClock, quietJobLog } from "../../../test/support/jobs.js";
import { startMessageGateway, type TestMessageGateway } from "../../../test/support/message-gateway.js";
import { inTransaction } from "../db/transaction.js";
import { createJobQueue, type JobQueue } from "../jobs/index.js";
import { createSmsGateway, createZaloGateway, readOutbox, registerMessageJobs } from "./gateways.js";
import { enqueueSms, enqueueZalo, SMS_QUEUE, ZALO_QUEUE } from "./message-jobs.js";

describe("SMS and Zalo OA through the durable queue to a local gateway server", () => {
  let gw: TestMessageGateway;
  let t: TestApp;
  let jobs: JobQueue;
  const clock = manualClock();

  beforeAll(async () => {
    gw = await startMessageGateway();
    t = await startTestApp({ seed: "none", env: gw.env });
    jobs = createJobQueue({
      db: t.services.db,
      log: quietJobLog,
      now: clock.now,
      concurrency: 32,
      backoff: { baseMs: 60_000, maxMs: 600_000 },
      random: () => 0,
    });
    registerMessageJobs({ ...t.services, jobs });
  });
  afterAll(async () => {
    await jobs?.stop();
    await t?.close();
    await gw?.close();
  });

  const jobRow = (id: number) =>
    t.services.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  /** Runs worker rounds, moving the clock past each back-off, until every listed job is done or dead. */
  async function drain(ids: number[]): Promise<void> {
    for (let round = 0; round < 30; round++) {
      await jobs.runDueJobs();
      const rows = await Promise.all(ids.map(jobRow));
      if (rows.every((r) => r.status === "done" || r.status === "dead")) return;
      clock.advance(11 * 60_000);
    }
    throw new Error("jobs did not finish");
  }

  it("sends an SMS with the bearer token, the JSON body and an idempotency key", async () => {
    const before = gw.messages.length;
    const id = await inTransaction(t.services.db, (tx) =>
      enqueueSms(jobs, tx, {
        to: "84912345678",
        text: "Ho so 000.00.00.H48-260302-0001 da duoc tiep nhan",
        ref: "t1",
      }),
    );
    await drain([id]);
    expect((await jobRow(id)).status).toBe("done");
    expect(gw.messages.slice(before)).toEqual([
      {
        channel: "sms",
        to: "84912345678",
        text: "Ho so 000.00.00.H48-260302-0001 da duoc tiep nhan",
        ref: "t1",
        idempotencyKey: `${SMS_QUEUE}-${id}`,
      },
    ]);
  });

  it("sends a Zalo message with the access_token header, Vietnamese text intact", async () => {
    const before = gw.messages.length;
    const id = await inTransaction(t.services.db, (tx) =>
      enqueueZalo(jobs, tx, { to: "84987654321", text: "Hồ sơ đã có kết quả — Sở Tư pháp" }),
    );
    await drain([id]);
    const [m] = gw.messages.slice(before);
    expect(m).toMatchObject({ channel: "zalo", to: "84987654321", text: "Hồ sơ đã có kết quả — Sở Tư pháp" });
    expect(m?.idempotencyKey).toBe(`${ZALO_QUEUE}-${id}`);
  });

  it("while the gateway refuses, keeps retrying; afterwards every message arrives exactly once", async () => {
    const before = gw.messages.length;
    const refusedBefore = gw.refusedCount();
    gw.refuse("always");
    onTestFinished(() => gw.accept());
    const ids = await inTransaction(t.services.db, async (tx) => {
      const out: number[] = [];
      for (let i = 0; i < 10; i++) {
        out.push(
          await enqueueSms(jobs, tx, {
            to: `8491234${String(i).padStart(4, "0")}`,
            text: `Tin nhan so ${i}`,
          }),
        );
        out.push(
          await enqueueZalo(jobs, tx, {
            to: `8498765${String(i).padStart(4, "0")}`,
            text: `Tin nhắn số ${i}`,
          }),
        );
      }
      return out;
    });
    // Three rounds while the gateway is down: every attempt is refused and rescheduled, none is lost or dead.
    for (let round = 0; round < 3; round++) {
      await jobs.runDueJobs();
      clock.advance(11 * 60_000);
    }
    const during = await Promise.all(ids.map(jobRow));
    expect(during.every((r) => r.status === "pending" && r.attempts >= 3)).toBe(true);
    expect(during[0]?.last_error).toContain("503");
    expect(gw.messages.length).toBe(before);
    expect(gw.refusedCount() - refusedBefore).toBeGreaterThanOrEqual(60);

    gw.accept();
    await drain(ids);
    const after = await Promise.all(ids.map(jobRow));
    expect(after.every((r) => r.status === "done")).toBe(true);
    const arrived = gw.messages.slice(before);
    expect(arrived).toHaveLength(20);
    expect(new Set(arrived.map((m) => `${m.channel}:${m.idempotencyKey}`)).size).toBe(20);
    for (let i = 0; i < 10; i++) {
      expect(arrived.filter((m) => m.text === `Tin nhan so ${i}`)).toHaveLength(1);
      expect(arrived.filter((m) => m.text === `Tin nhắn số ${i}`)).toHaveLength(1);
    }
  });

  it("a job run twice (lost 'done' mark) reaches the phone once: the provider dedupes by the idempotency key", async () => {
    const gateway = createSmsGateway({ url: gw.smsUrl, token: gw.smsToken, dataDir: t.dataDir });
    const before = gw.messages.length;
    const dupBefore = gw.duplicateCount();
    const m = { to: "84911111111", text: "Ma xac thuc: 123456", idempotencyKey: "sms-999999" };
    await gateway.send(m);
    await gateway.send(m);
    expect(gw.messages.length - before).toBe(1);
    expect(gw.duplicateCount() - dupBefore).toBe(1);
  });

  it("a wrong token goes straight to the dead-letter list (no pointless retries)", async () => {
    const wrong = createJobQueue({ db: t.services.db, log: quietJobLog, now: clock.now, concurrency: 32 });
    registerMessageJobs(
      { config: t.services.config, jobs: wrong },
      {
        sms: createSmsGateway({ url: gw.smsUrl, token: "sai-token", dataDir: t.dataDir }),
        zalo: createZaloGateway({ url: gw.zaloUrl, token: "sai-token", dataDir: t.dataDir }),
      },
    );
    const ids = await inTransaction(t.services.db, async (tx) => [
      await enqueueSms(wrong, tx, { to: "84912000001", text: "x" }),
      await enqueueZalo(wrong, tx, { to: "84912000002", text: "y" }),
    ]);
    await wrong.runDueJobs();
    for (const id of ids) {
      const row = await jobRow(id);
      expect(row.status).toBe("dead");
      expect(row.attempts).toBe(1);
      expect(row.last_error).toContain("401");
    }
    expect(gw.unauthorizedCount()).toBeGreaterThanOrEqual(2);
  });

  it("a malformed payload is dead at once", async () => {
    const id = await inTransaction(t.services.db, (tx) =>
      jobs.enqueue(tx, SMS_QUEUE, { to: "0912", text: "" }),
    );
    await jobs.runDueJobs();
    const row = await jobRow(id);
    expect(row.status).toBe("dead");
    expect(row.last_error).toContain("Malformed sms job");
  });
});

describe("gateway adapters without a provider, or with one that is down", () => {
  it("writes each message as a JSON file under DATA_DIR/outbox/sms|zalo when no URL is configured", async () => {
    const t = await startTestApp({ seed: "none" });
    try {
      const jobs = createJobQueue({ db: t.services.db, log: quietJobLog });
      registerMessageJobs({ ...t.services, jobs });
      await inTransaction(t.services.db, async (tx) => {
        await enqueueSms(jobs, tx, { to: "84912345678", text: "Ma xac thuc cua ban la 482913", ref: "otp" });
        await enqueueZalo(jobs, tx, { to: "84912345678", text: "Hồ sơ của ông/bà đã được tiếp nhận" });
      });
      await jobs.runDueJobs();
      const sms = await readOutbox(t.dataDir, "sms");
      const zalo = await readOutbox(t.dataDir, "zalo");
      expect(sms).toHaveLength(1);
      expect(sms[0]).toMatchObject({
        channel: "sms",
        to: "84912345678",
        text: "Ma xac thuc cua ban la 482913",
        ref: "otp",
      });
      expect(sms[0]?.idempotencyKey).toMatch(/^sms-\d+$/);
      expect(zalo).toHaveLength(1);
      expect(zalo[0]?.text).toBe("Hồ sơ của ông/bà đã được tiếp nhận");
      await jobs.stop();
    } finally {
      await t.close();
    }
  });

  it("a refused connection and a gateway that never answers are errors to retry, not permanent", async () => {
    // A port with nothing listening.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const down = createSmsGateway({ url: `http://127.0.0.1:${deadPort}/sms`, token: "x", dataDir: "/tmp" });
    await expect(down.send({ to: "84912345678", text: "x", idempotencyKey: "k1" })).rejects.toThrow(
      /SMS gateway unreachable: ECONNREFUSED/,
    );

    const hanging = http.createServer(() => {});
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    try {
      const port = (hanging.address() as AddressInfo).port;
      const slow = createZaloGateway({
        url: `http://127.0.0.1:${port}/zalo`,
        token: "x",
        dataDir: "/tmp",
        timeoutMs: 200,
      });
      await expect(slow.send({ to: "84912345678", text: "x", idempotencyKey: "k2" })).rejects.toThrow(
        /Zalo OA gateway unreachable: no answer within 200 ms/,
      );
    } finally {
      hanging.closeAllConnections();
      await new Promise<void>((r) => hanging.close(() => r()));
    }
  });
});
