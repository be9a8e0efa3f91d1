import type { FastifyRequest } from "fastify";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { governanceCompliance } from "../../../platform/i18n/catalogues/governance-compliance.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { can, holdsAnyRole, sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";

registerCatalogue(governanceCompliance);

/** The checker's pages are in Vietnamese, like the rest of the admin. */
export const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

const SITE_ROLES: readonly Role[] = ["site_admin", "approver", "editor"];
export const COMPLIANCE_ROLES: readonly Role[] = ["system_admin", "inspector", ...SITE_ROLES];
/** The province-wide views: the system administrator and the inspectors (SPEC §F2). */
export const PROVINCE_ROLES: readonly Role[] = ["system_admin", "inspector"];

/** Sites whose score this person may see: every site for inspectors, otherwise the sites they work on. */
export function visibleSites(request: FastifyRequest): "all" | string[] {
  const staff = request.staff;
  if (!staff) return [];
  if (holdsAnyRole(staff, PROVINCE_ROLES)) return "all";
  return sitesFor(staff, SITE_ROLES);
}

export function canSee(request: FastifyRequest, siteId: string): boolean {
  const sites = visibleSites(request);
  return sites === "all" || sites.includes(siteId);
}

/** Choosing where items go is the site administrator's job (SPEC §0). */
export function canMap(request: FastifyRequest, siteId: string): boolean {
  return can(request.staff, "site_admin", { siteId });
}

export function isSystemAdmin(request: FastifyRequest): boolean {
  return request.staff?.grants.some((g) => g.role === "system_admin") ?? false;
}

export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID_PATTERN.test(v);
