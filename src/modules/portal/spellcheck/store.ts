import { sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import { viCollator } from "../../../platform/i18n/index.js";
import "./tables.js";

/** The province's word list, in Vietnamese alphabetical order. */
export async function listWords(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom("spellcheck_words").select("word").execute();
  return rows.map((r) => r.word).sort(viCollator.compare);
}

/** Makes the list exactly `words`; returns what was added and removed (for the audit row). */
export async function replaceWords(
  tx: Executor,
  words: readonly string[],
  actorId: string | null,
): Promise<{ added: string[]; removed: string[] }> {
  const current = new Set(await listWordsForUpdate(tx));
  const wanted = new Set(words);
  const added = words.filter((w) => !current.has(w));
  const removed = [...current].filter((w) => !wanted.has(w)).sort(viCollator.compare);
  if (removed.length > 0) await tx.deleteFrom("spellcheck_words").where("word", "in", removed).execute();
  if (added.length > 0) {
    await tx
      .insertInto("spellcheck_words")
      .values(added.map((word) => ({ word, created_by: actorId })))
      .onConflict((oc) => oc.column("word").doNothing())
      .execute();
  }
  return { added, removed };
}

/** Locks the list so that two people saving at once do not each compute a diff from the same old list. */
async function listWordsForUpdate(tx: Executor): Promise<string[]> {
  await sql`lock table spellcheck_words in share row exclusive mode`.execute(tx);
  const rows = await tx.selectFrom("spellcheck_words").select("word").execute();
  return rows.map((r) => r.word);
}

/**
 * Title, lead, body and cover caption of some content items (not the English site's), for counting warnings on a
 * list page (one query).
 */
export async function contentTexts(
  db: Executor,
  ids: readonly string[],
): Promise<
  { id: string; title: string; lead: string | null; body_html: string; cover_caption: string | null }[]
> {
  // One statement even for no ids, so a list page runs the same queries whatever it shows.
  return (
    db
      .selectFrom("content_items")
      .select(["id", "title", "lead", "body_html", "cover_caption"])
      .where(sql<boolean>`id = any(${[...ids]}::uuid[])`)
      // The dictionary is Vietnamese: the English site's items are not counted.
      .where(sql<boolean>`site_id not in (select id from sites where kind = 'english')`)
      .execute()
  );
}
