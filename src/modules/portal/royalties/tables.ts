import type { ColumnType, Generated, Selectable } from "kysely";
import type { ContentKind } from "../tables.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A royalty class of the rate table ("khung nhuận bút"): a genre with the range of points an approver may give. */
export interface RoyaltyClassTable {
  /** Stable key ("TIN", "BAI-VIET"); assessments keep it, so it is never renamed. */
  code: string;
  name: string;
  min_points: number;
  max_points: number;
  /** Content kinds for which the assessment form proposes this class first. */
  suggest_for: ColumnType<ContentKind[], ContentKind[] | undefined, ContentKind[]>;
  sort_order: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The value of one point from a date on; rows are never edited, a new decision adds a row (history). */
export interface RoyaltyPointValueTable {
  id: string;
  effective_from: string;
  value_vnd: number;
  /** The province's decision this value comes from, as printed ("Quyết định số …/QĐ-UBND ngày …"). */
  province_decision: string;
  created_by: string | null;
  created_at: Timestamp;
}

/** The current assessment of one published item; a re-assessment replaces it (the audit log keeps the old one). */
export interface RoyaltyAssessmentTable {
  content_id: string;
  site_id: string;
  class_code: string;
  /** The class name when assessed, so a later renaming does not rewrite past sheets. */
  class_name: string;
  points: number;
  beneficiary: string;
  /** The point value in force on the publication day when assessed (null: none was set yet). */
  point_value_vnd: number | null;
  assessed_by: string | null;
  assessed_by_name: string | null;
  assessed_at: Timestamp;
  revision: Generated<number>;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    royalty_classes: RoyaltyClassTable;
    royalty_point_values: RoyaltyPointValueTable;
    royalty_assessments: RoyaltyAssessmentTable;
  }
}

export type RoyaltyClass = Selectable<RoyaltyClassTable>;
export type RoyaltyPointValue = Selectable<RoyaltyPointValueTable>;
export type RoyaltyAssessment = Selectable<RoyaltyAssessmentTable>;
