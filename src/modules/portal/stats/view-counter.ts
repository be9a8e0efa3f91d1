import type { FastifyRequest } from "fastify";

// STUB — being written by P5: buffered page-view counting (bots excluded), flushed in batches to page_views.
/** Counts one human view of a public page of a site (and of a content item when given). Never throws. */
export function countView(_request: FastifyRequest, _siteId: string, _contentId: string | null): void {}
