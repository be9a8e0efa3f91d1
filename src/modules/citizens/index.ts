import type { FastifyInstance } from "fastify";
import "./tables.js";
import "./principal.js";
import { citizenRoutes } from "./routes.js";

export { citizenMigrations } from "./migrations.js";
export { bodyField, mainShell, sendCitizenPage } from "./page.js";
export { type CitizenPrincipal, citizenOf } from "./principal.js";
export { DEMO_CITIZEN_COUNT, demoCitizenId } from "./seed.js";
export { CitizenLayout } from "./views/citizen-layout.js";

/** Citizen and business accounts: one-time-code and OpenID Connect sign-in, profile (SPEC §1, "Auth"). */
export async function citizensModule(app: FastifyInstance): Promise<void> {
  await citizenRoutes(app);
}
// The citizen session hook must see every route (public pages show who is signed in), like the staff auth plugin.
Object.assign(citizensModule, { [Symbol.for("skip-override")]: true });
