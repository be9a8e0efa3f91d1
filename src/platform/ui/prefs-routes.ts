import type { FastifyInstance } from "fastify";
import { PREFS_COOKIE, safeReturnPath, serializePrefs } from "./prefs.js";

/** The font-size and contrast switches: plain links, so they work without JavaScript. */
export async function displayPrefsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Record<string, string | undefined> }>("/hien-thi", async (request, reply) => {
    const q = request.query;
    const prefs = { ...request.prefs };
    if (q.co_chu === "normal" || q.co_chu === "large" || q.co_chu === "larger") prefs.fontSize = q.co_chu;
    if (q.tuong_phan === "1" || q.tuong_phan === "0") prefs.contrast = q.tuong_phan === "1";
    reply.setCookie(PREFS_COOKIE, serializePrefs(prefs), {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
      secure: app.services.config.secureCookies,
    });
    return reply.redirect(safeReturnPath(q.next), 303);
  });
}
