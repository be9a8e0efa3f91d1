import { type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../platform/db/schema.js";

/**
 * What readers may see: published, the publish time reached, not expired. Every public query, and every choice of a
 * live article in the site admin, goes through this one condition on `content_items as ci`, so a scheduled or expired
 * item cannot leak through one page and not another. Times are the database's own clock, the one the publishing job
 * uses.
 */
export function isLive(eb: ExpressionBuilder<Database & { ci: Database["content_items"] }, "ci">) {
  return eb.and([
    eb("ci.status", "=", "published"),
    eb("ci.published_at", "<=", sql<Date>`now()`),
    eb.or([eb("ci.expire_at", "is", null), eb("ci.expire_at", ">", sql<Date>`now()`)]),
  ]);
}
