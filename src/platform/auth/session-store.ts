import type { Db } from "../db/connection.js";

// STUB — to be replaced by the auth work (database store by default, Redis when REDIS_URL is set).
export interface SessionRecord {
  id: string;
  userId: string | null;
  data: Record<string, unknown>;
  expiresAt: Date;
}

export interface SessionStore {
  kind: "database" | "redis";
  create(userId: string | null, data: Record<string, unknown>, ttlSeconds: number): Promise<SessionRecord>;
  get(id: string): Promise<SessionRecord | null>;
  update(id: string, data: Record<string, unknown>, ttlSeconds?: number): Promise<void>;
  destroy(id: string): Promise<void>;
  destroyAllForUser(userId: string): Promise<void>;
  close(): Promise<void>;
}

export async function createSessionStore(_opts: {
  db: Db;
  redisUrl: string | undefined;
}): Promise<SessionStore> {
  const notImplemented = async (): Promise<never> => {
    throw new Error("not implemented");
  };
  return {
    kind: "database",
    create: notImplemented,
    get: notImplemented,
    update: notImplemented,
    destroy: notImplemented,
    destroyAllForUser: notImplemented,
    close: async () => {},
  };
}
