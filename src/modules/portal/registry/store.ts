import { sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import type { LicenceInput } from "./domain/licence-input.js";
import { type LicenceState, licenceState } from "./domain/licence-state.js";
import "./tables.js";
import type { SiteLicence } from "./tables.js";

export interface SiteLicenceStatus {
  siteId: string;
  siteName: string;
  licenceNumber: string | null;
  /** yyyy-mm-dd */
  expiresOn: string | null;
  state: LicenceState;
  daysLeft: number | null;
}

export interface RegistryRow extends SiteLicenceStatus {
  contactName: string | null;
  contactEmail: string | null;
  domains: string[];
}

async function registryRows(
  db: Executor,
  siteIds: "all" | readonly string[],
  today: string,
): Promise<RegistryRow[]> {
  if (siteIds !== "all" && siteIds.length === 0) return [];
  const filter = siteIds === "all" ? sql`true` : sql`s.id = any(${[...siteIds]}::uuid[])`;
  const result = await sql<{
    id: string;
    name_vi: string;
    licence_number: string | null;
    expires_on: string | null;
    contact_name: string | null;
    contact_email: string | null;
    domains: string[] | null;
  }>`
    select s.id, s.name_vi, l.licence_number, to_char(l.expires_on, 'YYYY-MM-DD') as expires_on,
      l.contact_name, l.contact_email, l.domains
    from sites s
    left join site_licences l on l.site_id = s.id
    where s.active and ${filter}
    order by case s.kind when 'main' then 0 when 'english' then 1 else 2 end, s.sort_order, s.name_vi`.execute(
    db,
  );
  return result.rows.map((r) => ({
    siteId: r.id,
    siteName: r.name_vi,
    licenceNumber: r.licence_number,
    expiresOn: r.expires_on,
    ...licenceState(r.licence_number, r.expires_on, today),
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    domains: r.domains ?? [],
  }));
}

/**
 * Every active site with its licence state on `today` (a Vietnamese day, yyyy-mm-dd), in the registry's order:
 * the province dashboard calls it. One query.
 */
export async function listSiteLicences(db: Executor, today: string): Promise<SiteLicenceStatus[]> {
  const rows = await registryRows(db, "all", today);
  return rows.map(({ siteId, siteName, licenceNumber, expiresOn, state, daysLeft }) => ({
    siteId,
    siteName,
    licenceNumber,
    expiresOn,
    state,
    daysLeft,
  }));
}

/** The registry list for the sites a person may see. */
export function listRegistry(
  db: Executor,
  siteIds: "all" | readonly string[],
  today: string,
): Promise<RegistryRow[]> {
  return registryRows(db, siteIds, today);
}

export interface RegistrySite {
  id: string;
  name_vi: string;
  unit_id: string;
  active: boolean;
}

export function getRegistrySite(db: Executor, siteId: string): Promise<RegistrySite | undefined> {
  return db
    .selectFrom("sites")
    .select(["id", "name_vi", "unit_id", "active"])
    .where("id", "=", siteId)
    .executeTakeFirst();
}

export function getLicence(
  db: Executor,
  siteId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SiteLicence | undefined> {
  let q = db.selectFrom("site_licences").selectAll().where("site_id", "=", siteId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function saveLicence(
  db: Executor,
  siteId: string,
  input: LicenceInput,
  by: string | null,
  now: Date,
): Promise<SiteLicence> {
  const values = { ...input, updated_by: by, updated_at: now };
  return db
    .insertInto("site_licences")
    .values({ site_id: siteId, ...values, created_at: now })
    .onConflict((oc) => oc.column("site_id").doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Marks a reminder as sent; false when it already was (so it goes out exactly once). */
export async function claimReminder(
  db: Executor,
  siteId: string,
  expiresOn: string,
  thresholdDays: number,
  now: Date,
): Promise<boolean> {
  const row = await db
    .insertInto("site_licence_reminders")
    .values({ site_id: siteId, expires_on: expiresOn, threshold_days: thresholdDays, sent_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning("site_id")
    .executeTakeFirst();
  return row !== undefined;
}

/** E-mail addresses of the active site administrators of a site (role granted on that site). */
export async function siteAdminEmails(db: Executor, siteId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("role_grants as g")
    .innerJoin("staff_users as u", "u.id", "g.user_id")
    .select("u.email")
    .where("g.role", "=", "site_admin")
    .where("g.site_id", "=", siteId)
    .where("u.active", "=", true)
    .where("u.email", "is not", null)
    .execute();
  return rows.map((r) => r.email).filter((e): e is string => !!e);
}
