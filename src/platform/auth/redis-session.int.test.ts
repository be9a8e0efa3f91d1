import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { createStaff, signIn } from "../../../test/support/staff-session.js";
import { createRedisSessionStore, type SessionStore } from "./session-store.js";

/** The machine's Redis (ARCHITECTURE "Tests and CI"); every key of this file carries its own prefix. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `congso-test-${randomBytes(4).toString("hex")}:`;

let t: TestApp;
let redis: Redis;
let store: SessionStore;

beforeAll(async () => {
  t = await startTestApp({ seed: "none", env: { REDIS_URL, REDIS_PREFIX: prefix } });
  redis = new Redis(REDIS_URL);
  store = createRedisSessionStore(REDIS_URL, `${prefix}direct:`);
});
afterAll(async () => {
  await t?.close();
  await store?.close();
  if (redis) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
});

describe("sessions in Redis when REDIS_URL is set", () => {
  it("keeps the signed-in session in Redis, not in the sessions table, and signing out removes it", async () => {
    expect(t.services.sessions.kind).toBe("redis");
    const person = await createStaff(t.services.db, { username: "redis.user", grants: [] });
    const s = await signIn(t.app, person);
    const sid = s.cookie.split("=")[1]!;
    const raw = await redis.get(`${prefix}sess:${sid}`);
    expect(raw).not.toBeNull();
    expect(JSON.parse(raw!)).toMatchObject({ userId: person.id, data: { stage: "full" } });
    const ttl = await redis.pttl(`${prefix}sess:${sid}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(8 * 3600 * 1000);
    expect(await t.services.db.selectFrom("sessions").select("id").execute()).toEqual([]);
    expect((await s.get("/admin")).statusCode).toBe(200);

    // The sign-in rate limit counts in Redis too, under the same prefix.
    expect((await redis.keys(`${prefix}rl:*`)).length).toBeGreaterThan(0);

    expect((await s.post("/admin/dang-xuat", {})).statusCode).toBe(303);
    expect(await redis.get(`${prefix}sess:${sid}`)).toBeNull();
    expect((await s.get("/admin")).statusCode).toBe(303);
  });

  it("signs a person out everywhere", async () => {
    const person = await createStaff(t.services.db, { username: "redis.khap.noi", grants: [] });
    const a = await signIn(t.app, person);
    const b = await signIn(t.app, person);
    await t.services.sessions.destroyAllForUser(person.id);
    expect((await a.get("/admin")).statusCode).toBe(303);
    expect((await b.get("/admin")).statusCode).toBe(303);
    expect(await redis.smembers(`${prefix}user-sess:${person.id}`)).toEqual([]);
  });
});

describe("Redis session store", () => {
  it("creates, reads, updates with a new expiry, and destroys", async () => {
    const userId = "0190aaaa-0000-7000-8000-00000000beef";
    const created = await store.create(userId, { stage: "mfa" }, 600);
    expect(created.id).toMatch(/^[\w-]{43}$/);
    expect(await store.get(created.id)).toMatchObject({ userId, data: { stage: "mfa" } });
    await store.update(created.id, { stage: "full" }, 3600);
    const updated = await store.get(created.id);
    expect(updated?.data).toEqual({ stage: "full" });
    expect(updated!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3000 * 1000);
    expect(await redis.pttl(`${prefix}direct:sess:${created.id}`)).toBeGreaterThan(3000 * 1000);
    await store.destroy(created.id);
    expect(await store.get(created.id)).toBeNull();
  });

  it("treats a session past its expiry as gone, and ignores ids that cannot be session ids", async () => {
    const created = await store.create(null, {}, 600);
    const key = `${prefix}direct:sess:${created.id}`;
    const value = JSON.parse((await redis.get(key))!);
    await redis.set(key, JSON.stringify({ ...value, expiresAt: Date.now() - 1 }), "PX", 60_000);
    expect(await store.get(created.id)).toBeNull();
    expect(await store.get("not-a-session-id")).toBeNull();
    expect(await store.get(`${"x".repeat(42)}*`)).toBeNull();
  });
});
