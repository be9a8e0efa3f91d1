import type { FastifyInstance } from "fastify";
import { citizens as citizensCatalogue } from "../../platform/i18n/catalogues/citizens.js";
import { registerCatalogue } from "../../platform/i18n/index.js";
import { accountRoutes } from "./account-routes.js";
import { oidcRoutes } from "./oidc-routes.js";
import { otpRoutes } from "./otp-routes.js";
import { installCitizenSessionHook } from "./session.js";

registerCatalogue(citizensCatalogue);

/**
 * Citizen accounts: the session hook (on every route: this plugin is not encapsulated), one-time-code sign-up and
 * sign-in, national-ID (OpenID Connect) sign-in, profile and "my dossiers". CSRF on their POSTs is the app-wide
 * check (double-submit cookie for visitors without a staff session).
 */
export async function citizenRoutes(app: FastifyInstance): Promise<void> {
  installCitizenSessionHook(app);
  await otpRoutes(app);
  await oidcRoutes(app);
  await accountRoutes(app);
}
