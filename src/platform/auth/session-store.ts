import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { sql } from "kysely";
import type { Db } from "../db/connection.js";

/** One server-side session: who (null before the password step), what the sign-in flow keeps, when it ends. */
export interface SessionRecord {
  id: string;
  userId: string | null;
  data: Record<string, unknown>;
  expiresAt: Date;
}

export interface SessionStore {
  kind: "database" | "redis";
  create(userId: string | null, data: Record<string, unknown>, ttlSeconds: number): Promise<SessionRecord>;
  /** The session, or null when unknown or expired. */
  get(id: string): Promise<SessionRecord | null>;
  /** Replaces the data; with ttlSeconds, also moves the expiry to now + ttl (sliding sessions). */
  update(id: string, data: Record<string, unknown>, ttlSeconds?: number): Promise<void>;
  destroy(id: string): Promise<void>;
  /** Signs a person out everywhere (password reset, deactivation). */
  destroyAllForUser(userId: string): Promise<void>;
  close(): Promise<void>;
}

/** 256 random bits, URL-safe: unguessable, and the only thing the cookie carries. */
export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

const SESSION_ID = /^[\w-]{43}$/;

/** Whether a cookie value can be a session id at all (anything else is not looked up). */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && SESSION_ID.test(value);
}

export async function createSessionStore(opts: {
  db: Db;
  redisUrl: string | undefined;
  keyPrefix?: string;
}): Promise<SessionStore> {
  if (opts.redisUrl) return createRedisSessionStore(opts.redisUrl, opts.keyPrefix ?? "congso:");
  return createDatabaseSessionStore(opts.db);
}

/** How often, at most, a database store deletes expired rows (on the next create). */
const SWEEP_INTERVAL_MS = 60_000;

export function createDatabaseSessionStore(db: Db): SessionStore {
  let lastSweep = 0;
  const sweep = async () => {
    const now = Date.now();
    if (now - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = now;
    await db.deleteFrom("sessions").where("expires_at", "<", sql<Date>`now()`).execute();
  };
  return {
    kind: "database",
    async create(userId, data, ttlSeconds) {
      await sweep();
      const id = newSessionId();
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      await db
        .insertInto("sessions")
        .values({ id, user_id: userId, data: JSON.stringify(data), expires_at: expiresAt })
        .execute();
      return { id, userId, data, expiresAt };
    },
    async get(id) {
      if (!isSessionId(id)) return null;
      const row = await db
        .selectFrom("sessions")
        .select(["id", "user_id", "data", "expires_at"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const expiresAt = new Date(row.expires_at);
      if (expiresAt.getTime() <= Date.now()) {
        await db.deleteFrom("sessions").where("id", "=", id).execute();
        return null;
      }
      return { id: row.id, userId: row.user_id, data: row.data ?? {}, expiresAt };
    },
    async update(id, data, ttlSeconds) {
      await db
        .updateTable("sessions")
        .set({
          data: JSON.stringify(data),
          ...(ttlSeconds === undefined ? {} : { expires_at: new Date(Date.now() + ttlSeconds * 1000) }),
        })
        .where("id", "=", id)
        .execute();
    },
    async destroy(id) {
      await db.deleteFrom("sessions").where("id", "=", id).execute();
    },
    async destroyAllForUser(userId) {
      await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },
    async close() {},
  };
}

interface RedisSessionValue {
  userId: string | null;
  data: Record<string, unknown>;
  expiresAt: number;
}

/**
 * Sessions in Redis: one key per session with Redis's own expiry (so expired sessions vanish by themselves), and a
 * set per user listing their session ids, so "sign this person out everywhere" works across app nodes.
 */
export function createRedisSessionStore(url: string, prefix: string): SessionStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // A Redis that goes away must not crash the process; commands fail and the request gets a 500.
  redis.on("error", () => {});
  const key = (id: string) => `${prefix}sess:${id}`;
  const userKey = (userId: string) => `${prefix}user-sess:${userId}`;

  return {
    kind: "redis",
    async create(userId, data, ttlSeconds) {
      const id = newSessionId();
      const expiresAt = Date.now() + ttlSeconds * 1000;
      const value: RedisSessionValue = { userId, data, expiresAt };
      const multi = redis.multi().set(key(id), JSON.stringify(value), "PX", ttlSeconds * 1000);
      if (userId) {
        multi.sadd(userKey(userId), id).pexpire(userKey(userId), Math.max(ttlSeconds, 86_400) * 1000);
      }
      await multi.exec();
      return { id, userId, data, expiresAt: new Date(expiresAt) };
    },
    async get(id) {
      if (!isSessionId(id)) return null;
      const raw = await redis.get(key(id));
      if (!raw) return null;
      const value = JSON.parse(raw) as RedisSessionValue;
      if (value.expiresAt <= Date.now()) return null;
      return { id, userId: value.userId, data: value.data, expiresAt: new Date(value.expiresAt) };
    },
    async update(id, data, ttlSeconds) {
      const raw = await redis.get(key(id));
      if (!raw) return;
      const value = JSON.parse(raw) as RedisSessionValue;
      if (ttlSeconds !== undefined) value.expiresAt = Date.now() + ttlSeconds * 1000;
      const remaining = value.expiresAt - Date.now();
      if (remaining <= 0) return;
      value.data = data;
      await redis.set(key(id), JSON.stringify(value), "PX", remaining);
      if (value.userId && ttlSeconds !== undefined) {
        await redis.pexpire(userKey(value.userId), Math.max(ttlSeconds, 86_400) * 1000);
      }
    },
    async destroy(id) {
      const raw = await redis.get(key(id));
      await redis.del(key(id));
      if (raw) {
        const value = JSON.parse(raw) as RedisSessionValue;
        if (value.userId) await redis.srem(userKey(value.userId), id);
      }
    },
    async destroyAllForUser(userId) {
      const ids = await redis.smembers(userKey(userId));
      if (ids.length > 0) await redis.del(...ids.map(key));
      await redis.del(userKey(userId));
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
