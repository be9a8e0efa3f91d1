import type { Insertable } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { monthBounds, monthOf, vnDayOf } from "./domain/month.js";
import { pointValueOn } from "./domain/rates.js";
import type { RoyaltyAssessmentTable } from "./tables.js";

/**
 * The demo's point value. The province decision is left for the operator to complete (its date is not invented
 * here); the rate table page is where it is edited.
 */
const DEMO_POINT_VALUE = {
  effective_from: "2025-01-01",
  value_vnd: 120_000,
  province_decision: "Quyết định số 355/QĐ-UBND ngày … của UBND tỉnh Quảng Ngãi",
};

/** Which class an article gets, by a stable hash of its id: mostly news, some features and interviews. */
const ARTICLE_CLASSES = ["TIN", "TIN", "TIN", "BAI-VIET", "PHONG-VAN", "TIN-DICH"] as const;

function stableHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * Demo royalties: a point value and, for the articles and announcements first published in the latest two months of
 * the demo content, an assessment as their approver would have given it (deterministic from the item's id), so the
 * monthly sheet has something to show. A few queries whatever the size.
 */
export async function seedDemoRoyalties(db: Db): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx
      .insertInto("royalty_point_values")
      .values({ id: uuidv7(), ...DEMO_POINT_VALUE, created_by: null })
      .onConflict((oc) => oc.column("effective_from").doNothing())
      .execute();
    const latest = await tx
      .selectFrom("content_items")
      .select((eb) => eb.fn.max("published_at").as("at"))
      .where("status", "=", "published")
      .where("kind", "in", ["article", "announcement"])
      .executeTakeFirst();
    if (!latest?.at) return;
    const last = monthOf(new Date(latest.at));
    const first =
      last.month === 1 ? { year: last.year - 1, month: 12 } : { year: last.year, month: last.month - 1 };
    const classes = new Map(
      (await tx.selectFrom("royalty_classes").selectAll().execute()).map((c) => [c.code, c] as const),
    );
    const items = await tx
      .selectFrom("content_items as c")
      .leftJoin("staff_users as s", "s.id", "c.approved_by")
      .select(["c.id", "c.site_id", "c.kind", "c.author", "c.published_at", "c.approved_by", "s.full_name"])
      .where("c.status", "=", "published")
      .where("c.kind", "in", ["article", "announcement"])
      .where("c.published_at", ">=", monthBounds(first).from)
      .where("c.published_at", "<", monthBounds(last).to)
      .execute();
    const history = [
      { effectiveFrom: DEMO_POINT_VALUE.effective_from, valueVnd: DEMO_POINT_VALUE.value_vnd },
    ];
    const rows: Insertable<RoyaltyAssessmentTable>[] = [];
    for (const item of items) {
      const h = stableHash(item.id);
      const code = item.kind === "announcement" ? "TIN" : ARTICLE_CLASSES[h % ARTICLE_CLASSES.length];
      const cls = code ? classes.get(code) : undefined;
      if (!cls || !item.published_at) continue;
      const span = cls.max_points - cls.min_points + 1;
      const publishedAt = new Date(item.published_at);
      rows.push({
        content_id: item.id,
        site_id: item.site_id,
        class_code: cls.code,
        class_name: cls.name,
        points: cls.min_points + (Math.floor(h / 7) % span),
        beneficiary: item.author ?? "",
        point_value_vnd: pointValueOn(history, vnDayOf(publishedAt))?.valueVnd ?? null,
        assessed_by: item.approved_by,
        assessed_by_name: item.full_name,
        assessed_at: publishedAt,
      });
    }
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insertInto("royalty_assessments")
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.column("content_id").doNothing())
        .execute();
    }
  });
}
