import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendAdminPage, setFlash } from "../admin/shell.js";
import { actorFrom, recordAudit } from "../audit/index.js";
import { inTransaction } from "../db/transaction.js";
import { type Lang, t } from "../i18n/index.js";
import { ACCOUNT_PATH, FORCED_PASSWORD_PATH, formField, rotateSession } from "./flow.js";
import {
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  verifyPassword,
} from "./passwords.js";
import { requestCsrfToken, sessionData } from "./request-state.js";
import { findAccount } from "./store.js";
import { generateRecoveryCodes, hashRecoveryCodes } from "./totp.js";
import { AccountPage, ForcedPasswordPage } from "./views/account-pages.js";
import { RecoveryCodesList } from "./views/sign-in-pages.js";

const PASSWORD_PATH = `${ACCOUNT_PATH}/mat-khau`;
const RECOVERY_PATH = `${ACCOUNT_PATH}/ma-khoi-phuc`;

type Errors = Record<string, string>;

/** Checks a password-change form; on success stores the new hash, audited, and signs out every other session. */
async function changePassword(request: FastifyRequest, reply: FastifyReply): Promise<Errors | null> {
  const lang = request.lang;
  const staff = request.staff!;
  const current = formField(request.body, "current_password").slice(0, 1000);
  const next = formField(request.body, "new_password").slice(0, 1000);
  const confirm = formField(request.body, "confirm_password").slice(0, 1000);
  const errors: Errors = {};
  if (!current) {
    errors.current_password = t(lang, "validation.required", {
      field: t(lang, "auth.account.currentPassword"),
    });
  }
  const problem = passwordProblem(next, { username: staff.username, currentPassword: current || undefined });
  if (!next)
    errors.new_password = t(lang, "validation.required", { field: t(lang, "auth.account.newPassword") });
  else if (problem) {
    errors.new_password = t(lang, `auth.password.${problem}`, {
      min: PASSWORD_MIN_LENGTH,
      max: PASSWORD_MAX_LENGTH,
    });
  } else if (next !== confirm) errors.confirm_password = t(lang, "auth.password.mismatch");
  if (Object.keys(errors).length) return errors;

  const { db, sessions } = request.server.services;
  const account = await findAccount(db, { id: staff.id });
  if (!account || !(await verifyPassword(account.password_hash, current))) {
    return { current_password: t(lang, "auth.password.wrongCurrent") };
  }
  const passwordHash = await hashPassword(next);
  await inTransaction(db, async (tx) => {
    await tx
      .updateTable("staff_users")
      .set({ password_hash: passwordHash, must_change_password: false, updated_at: new Date() })
      .where("id", "=", staff.id)
      .execute();
    await recordAudit(tx, actorFrom(request), {
      action: "auth.password_change",
      entityType: "staff_user",
      entityId: staff.id,
      summary: account.must_change_password ? "Đổi mật khẩu tạm" : "Đổi mật khẩu",
    });
  });
  // Whoever might know the old password is signed out everywhere; this browser gets a fresh session.
  const previousLoginAt = request.authSession ? sessionData(request.authSession).previousLoginAt : null;
  await sessions.destroyAllForUser(staff.id);
  await rotateSession(request, reply, staff.id, { stage: "full", previousLoginAt: previousLoginAt ?? null });
  return null;
}

async function accountPage(request: FastifyRequest, reply: FastifyReply, status = 200, errors?: Errors) {
  const lang: Lang = request.lang;
  const staff = request.staff!;
  const account = await findAccount(request.server.services.db, { id: staff.id });
  const previous = request.authSession ? sessionData(request.authSession).previousLoginAt : null;
  return sendAdminPage(
    request,
    reply,
    t(lang, "auth.account.title"),
    <AccountPage
      lang={lang}
      csrf={requestCsrfToken(request)}
      username={staff.username}
      fullName={staff.fullName}
      previousLoginAt={previous ?? null}
      recoveryCodesLeft={account?.recovery_codes.length ?? 0}
      errors={errors}
    />,
    status,
  );
}

/** The own-account pages: details, password change (also the forced one), new recovery codes. */
export async function accountRoutes(app: FastifyInstance): Promise<void> {
  app.get(ACCOUNT_PATH, { config: { access: "staff" } }, (request, reply) => accountPage(request, reply));

  app.post(PASSWORD_PATH, { config: { access: "staff" } }, async (request, reply) => {
    const errors = await changePassword(request, reply);
    if (errors) return accountPage(request, reply, 422, errors);
    await setFlash(request, t(request.lang, "auth.account.passwordChanged"));
    return reply.redirect(ACCOUNT_PATH, 303);
  });

  const forcedPage = (request: FastifyRequest, reply: FastifyReply, status = 200, errors?: Errors) =>
    sendAdminPage(
      request,
      reply,
      t(request.lang, "auth.account.forcedTitle"),
      <ForcedPasswordPage lang={request.lang} csrf={requestCsrfToken(request)} errors={errors} />,
      status,
    );

  app.get(FORCED_PASSWORD_PATH, { config: { access: "staff" } }, async (request, reply) => {
    if (!request.sessionUser?.mustChangePassword) return reply.redirect(ACCOUNT_PATH, 303);
    return forcedPage(request, reply);
  });

  app.post(FORCED_PASSWORD_PATH, { config: { access: "staff" } }, async (request, reply) => {
    const errors = await changePassword(request, reply);
    if (errors) return forcedPage(request, reply, 422, errors);
    await setFlash(request, t(request.lang, "auth.account.passwordChanged"));
    return reply.redirect("/admin", 303);
  });

  app.post(RECOVERY_PATH, { config: { access: "staff" } }, async (request, reply) => {
    const lang = request.lang;
    const staff = request.staff!;
    const { db } = request.server.services;
    const current = formField(request.body, "recovery_password").slice(0, 1000);
    const account = await findAccount(db, { id: staff.id });
    if (!current || !account || !(await verifyPassword(account.password_hash, current))) {
      return accountPage(request, reply, 422, {
        recovery_password: current
          ? t(lang, "auth.password.wrongCurrent")
          : t(lang, "validation.required", { field: t(lang, "auth.account.currentPassword") }),
      });
    }
    const codes = generateRecoveryCodes();
    const hashes = await hashRecoveryCodes(codes);
    await inTransaction(db, async (tx) => {
      await tx
        .updateTable("staff_users")
        .set({ recovery_codes: JSON.stringify(hashes), updated_at: new Date() })
        .where("id", "=", staff.id)
        .execute();
      await recordAudit(tx, actorFrom(request), {
        action: "auth.recovery_codes_regenerate",
        entityType: "staff_user",
        entityId: staff.id,
        summary: "Tạo bộ mã khôi phục mới",
      });
    });
    return sendAdminPage(
      request,
      reply,
      t(lang, "auth.recovery.title"),
      <>
        <RecoveryCodesList lang={lang} codes={codes} />
        <p>
          <a class="button" href={ACCOUNT_PATH}>
            {t(lang, "auth.recovery.continue")}
          </a>
        </p>
      </>,
    );
  });
}
