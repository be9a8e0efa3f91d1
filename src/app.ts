import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { citizensModule } from "./modules/citizens/index.js";
import { governanceModule } from "./modules/governance/index.js";
import { orgsModule, publicErrorRenderer } from "./modules/orgs/index.js";
import { participationModule } from "./modules/participation/index.js";
import { portalModule } from "./modules/portal/index.js";
import { servicesModule } from "./modules/services/index.js";
import { siteReviewPlugin } from "./platform/activity/site-review.js";
import { auditAdminRoutes } from "./platform/audit/routes.js";
import { authPlugin } from "./platform/auth/index.js";
import { calendarAdminRoutes } from "./platform/calendar/routes.js";
import { registerBodyParsers } from "./platform/http/body-parsers.js";
import { handleClientError } from "./platform/http/client-error.js";
import { installErrorHandling } from "./platform/http/error-handler.js";
import { createPageCacheFront } from "./platform/http/page-cache-front.js";
import { detectLang, readPrefs } from "./platform/http/request-context.js";
import { staticSecurityHeaders } from "./platform/http/security-headers.js";
import { reportView } from "./platform/http/view-sink.js";
import { jobsAdminRoutes } from "./platform/jobs/routes.js";
import { observabilityRoutes } from "./platform/observability/routes.js";
import type { Services } from "./platform/services.js";
import { displayPrefsRoutes } from "./platform/ui/prefs-routes.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.join(here, "platform/ui/static");
const fontsDir = path.join(here, "../node_modules/@fontsource/be-vietnam-pro/files");

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Origins the browser is sent to when paying (the gateway, or the sandbox bank at PUBLIC_URL). */
function paymentOrigins(config: Services["config"]): string[] {
  if (config.payment.mode === "off") return [];
  return [new URL(config.payment.gatewayUrl).origin];
}

/** Builds the whole app: platform plugins first, then each module. Does not listen. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const securityHeaders = staticSecurityHeaders({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        // The pay form's answer is a redirect to the payment gateway, which form-action must allow.
        "form-action": ["'self'", ...paymentOrigins(config)],
        "upgrade-insecure-requests": null,
      },
    },
    hsts: config.secureCookies,
  });
  // Pages already in the page cache are answered before Fastify (page-cache-front.ts); misses go on to it.
  const cacheFront = createPageCacheFront({
    cache: services.pageCache,
    securityHeaders,
    onServe: (request, meta) => reportView(services, request, meta),
    onAnswer: (method, status) =>
      services.metrics.httpRequests.inc({ method, route: "page-cache", status: String(status) }),
  });
  const app = Fastify({
    serverFactory: (handler) => {
      const server = http.createServer((request, response) => {
        if (!cacheFront(request, response)) handler(request, response);
      });
      // What Fastify sets on the servers it makes itself.
      server.keepAliveTimeout = 72_000;
      return server;
    },
    logger:
      config.logLevel === "silent"
        ? false
        : { level: config.logLevel, redact: ["req.headers.cookie", "req.headers.authorization"] },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: "requestId" }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 500 },
    clientErrorHandler: handleClientError,
  });
  app.decorate("services", services);
  app.decorateRequest("lang", "vi");
  app.decorateRequest("prefs", null as never);
  app.decorateRequest("staff", null);
  app.decorateRequest("citizen", null);

  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  registerBodyParsers(app);
  // Before any plugin: a child context keeps the error handler its parent had when it was registered.
  installErrorHandling(app, publicErrorRenderer(services.db));
  await app.register(cookie);
  app.addHook("onRequest", async (request, reply) => {
    reply.headers(securityHeaders);
    request.lang = detectLang(request);
    request.prefs = readPrefs(request);
  });
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: "/static/",
    maxAge: "7d",
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    root: fontsDir,
    prefix: "/static/fonts/",
    maxAge: "30d",
    immutable: true,
    decorateReply: false,
  });

  await app.register(observabilityRoutes);
  await app.register(displayPrefsRoutes);
  await app.register(authPlugin);
  await app.register(siteReviewPlugin);
  await app.register(auditAdminRoutes);
  await app.register(jobsAdminRoutes);
  await app.register(calendarAdminRoutes);
  await app.register(orgsModule);
  await app.register(portalModule);
  await app.register(citizensModule);
  await app.register(servicesModule);
  await app.register(participationModule);
  await app.register(governanceModule);

  return app;
}
