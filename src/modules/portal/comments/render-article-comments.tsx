import type { FastifyRequest } from "fastify";
import type { JSX } from "preact";
import type { Executor } from "../../../platform/db/transaction.js";
import { portalComments } from "../../../platform/i18n/catalogues/portal-comments.js";
import { type Lang, registerCatalogue } from "../../../platform/i18n/index.js";
import type { ContentKind } from "../tables.js";
import { issueFormToken } from "./domain/form-token.js";
import { articleComments, formSecret } from "./store.js";
import { CommentsSection, SENT_PARAM, SENT_VALUE } from "./views/public-comments.js";

registerCatalogue(portalComments);

/**
 * The comment section under a public article, rendered into the cached page (one query). Nothing for pages, nor
 * for articles that take no comments and have none to show. The page's "content:<id>" tag is purged when a
 * comment is approved or rejected, so the list follows moderation.
 */
export async function renderArticleComments(
  request: FastifyRequest,
  db: Executor,
  item: { id: string; kind: ContentKind; siteId: string },
  lang: Lang,
): Promise<JSX.Element | null> {
  if (item.kind === "page") return null;
  const [{ open, comments }, secret] = await Promise.all([
    articleComments(db, item.siteId, item.id),
    formSecret(db),
  ]);
  if (!open && comments.length === 0) return null;
  const query = (request.query ?? {}) as Record<string, unknown>;
  return (
    <CommentsSection
      lang={lang}
      contentId={item.id}
      comments={comments}
      open={open}
      token={issueFormToken(secret, item.id, Date.now())}
      sent={query[SENT_PARAM] === SENT_VALUE}
    />
  );
}
