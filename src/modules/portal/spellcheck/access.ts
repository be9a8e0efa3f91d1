import type { Role } from "../../../platform/rbac/roles.js";

/** The word list is the province's, not one site's: system administrators and site administrators keep it. */
export const WORD_ROLES: readonly Role[] = ["system_admin", "site_admin"];
