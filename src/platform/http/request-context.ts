import type { FastifyRequest } from "fastify";
import type { Lang } from "../i18n/index.js";
import { type DisplayPrefs, PREFS_COOKIE, parsePrefs } from "../ui/prefs.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Language of the response: English on the English site (/en…) and English API requests, else Vietnamese. */
    lang: Lang;
    prefs: DisplayPrefs;
  }
}

export function detectLang(request: FastifyRequest): Lang {
  const path = request.url.split("?")[0] ?? "/";
  if (path === "/en" || path.startsWith("/en/")) return "en";
  if (path.startsWith("/api/")) {
    const accept = String(request.headers["accept-language"] ?? "");
    if (/^en\b/i.test(accept)) return "en";
  }
  return "vi";
}

export function readPrefs(request: FastifyRequest): DisplayPrefs {
  return parsePrefs(request.cookies?.[PREFS_COOKIE]);
}

/** Whether the client wants HTML (a browser) rather than JSON. */
export function wantsHtml(request: FastifyRequest): boolean {
  const path = request.url.split("?")[0] ?? "/";
  if (path.startsWith("/api/")) return false;
  const accept = String(request.headers.accept ?? "");
  if (accept.includes("application/json") && !accept.includes("text/html")) return false;
  return true;
}
