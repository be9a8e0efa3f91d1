import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-text.js";

describe("htmlToText", () => {
  it("keeps the text of blocks and captions, one line per block, entities decoded", () => {
    const html =
      '<h2>Tiêu đề</h2><p>Đoạn <strong>một</strong> &amp; hai&nbsp;ba</p><figure><img src="/tep/x" alt="Ảnh cầu"><figcaption>Cầu Trà Khúc</figcaption></figure>';
    expect(
      htmlToText(html)
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(["Tiêu đề", "Đoạn một & hai ba", "Cầu Trà Khúc"]);
  });

  it("drops tags, attributes, scripts and styles (alt text is not body text)", () => {
    const text = htmlToText(
      '<p class="x" title="ngànhh">a</p><script>var thôngg = 1</script><style>p{}</style>',
    );
    expect(text).not.toMatch(/ngànhh|thôngg|class|<|>/);
  });
});
