import { sql } from "kysely";
import "../db/platform-tables.js";
import "./tables.js";
import type { Executor } from "../db/transaction.js";
import type { Grant } from "../rbac/access.js";
import { isRole } from "../rbac/roles.js";
import type { SessionUser } from "./request-state.js";

/** The account behind a session, active accounts only. */
export async function loadSessionUser(db: Executor, userId: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("staff_users")
    .select([
      "id",
      "username",
      "full_name",
      "unit_id",
      "must_change_password",
      "totp_enabled_at",
      "last_login_at",
    ])
    .where("id", "=", userId)
    .where("active", "=", true)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    unitId: row.unit_id,
    mustChangePassword: row.must_change_password,
    totpEnrolled: row.totp_enabled_at !== null,
    lastLoginAt: row.last_login_at,
  };
}

export async function loadGrants(db: Executor, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom("role_grants")
    .select(["role", "unit_id", "site_id"])
    .where("user_id", "=", userId)
    .execute();
  const grants: Grant[] = [];
  for (const r of rows) {
    if (isRole(r.role)) grants.push({ role: r.role, unitId: r.unit_id, siteId: r.site_id });
  }
  return grants;
}

/** What the sign-in steps read about an account; `forUpdate` locks the row inside a transaction. */
export async function findAccount(
  db: Executor,
  by: { username: string } | { id: string },
  opts: { forUpdate?: boolean } = {},
) {
  let q = db
    .selectFrom("staff_users")
    .select([
      "id",
      "username",
      "full_name",
      "password_hash",
      "active",
      "failed_attempts",
      "locked_until",
      "totp_secret",
      "totp_enabled_at",
      "totp_used_steps",
      "recovery_codes",
      "last_login_at",
      "must_change_password",
    ]);
  q =
    "id" in by
      ? q.where("id", "=", by.id)
      : q.where(sql<string>`lower(username)`, "=", by.username.trim().toLowerCase());
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

export function throttleKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 200);
}

export async function findThrottle(db: Executor, username: string, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom("sign_in_throttle")
    .select(["failed_attempts", "locked_until"])
    .where("username_key", "=", throttleKey(username));
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function saveThrottle(
  db: Executor,
  username: string,
  state: { failedAttempts: number; lockedUntil: Date | null },
): Promise<void> {
  // Old rows are worthless once their lock has run out; keep the table small as guessers try many names.
  await db
    .deleteFrom("sign_in_throttle")
    .where("updated_at", "<", sql<Date>`now() - interval '1 day'`)
    .execute();
  await db
    .insertInto("sign_in_throttle")
    .values({
      username_key: throttleKey(username),
      failed_attempts: state.failedAttempts,
      locked_until: state.lockedUntil,
      updated_at: new Date(),
    })
    .onConflict((oc) =>
      oc.column("username_key").doUpdateSet({
        failed_attempts: state.failedAttempts,
        locked_until: state.lockedUntil,
        updated_at: new Date(),
      }),
    )
    .execute();
}
