/**
 * The typed shape of the whole database. Each table's owner (platform service or module) adds its tables by
 * declaration merging:
 *
 *   declare module "../../platform/db/schema.js" { interface Database { units: UnitTable } }
 *
 * so the one Kysely instance knows every table while each table's definition stays with the code that owns it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging from each owner.
export interface Database {}
