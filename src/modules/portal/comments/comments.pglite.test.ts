import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { formBody } from "../../../../test/support/staff-session.js";
import { FIELD } from "./domain/comment-input.js";
import { issueFormToken } from "./domain/form-token.js";
import { articleComments, formSecret, setCommentStatus } from "./store.js";

const UNIT = uuidv7();
const SITE = uuidv7();
const ARTICLE = uuidv7();

/** The comment SQL that PGlite might run differently: the advisory lock of the rate limit, json_agg of the list. */
describe("reader comments on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", seed: "none" });
    const db = t.services.db;
    await sql`
      insert into units (id, kind, name_vi, name_en, short_code)
      values (${UNIT}, 'province', 'UBND tỉnh Thử nghiệm', 'Test Province', 'TN')`.execute(db);
    await sql`
      insert into sites (id, unit_id, kind, slug, name_vi, name_en, lang)
      values (${SITE}, ${UNIT}, 'main', '', 'Cổng thử nghiệm', 'Test portal', 'vi')`.execute(db);
    await sql`
      insert into content_items (id, site_id, kind, title, slug, status, published_at)
      values (${ARTICLE}, ${SITE}, 'article', 'Bài thử', 'bai-thu', 'published', now() - interval '1 hour')`.execute(
      db,
    );
    await sql`insert into comment_settings (site_id, enabled) values (${SITE}, true)`.execute(db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("takes six simultaneous posts from one address as five comments and one 429, then shows approved ones", async () => {
    const db = t.services.db;
    const token = issueFormToken(await formSecret(db), ARTICLE, Date.now() - 10_000);
    const send = (n: number) =>
      t.app.inject({
        method: "POST",
        url: `/binh-luan/${ARTICLE}`,
        remoteAddress: "198.51.100.9",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({
          [FIELD.token]: token,
          [FIELD.name]: "Lê Thị Hoa",
          [FIELD.body]: `Ý kiến số ${n} về bài viết`,
        }),
      });
    const codes = (await Promise.all([1, 2, 3, 4, 5, 6].map(send))).map((r) => r.statusCode).sort();
    expect(codes).toEqual([303, 303, 303, 303, 303, 429]);
    const ids = (await db.selectFrom("comments").select("id").execute()).map((r) => r.id);
    expect(ids).toHaveLength(5);
    await setCommentStatus(db, ids.slice(0, 2), "approved", null);
    const shown = await articleComments(db, SITE, ARTICLE);
    expect(shown.open).toBe(true);
    expect(shown.comments).toHaveLength(2);
    expect(shown.comments[0]?.createdAt).toBeInstanceOf(Date);
  });
});
