import type { ColumnType } from "kysely";

/** One entry of the province's own word list: a name, place, acronym or term the dictionary does not know. */
export interface SpellcheckWordTable {
  word: string;
  created_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    spellcheck_words: SpellcheckWordTable;
  }
}
