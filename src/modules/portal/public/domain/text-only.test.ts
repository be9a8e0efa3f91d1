import { describe, expect, it } from "vitest";
import { textOnlyBody, wantsTextOnly } from "./text-only.js";

describe("text-only reading", () => {
  it("replaces pictures by their alternative text and drops players and frames", () => {
    const html =
      '<p>Trước</p><img src="/tep/a" alt="Cầu &amp; sông" /><picture><source srcset="/x" /><img src="/y" alt="Bản đồ"></picture>' +
      '<video controls><source src="/v"><track src="/t"></video><img src="/z" alt=""><p>Sau</p>';
    expect(textOnlyBody(html, "Hình ảnh")).toBe(
      '<p>Trước</p><span class="media-alt">[Hình ảnh: Cầu &amp; sông]</span><span class="media-alt">[Hình ảnh: Bản đồ]</span><p>Sau</p>',
    );
  });

  it("is asked for with ?che-do=van-ban only", () => {
    expect(wantsTextOnly({ "che-do": "van-ban" })).toBe(true);
    expect(wantsTextOnly({ "che-do": "khac" })).toBe(false);
    expect(wantsTextOnly(undefined)).toBe(false);
  });
});
