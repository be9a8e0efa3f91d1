import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";
import { DEFAULT_CRITERIA } from "./domain/criteria-data.js";

/** The compliance checker's rules and each site's mapping of items to categories/pages (SPEC §A3, §G2). */
export const complianceMigrations: MigrationSet = {
  "6001_compliance": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table compliance_criteria (
          key text primary key,
          name text not null,
          basis text not null,
          applies_to text[] not null,
          detection text not null check (detection in ('content','legal_register')),
          min_items integer not null check (min_items >= 1),
          freshness_days integer check (freshness_days is null or freshness_days >= 1),
          weight integer not null check (weight >= 1),
          sort_order integer not null,
          active boolean not null default true,
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table compliance_mappings (
          id uuid primary key,
          site_id uuid not null references sites(id) on delete cascade,
          criterion_key text not null references compliance_criteria(key) on delete cascade,
          category_id uuid references categories(id) on delete cascade,
          content_id uuid references content_items(id) on delete cascade,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          check ((category_id is null) <> (content_id is null))
        )`.execute(db);
      await sql`
        create unique index compliance_mappings_category_key
        on compliance_mappings (site_id, criterion_key, category_id) where category_id is not null`.execute(
        db,
      );
      await sql`
        create unique index compliance_mappings_content_key
        on compliance_mappings (site_id, criterion_key, content_id) where content_id is not null`.execute(db);
    },
  },
  "6002_compliance_criteria_seed": {
    async up(db: Kysely<unknown>) {
      for (const [i, c] of DEFAULT_CRITERIA.entries()) {
        await sql`
          insert into compliance_criteria
            (key, name, basis, applies_to, detection, min_items, freshness_days, weight, sort_order)
          values (${c.key}, ${c.name}, ${c.basis}, ${[...c.appliesTo]}::text[], ${c.detection}, ${c.minItems},
            ${c.freshnessDays}, ${c.weight}, ${(i + 1) * 10})
          on conflict (key) do nothing`.execute(db);
      }
    },
  },
};
