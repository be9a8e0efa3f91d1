import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import QRCode from "qrcode";
import { recordStaffActivity } from "../activity/record.js";
import { recordAudit } from "../audit/index.js";
import { inTransaction } from "../db/transaction.js";
import { formatDateTime, t } from "../i18n/index.js";
import {
  accountActor,
  afterSignInPath,
  ENROL_PATH,
  formField,
  rotateSession,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  saveSessionData,
  sendBarePage,
  stagePath,
  TOTP_PATH,
} from "./flow.js";
import {
  afterPasswordFailure,
  afterTotpFailure,
  isLocked,
  MAX_TOTP_FAILURES,
  minutesLeft,
  TOTP_LOCK_MS,
} from "./lockout.js";
import { dummyPasswordHash, verifyPassword } from "./passwords.js";
import { clearSessionCookie, requestCsrfToken, sessionData } from "./request-state.js";
import { type Account, findAccount, findThrottle, saveThrottle } from "./store.js";
import {
  checkTotp,
  findRecoveryCode,
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCodes,
  looksLikeRecoveryCode,
  rememberStep,
  totpUri,
} from "./totp.js";
import { EnrolPage, RecoveryCodesPage, SignInPage, TotpPage } from "./views/sign-in-pages.js";

/** Per IP, on each sign-in POST route: generous for a shared office NAT, tight for a password sprayer. */
export const SIGN_IN_RATE_LIMIT = { max: 30, timeWindow: "1 minute" } as const;

const SIGN_IN_NOTICES: Record<string, string> = {
  "da-dang-xuat": "auth.signIn.signedOut",
  "het-han": "auth.signIn.expired",
};

