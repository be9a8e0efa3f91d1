import type { Executor } from "../../platform/db/transaction.js";
import { slugFromText } from "../../platform/i18n/vietnamese-slug.js";
import "./tables.js";

/**
 * A slug free in `table`: the folded title (or `fallback` when the title folds to nothing), then -2, -3 … One query
 * fetches every slug that could clash, so there is no retry loop; the unique index still guards a concurrent insert.
 */
export async function freeSlug(
  tx: Executor,
  table: "consultations" | "dialogues",
  title: string,
  fallback: string,
): Promise<string> {
  const base = slugFromText(title, 80) || fallback;
  const taken = await tx
    .selectFrom(table)
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
    .execute();
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
