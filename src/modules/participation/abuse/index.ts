/**
 * Abuse controls shared by every participation form (issue 7 item 6). Proof of a human is the citizen account itself:
 * posting needs a session, and a session needs an email or phone one-time code (or the identity provider), so there
 * is no CAPTCHA. On top of that: rate limits per account and per network address, counted in the database so every
 * app node agrees; the province-wide banned-words list flags a post for its moderator; public pages show a name only
 * with the author's consent.
 */
import { createHmac } from "node:crypto";
import { sql } from "kysely";
import { oncePerHandle } from "../../../platform/db/per-handle.js";
import type { Executor } from "../../../platform/db/transaction.js";
import { findBannedWords } from "../../../platform/moderation/banned-words.js";
import { type RateDecision, type RateRule, rateDecision } from "../../../platform/moderation/rate-limit.js";
import { provinceBannedWords } from "../../portal/index.js";
import "../tables.js";

export type PostKind = "question" | "consultation_comment" | "dialogue_question";

/** Per account: a burst and a daily ceiling, over all participation forms together. */
export const ACCOUNT_BURST: RateRule = { max: 5, windowMs: 10 * 60_000 };
export const ACCOUNT_DAILY: RateRule = { max: 30, windowMs: 24 * 3600_000 };
/** Per network address (several accounts behind one address: a family, an office, a bot farm). */
export const ADDRESS_BURST: RateRule = { max: 15, windowMs: 10 * 60_000 };

const secretOf = oncePerHandle((db: Executor) =>
  db
    .selectFrom("participation_secrets")
    .select("secret")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow()
    .then((r) => r.secret),
);

/** A keyed hash of the sender's address, stored instead of the address. */
export async function senderHash(db: Executor, ip: string): Promise<string> {
  return createHmac("sha256", await secretOf(db))
    .update(`participation:${ip}`)
    .digest("base64url")
    .slice(0, 32);
}

/** The strictest of several decisions: refused if any refuses, with the longest wait. */
export function combineDecisions(decisions: readonly RateDecision[]): RateDecision {
  let wait = 0;
  for (const d of decisions) if (!d.allowed) wait = Math.max(wait, d.retryAfterSeconds);
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/**
 * Call inside the transaction that writes the post: takes a per-account lock (so simultaneous posts from one account
 * on any node are counted one after the other), decides, and when allowed records the post. A refused post records
 * nothing; the caller answers 429 with the wait and writes nothing else.
 */
export async function admitPost(
  tx: Executor,
  post: { kind: PostKind; citizenId: string; ipHash: string | null; now: Date },
): Promise<RateDecision> {
  await sql`select pg_advisory_xact_lock(hashtext(${`participation:${post.citizenId}`}))`.execute(tx);
  const since = new Date(post.now.getTime() - ACCOUNT_DAILY.windowMs);
  const mine = await tx
    .selectFrom("participation_posts")
    .select("at")
    .where("citizen_id", "=", post.citizenId)
    .where("at", ">", since)
    .execute();
  const mineAt = mine.map((r) => new Date(r.at));
  const decisions = [
    rateDecision(mineAt, post.now, ACCOUNT_BURST),
    rateDecision(mineAt, post.now, ACCOUNT_DAILY),
  ];
  if (post.ipHash !== null) {
    const fromAddress = await tx
      .selectFrom("participation_posts")
      .select("at")
      .where("ip_hash", "=", post.ipHash)
      .where("at", ">", new Date(post.now.getTime() - ADDRESS_BURST.windowMs))
      .execute();
    decisions.push(
      rateDecision(
        fromAddress.map((r) => new Date(r.at)),
        post.now,
        ADDRESS_BURST,
      ),
    );
  }
  const decision = combineDecisions(decisions);
  if (decision.allowed) {
    await tx
      .insertInto("participation_posts")
      .values({ kind: post.kind, citizen_id: post.citizenId, ip_hash: post.ipHash, at: post.now })
      .execute();
  }
  return decision;
}

/** The province-wide banned words found in the texts (whole words, without diacritics), each once. */
export async function flaggedWords(db: Executor, ...texts: string[]): Promise<string[]> {
  const banned = await provinceBannedWords(db);
  if (banned.length === 0) return [];
  return findBannedWords(texts.join("\n"), banned);
}

/** What the public sees of an author: the name only with consent. */
export function publicAuthorName(name: string, showName: boolean, lang: "vi" | "en"): string {
  if (showName && name.trim() !== "") return name;
  return lang === "en" ? "Name withheld" : "Giấu tên";
}
