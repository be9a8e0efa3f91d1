/** Demo participation data (issue 7 item 8). Owned by the seed helper. */
import type { Services } from "../../../platform/services.js";

export async function seedDemoParticipation(_services: Services): Promise<void> {}
