import type { FastifyRequest } from "fastify";
import { actorFrom, recordAudit } from "../audit/index.js";
import { inTransaction } from "../db/transaction.js";
import { generateTemporaryPassword, hashPassword } from "./passwords.js";

/**
 * A system admin resets someone's password: a temporary password (returned once, for the admin to hand over),
 * which must be changed at the next sign-in; the lock is lifted and every session of that person is closed.
 * Returns null when the account does not exist.
 */
export async function resetStaffPassword(
  request: FastifyRequest,
  userId: string,
): Promise<{ temporaryPassword: string; username: string } | null> {
  const { db, sessions } = request.server.services;
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const username = await inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom("staff_users")
      .select(["id", "username", "must_change_password"])
      .where("id", "=", userId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return null;
    await tx
      .updateTable("staff_users")
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        failed_attempts: 0,
        locked_until: null,
        updated_at: new Date(),
      })
      .where("id", "=", userId)
      .execute();
    await recordAudit(tx, actorFrom(request), {
      action: "staff.password_reset",
      entityType: "staff_user",
      entityId: userId,
      summary: `Đặt lại mật khẩu của ${row.username}`,
      before: { mustChangePassword: row.must_change_password },
      after: { mustChangePassword: true },
    });
    return row.username;
  });
  if (username === null) return null;
  await sessions.destroyAllForUser(userId);
  return { temporaryPassword, username };
}

/** A system admin clears someone's TOTP (a lost phone): they enrol again at the next sign-in. */
export async function resetStaffTotp(request: FastifyRequest, userId: string): Promise<boolean> {
  const { db, sessions } = request.server.services;
  const found = await inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom("staff_users")
      .select(["id", "username", "totp_enabled_at"])
      .where("id", "=", userId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return false;
    await tx
      .updateTable("staff_users")
      .set({
        totp_secret: null,
        totp_enabled_at: null,
        totp_used_steps: JSON.stringify([]),
        recovery_codes: JSON.stringify([]),
        updated_at: new Date(),
      })
      .where("id", "=", userId)
      .execute();
    await recordAudit(tx, actorFrom(request), {
      action: "staff.totp_reset",
      entityType: "staff_user",
      entityId: userId,
      summary: `Đặt lại xác thực hai lớp của ${row.username}`,
      before: { totpEnabledAt: row.totp_enabled_at },
      after: { totpEnabledAt: null },
    });
    return true;
  });
  if (found) await sessions.destroyAllForUser(userId);
  return found;
}
