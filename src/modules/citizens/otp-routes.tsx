import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requestCsrfToken } from "../../platform/auth/request-state.js";
import { inTransaction } from "../../platform/db/transaction.js";
import { UUID_PATTERN } from "../../platform/http/uuid.js";
import { t } from "../../platform/i18n/index.js";
import { enqueueEmail } from "../../platform/notify/email-jobs.js";
import { enqueueSms } from "../../platform/notify/message-jobs.js";
import { CITIZEN_PATHS } from "../services/paths.js";
import { type Destination, maskDestination, parseDestination } from "./domain/identity.js";
import {
  codeMatches,
  generateCode,
  hashCode,
  judgeAttempt,
  OTP_POLICY,
  sendDecision,
  typedCode,
} from "./domain/otp.js";
import { bodyField, mainShell, sendCitizenPage } from "./page.js";
import { safeNext, signCitizenIn } from "./session.js";
import {
  findCitizenByDestination,
  lockDestination,
  newId,
  otpSecret,
  recentChallengeTimes,
} from "./store.js";
import { type StartFormValues, StartPage, VerifyPage } from "./views/sign-in-pages.js";

/** The browser's pending challenge (its id only); scoped to the account pages, gone after 10 minutes. */
export const OTP_COOKIE = "congso_otp";

/** Per address, on each POST: generous for a shared NAT, tight for someone spraying codes. */
const START_RATE_LIMIT = { max: 20, timeWindow: "1 minute" } as const;
const VERIFY_RATE_LIMIT = { max: 30, timeWindow: "1 minute" } as const;

const SIGN_IN_NOTICES: Record<string, string> = {
  "da-dang-xuat": "citizens.signIn.signedOut",
  "can-dang-nhap": "citizens.signIn.needSignIn",
};

type Mode = "signIn" | "signUp";

/**
 * Sign-up and sign-in with a one-time code by email or SMS (SPEC "Auth"). Sign-in never tells whether an account
 * exists: the same page follows, and a code is sent only when one does. Sign-up for an address that already has an
 * account signs that account in once the code is typed, so sign-up does not tell either.
 */
