import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/**
 * Terms of Vietnamese public administration that the Hunspell dictionary lacks, so that a new install does not warn
 * on every official text; the province adds its own names and places at /admin/chinh-ta.
 */
export const STARTING_WORDS = [
  "TTHC",
  "QĐ",
  "NĐ",
  "NQ",
  "CP",
  "TTg",
  "VPCP",
  "BTTTT",
  "HĐND",
  "UBND",
  "UBMTTQ",
  "MTTQ",
  "BCH",
  "BCĐ",
  "BQL",
  "KKT",
  "KCN",
  "CCN",
  "CCHC",
  "CNTT",
  "CSDL",
  "ĐTM",
  "GPMB",
  "KT-XH",
  "NTM",
  "OCOP",
  "ODA",
  "PCI",
  "PAR",
  "SIPAS",
  "PAPI",
  "GRDP",
  "GDP",
  "CPI",
  "FDI",
  "USD",
  "VNĐ",
  "ASEAN",
  "THPT",
  "THCS",
  "BHXH",
  "BHYT",
  "VNeID",
  "Zalo",
  "Internet",
  "website",
  "online",
  "email",
  "km",
  "kg",
  "kWh",
  "MW",
];

export const spellcheckMigrations: MigrationSet = {
  "2301_spellcheck_words": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table spellcheck_words (
          word text primary key check (length(word) between 1 and 100),
          created_by uuid references staff_users(id) on delete set null,
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`insert into spellcheck_words (word) select unnest(${STARTING_WORDS}::text[])`.execute(db);
    },
  },
};
