import http from "node:http";
import type { AddressInfo } from "node:net";

/** The few parts of oidc-provider's API used here (the package ships no type declarations). */
interface OidcGrant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}
interface InteractionDetails {
  prompt: { name: string; details: Record<string, unknown> };
  params: Record<string, unknown>;
  session?: { accountId: string };
  grantId?: string;
}
interface OidcProviderInstance {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => unknown;
  interactionDetails(req: http.IncomingMessage, res: http.ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: Record<string, unknown>,
    opts: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): OidcGrant;
    find(id: string): Promise<OidcGrant | undefined>;
  };
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProviderInstance;

async function loadProvider(): Promise<ProviderClass> {
  // A non-literal specifier: TypeScript then asks for no declarations, which the package does not ship.
  const name: string = "oidc-provider";
  const mod = (await import(name)) as { default: ProviderClass };
  return mod.default;
}

/** The person the test provider signs in (the national-ID platform's claims). */
export interface TestOidcUser {
  sub: string;
  name?: string;
  birthdate?: string;
  gender?: string;
  id_number?: string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who is "logged in" at the provider by the next interaction. */
  setUser(user: TestOidcUser): void;
  /**
   * Plays the browser at the provider: follows the authorization URL through the login and consent interactions
   * (keeping the provider's cookies) until it redirects to `redirectPrefix`; returns that URL (code + state).
   */
  authorize(authorizationUrl: string, redirectPrefix: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva/oidc-provider) on a free local port, standing in for the national ID
 * platform. No dev interaction pages: its interaction URL logs the current test user in and grants the requested
 * scopes and claims straight away. PKCE is required, as a real provider should.
 */
export async function startOidcProvider(opts: { redirectUris: string[] }): Promise<TestOidcProvider> {
  let handler: http.RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "congso-test";
  const clientSecret = "congso-test-secret-0123456789abcdef";
  let user: TestOidcUser = { sub: "test-user-1", name: "Nguyễn Văn Test" };

  const configuration: Record<string, unknown> = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    cookies: { keys: ["test-cookie-key-0123456789"] },
    pkce: { required: () => true },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    features: { devInteractions: { enabled: false } },
    claims: {
      openid: ["sub"],
      profile: ["name", "birthdate", "gender", "id_number"],
      email: ["email", "email_verified"],
      phone: ["phone_number", "phone_number_verified"],
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      if (sub !== user.sub) return undefined;
      const claims = { ...user };
      return { accountId: sub, claims: async () => claims };
    },
  };
  const Provider = await loadProvider();
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  handler = (req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      void interact(req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    void callback(req, res);
  };

  async function interact(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === "login") {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const accountId = details.session?.accountId ?? user.sub;
    const grant = details.grantId
      ? ((await provider.Grant.find(details.grantId)) ??
        new provider.Grant({ accountId, clientId: String(details.params.client_id) }))
      : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  return {
    issuer,
    clientId,
    clientSecret,
    setUser(next) {
      user = next;
    },
    async authorize(authorizationUrl, redirectPrefix) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 12; hop++) {
        const res = await fetch(url, {
          redirect: "manual",
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
        });
        for (const line of res.headers.getSetCookie()) {
          const [pair = ""] = line.split(";");
          const eq = pair.indexOf("=");
          if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
        }
        const location = res.headers.get("location");
        await res.arrayBuffer();
        if (res.status < 300 || res.status >= 400 || !location) {
          throw new Error(`The provider answered ${res.status} at ${url.toString()} without a redirect.`);
        }
        url = new URL(location, url);
        if (url.toString().startsWith(redirectPrefix)) return url;
      }
      throw new Error("Too many redirects at the provider.");
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
