import type { Services } from "../../../platform/services.js";

/** A deterministic year of dossiers in every state (issue 6 item 11). Implemented by the statistics/demo part. */
export async function seedDemoDossiers(_services: Services): Promise<void> {}
