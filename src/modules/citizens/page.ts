import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import { notFound } from "../../platform/http/errors.js";
import type { PublicShell } from "../../platform/ui/public-layout.js";
import { renderDocument } from "../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit } from "../orgs/index.js";

/** The main portal's frame for the account pages (Vietnamese; the English site links here too). */
export async function mainShell(request: FastifyRequest): Promise<PublicShell> {
  const found = await loadSiteWithUnit(request.server.services.db, "");
  if (!found) throw notFound();
  return buildShell(request, found.site, found.unit, { altLangHref: "/en" });
}

/** Account pages are personal: never cached, by the page cache or by anyone on the way. */
export function sendCitizenPage(reply: FastifyReply, page: JSX.Element, status = 200): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(renderDocument(page));
}

export function bodyField(body: unknown, name: string, max = 1000): string {
  if (!body || typeof body !== "object") return "";
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value.slice(0, max) : "";
}
