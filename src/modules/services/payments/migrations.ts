import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Online payment through the gateway (SPEC §B2; issue 8) (3650–3699). */
export const paymentMigrations: MigrationSet = {
  "3651_payment_orders": {
    async up(db: Kysely<unknown>) {
      // One row per attempt to pay a fee notice at the gateway. order_ref is what the bank sees (alphanumeric).
      await sql`
        create table payment_orders (
          id uuid primary key,
          order_ref text not null unique check (order_ref ~ '^[A-Za-z0-9]{8,34}$'),
          dossier_id uuid not null references dossier_fee_notices(dossier_id) on delete cascade,
          citizen_id uuid references citizens(id),
          amount_vnd bigint not null check (amount_vnd > 0),
          status text not null default 'pending'
            check (status in ('pending', 'paid', 'failed', 'cancelled', 'expired')),
          gateway text not null,
          gateway_txn text,
          response_code text,
          bank_code text,
          -- How we learnt the outcome: the bank's server-to-server callback, the browser's return, or a status query.
          settled_via text check (settled_via in ('callback', 'return', 'query')),
          -- Paid at the bank although the notice was already paid by another order: money to give back.
          refund_due boolean not null default false,
          created_at timestamptz not null default now(),
          expires_at timestamptz not null,
          settled_at timestamptz,
          version integer not null default 0
        )`.execute(db);
      await sql`create index payment_orders_dossier_idx on payment_orders (dossier_id, created_at)`.execute(
        db,
      );
      await sql`create index payment_orders_created_idx on payment_orders (created_at)`.execute(db);
      // Nothing is paid twice on our side: at most one order counts as the payment of a notice.
      await sql`
        create unique index payment_orders_one_paid_idx on payment_orders (dossier_id)
        where status = 'paid' and not refund_due`.execute(db);
    },
  },
  "3652_payment_callbacks": {
    async up(db: Kysely<unknown>) {
      // Every message from (or claiming to be from) the gateway, kept whatever we made of it: forged signatures,
      // replays and amount mismatches are evidence for the reconciliation and for the IT inspector.
      await sql`
        create table payment_callbacks (
          id bigint generated always as identity primary key,
          source text not null check (source in ('callback', 'return', 'query')),
          order_ref text,
          params jsonb not null,
          signature_valid boolean not null,
          outcome text not null,
          ip text,
          received_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index payment_callbacks_order_idx on payment_callbacks (order_ref, received_at)`.execute(
        db,
      );
      await sql`create index payment_callbacks_received_idx on payment_callbacks (received_at)`.execute(db);
    },
  },
  "3653_payment_reconciliations": {
    async up(db: Kysely<unknown>) {
      // The daily comparison of our orders with the gateway's answers (one row per Vietnamese day and run).
      await sql`
        create table payment_reconciliations (
          id uuid primary key,
          day date not null,
          run_at timestamptz not null default now(),
          orders integer not null,
          paid_count integer not null,
          paid_vnd bigint not null,
          mismatches jsonb not null default '[]'::jsonb,
          run_by uuid references staff_users(id)
        )`.execute(db);
      await sql`create index payment_reconciliations_day_idx on payment_reconciliations (day, run_at desc)`.execute(
        db,
      );
    },
  },
};
