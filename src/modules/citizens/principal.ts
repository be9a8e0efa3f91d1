import type { FastifyRequest } from "fastify";
import type { ProfileUpdate } from "./domain/profile.js";

/** The signed-in citizen or business, as pages and forms need them (loaded once per request by the citizen plugin). */
export interface CitizenPrincipal extends ProfileUpdate {
  id: string;
  email: string | null;
  phone: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the citizen session plugin; null for anonymous visitors (and for staff, who have separate accounts). */
    citizen: CitizenPrincipal | null;
  }
}

export function citizenOf(request: FastifyRequest): CitizenPrincipal | null {
  return request.citizen ?? null;
}
