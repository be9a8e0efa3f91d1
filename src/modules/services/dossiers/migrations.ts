import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Submission tables beyond the core (3202–3299). */
export const submissionMigrations: MigrationSet = {
  "3202_dossier_papers": {
    async up(db: Kysely<unknown>) {
      // The paper documents the counter officer ticked as received (the receipt slip lists them).
      await sql`
        create table dossier_papers (
          dossier_id uuid not null references dossiers(id) on delete cascade,
          document_key text not null,
          primary key (dossier_id, document_key)
        )`.execute(db);
    },
  },
};
