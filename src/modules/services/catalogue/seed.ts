import type { Db } from "../../../platform/db/connection.js";

/** Demo procedures for every seeded department and district (issue 6 item 11). Implemented by the catalogue part. */
export async function seedDemoProcedures(_db: Db): Promise<void> {}
