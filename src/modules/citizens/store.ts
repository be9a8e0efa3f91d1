import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../platform/db/connection.js";
import { oncePerHandle } from "../../platform/db/per-handle.js";
import type { Executor } from "../../platform/db/transaction.js";
import type { Destination } from "./domain/identity.js";
import type { CitizenPrincipal } from "./principal.js";
import type { Citizen } from "./tables.js";

/** The install's HMAC key for one-time codes (read once per database handle). */
export const otpSecret: (db: Db) => Promise<string> = oncePerHandle((db: Db) =>
  db
    .selectFrom("citizen_secrets")
    .select("secret")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow()
    .then((r) => r.secret),
);

export function toPrincipal(c: Citizen): CitizenPrincipal {
  return {
    id: c.id,
    fullName: c.full_name,
    email: c.email,
    phone: c.phone,
    idNumber: c.id_number,
    birthDate: c.birth_date,
    gender: c.gender,
    address: c.address,
    businessName: c.business_name,
    taxCode: c.tax_code,
  };
}

export function findCitizenByDestination(db: Executor, d: Destination): Promise<Citizen | undefined> {
  return db
    .selectFrom("citizens")
    .selectAll()
    .where(d.channel === "email" ? "email" : "phone", "=", d.value)
    .executeTakeFirst();
}

export function findCitizen(db: Executor, id: string): Promise<Citizen | undefined> {
  return db.selectFrom("citizens").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Serialises code requests for one destination across app nodes (a transaction-scoped advisory lock), so the
 * limit of 3 per 15 minutes holds even when requests race.
 */
export async function lockDestination(tx: Executor, destination: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`citizen-otp:${destination}`}, 0))`.execute(tx);
}

export async function recentChallengeTimes(tx: Executor, destination: string, since: Date): Promise<Date[]> {
  const rows = await tx
    .selectFrom("citizen_otp_challenges")
    .select("created_at")
    .where("destination", "=", destination)
    .where("created_at", ">", since)
    .execute();
  return rows.map((r) => new Date(r.created_at));
}

// ---------------------------------------------------------------- sessions

/** 8 hours from the last request (sliding, pushed forward at most every 5 minutes): public computers at the centre. */
export const CITIZEN_SESSION_TTL_MS = 8 * 3600_000;
export const CITIZEN_SESSION_TOUCH_MS = 5 * 60_000;

export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createCitizenSession(tx: Executor, citizenId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx
    .insertInto("citizen_sessions")
    .values({
      token_hash: sessionTokenHash(token),
      citizen_id: citizenId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + CITIZEN_SESSION_TTL_MS),
    })
    .execute();
  await tx.updateTable("citizens").set({ last_sign_in_at: now }).where("id", "=", citizenId).execute();
  // Expired sessions of this person are cleared on the way; nobody else's are touched.
  await tx
    .deleteFrom("citizen_sessions")
    .where("citizen_id", "=", citizenId)
    .where("expires_at", "<", now)
    .execute();
  return token;
}

/** The session's citizen, in one query; null when the token is unknown or expired. */
export async function loadSession(
  db: Executor,
  token: string,
  now: Date,
): Promise<{ citizen: Citizen; lastSeenAt: Date; tokenHash: string } | null> {
  const tokenHash = sessionTokenHash(token);
  const row = await db
    .selectFrom("citizen_sessions")
    .innerJoin("citizens", "citizens.id", "citizen_sessions.citizen_id")
    .selectAll("citizens")
    .select(["citizen_sessions.last_seen_at as s_last_seen_at"])
    .where("citizen_sessions.token_hash", "=", tokenHash)
    .where("citizen_sessions.expires_at", ">", now)
    .executeTakeFirst();
  if (!row) return null;
  const { s_last_seen_at, ...citizen } = row;
  return { citizen, lastSeenAt: new Date(s_last_seen_at), tokenHash };
}

export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable("citizen_sessions")
    .set({ last_seen_at: now, expires_at: new Date(now.getTime() + CITIZEN_SESSION_TTL_MS) })
    .where("token_hash", "=", tokenHash)
    .execute();
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom("citizen_sessions").where("token_hash", "=", sessionTokenHash(token)).execute();
}

export const newId = (): string => uuidv7();
