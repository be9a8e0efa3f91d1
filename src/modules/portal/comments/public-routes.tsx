import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { t } from "../../../platform/i18n/index.js";
import { findBannedWords } from "../../../platform/moderation/banned-words.js";
import { COMMENT_RATE, rateDecision } from "../../../platform/moderation/rate-limit.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { contentHref } from "../public/domain/paths.js";
import { type CommentFormValues, FIELD, formValues, parseComment } from "./domain/comment-input.js";
import { checkFormToken, ipHash, issueFormToken } from "./domain/form-token.js";
import {
  bannedWordsFor,
  type CommentTarget,
  commentTarget,
  formSecret,
  insertComment,
  lockAndListRecent,
} from "./store.js";
import { CommentPage } from "./views/comment-page.js";
import { COMMENTS_ANCHOR, SENT_PARAM, SENT_VALUE } from "./views/public-comments.js";

/**
 * POST /binh-luan/:id — a reader's comment on a live article. Exempt from the session CSRF check (the form sits on
 * a cached page shared by all readers) and protected instead by a signed, timed form token and a honeypot field.
 * Accepted comments wait for moderation; the reader is sent back to the article with a notice (303). Bad input gets
 * the form back (422), a sender over the limit a 429 page, both with the text kept.
 */
export async function commentPublicRoutes(app: FastifyInstance): Promise<void> {
  const db = app.services.db;
  // Read the signing key at boot, not on a reader's first request (and not once per article page).
  app.addHook("onReady", async () => {
    await formSecret(db);
  });

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    target: CommentTarget,
    values: CommentFormValues,
    status: 422 | 429,
    extra: { errors?: Record<string, string>; tooMany?: { max: number; minutes: number; retry: number } },
  ) {
    const found = await loadSiteWithUnit(db, target.siteSlug);
    if (!found) throw notFound();
    const secret = await formSecret(db);
    const html = renderDocument(
      <CommentPage
        shell={buildShell(request, found.site, found.unit)}
        lang={target.siteLang}
        contentId={target.id}
        title={target.title}
        articleHref={contentHref({ slug: target.siteSlug, lang: target.siteLang }, target)}
        token={issueFormToken(secret, target.id, Date.now())}
        values={values}
        errors={extra.errors}
        tooMany={extra.tooMany}
      />,
    );
    return reply.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(html);
  }

  app.post<{ Params: { id: string } }>(
    "/binh-luan/:id",
    // The per-sender limit on comments is counted in the database (below); this coarser guard, shared through Redis
    // when configured, stops floods of refused posts, which that count never sees.
    { config: { csrf: false, rateLimit: { max: 30, timeWindow: "10 minutes" } } },
    async (request, reply) => {
      const id = request.params.id.toLowerCase();
      if (!UUID_PATTERN.test(id)) throw notFound();
      const target = await commentTarget(db, id);
      if (!target) throw notFound();
      const lang = target.siteLang;
      const body = (request.body && typeof request.body === "object" ? request.body : {}) as Record<
        string,
        unknown
      >;
      const sentHref = `${contentHref({ slug: target.siteSlug, lang }, target)}?${SENT_PARAM}=${SENT_VALUE}#${COMMENTS_ANCHOR}`;
      if (!target.open) throw new AppError(403, "comments_closed", "portalComments.notAllowed");

      // A bot that filled the invisible field is told what a person would be, and nothing is stored.
      const trap = body[FIELD.trap];
      if (typeof trap === "string" && trap.trim() !== "") return reply.redirect(sentHref, 303);

      const secret = await formSecret(db);
      const now = new Date();
      const token = checkFormToken(secret, body[FIELD.token], target.id, now.getTime());
      if (token !== "ok") {
        const key = token === "tooFast" ? "tooFast" : token === "expired" ? "tokenExpired" : "tokenInvalid";
        return sendForm(request, reply, target, formValues(body), 422, {
          errors: { [FIELD.body]: t(lang, `portalComments.error.${key}`) },
        });
      }
      const parsed = parseComment(body, lang);
      if (!parsed.ok) return sendForm(request, reply, target, parsed.values, 422, { errors: parsed.errors });

      const sender = ipHash(secret, request.ip);
      const outcome = await inTransaction(db, async (tx) => {
        const earlier = await lockAndListRecent(tx, sender, new Date(now.getTime() - COMMENT_RATE.windowMs));
        const decision = rateDecision(earlier, now);
        if (!decision.allowed) return decision;
        const banned = await bannedWordsFor(tx, target.siteId);
        const { name, email, body: text } = parsed.value;
        await insertComment(tx, {
          siteId: target.siteId,
          contentId: target.id,
          name,
          email,
          body: text,
          flaggedWords: findBannedWords(`${name}\n${text}`, banned),
          ipHash: sender,
        });
        return decision;
      });
      if (!outcome.allowed) {
        reply.header("retry-after", String(outcome.retryAfterSeconds));
        return sendForm(request, reply, target, formValues(body), 429, {
          tooMany: {
            max: COMMENT_RATE.max,
            minutes: COMMENT_RATE.windowMs / 60_000,
            retry: Math.ceil(outcome.retryAfterSeconds / 60),
          },
        });
      }
      return reply.redirect(sentHref, 303);
    },
  );
}
