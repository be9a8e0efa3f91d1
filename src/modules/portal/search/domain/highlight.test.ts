import { describe, expect, it } from "vitest";
import { escapeHtml, findMatches, foldForMatch, highlightHtml, snippetHtml } from "./highlight.js";

const words = (...texts: string[]) => texts.map((text) => ({ text, prefix: false }));

describe("foldForMatch", () => {
  it("removes diacritics and case one character for one character", () => {
    const text = "Tỉnh QUẢNG NGÃI, Đức Phổ – Lý Sơn";
    const folded = foldForMatch(text);
    expect(folded).toBe("tinh quang ngai, duc pho – ly son");
    expect(folded.length).toBe(text.length);
  });

  it("keeps the length for characters that have no simple fold", () => {
    for (const text of ["ß İ ﬁ 😀 Ω", "a\u0301\u0302"]) expect(foldForMatch(text).length).toBe(text.length);
  });
});

describe("highlightHtml", () => {
  it("marks the words as written in the original, whatever diacritics or case were typed", () => {
    expect(highlightHtml("Tỉnh Quảng Ngãi phát triển", words("quang", "ngai"))).toBe(
      "Tỉnh <mark>Quảng Ngãi</mark> phát triển",
    );
    expect(highlightHtml("đường Đồng Khởi", words("DUONG", "đồng"))).toBe("<mark>đường Đồng</mark> Khởi");
  });

  it("matches whole words, and the start of a word only for the prefix word", () => {
    expect(highlightHtml("Nghĩa Hành, nghiã", words("ngh"))).toBe("Nghĩa Hành, nghiã");
    expect(highlightHtml("Nghĩa Hành", [{ text: "ngh", prefix: true }])).toBe("<mark>Nghĩa</mark> Hành");
    expect(highlightHtml("anh an", words("an"))).toBe("anh <mark>an</mark>");
  });

  it("escapes everything that is not a mark, including a script in the text and in the query", () => {
    const html = highlightHtml("<script>alert(\"Quảng Ngãi\")</script> & 'x'", words("quang", "script"));
    expect(html).toBe(
      "&lt;<mark>script</mark>&gt;alert(&quot;<mark>Quảng</mark> Ngãi&quot;)&lt;/<mark>script</mark>&gt; &amp; &#39;x&#39;",
    );
    expect(html).not.toContain("<script");
    // What is marked is escaped too.
    expect(highlightHtml("a <b> c", words("<b>"))).toBe("a <mark>&lt;b&gt;</mark> c");
  });

  it("merges overlapping and adjacent matches", () => {
    expect(findMatches("quảng ngãi", [{ text: "quang", prefix: true }, ...words("quang")])).toEqual([[0, 5]]);
  });

  it("finds document numbers with their punctuation", () => {
    expect(highlightHtml("Báo cáo số 69/BC-VP ngày 5/3", words("69/bc-vp"))).toBe(
      "Báo cáo số <mark>69/BC-VP</mark> ngày 5/3",
    );
  });
});

describe("snippetHtml", () => {
  const long = `${"Mở đầu dài dòng. ".repeat(30)}Dự án tại Quảng Ngãi được phê duyệt. ${"Phần kết thúc. ".repeat(40)}`;

  it("shows the part around the first match, cut at word boundaries with ellipses", () => {
    const html = snippetHtml(long, words("quang", "ngai"), 120) ?? "";
    expect(html.startsWith("… ")).toBe(true);
    expect(html.endsWith(" …")).toBe(true);
    expect(html).toContain("<mark>Quảng Ngãi</mark>");
    const plain = html.replace(/<\/?mark>/g, "").replace(/^… | …$/g, "");
    expect(plain.length).toBeLessThanOrEqual(120);
    expect(long).toContain(plain);
  });

  it("starts at the beginning when nothing matches, and returns short text whole", () => {
    expect(snippetHtml(long, words("zzz"), 50)?.startsWith("Mở đầu")).toBe(true);
    expect(snippetHtml("Ngắn <b>", words("ngan"))).toBe("<mark>Ngắn</mark> &lt;b&gt;");
    expect(snippetHtml("   ", words("x"))).toBeNull();
  });

  it("escapes a script in the snippet window", () => {
    const text = `${"x ".repeat(200)}<script>alert(1)</script> Quảng Ngãi`;
    const html = snippetHtml(text, words("quang"), 80) ?? "";
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script");
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
