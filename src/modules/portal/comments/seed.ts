import { sql } from "kysely";
import type { Db } from "../../../platform/db/connection.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { findBannedWords } from "../../../platform/moderation/banned-words.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import "./tables.js";

/** Sites whose demo readers may comment: the main portal and two departments with a moderator. */
const OPEN_SITES = ["", "so-xay-dung", "so-giao-thong-van-tai"];

/** The province-wide banned list of the demo: insults, scams and gambling that readers' comments attract. */
export const DEMO_BANNED_WORDS = [
  "lừa đảo",
  "đồ ngu",
  "khốn nạn",
  "mất dạy",
  "chó má",
  "cá độ",
  "đánh bạc trực tuyến",
  "vay nóng",
  "tín dụng đen",
  "thuốc lắc",
];

interface DemoComment {
  name: string;
  email: string | null;
  body: string;
  status: "approved" | "pending" | "rejected";
}

/** Per article (newest main-portal articles first), what its readers wrote. */
const DEMO_THREADS: DemoComment[][] = [
  [
    {
      name: "Nguyễn Văn Hùng",
      email: "hung.nv@example.com",
      body: "Rất mong tỉnh sớm triển khai để người dân được hưởng lợi. Xin cảm ơn ban biên tập đã thông tin kịp thời.",
      status: "approved",
    },
    {
      name: "Trần Thị Mai",
      email: null,
      body: "Đề nghị nêu rõ thời gian áp dụng và nơi người dân có thể hỏi thêm thông tin.\nXin cảm ơn.",
      status: "approved",
    },
    {
      name: "Lê Minh Tuấn",
      email: "tuan.lm@example.com",
      body: "Ở xã tôi đường liên thôn xuống cấp nhiều năm, mong được đưa vào kế hoạch lần này.",
      status: "pending",
    },
  ],
  [
    {
      name: "Phạm Thị Hồng",
      email: null,
      body: "Thông tin hữu ích, tôi đã chia sẻ cho bà con trong thôn cùng đọc.",
      status: "approved",
    },
    {
      name: "Võ Thanh Sơn",
      email: "son.vt@example.com",
      body: "Nhận vay nóng, tín dụng đen lãi thấp, liên hệ ngay!",
      status: "pending",
    },
  ],
  [
    {
      name: "Huỳnh Ngọc Lan",
      email: "lan.hn@example.com",
      body: "Mong cơ quan chức năng tiếp tục công khai tiến độ để người dân cùng giám sát.",
      status: "pending",
    },
    {
      name: "Đỗ Văn Phúc",
      email: null,
      body: "Bài viết đầy đủ, dễ hiểu. Cảm ơn Cổng thông tin tỉnh.",
      status: "rejected",
    },
  ],
];

/**
 * Demo comments (SPEC §A7): comments open on three sites, a province-wide banned list, and approved, pending and
 * rejected comments (one flagged) on the main portal's newest articles. Deterministic: the articles are chosen by
 * publication order and the times follow each article's publication.
 */
export async function seedDemoComments(db: Db): Promise<void> {
  await inTransaction(db, async (tx) => {
    const sites = await tx
      .selectFrom("sites")
      .select("id")
      .where(
        "id",
        "in",
        OPEN_SITES.map((slug) => demoSiteId(slug)),
      )
      .execute();
    if (sites.length === 0) return;
    await tx
      .insertInto("comment_settings")
      .values(sites.map((s) => ({ site_id: s.id, enabled: true })))
      .onConflict((oc) => oc.column("site_id").doNothing())
      .execute();
    await tx
      .insertInto("comment_banned_words")
      .values(
        DEMO_BANNED_WORDS.map((word, i) => ({
          id: `00000000-0000-7000-8000-${String(i + 1).padStart(12, "0")}`,
          site_id: null,
          word,
          created_at: new Date(Date.UTC(2026, 0, 5, 2, 0, i)),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    const articles = await tx
      .selectFrom("content_items")
      .select(["id", "published_at"])
      .where("site_id", "=", demoSiteId(""))
      .where("kind", "=", "article")
      .where("status", "=", "published")
      .where("published_at", "<=", sql<Date>`now()`)
      .orderBy("published_at", "desc")
      .orderBy("id")
      .limit(DEMO_THREADS.length)
      .execute();
    const moderator = await tx
      .selectFrom("staff_users")
      .select("id")
      .where("username", "=", "duyet.cong")
      .executeTakeFirst();
    const rows = articles.flatMap((a, i) =>
      (DEMO_THREADS[i] ?? []).map((c, j) => {
        const base = (a.published_at ?? new Date(Date.UTC(2026, 0, 1))).getTime();
        const at = new Date(base + (j + 1) * 47 * 60_000);
        const moderated = c.status !== "pending";
        return {
          id: `${a.id.slice(0, 24)}${String(j + 1).padStart(12, "0")}`,
          site_id: demoSiteId(""),
          content_id: a.id,
          author_name: c.name,
          author_email: c.email,
          body: c.body,
          status: c.status,
          flagged_words: findBannedWords(`${c.name}\n${c.body}`, DEMO_BANNED_WORDS),
          ip_hash: "demo",
          created_at: at,
          moderated_by: moderated ? (moderator?.id ?? null) : null,
          moderated_at: moderated ? new Date(at.getTime() + 90 * 60_000) : null,
        };
      }),
    );
    if (rows.length > 0) {
      await tx
        .insertInto("comments")
        .values(rows)
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
  });
}
