/** Staff roles of SPEC §0. Citizens are not staff and have separate accounts. */
export const ROLES = [
  "system_admin",
  "site_admin",
  "editor",
  "approver",
  "one_stop_officer",
  "specialist",
  "leader",
  "clerk",
  "inspector",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether a role is granted per site (portal editorial work) or per unit (everything else). */
export const ROLE_SCOPE: Record<Role, "global" | "site" | "unit"> = {
  system_admin: "global",
  site_admin: "site",
  editor: "site",
  approver: "site",
  one_stop_officer: "unit",
  specialist: "unit",
  leader: "unit",
  clerk: "unit",
  inspector: "unit",
};
