import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

export const orgsMigrations: MigrationSet = {
  "1001_units_sites": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table units (
          id uuid primary key,
          parent_id uuid references units(id),
          kind text not null check (kind in ('province','office','department','district','commune')),
          name_vi text not null,
          name_en text not null,
          short_code text not null,
          identifier_code text,
          address text,
          phone text,
          email text,
          website text,
          leaders jsonb not null default '[]'::jsonb,
          sort_order integer not null default 0,
          active boolean not null default true,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index units_identifier_code_key on units (identifier_code)
        where identifier_code is not null`.execute(db);
      await sql`create index units_parent_idx on units (parent_id)`.execute(db);
      await sql`create index units_search_idx on units using gin
        (f_search_key(name_vi || ' ' || name_en || ' ' || short_code || ' ' || coalesce(identifier_code, '')) gin_trgm_ops)`.execute(
        db,
      );
      await sql`
        create table sites (
          id uuid primary key,
          unit_id uuid not null references units(id),
          kind text not null check (kind in ('main','english','component')),
          slug text not null,
          host text,
          name_vi text not null,
          name_en text not null,
          lang text not null default 'vi' check (lang in ('vi','en')),
          theme jsonb not null default '{}'::jsonb,
          menu jsonb not null default '[]'::jsonb,
          sort_order integer not null default 0,
          active boolean not null default true,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index sites_slug_key on sites (slug)`.execute(db);
      await sql`create unique index sites_host_key on sites (lower(host)) where host is not null`.execute(db);
      await sql`create unique index sites_one_main on sites (kind) where kind in ('main','english')`.execute(
        db,
      );
      await sql`create index sites_unit_idx on sites (unit_id)`.execute(db);
      await sql`alter table staff_users add constraint staff_users_unit_fk foreign key (unit_id) references units(id)`.execute(
        db,
      );
      await sql`alter table role_grants add constraint role_grants_unit_fk foreign key (unit_id) references units(id)`.execute(
        db,
      );
      await sql`alter table role_grants add constraint role_grants_site_fk foreign key (site_id) references sites(id)`.execute(
        db,
      );
    },
  },
  "1002_units_sites_rules": {
    async up(db: Kysely<unknown>) {
      // The tree's shape, also at the database level: one province root, every other unit has a parent.
      await sql`alter table units add constraint units_root_is_province
        check ((kind = 'province') = (parent_id is null))`.execute(db);
      await sql`create unique index units_one_province on units ((true)) where kind = 'province'`.execute(db);
      // The introduction line of a site's home page (both languages).
      await sql`alter table sites add column intro_vi text, add column intro_en text`.execute(db);
    },
  },
};
