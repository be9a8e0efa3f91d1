import { sql } from "kysely";
import "../../platform/db/platform-tables.js";
import type { Executor } from "../../platform/db/transaction.js";
import { viCollator } from "../../platform/i18n/index.js";
import type { Role } from "../../platform/rbac/roles.js";
import "./tables.js";

export const STAFF_PAGE_SIZE = 50;

export interface StaffListFilters {
  q?: string | undefined;
  unitId?: string | undefined;
  role?: Role | undefined;
  page: number;
}

export interface StaffListRow {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  unit_name: string | null;
  active: boolean;
  last_login_at: Date | null;
  roles: string[];
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of staff accounts. Names are sorted with the Vietnamese collator in the app (PGlite has no ICU
 * collation for vi), so the query fetches every matching id and name, then the page's details: three queries
 * whatever the number of accounts.
 */
export async function listStaff(
  db: Executor,
  filters: StaffListFilters,
): Promise<{ total: number; page: number; pages: number; rows: StaffListRow[] }> {
  let q = db
    .selectFrom("staff_users")
    .select(["staff_users.id", "staff_users.full_name", "staff_users.username"]);
  // Every word typed must appear, in any order and without diacritics: "truong anh" finds "Trương Thị Ánh".
  const words = (filters.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    const pattern = `%${likeEscape(word)}%`;
    q = q.where(
      sql<boolean>`f_search_key(staff_users.full_name || ' ' || staff_users.username || ' ' || coalesce(staff_users.email, '')) like f_search_key(${pattern})`,
    );
  }
  if (filters.unitId) q = q.where("staff_users.unit_id", "=", filters.unitId);
  if (filters.role) {
    const role = filters.role;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("role_grants")
          .select("role_grants.id")
          .whereRef("role_grants.user_id", "=", "staff_users.id")
          .where("role_grants.role", "=", role),
      ),
    );
  }
  const all = await q.execute();
  all.sort((a, b) => viCollator.compare(a.full_name, b.full_name) || a.username.localeCompare(b.username));
  const total = all.length;
  const pages = Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  const ids = all.slice((page - 1) * STAFF_PAGE_SIZE, page * STAFF_PAGE_SIZE).map((r) => r.id);
  if (ids.length === 0) return { total, page, pages, rows: [] };

  const details = await db
    .selectFrom("staff_users")
    .leftJoin("units", "units.id", "staff_users.unit_id")
    .select([
      "staff_users.id",
      "staff_users.username",
      "staff_users.full_name",
      "staff_users.email",
      "staff_users.active",
      "staff_users.last_login_at",
      "units.name_vi as unit_name",
    ])
    .where("staff_users.id", "in", ids)
    .execute();
  const grants = await db
    .selectFrom("role_grants")
    .select(["user_id", "role"])
    .where("user_id", "in", ids)
    .execute();
  const rolesOf = new Map<string, Set<string>>();
  for (const g of grants) {
    const set = rolesOf.get(g.user_id) ?? new Set<string>();
    set.add(g.role);
    rolesOf.set(g.user_id, set);
  }
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows: StaffListRow[] = [];
  for (const id of ids) {
    const d = byId.get(id);
    if (d) rows.push({ ...d, roles: [...(rolesOf.get(id) ?? [])] });
  }
  return { total, page, pages, rows };
}

