import type { ColumnType } from "kysely";

export interface DossierLookupAttemptTable {
  id: ColumnType<string, never, never>;
  ip_hash: string;
  at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DossierLookupSecretTable {
  id: number;
  secret: string;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    dossier_lookup_attempts: DossierLookupAttemptTable;
    dossier_lookup_secrets: DossierLookupSecretTable;
  }
}
