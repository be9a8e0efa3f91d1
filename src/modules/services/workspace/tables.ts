import type { ColumnType } from "kysely";

export interface DossierDeadlineDigestTable {
  staff_id: string;
  /** The Vietnamese day ("yyyy-mm-dd"). */
  day: ColumnType<string, string, string>;
  soon_count: number;
  overdue_count: number;
  sent_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    dossier_deadline_digests: DossierDeadlineDigestTable;
  }
}