export async function getStaff(db: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom("staff_users")
    .select([
      "id",
      "username",
      "full_name",
      "email",
      "phone",
      "unit_id",
      "position",
      "active",
      "must_change_password",
      "totp_enabled_at",
      "locked_until",
      "last_login_at",
      "created_at",
      "updated_at",
    ])
    .where("id", "=", id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type StaffRow = NonNullable<Awaited<ReturnType<typeof getStaff>>>;

export interface StaffGrantRow {
  id: string;
  role: string;
  unit_id: string | null;
  site_id: string | null;
  unit_name: string | null;
  site_name: string | null;
}

export async function listGrants(db: Executor, userId: string): Promise<StaffGrantRow[]> {
  const rows = await db
    .selectFrom("role_grants")
    .leftJoin("units", "units.id", "role_grants.unit_id")
    .leftJoin("sites", "sites.id", "role_grants.site_id")
    .select([
      "role_grants.id",
      "role_grants.role",
      "role_grants.unit_id",
      "role_grants.site_id",
      "units.name_vi as unit_name",
      "sites.name_vi as site_name",
    ])
    .where("role_grants.user_id", "=", userId)
    .orderBy("role_grants.created_at")
    .execute();
  return rows;
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const row = await db
    .selectFrom("staff_users")
    .select("id")
    .where(sql<string>`lower(username)`, "=", username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export interface StaffColumns {
  full_name: string;
  email: string | null;
  phone: string | null;
  unit_id: string | null;
  position: string | null;
}

export async function insertStaff(
  db: Executor,
  values: StaffColumns & { id: string; username: string; password_hash: string },
): Promise<void> {
  await db
    .insertInto("staff_users")
    .values({ ...values, must_change_password: true, recovery_codes: JSON.stringify([]) })
    .execute();
}

export async function updateStaff(
  db: Executor,
  id: string,
  values: Partial<StaffColumns> & { active?: boolean },
) {
  await db
    .updateTable("staff_users")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

/** Active accounts holding system_admin, other than `exceptUserId`, so the last one cannot be removed. */
export async function otherActiveSystemAdmins(db: Executor, exceptUserId: string): Promise<number> {
  const row = await db
    .selectFrom("role_grants")
    .innerJoin("staff_users", "staff_users.id", "role_grants.user_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role_grants.role", "=", "system_admin")
    .where("staff_users.active", "=", true)
    .where("staff_users.id", "<>", exceptUserId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function grantExists(
  db: Executor,
  userId: string,
  grant: { role: Role; unitId: string | null; siteId: string | null },
): Promise<boolean> {
  let q = db
    .selectFrom("role_grants")
    .select("id")
    .where("user_id", "=", userId)
    .where("role", "=", grant.role);
  q = grant.unitId === null ? q.where("unit_id", "is", null) : q.where("unit_id", "=", grant.unitId);
  q = grant.siteId === null ? q.where("site_id", "is", null) : q.where("site_id", "=", grant.siteId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertGrant(
  db: Executor,
  values: { id: string; user_id: string; role: Role; unit_id: string | null; site_id: string | null },
): Promise<void> {
  await db.insertInto("role_grants").values(values).execute();
}

export async function getGrant(db: Executor, userId: string, grantId: string) {
  return db
    .selectFrom("role_grants")
    .select(["id", "role", "unit_id", "site_id"])
    .where("id", "=", grantId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function deleteGrant(db: Executor, grantId: string): Promise<void> {
  await db.deleteFrom("role_grants").where("id", "=", grantId).execute();
}

export interface Option {
  value: string;
  label: string;
}

/** Units a person can be placed in or granted a role over (active ones, by Vietnamese name). */
export async function unitOptions(db: Executor): Promise<Option[]> {
  const rows = await db.selectFrom("units").select(["id", "name_vi"]).where("active", "=", true).execute();
  return rows
    .sort((a, b) => viCollator.compare(a.name_vi, b.name_vi))
    .map((r) => ({ value: r.id, label: r.name_vi }));
}

export async function siteOptions(db: Executor): Promise<Option[]> {
  const rows = await db
    .selectFrom("sites")
    .select(["id", "name_vi", "slug"])
    .where("active", "=", true)
    .execute();
  return rows
    .sort((a, b) => (a.slug === "" ? -1 : b.slug === "" ? 1 : viCollator.compare(a.name_vi, b.name_vi)))
    .map((r) => ({ value: r.id, label: r.slug === "" ? r.name_vi : `${r.name_vi} (/${r.slug})` }));
}

export async function unitExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom("units").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

export async function siteExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom("sites").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** The sites a person may work on: all active ones, or those with the given ids. */
export async function sitesByIds(db: Executor, ids: "all" | string[]) {
  if (ids !== "all" && ids.length === 0) return [];
  let q = db.selectFrom("sites").select(["id", "name_vi", "slug"]).where("active", "=", true);
  if (ids !== "all") q = q.where("id", "in", ids);
  const rows = await q.execute();
  return rows.sort((a, b) =>
    a.slug === "" ? -1 : b.slug === "" ? 1 : viCollator.compare(a.name_vi, b.name_vi),
  );
}
