import { describe, expect, it } from "vitest";
import { t } from "../../../../platform/i18n/index.js";
import "../catalogue.js";
import { checkContentValues, contentValuesFromBody } from "./input.js";
import { publicItemPath } from "./paths.js";

const msg = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

describe("the article form", () => {
  it("reads any body shape as strings and normalises whitespace", () => {
    const v = contentValuesFromBody({
      title: ["  Hai   tiêu đề ", "x"],
      kind: 5,
      is_repost: "on",
      tags: { a: 1 },
    });
    expect(v.title).toBe("Hai tiêu đề");
    expect(v.kind).toBe("");
    expect(v.is_repost).toBe(true);
    expect(v.tags).toBe("");
    expect(contentValuesFromBody(null).title).toBe("");
    expect(contentValuesFromBody([1, 2]).title).toBe("");
  });

  it("gives typed input for a valid form", () => {
    const r = checkContentValues(
      contentValuesFromBody({
        kind: "announcement",
        title: "Thông báo",
        tags: "A, b, a",
        publish_at: "25/03/2026 08:30",
        version: "3",
      }),
      msg,
      { requireVersion: true },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.kind).toBe("announcement");
    expect(r.input.tags).toEqual(["a", "b"]);
    expect(r.input.publishAt?.toISOString()).toBe("2026-03-25T01:30:00.000Z");
    expect(r.input.version).toBe(3);
    expect(r.input.coverAlt).toBeNull();
  });

  it("requires the source of a repost (Circular 09/2014) and alt text for a cover", () => {
    const r = checkContentValues(
      contentValuesFromBody({
        kind: "article",
        title: "Bài",
        is_repost: "on",
        cover_media_id: "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f",
      }),
      msg,
      { requireVersion: true },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.source).toContain("09/2014/TT-BTTTT");
    expect(r.errors.cover_alt).toContain("mô tả ảnh");
    expect(r.errors._).toContain("phiên bản");
  });

  it("builds the public paths of the portal's URL scheme", () => {
    expect(publicItemPath({ slug: "", kind: "main" }, { kind: "article", slug: "a" })).toBe("/bai-viet/a");
    expect(
      publicItemPath({ slug: "so-xay-dung", kind: "component" }, { kind: "page", slug: "gioi-thieu" }),
    ).toBe("/so-xay-dung/trang/gioi-thieu");
    expect(publicItemPath({ slug: "en", kind: "english" }, { kind: "article", slug: "x" })).toBe(
      "/en/news/x",
    );
    expect(publicItemPath({ slug: "en", kind: "english" }, { kind: "page", slug: "y" })).toBe("/en/page/y");
  });
});
