import type { FastifyRequest } from "fastify";

/** The signed-in citizen or business, as pages and forms need them (loaded once per request by the citizen plugin). */
export interface CitizenPrincipal {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  idNumber: string | null;
  /** "yyyy-mm-dd". */
  birthDate: string | null;
  gender: "male" | "female" | "other" | null;
  address: string | null;
  businessName: string | null;
  taxCode: string | null;
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
