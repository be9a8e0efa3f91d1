import * as client from "openid-client";
import type { Config } from "../../config.js";

/** The provider's configuration, discovered once per app and kept; a failed discovery is retried on the next sign-in. */
export function oidcClientFactory(config: Config): () => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | null = null;
  return () => {
    const oidc = config.oidc;
    if (!oidc) return Promise.reject(new Error("OIDC is not configured"));
    if (!pending) {
      const issuer = new URL(oidc.issuer);
      pending = client.discovery(
        issuer,
        oidc.clientId,
        oidc.clientSecret,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        {
          // Plain http only for a provider on this machine (development, tests); a real provider is https.
          execute: issuer.protocol === "http:" ? [client.allowInsecureRequests] : [],
          timeout: 10,
        },
      );
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}

export function oidcRedirectUri(config: Config, callbackPath: string): string {
  return new URL(callbackPath, config.publicUrl).toString();
}
