import type { Db } from "../../../platform/db/connection.js";
import "./tables.js";

/**
 * The demo province's own words: its places, peoples and the terms its articles use that the Vietnamese dictionary
 * does not list. With these, the demo articles raise no spelling warning (see spellcheck.demo.test.ts).
 */
export const DEMO_PROVINCE_WORDS = [
  "Quảng Ngãi",
  "Dung Quất",
  "Lý Sơn",
  "Sa Huỳnh",
  "Mỹ Khê",
  "Ba Tơ",
  "Sơn Tây",
  "Trà Bồng",
  "Hrê",
  "Cor",
  "Ca Dong",
  "Xơ Đăng",
  "Doosan",
  "Singapore",
  "Ô-xtrây-li-a",
  "logistics",
];

/** Adds the demo words (idempotent; fast: one statement). */
export async function seedSpellcheckWords(db: Db): Promise<void> {
  await db
    .insertInto("spellcheck_words")
    .values(DEMO_PROVINCE_WORDS.map((word) => ({ word })))
    .onConflict((oc) => oc.column("word").doNothing())
    .execute();
}
