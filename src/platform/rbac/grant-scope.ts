import { ROLE_SCOPE, type Role } from "./roles.js";

export type GrantScopeResult =
  | { ok: true; unitId: string | null; siteId: string | null }
  | { ok: false; problem: "needSite" | "needUnit" };

/**
 * The scope a grant of `role` is stored with (ROLE_SCOPE): a site for editorial roles, a unit for the others,
 * nothing for system_admin. A scope the role does not use is dropped, so a grant never carries two scopes.
 */
export function grantScopeFor(
  role: Role,
  given: { unitId?: string | null | undefined; siteId?: string | null | undefined },
): GrantScopeResult {
  switch (ROLE_SCOPE[role]) {
    case "global":
      return { ok: true, unitId: null, siteId: null };
    case "site":
      return given.siteId
        ? { ok: true, unitId: null, siteId: given.siteId }
        : { ok: false, problem: "needSite" };
    case "unit":
      return given.unitId
        ? { ok: true, unitId: given.unitId, siteId: null }
        : { ok: false, problem: "needUnit" };
  }
}

/** Vietnamese names of the roles, as the admin pages show them. */
export const ROLE_LABELS_VI: Record<Role, string> = {
  system_admin: "Quản trị hệ thống",
  site_admin: "Quản trị trang",
  editor: "Biên tập viên",
  approver: "Duyệt bài",
  one_stop_officer: "Cán bộ một cửa",
  specialist: "Chuyên viên xử lý",
  leader: "Lãnh đạo",
  clerk: "Văn thư",
  inspector: "Thanh tra/kiểm tra",
};
