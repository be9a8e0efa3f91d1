import type { FastifyRequest } from "fastify";
import type { Db } from "../../platform/db/connection.js";
import type { HtmlErrorRenderer } from "../../platform/http/error-handler.js";
import { parsePrefs } from "../../platform/ui/prefs.js";
import type { PublicShell } from "../../platform/ui/public-layout.js";
import { renderDocument } from "../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit, siteSlugFromPath } from "./shell.js";
import { ErrorPage } from "./views/error-page.js";

/** Error pages inside the frame of the site the visitor was on; a bare frame if even that cannot be loaded. */
export function publicErrorRenderer(db: Db): HtmlErrorRenderer {
  return async (request: FastifyRequest, _status, title, message) => {
    let shell: PublicShell;
    try {
      const path = request.url.split("?")[0] ?? "/";
      const found =
        (await loadSiteWithUnit(db, request.lang === "en" ? "en" : siteSlugFromPath(path))) ??
        (await loadSiteWithUnit(db, ""));
      if (!found) throw new Error("no main site");
      shell = buildShell(request, found.site, found.unit);
      if (request.lang === "en" && found.site.lang !== "en") shell = { ...shell, lang: "en" };
    } catch {
      shell = {
        lang: request.lang ?? "vi",
        siteName: "Cổng số",
        siteHref: "/",
        orgLine: "",
        menu: [],
        contact: { unitName: "Cổng số" },
        altLangHref: request.lang === "en" ? "/" : "/en",
        prefs: request.prefs ?? parsePrefs(undefined),
        currentPath: "/",
      };
    }
    return renderDocument(<ErrorPage shell={shell} title={title} message={message} />);
  };
}