export async function otpRoutes(app: FastifyInstance): Promise<void> {
  const { db, jobs, config } = app.services;
  app.addHook("onReady", async () => {
    await otpSecret(db);
  });

  const cookieOpts = () => ({
    path: "/tai-khoan",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.secureCookies,
  });

  async function startForm(
    request: FastifyRequest,
    reply: FastifyReply,
    mode: Mode,
    status: number,
    opts: { values?: StartFormValues; errors?: Record<string, string>; notice?: string; next?: string },
  ) {
    const shell = await mainShell(request);
    return sendCitizenPage(
      reply,
      <StartPage
        shell={shell}
        mode={mode}
        csrf={requestCsrfToken(request)}
        values={opts.values ?? { fullName: "", destination: "" }}
        errors={opts.errors}
        notice={opts.notice}
        next={opts.next}
        oidcEnabled={config.oidc !== undefined}
      />,
      status,
    );
  }

  for (const mode of ["signIn", "signUp"] as const) {
    const path = mode === "signIn" ? CITIZEN_PATHS.signIn : CITIZEN_PATHS.signUp;

    app.get<{ Querystring: Record<string, string | undefined> }>(path, async (request, reply) => {
      const next = safeNext(request.query.next);
      if (request.citizen) return reply.redirect(next ?? CITIZEN_PATHS.myDossiers, 303);
      const noticeKey = SIGN_IN_NOTICES[request.query.thong_bao ?? ""];
      return startForm(request, reply, mode, 200, {
        next,
        notice: noticeKey ? t(request.lang, noticeKey) : undefined,
      });
    });

    app.post(path, { config: { rateLimit: START_RATE_LIMIT } }, async (request, reply) => {
      const lang = request.lang;
      const values: StartFormValues = {
        fullName: bodyField(request.body, "fullName", 200).trim(),
        destination: bodyField(request.body, "destination", 300).trim(),
      };
      const next = safeNext(bodyField(request.body, "next"));
      const errors: Record<string, string> = {};
      const fullName = values.fullName.normalize("NFC").replace(/\s+/g, " ");
      if (mode === "signUp") {
        const label = t(lang, "citizens.field.fullName");
        if (fullName.length < 2) errors.fullName = t(lang, "validation.required", { field: label });
        else if (fullName.length > 120)
          errors.fullName = t(lang, "validation.tooLong", { field: label, max: 120 });
      }
      const destination = parseDestination(values.destination);
      if (!destination) errors.destination = t(lang, "citizens.error.destination");
      if (!destination || Object.keys(errors).length > 0) {
        return startForm(request, reply, mode, 422, { values, errors, next });
      }

      const now = new Date();
      const secret = await otpSecret(db);
      const outcome = await inTransaction(db, async (tx) => {
        await lockDestination(tx, destination.value);
        const since = new Date(now.getTime() - OTP_POLICY.windowMs);
        const decision = sendDecision(await recentChallengeTimes(tx, destination.value, since), now);
        if (!decision.allowed) return decision;
        const account = mode === "signIn" ? await findCitizenByDestination(tx, destination) : undefined;
        const id = newId();
        const code = generateCode();
        await tx
          .insertInto("citizen_otp_challenges")
          .values({
            id,
            purpose: mode === "signIn" ? "sign_in" : "sign_up",
            channel: destination.channel,
            destination: destination.value,
            full_name: mode === "signUp" ? fullName : null,
            next_path: next ?? null,
            code_hash: hashCode(secret, id, code),
            expires_at: new Date(now.getTime() + OTP_POLICY.ttlMs),
            created_at: now,
          })
          .execute();
        if (mode === "signUp" || account) await sendCode(tx, destination, code, id);
        return { allowed: true as const, id };
      });

      if (!outcome.allowed) {
        reply.header("retry-after", String(outcome.retryAfterSeconds));
        return startForm(request, reply, mode, 429, {
          values,
          next,
          errors: {
            destination: t(lang, "citizens.error.tooManyCodes", {
              max: OTP_POLICY.maxPerDestination,
              minutes: OTP_POLICY.windowMs / 60_000,
              retry: Math.ceil(outcome.retryAfterSeconds / 60),
            }),
          },
        });
      }
      reply.setCookie(OTP_COOKIE, outcome.id, { ...cookieOpts(), maxAge: OTP_POLICY.ttlMs / 1000 });
      return reply.redirect(CITIZEN_PATHS.verify, 303);
    });
  }

  /** Through the durable queues, inside the challenge's transaction: sent only if it commits, retried if a gateway is down. */
  async function sendCode(
    tx: Parameters<typeof enqueueEmail>[1],
    d: Destination,
    code: string,
    challengeId: string,
  ): Promise<void> {
    if (d.channel === "email") {
      await enqueueEmail(
        jobs,
        tx,
        {
          to: d.value,
          subject: t("vi", "citizens.otp.emailSubject", { code }),
          text: t("vi", "citizens.otp.emailText", { code, site: config.publicUrl }),
        },
        { maxAttempts: 5 },
      );
    } else {
      await enqueueSms(
        jobs,
        tx,
        { to: d.value, text: t("vi", "citizens.otp.sms", { code }), ref: `otp:${challengeId}` },
        { maxAttempts: 5 },
      );
    }
  }

  function pendingChallengeId(request: FastifyRequest): string | null {
    const id = request.cookies[OTP_COOKIE];
    return typeof id === "string" && UUID_PATTERN.test(id) ? id : null;
  }

  async function verifyForm(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    challenge: { purpose: string; channel: "email" | "phone"; destination: string } | undefined,
    errors?: Record<string, string>,
  ) {
    const shell = await mainShell(request);
    const again = challenge?.purpose === "sign_up" ? CITIZEN_PATHS.signUp : CITIZEN_PATHS.signIn;
    return sendCitizenPage(
      reply,
      <VerifyPage
        shell={shell}
        csrf={requestCsrfToken(request)}
        maskedTo={
          challenge
            ? maskDestination({ channel: challenge.channel, value: challenge.destination } as Destination)
            : null
        }
        errors={errors}
        again={again}
      />,
      status,
    );
  }

  const findChallenge = (id: string | null) =>
    id
      ? db.selectFrom("citizen_otp_challenges").selectAll().where("id", "=", id).executeTakeFirst()
      : Promise.resolve(undefined);

  app.get(CITIZEN_PATHS.verify, async (request, reply) => {
    const challenge = await findChallenge(pendingChallengeId(request));
    if (!challenge || challenge.consumed_at) {
      return verifyForm(request, reply, 200, undefined, { _: t(request.lang, "citizens.error.noChallenge") });
    }
    return verifyForm(request, reply, 200, challenge);
  });

  app.post(CITIZEN_PATHS.verify, { config: { rateLimit: VERIFY_RATE_LIMIT } }, async (request, reply) => {
    const lang = request.lang;
    const id = pendingChallengeId(request);
    const found = await findChallenge(id);
    if (!id || !found) {
      return verifyForm(request, reply, 400, undefined, { _: t(lang, "citizens.error.noChallenge") });
    }
    const code = typedCode(bodyField(request.body, "code", 50));
    if (!code) return verifyForm(request, reply, 422, found, { code: t(lang, "citizens.error.codeFormat") });

    const now = new Date();
    const secret = await otpSecret(db);
    const result = await inTransaction(db, async (tx) => {
      const c = await tx
        .selectFrom("citizen_otp_challenges")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const verdict = judgeAttempt(
        { expiresAt: new Date(c.expires_at), attempts: c.attempts, consumedAt: c.consumed_at },
        codeMatches(secret, c.id, code, c.code_hash),
        now,
      );
      if (verdict.kind === "wrong" || (verdict.kind === "locked" && c.attempts < OTP_POLICY.maxAttempts)) {
        await tx
          .updateTable("citizen_otp_challenges")
          .set({ attempts: c.attempts + 1 })
          .where("id", "=", c.id)
          .execute();
      }
      if (verdict.kind !== "ok") return { verdict, next: null };

      await tx
        .updateTable("citizen_otp_challenges")
        .set({ consumed_at: now })
        .where("id", "=", c.id)
        .execute();
      const destination = { channel: c.channel, value: c.destination } as Destination;
      const column = c.channel === "email" ? "email" : "phone";
      const verifiedColumn = c.channel === "email" ? "email_verified_at" : "phone_verified_at";
      // Whoever typed the code controls the address: an account for it is found, or made.
      await tx
        .insertInto("citizens")
        .values({
          id: newId(),
          full_name: c.full_name ?? "",
          [column]: c.destination,
          [verifiedColumn]: now,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column(column).doNothing())
        .execute();
      const citizen = await findCitizenByDestination(tx, destination);
      if (!citizen) throw new Error("citizen missing after upsert");
      if (!citizen[verifiedColumn]) {
        await tx
          .updateTable("citizens")
          .set({ [verifiedColumn]: now, updated_at: now })
          .where("id", "=", citizen.id)
          .execute();
      }
      await signCitizenIn(tx, request, reply, citizen.id, now);
      return { verdict, next: c.next_path };
    });

    const { verdict } = result;
    switch (verdict.kind) {
      case "ok":
        reply.clearCookie(OTP_COOKIE, cookieOpts());
        return reply.redirect(safeNext(result.next) ?? CITIZEN_PATHS.myDossiers, 303);
      case "wrong":
        return verifyForm(request, reply, 422, found, {
          code: t(lang, "citizens.error.codeWrong", { left: verdict.attemptsLeft }),
        });
      case "locked":
        return verifyForm(request, reply, 429, found, {
          code: t(lang, "citizens.error.codeLocked", { max: OTP_POLICY.maxAttempts }),
        });
      case "expired":
        return verifyForm(request, reply, 422, found, { code: t(lang, "citizens.error.codeExpired") });
      case "used":
        return verifyForm(request, reply, 422, found, { code: t(lang, "citizens.error.codeUsed") });
    }
  });
}
