import type { IncomingHttpHeaders } from "node:http";

/** What counting a view needs of a request: Fastify's, or Node's own where the page-cache front answers. */
export interface ViewRequest {
  method?: string | undefined;
  headers: IncomingHttpHeaders;
}

/** Counts one view of a public page of a site (and of a content item when given). */
export type ViewSink = (request: ViewRequest, siteId: string, contentId: string | null) => void;

/**
 * The one place public pages report views to, per app (keyed by its services object). The portal's visit counter
 * registers itself here; pages of any module say which site (and item) they show through their cache meta, and both
 * serving paths (sendCachedPublic, the page-cache front) report it, so no module needs the counter's own code.
 */
const sinks = new WeakMap<object, ViewSink>();

export function setViewSink(owner: object, sink: ViewSink | undefined): void {
  if (sink) sinks.set(owner, sink);
  else sinks.delete(owner);
}

/** Reports a view when the page stands for one (meta.siteId); a failing sink never costs the reader the page. */
export function reportView(
  owner: object,
  request: ViewRequest,
  meta: Readonly<Record<string, string | null>> | undefined,
): void {
  const siteId = meta?.siteId;
  if (!siteId) return;
  try {
    sinks.get(owner)?.(request, siteId, meta.contentId ?? null);
  } catch {
    // Counting is best effort by design (see portal/stats/view-counter.ts).
  }
}
