import type { Executor } from "../../platform/db/transaction.js";
import type { Category } from "./tables.js";

/**
 * Every category of a site (a few dozen at most), in display order: the public tree, breadcrumbs and sub-categories,
 * and the site admin's category pages. `lockForUpdate` holds the rows for the rest of the transaction: moves and
 * reorders read the whole tree and write several rows, so two admins reordering at once must take turns.
 */
export async function siteCategories(
  db: Executor,
  siteId: string,
  opts: { lockForUpdate?: boolean } = {},
): Promise<Category[]> {
  const query = db
    .selectFrom("categories")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("sort_order")
    .orderBy("name");
  return (opts.lockForUpdate ? query.forUpdate() : query).execute();
}
