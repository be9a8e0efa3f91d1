import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Postal receipt and return (SPEC §B5) (3450–3499). */
export const postalMigrations: MigrationSet = {
  "3451_dossier_shipments": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table dossier_shipments (
          id uuid primary key,
          dossier_id uuid not null references dossiers(id) on delete cascade,
          -- receipt: the applicant posts the dossier to the centre; return: the centre posts the result back.
          direction text not null check (direction in ('receipt', 'return')),
          recipient_name text not null,
          recipient_phone text not null,
          street text not null,
          commune text not null,
          district text not null,
          province text not null,
          postal_service text not null check (postal_service in ('vnpost', 'viettel_post', 'other')),
          -- Given by the post office at hand-over (VNPost: UPU S10, e.g. EL123456785VN); required from handed_over on.
          tracking_number text,
          status text not null default 'created'
            check (status in ('created', 'handed_over', 'in_transit', 'delivered', 'returned_to_sender')),
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check (status = 'created' or tracking_number is not null)
        )`.execute(db);
      await sql`create index dossier_shipments_dossier_idx on dossier_shipments (dossier_id, created_at)`.execute(
        db,
      );
      await sql`
        create unique index dossier_shipments_tracking_key on dossier_shipments (postal_service, tracking_number)
        where tracking_number is not null`.execute(db);
      await sql`
        create table dossier_shipment_events (
          id bigint generated always as identity primary key,
          shipment_id uuid not null references dossier_shipments(id) on delete cascade,
          status text not null,
          note text,
          staff_id uuid references staff_users(id),
          at timestamptz not null default now()
        )`.execute(db);
      await sql`create index dossier_shipment_events_idx on dossier_shipment_events (shipment_id, id)`.execute(
        db,
      );
    },
  },
};
