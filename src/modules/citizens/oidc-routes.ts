import type { FastifyInstance, FastifyRequest } from "fastify";
import * as client from "openid-client";
import { tokensEqual } from "../../platform/auth/csrf.js";
import { inTransaction, type Tx } from "../../platform/db/transaction.js";
import { AppError } from "../../platform/http/errors.js";
import { UUID_PATTERN } from "../../platform/http/uuid.js";
import { CITIZEN_PATHS } from "../services/paths.js";
import { type OidcPerson, personFromClaims } from "./domain/oidc-claims.js";
import { oidcClientFactory, oidcRedirectUri } from "./oidc.js";
import { safeNext, signCitizenIn } from "./session.js";
import { newId } from "./store.js";
import type { Citizen } from "./tables.js";

export const OIDC_COOKIE = "congso_oidc";
const FLOW_TTL_MS = 10 * 60_000;
const SCOPE = "openid profile email phone";

const badState = () => new AppError(400, "oidc_state", "citizens.oidc.badState");

/**
 * Sign-in through an OpenID Connect provider standing for the national ID platform (VNeID-like): authorization code
 * with PKCE, state and nonce. The flow's secrets stay in the database, the browser only holds the flow's id in a
 * cookie; the callback consumes the flow, so a replayed or forged callback is refused with a 400.
 */
export async function oidcRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;
  const configuration = oidcClientFactory(config);
  const redirectUri = oidcRedirectUri(config, CITIZEN_PATHS.oidcCallback);
  const cookieOpts = () => ({
    path: "/tai-khoan",
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
    sameSite: "lax" as const,
    secure: config.secureCookies,
  });

  async function discovered(request: FastifyRequest): Promise<client.Configuration> {
    if (!config.oidc) throw new AppError(404, "oidc_disabled", "citizens.oidc.disabled");
    try {
      return await configuration();
    } catch (err) {
      request.log.warn({ err }, "OIDC discovery failed");
      throw new AppError(503, "oidc_unavailable", "citizens.oidc.unavailable");
    }
  }

  app.get<{ Querystring: Record<string, string | undefined> }>(
    CITIZEN_PATHS.oidcStart,
    async (request, reply) => {
      const oidc = await discovered(request);
      const flow = {
        id: newId(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        code_verifier: client.randomPKCECodeVerifier(),
        next_path: safeNext(request.query.next) ?? null,
        expires_at: new Date(Date.now() + FLOW_TTL_MS),
      };
      await db.insertInto("citizen_oidc_flows").values(flow).execute();
      // Abandoned flows of the past are cleared on the way.
      await db.deleteFrom("citizen_oidc_flows").where("expires_at", "<", new Date()).execute();
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        scope: SCOPE,
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(flow.code_verifier),
        code_challenge_method: "S256",
      });
      reply.setCookie(OIDC_COOKIE, flow.id, { ...cookieOpts(), maxAge: FLOW_TTL_MS / 1000 });
      return reply.header("cache-control", "no-store").redirect(url.toString(), 303);
    },
  );

  app.get<{ Querystring: Record<string, string | undefined> }>(
    CITIZEN_PATHS.oidcCallback,
    async (request, reply) => {
      const oidc = await discovered(request);
      const flowId = request.cookies[OIDC_COOKIE];
      reply.clearCookie(OIDC_COOKIE, cookieOpts());
      if (typeof flowId !== "string" || !UUID_PATTERN.test(flowId)) throw badState();
      // Consumed at once, whatever happens next: one callback per flow.
      const flow = await db
        .deleteFrom("citizen_oidc_flows")
        .where("id", "=", flowId)
        .returningAll()
        .executeTakeFirst();
      if (!flow || new Date(flow.expires_at).getTime() < Date.now()) throw badState();
      const state = request.query.state;
      if (!tokensEqual(flow.state, typeof state === "string" ? state : undefined)) throw badState();
      if (typeof request.query.error === "string") {
        throw new AppError(400, "oidc_denied", "citizens.oidc.denied");
      }

      let person: OidcPerson | null;
      try {
        const tokens = await client.authorizationCodeGrant(oidc, new URL(request.url, config.publicUrl), {
          pkceCodeVerifier: flow.code_verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) throw new Error("no ID token");
        let claims: Record<string, unknown> = { ...idClaims };
        if (tokens.access_token) {
          const info = await client.fetchUserInfo(oidc, tokens.access_token, idClaims.sub);
          claims = { ...claims, ...info, sub: idClaims.sub };
        }
        person = personFromClaims(claims);
      } catch (err) {
        request.log.warn({ err }, "OIDC callback refused");
        if (err instanceof TypeError)
          throw new AppError(503, "oidc_unavailable", "citizens.oidc.unavailable");
        throw new AppError(400, "oidc_failed", "citizens.oidc.failed");
      }
      if (!person) throw new AppError(400, "oidc_failed", "citizens.oidc.failed");

      const issuer = oidc.serverMetadata().issuer;
      const now = new Date();
      const found = person;
      await inTransaction(db, async (tx) => {
        const citizenId = await linkCitizen(tx, issuer, found, now);
        await signCitizenIn(tx, request, reply, citizenId, now);
      });
      return reply.redirect(safeNext(flow.next_path) ?? CITIZEN_PATHS.myDossiers, 303);
    },
  );
}

