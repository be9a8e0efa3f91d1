import type { Services } from "./platform/services.js";

// STUB — to be replaced: first-start seeding (SEED=demo on an empty database), the system admin account with
// ADMIN_PASSWORD or a random password printed once, and registration of every module's job handlers.
export async function firstStart(_services: Services, _opts: { quiet?: boolean } = {}): Promise<void> {}
export async function runSeed(_services: Services, _opts: { scale: number | undefined }): Promise<void> {}
export function registerJobHandlers(_services: Services): void {}
