import type { FastifyRequest } from "fastify";
import { CITIZEN_PATHS } from "../services/index.js";

/** The citizen sign-in link that brings the citizen back to `next` afterwards, with the "please sign in" notice. */
export function signInHref(next: string): string {
  return `${CITIZEN_PATHS.signIn}?thong_bao=can-dang-nhap&next=${encodeURIComponent(next)}`;
}

/** A route pattern from a path builder of PARTICIPATION_PATHS (the builders encode, so ":slug" cannot go through). */
export function routePattern(build: (slug: string) => string): string {
  return build("__slug__").replace("__slug__", ":slug");
}

/** The parsed form body; an empty record when there is none, so field reads need no null checks. */
export function formOf(request: FastifyRequest): Record<string, unknown> {
  return (request.body && typeof request.body === "object" ? request.body : {}) as Record<string, unknown>;
}
