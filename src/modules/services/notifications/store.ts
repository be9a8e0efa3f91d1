import { createHmac } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../../platform/db/connection.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import { type RateDecision, rateDecision } from "../../../platform/moderation/rate-limit.js";
import type { DossierState } from "../lifecycle/domain/state-machine.js";
import type { HistoryEvent } from "./domain/lookup.js";
import { LOOKUP_RATE } from "./domain/lookup.js";
import "./tables.js";

let cachedSecret: { db: Db; secret: string } | undefined;

/** The install-wide key of the IP hashes (the same on every app node). */
async function lookupSecret(db: Db): Promise<string> {
  if (cachedSecret?.db === db) return cachedSecret.secret;
  const row = await db
    .selectFrom("dossier_lookup_secrets")
    .select("secret")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  cachedSecret = { db, secret: row.secret };
  return row.secret;
}

export async function lookupIpHash(db: Db, ip: string): Promise<string> {
  return createHmac("sha256", await lookupSecret(db))
    .update(`lookup:${ip}`)
    .digest("base64url")
    .slice(0, 32);
}

/**
 * Counts one lookup by this address, unless it is over the limit (sliding window, counted in the database so every
 * app node agrees). Old rows of the address are dropped as it goes.
 */
export async function takeLookupSlot(db: Db, ip: string, now: Date = new Date()): Promise<RateDecision> {
  const ipHash = await lookupIpHash(db, ip);
  const since = new Date(now.getTime() - LOOKUP_RATE.windowMs);
  return inTransaction(db, async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`dossier-lookup:${ipHash}`}))`.execute(tx);
    await tx
      .deleteFrom("dossier_lookup_attempts")
      .where("ip_hash", "=", ipHash)
      .where("at", "<=", since)
      .execute();
    const rows = await tx
      .selectFrom("dossier_lookup_attempts")
      .select("at")
      .where("ip_hash", "=", ipHash)
      .where("at", ">", since)
      .execute();
    const decision = rateDecision(
      rows.map((r) => r.at),
      now,
      LOOKUP_RATE,
    );
    if (decision.allowed)
      await tx.insertInto("dossier_lookup_attempts").values({ ip_hash: ipHash, at: now }).execute();
    return decision;
  });
}

export interface LookupDossier {
  id: string;
  code: string;
  state: DossierState;
  lookup_token: string;
  applicant_name: string;
  applicant_phone: string | null;
  applicant_id_number: string | null;
  submitted_at: Date;
  received_at: Date | null;
  due_on: string | null;
  paused_at: Date | null;
  resolved_at: Date | null;
  returned_at: Date | null;
  apology_due_on: string | null;
  procedure_name: string;
  unit_name_vi: string;
  unit_name_en: string;
}

/**
 * With `citizenId`, only that citizen's dossier: another citizen's code and an unknown code then give the same
 * `undefined`, so the citizen's page cannot be used to learn which codes exist.
 */
export async function dossierByCode(
  db: Executor,
  code: string,
  citizenId?: string,
): Promise<LookupDossier | undefined> {
  let query = db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .innerJoin("units as u", "u.id", "d.unit_id")
    .select([
      "d.id",
      "d.code",
      "d.state",
      "d.lookup_token",
      "d.applicant_name",
      "d.applicant_phone",
      "d.applicant_id_number",
      "d.submitted_at",
      "d.received_at",
      "d.due_on",
      "d.paused_at",
      "d.resolved_at",
      "d.returned_at",
      "d.apology_due_on",
      "p.name as procedure_name",
      "u.name_vi as unit_name_vi",
      "u.name_en as unit_name_en",
    ])
    .where("d.code", "=", code);
  if (citizenId !== undefined) query = query.where("d.citizen_id", "=", citizenId);
  return query.executeTakeFirst();
}

export async function dossierHistory(db: Executor, dossierId: string): Promise<HistoryEvent[]> {
  return db
    .selectFrom("dossier_events")
    .select(["action", "note", "due_on", "at"])
    .where("dossier_id", "=", dossierId)
    .orderBy("at")
    .orderBy("id")
    .execute();
}
