import type { FastifyInstance } from "fastify";
import { pingDatabase } from "../db/connection.js";

/** /healthz (the process answers), /readyz (it can reach its database), /metrics (Prometheus). */
export async function observabilityRoutes(app: FastifyInstance): Promise<void> {
  const { metrics, dbh } = app.services;

  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get("/healthz", async (_request, reply) => {
    reply.header("cache-control", "no-store");
    return { status: "ok" };
  });

  app.get("/readyz", async (_request, reply) => {
    reply.header("cache-control", "no-store");
    const database = await pingDatabase(dbh.db);
    reply.code(database ? 200 : 503);
    return {
      status: database ? "ready" : "unavailable",
      checks: { database: database ? "ok" : "down", kind: dbh.kind },
    };
  });

  app.get("/metrics", async (_request, reply) => {
    reply.header("cache-control", "no-store").type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}

// The onResponse hook above must see every request of the app, not only this plugin's three routes: register the
// plugin in its parent's scope (what fastify-plugin does) instead of an encapsulated child context.
Object.assign(observabilityRoutes, { [Symbol.for("skip-override")]: true });
