import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One mandatory-content item (SPEC §A3) and its detection rule; seeded from domain/criteria-data.ts. */
export interface ComplianceCriterionTable {
  key: string;
  name: string;
  basis: string;
  applies_to: ColumnType<string[], string[], string[]>;
  detection: string;
  min_items: number;
  freshness_days: number | null;
  weight: number;
  sort_order: number;
  active: Generated<boolean>;
  updated_at: Timestamp;
}

/** "Where this item is published on this site": a category or a content item (a page) of the site. */
export interface ComplianceMappingTable {
  id: string;
  site_id: string;
  criterion_key: string;
  category_id: string | null;
  content_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    compliance_criteria: ComplianceCriterionTable;
    compliance_mappings: ComplianceMappingTable;
  }
}
