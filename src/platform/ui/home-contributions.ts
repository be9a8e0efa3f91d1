import type { FastifyRequest } from "fastify";
import type { JSX } from "preact";
import type { Lang } from "../i18n/index.js";

/** The site whose home page is being rendered, as contributions need it. */
export interface HomeSite {
  id: string;
  /** The unit that owns the site (a component site lists its unit's documents). */
  unitId: string;
  slug: string;
  kind: "main" | "english" | "component";
  lang: Lang;
}

/**
 * Renders a module's part of a site's home page (news, announcements, documents …), or null when it has nothing to
 * show. Takes the database from `request.server.services`, so nothing is captured at registration.
 */
export type HomeContribution = (request: FastifyRequest, site: HomeSite) => Promise<JSX.Element | null>;

interface Entry {
  order: number;
  render: HomeContribution;
}

/**
 * The home pages belong to the orgs module, their content to others (the portal's home sections). Modules register a
 * renderer here and orgs renders what is registered, so orgs depends on no content module. Keyed by name: a test
 * app that registers its plugins again replaces the entry instead of adding a second one.
 */
const contributions = new Map<string, Entry>();

export function registerHomeContribution(name: string, order: number, render: HomeContribution): void {
  contributions.set(name, { order, render });
}

/**
 * Every registered contribution for this site, in order. A contribution that fails is logged and left out: the home
 * page still shows the site's own information.
 */
export async function renderHomeContributions(
  request: FastifyRequest,
  site: HomeSite,
): Promise<JSX.Element[]> {
  const entries = [...contributions.entries()].sort((a, b) => a[1].order - b[1].order);
  const rendered = await Promise.all(
    entries.map(async ([name, entry]) => {
      try {
        return await entry.render(request, site);
      } catch (err) {
        request.log.error({ err, contribution: name }, "home page contribution failed");
        return null;
      }
    }),
  );
  return rendered.filter((el): el is JSX.Element => el !== null);
}
