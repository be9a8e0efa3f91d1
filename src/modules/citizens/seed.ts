import type { Db } from "../../platform/db/connection.js";

/** Demo citizen and business accounts. Implemented by the citizen accounts part. */
export async function seedDemoCitizens(_db: Db): Promise<void> {}