export async function signInRoutes(app: FastifyInstance): Promise<void> {
  const { db, sessions } = app.services;

  const signInForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    opts: { username?: string; next?: string; errors?: Record<string, string>; notice?: string },
  ) =>
    sendBarePage(
      reply,
      <SignInPage
        lang={request.lang}
        csrf={requestCsrfToken(request)}
        username={opts.username ?? ""}
        next={opts.next}
        errors={opts.errors}
        notice={opts.notice}
      />,
      status,
    );

  const lockedMessage = (request: FastifyRequest, until: Date | string, now: Date) =>
    t(request.lang, "auth.signIn.locked", {
      time: formatDateTime(until),
      minutes: minutesLeft(until, now),
    });

  app.get<{ Querystring: Record<string, string | undefined> }>(
    SIGN_IN_PATH,
    { config: { access: "public" } },
    async (request, reply) => {
      const session = request.authSession;
      if (session && request.sessionUser) return reply.redirect(stagePath(sessionData(session).stage), 303);
      const noticeKey = SIGN_IN_NOTICES[request.query.thong_bao ?? ""];
      return signInForm(request, reply, 200, {
        next: typeof request.query.next === "string" ? afterSignInPath(request.query.next) : undefined,
        notice: noticeKey ? t(request.lang, noticeKey) : undefined,
      });
    },
  );

  app.post(
    SIGN_IN_PATH,
    { config: { access: "public", rateLimit: SIGN_IN_RATE_LIMIT } },
    async (request, reply) => {
      const lang = request.lang;
      const username = formField(request.body, "username").trim().slice(0, 100);
      const password = formField(request.body, "password").slice(0, 1000);
      const nextRaw = formField(request.body, "next");
      const next = nextRaw ? afterSignInPath(nextRaw) : undefined;
      const errors: Record<string, string> = {};
      if (!username)
        errors.username = t(lang, "validation.required", { field: t(lang, "auth.signIn.username") });
      if (!password)
        errors.password = t(lang, "validation.required", { field: t(lang, "auth.signIn.password") });
      if (Object.keys(errors).length) return signInForm(request, reply, 422, { username, next, errors });

      const now = new Date();
      const invalid = () =>
        signInForm(request, reply, 422, {
          username,
          next,
          errors: { password: t(lang, "auth.signIn.invalid") },
        });
      const locked = (until: Date | string) =>
        signInForm(request, reply, 429, {
          username,
          next,
          errors: { username: lockedMessage(request, until, now) },
        });

      const account = await findAccount(db, { username });
      if (!account?.active) {
        // Same work and same answers as for a real account, so nobody learns which user names exist.
        await verifyPassword(await dummyPasswordHash(), password);
        const outcome = await inTransaction(db, async (tx) => {
          const current = await findThrottle(tx, username, { forUpdate: true });
          if (current && isLocked(current.locked_until, now)) return { lockedUntil: current.locked_until };
          const state = afterPasswordFailure(
            { failedAttempts: current?.failed_attempts ?? 0, lockedUntil: current?.locked_until ?? null },
            now,
          );
          await saveThrottle(tx, username, state);
          await recordAudit(tx, accountActor(request, null), {
            action: "auth.sign_in_failed",
            entityType: "staff_user",
            entityId: null,
            summary: `Đăng nhập sai với tên "${username.slice(0, 64)}"`,
          });
          return { lockedUntil: state.lockedUntil };
        });
        return outcome.lockedUntil ? locked(outcome.lockedUntil) : invalid();
      }
      if (isLocked(account.locked_until, now)) return locked(account.locked_until as Date);

      const ok = await verifyPassword(account.password_hash, password);
      if (!ok) {
        const lockedUntil = await inTransaction(db, async (tx) => {
          const row = await findAccount(tx, { id: account.id }, { forUpdate: true });
          if (!row) return null;
          if (isLocked(row.locked_until, now)) return row.locked_until;
          const state = afterPasswordFailure(
            { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until },
            now,
          );
          await tx
            .updateTable("staff_users")
            .set({ failed_attempts: state.failedAttempts, locked_until: state.lockedUntil })
            .where("id", "=", row.id)
            .execute();
          const actor = accountActor(request, row);
          await recordAudit(tx, actor, {
            action: "auth.sign_in_failed",
            entityType: "staff_user",
            entityId: row.id,
            summary: "Sai mật khẩu",
            after: { failedAttempts: state.failedAttempts },
          });
          if (state.justLocked) {
            await recordAudit(tx, actor, {
              action: "auth.lockout",
              entityType: "staff_user",
              entityId: row.id,
              summary: "Tạm khóa 15 phút do nhập sai mật khẩu 5 lần",
              after: { lockedUntil: state.lockedUntil },
            });
          }
          return state.lockedUntil;
        });
        return lockedUntil ? locked(lockedUntil) : invalid();
      }

      if (account.failed_attempts !== 0 || account.locked_until !== null) {
        await db
          .updateTable("staff_users")
          .set({ failed_attempts: 0, locked_until: null })
          .where("id", "=", account.id)
          .execute();
      }
      const stage = account.totp_enabled_at && account.totp_secret ? "mfa" : "enrol";
      await rotateSession(request, reply, account.id, { stage, totpFailures: 0, ...(next ? { next } : {}) });
      return reply.redirect(stagePath(stage), 303);
    },
  );

  /** The session of a half-done sign-in at `stage`, with its account; otherwise a redirect has been sent. */
  const pendingSignIn = async (request: FastifyRequest, reply: FastifyReply, stage: "mfa" | "enrol") => {
    const session = request.authSession;
    if (!session || !request.sessionUser) {
      await reply.redirect(`${SIGN_IN_PATH}?thong_bao=het-han`, 303);
      return null;
    }
    const data = sessionData(session);
    if (data.stage !== stage) {
      await reply.redirect(stagePath(data.stage), 303);
      return null;
    }
    const account = await findAccount(db, { id: request.sessionUser.id });
    if (!account?.active) {
      await sessions.destroy(session.id);
      clearSessionCookie(request, reply);
      await reply.redirect(SIGN_IN_PATH, 303);
      return null;
    }
    return { session, data, account };
  };

  /** After a wrong code: count it, and at the third cancel the sign-in and make the person wait. */
  const codeFailure = async (
    request: FastifyRequest,
    reply: FastifyReply,
    account: Account,
    failures: number,
    render: (message: string) => FastifyReply | Promise<FastifyReply>,
    messageKey: string,
  ) => {
    const outcome = afterTotpFailure(failures);
    const actor = accountActor(request, account);
    if (!outcome.cancel) {
      await saveSessionData(request, { totpFailures: outcome.failures });
      await recordAudit(db, actor, {
        action: "auth.totp_failed",
        entityType: "staff_user",
        entityId: account.id,
        summary: `Sai mã xác thực (lần ${outcome.failures})`,
      });
      return await render(t(request.lang, messageKey, { left: MAX_TOTP_FAILURES - outcome.failures }));
    }
    const until = new Date(Date.now() + TOTP_LOCK_MS);
    await inTransaction(db, async (tx) => {
      await tx.updateTable("staff_users").set({ locked_until: until }).where("id", "=", account.id).execute();
      await recordAudit(tx, actor, {
        action: "auth.totp_lockout",
        entityType: "staff_user",
        entityId: account.id,
        summary: `Hủy lần đăng nhập sau ${MAX_TOTP_FAILURES} lần sai mã xác thực; chờ ${TOTP_LOCK_MS / 1000} giây`,
        after: { lockedUntil: until },
      });
    });
    if (request.authSession) await sessions.destroy(request.authSession.id);
    request.authSession = null;
    request.sessionUser = null;
    clearSessionCookie(request, reply);
    return signInForm(request, reply, 429, {
      username: account.username,
      errors: {
        username: t(request.lang, "auth.signIn.cancelledTotp", {
          count: MAX_TOTP_FAILURES,
          seconds: TOTP_LOCK_MS / 1000,
        }),
      },
    });
  };

  /** Password and second factor done: a fully signed-in session, recorded in the audit log. */
  const completeSignIn = async (
    request: FastifyRequest,
    reply: FastifyReply,
    account: Account,
    next: string | undefined,
  ) => {
    await rotateSession(request, reply, account.id, {
      stage: "full",
      previousLoginAt: account.last_login_at ? new Date(account.last_login_at).toISOString() : null,
    });
    return afterSignInPath(next);
  };

  app.get(TOTP_PATH, { config: { access: "public" } }, async (request, reply) => {
    const pending = await pendingSignIn(request, reply, "mfa");
    if (!pending) return reply;
    return sendBarePage(reply, <TotpPage lang={request.lang} csrf={requestCsrfToken(request)} />);
  });

  app.post(
    TOTP_PATH,
    { config: { access: "public", rateLimit: SIGN_IN_RATE_LIMIT } },
    async (request, reply) => {
      const pending = await pendingSignIn(request, reply, "mfa");
      if (!pending) return reply;
      const { data, account } = pending;
      const lang = request.lang;
      const render = (message: string, status = 422) =>
        sendBarePage(
          reply,
          <TotpPage lang={lang} csrf={requestCsrfToken(request)} errors={{ code: message }} />,
          status,
        );
      const code = formField(request.body, "code").trim().slice(0, 40);
      if (!code) return render(t(lang, "auth.totp.required"));
      const now = new Date();

      if (/^\d[\d\s]*$/.test(code)) {
        const used = await inTransaction(db, async (tx) => {
          const row = await findAccount(tx, { id: account.id }, { forUpdate: true });
          if (!row?.totp_secret) return { ok: false as const, reason: "invalid" as const };
          const check = checkTotp(row.totp_secret, code, now, row.totp_used_steps ?? []);
          if (!check.ok) return check;
          await tx
            .updateTable("staff_users")
            .set({
              totp_used_steps: JSON.stringify(rememberStep(row.totp_used_steps ?? [], check.step, now)),
              last_login_at: now,
              failed_attempts: 0,
              locked_until: null,
            })
            .where("id", "=", row.id)
            .execute();
          await recordAudit(tx, accountActor(request, row), {
            action: "auth.sign_in",
            entityType: "staff_user",
            entityId: row.id,
            summary: "Đăng nhập (mật khẩu + mã xác thực)",
          });
          await recordStaffActivity(tx, { staffId: row.id, activity: "sign_in", at: now });
          return check;
        });
        if (used.ok) return reply.redirect(await completeSignIn(request, reply, account, data.next), 303);
        if (used.reason === "reused") return render(t(lang, "auth.totp.reused"));
        return codeFailure(request, reply, account, data.totpFailures ?? 0, render, "auth.totp.invalid");
      }

      if (looksLikeRecoveryCode(code)) {
        const index = await findRecoveryCode(account.recovery_codes ?? [], code);
        if (index >= 0) {
          const consumed = await inTransaction(db, async (tx) => {
            const row = await findAccount(tx, { id: account.id }, { forUpdate: true });
            const hashes = row?.recovery_codes ?? [];
            // Another request may have used the same code in between: look again under the row lock.
            const at =
              hashes[index] === account.recovery_codes[index] ? index : await findRecoveryCode(hashes, code);
            if (!row || at < 0) return false;
            const remaining = hashes.filter((_, i) => i !== at);
            await tx
              .updateTable("staff_users")
              .set({
                recovery_codes: JSON.stringify(remaining),
                last_login_at: now,
                failed_attempts: 0,
                locked_until: null,
              })
              .where("id", "=", row.id)
              .execute();
            await recordAudit(tx, accountActor(request, row), {
              action: "auth.sign_in",
              entityType: "staff_user",
              entityId: row.id,
              summary: `Đăng nhập bằng mã khôi phục (còn ${remaining.length} mã)`,
            });
            await recordStaffActivity(tx, { staffId: row.id, activity: "sign_in", at: now });
            return true;
          });
          if (consumed) return reply.redirect(await completeSignIn(request, reply, account, data.next), 303);
        }
      }
      return codeFailure(request, reply, account, data.totpFailures ?? 0, render, "auth.totp.invalid");
    },
  );

  const enrolSecretFor = async (request: FastifyRequest, existing: string | undefined) => {
    if (existing) return existing;
    const secret = generateTotpSecret();
    await saveSessionData(request, { enrolSecret: secret });
    return secret;
  };

  const enrolPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    secret: string,
    username: string,
    status = 200,
    error?: string,
  ) => {
    const svg = await QRCode.toString(totpUri(secret, username), { type: "svg", margin: 2 });
    const qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    return sendBarePage(
      reply,
      <EnrolPage
        lang={request.lang}
        csrf={requestCsrfToken(request)}
        qrDataUrl={qrDataUrl}
        secret={secret}
        errors={error ? { code: error } : undefined}
      />,
      status,
    );
  };

  app.get(ENROL_PATH, { config: { access: "public" } }, async (request, reply) => {
    const pending = await pendingSignIn(request, reply, "enrol");
    if (!pending) return reply;
    const secret = await enrolSecretFor(request, pending.data.enrolSecret);
    return enrolPage(request, reply, secret, pending.account.username);
  });

  app.post(
    ENROL_PATH,
    { config: { access: "public", rateLimit: SIGN_IN_RATE_LIMIT } },
    async (request, reply) => {
      const pending = await pendingSignIn(request, reply, "enrol");
      if (!pending) return reply;
      const { data, account } = pending;
      const lang = request.lang;
      const secret = await enrolSecretFor(request, data.enrolSecret);
      const code = formField(request.body, "code").trim().slice(0, 40);
      if (!code)
        return enrolPage(request, reply, secret, account.username, 422, t(lang, "auth.totp.required"));
      const now = new Date();
      const check = checkTotp(secret, code, now, []);
      if (!check.ok) {
        const render = (message: string) => enrolPage(request, reply, secret, account.username, 422, message);
        return codeFailure(request, reply, account, data.totpFailures ?? 0, render, "auth.enrol.invalid");
      }
      const codes = generateRecoveryCodes();
      const hashes = await hashRecoveryCodes(codes);
      await inTransaction(db, async (tx) => {
        await tx
          .updateTable("staff_users")
          .set({
            totp_secret: secret,
            totp_enabled_at: now,
            totp_used_steps: JSON.stringify([check.step]),
            recovery_codes: JSON.stringify(hashes),
            last_login_at: now,
            failed_attempts: 0,
            locked_until: null,
            updated_at: now,
          })
          .where("id", "=", account.id)
          .execute();
        const actor = accountActor(request, account);
        await recordAudit(tx, actor, {
          action: "auth.totp_enrol",
          entityType: "staff_user",
          entityId: account.id,
          summary: "Thiết lập xác thực hai lớp và tạo 10 mã khôi phục",
        });
        await recordAudit(tx, actor, {
          action: "auth.sign_in",
          entityType: "staff_user",
          entityId: account.id,
          summary: "Đăng nhập lần đầu (thiết lập xác thực hai lớp)",
        });
        await recordStaffActivity(tx, { staffId: account.id, activity: "sign_in", at: now });
      });
      const target = await completeSignIn(request, reply, account, data.next);
      return sendBarePage(reply, <RecoveryCodesPage lang={lang} codes={codes} continueHref={target} />);
    },
  );

  app.post(SIGN_OUT_PATH, { config: { access: "public" } }, async (request, reply) => {
    const session = request.authSession;
    if (session) {
      await sessions.destroy(session.id);
      const user = request.sessionUser;
      if (user) {
        await recordAudit(db, accountActor(request, { id: user.id, full_name: user.fullName }), {
          action: "auth.sign_out",
          entityType: "staff_user",
          entityId: user.id,
        });
      }
    }
    request.authSession = null;
    clearSessionCookie(request, reply);
    return reply.redirect(`${SIGN_IN_PATH}?thong_bao=da-dang-xuat`, 303);
  });
}
