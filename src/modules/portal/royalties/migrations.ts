import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/**
 * Royalties (SPEC §A10). The classes are reference data every install needs before its first publication, so the
 * migration writes a starting table in the shape of Decree 18/2014/NĐ-CP's genre groups; the province edits the
 * ranges. The value of a point is the province's own decision and is not invented here (the demo seed sets one).
 */
export const royaltyMigrations: MigrationSet = {
  "2201_royalties": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table royalty_classes (
          code text primary key check (code ~ '^[A-Z0-9-]{1,20}$'),
          name text not null,
          min_points integer not null check (min_points >= 1),
          max_points integer not null check (max_points >= min_points and max_points <= 1000),
          suggest_for text[] not null default '{}',
          sort_order integer not null default 0,
          active boolean not null default true,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table royalty_point_values (
          id uuid primary key,
          effective_from date not null unique,
          value_vnd integer not null check (value_vnd > 0),
          province_decision text not null,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table royalty_assessments (
          content_id uuid primary key references content_items(id) on delete cascade,
          site_id uuid not null references sites(id),
          class_code text not null references royalty_classes(code),
          class_name text not null,
          points integer not null check (points >= 1),
          beneficiary text not null,
          point_value_vnd integer,
          assessed_by uuid references staff_users(id),
          assessed_by_name text,
          assessed_at timestamptz not null default now(),
          revision integer not null default 1
        )`.execute(db);
      await sql`create index royalty_assessments_site_idx on royalty_assessments (site_id)`.execute(db);
      await sql`
        insert into royalty_classes (code, name, min_points, max_points, suggest_for, sort_order) values
          ('TIN', 'Tin', 1, 10, '{article,announcement}', 10),
          ('TIN-DICH', 'Tin dịch', 1, 6, '{}', 20),
          ('BAI-VIET', 'Bài viết, ghi chép', 5, 25, '{}', 30),
          ('PHONG-VAN', 'Phỏng vấn, tường thuật', 3, 20, '{}', 40),
          ('ANH', 'Ảnh', 1, 5, '{}', 50),
          ('HOI-DAP', 'Trả lời hỏi đáp', 1, 5, '{}', 60)`.execute(db);
    },
  },
};
