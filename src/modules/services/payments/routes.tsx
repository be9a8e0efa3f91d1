import type { FastifyInstance } from "fastify";
import { servicesPayments } from "../../../platform/i18n/catalogues/services-payments.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import { gatewayFromConfig } from "./gateway/from-config.js";
import { payRoutes } from "./pay-routes.js";
import { reconciliationRoutes } from "./reconciliation-routes.js";
import { sandboxBankRoutes } from "./sandbox-routes.js";

registerCatalogue(servicesPayments);

/** Online payment: pay, return, callback, sandbox bank, reconciliation (issue 8). */
export async function paymentRoutes(app: FastifyInstance): Promise<void> {
  const gateway = gatewayFromConfig(app.services.config);
  await app.register(payRoutes, { gateway });
  await app.register(reconciliationRoutes, { gateway });
  // The stand-in bank exists only in the demo: with a real gateway (or none) nobody may pay into it.
  if (app.services.config.payment.mode === "sandbox") await app.register(sandboxBankRoutes);
}
