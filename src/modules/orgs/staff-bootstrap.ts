import type { Db } from "../../platform/db/connection.js";

// STUB — the auth work replaces it.
/** Staff of every role for the demo units (deterministic usernames, a documented demo password). */
export async function seedDemoStaff(_db: Db): Promise<void> {}
/** Creates the `admin` system administrator when no system admin exists; prints a random password once if none given. */
export async function ensureSystemAdmin(
  _db: Db,
  _opts: { password: string | undefined; quiet: boolean },
): Promise<void> {}
