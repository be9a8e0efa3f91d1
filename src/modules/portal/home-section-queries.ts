import type { Executor } from "../../platform/db/transaction.js";
import type { HomeSection } from "./tables.js";

/**
 * The home sections of a site in page order, for the public home and the site admin. `lockForUpdate` holds them for
 * the rest of the transaction: positions are renumbered as a whole.
 */
export async function siteHomeSections(
  db: Executor,
  siteId: string,
  opts: { lockForUpdate?: boolean } = {},
): Promise<HomeSection[]> {
  const query = db
    .selectFrom("home_sections")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("position")
    .orderBy("id");
  return (opts.lockForUpdate ? query.forUpdate() : query).execute();
}
