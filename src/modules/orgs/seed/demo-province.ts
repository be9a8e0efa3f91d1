import type { Db } from "../../../platform/db/connection.js";

// STUB — the orgs work replaces it: SPEC "Demo data" units and their sites, deterministic.
export async function seedDemoProvince(_db: Db): Promise<void> {}
