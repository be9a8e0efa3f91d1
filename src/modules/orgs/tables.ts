import type { ColumnType, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type UnitKind = "province" | "office" | "department" | "district" | "commune";
export type SiteKind = "main" | "english" | "component";

export interface UnitLeader {
  name: string;
  position: string;
  phone?: string | undefined;
  email?: string | undefined;
}

export interface MenuItem {
  label: string;
  href: string;
}

export interface UnitTable {
  id: string;
  parent_id: string | null;
  kind: UnitKind;
  name_vi: string;
  name_en: string;
  short_code: string;
  identifier_code: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  leaders: Json<UnitLeader[]>;
  sort_order: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SiteTable {
  id: string;
  unit_id: string;
  kind: SiteKind;
  /** Path prefix without slashes ("so-xay-dung"); "" is the main portal, "en" the English site. */
  slug: string;
  host: string | null;
  name_vi: string;
  name_en: string;
  /** One line introducing the site on its home page (migration 1002). */
  intro_vi: ColumnType<string | null, string | null | undefined, string | null>;
  intro_en: ColumnType<string | null, string | null | undefined, string | null>;
  lang: "vi" | "en";
  theme: Json<Record<string, string>>;
  menu: Json<MenuItem[]>;
  sort_order: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module "../../platform/db/schema.js" {
  interface Database {
    units: UnitTable;
    sites: SiteTable;
  }
}

export type Unit = Selectable<UnitTable>;
export type Site = Selectable<SiteTable>;