/**
 * The citizen for (issuer, subject): found; else an account holding the same address the provider vouches for
 * (verified) and not yet tied to a national ID, now linked; else a new one. The national platform's name, birth
 * date, gender and ID number are authoritative and refresh the profile at each sign-in; an email or phone is
 * added only when free.
 */
export async function linkCitizen(tx: Tx, issuer: string, p: OidcPerson, now: Date): Promise<string> {
  let citizen: Citizen | undefined = await tx
    .selectFrom("citizens")
    .selectAll()
    .where("oidc_issuer", "=", issuer)
    .where("oidc_subject", "=", p.subject)
    .forUpdate()
    .executeTakeFirst();
  if (!citizen) {
    const byAddress = (column: "email" | "phone", value: string | null, verified: boolean) =>
      value && verified
        ? tx
            .selectFrom("citizens")
            .selectAll()
            .where(column, "=", value)
            .where("oidc_subject", "is", null)
            .forUpdate()
            .executeTakeFirst()
        : Promise.resolve(undefined);
    citizen =
      (await byAddress("email", p.email, p.emailVerified)) ??
      (await byAddress("phone", p.phone, p.phoneVerified));
  }
  const taken = async (column: "email" | "phone", value: string | null, ownId: string | null) => {
    if (!value) return true;
    const other = await tx.selectFrom("citizens").select("id").where(column, "=", value).executeTakeFirst();
    return other !== undefined && other.id !== ownId;
  };
  const authoritative = {
    ...(p.fullName ? { full_name: p.fullName } : {}),
    ...(p.birthDate ? { birth_date: p.birthDate } : {}),
    ...(p.gender ? { gender: p.gender } : {}),
    ...(p.idNumber ? { id_number: p.idNumber } : {}),
  };
  if (citizen) {
    const id = citizen.id;
    const addEmail = !citizen.email && !(await taken("email", p.email, id));
    const addPhone = !citizen.phone && !(await taken("phone", p.phone, id));
    await tx
      .updateTable("citizens")
      .set({
        ...authoritative,
        oidc_issuer: issuer,
        oidc_subject: p.subject,
        ...(addEmail ? { email: p.email, email_verified_at: p.emailVerified ? now : null } : {}),
        ...(addPhone ? { phone: p.phone, phone_verified_at: p.phoneVerified ? now : null } : {}),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
    return id;
  }
  const id = newId();
  const email = (await taken("email", p.email, null)) ? null : p.email;
  const phone = (await taken("phone", p.phone, null)) ? null : p.phone;
  await tx
    .insertInto("citizens")
    .values({
      id,
      ...authoritative,
      email,
      email_verified_at: email && p.emailVerified ? now : null,
      phone,
      phone_verified_at: phone && p.phoneVerified ? now : null,
      oidc_issuer: issuer,
      oidc_subject: p.subject,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
