import type { Config } from "../../../../config.js";
import { SERVICES_PATHS } from "../../paths.js";
import { createHttpGateway, type PaymentGateway } from "./http-gateway.js";

/** The gateway the configuration names (the bank, or the sandbox bank served by this app), with our return URLs. */
export function gatewayFromConfig(config: Config, opts: { fetch?: typeof fetch } = {}): PaymentGateway {
  const base = config.publicUrl.replace(/\/+$/, "");
  return createHttpGateway({
    name: config.payment.mode,
    gatewayUrl: config.payment.gatewayUrl,
    merchantId: config.payment.merchantId,
    secret: config.payment.secret,
    returnUrl: `${base}${SERVICES_PATHS.paymentReturn}`,
    callbackUrl: `${base}${SERVICES_PATHS.paymentCallback}`,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}
