import { describe, expect, it } from "vitest";
import { plainText, sanitizeBody } from "./sanitize.js";

const SHA = "a".repeat(64);

describe("sanitizeBody against XSS payloads", () => {
  const payloads: [string, string][] = [
    ["script tag", `<p>ok</p><script>alert(1)</script>`],
    ["script in attribute-less tag", `<scr<script>ipt>alert(1)</script>`],
    ["img onerror", `<img src="/tep/${SHA}" alt="x" onerror="alert(1)">`],
    ["img from elsewhere", `<img src="https://evil.example/x.png" alt="x">`],
    ["img data URL", `<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">`],
    ["javascript link", `<a href="javascript:alert(1)">x</a>`],
    ["javascript link, mixed case and entities", `<a href="JaVaScRiPt&colon;alert(1)">x</a>`],
    ["javascript link with tab", `<a href="java\tscript:alert(1)">x</a>`],
    ["vbscript link", `<a href="vbscript:msgbox(1)">x</a>`],
    ["data link", `<a href="data:text/html,<script>alert(1)</script>">x</a>`],
    ["protocol-relative link", `<a href="//evil.example/">x</a>`],
    ["style attribute", `<p style="background:url(javascript:alert(1))">x</p>`],
    ["style element", `<style>body{display:none}</style><p>x</p>`],
    ["iframe", `<iframe src="https://evil.example"></iframe>`],
    ["svg onload", `<svg onload="alert(1)"><circle/></svg>`],
    ["onclick on allowed tag", `<p onclick="alert(1)">x</p>`],
    ["form and input", `<form action="/x"><input name="a" autofocus onfocus="alert(1)"></form>`],
    ["object/embed", `<object data="x.swf"></object><embed src="x.swf">`],
    ["meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`],
    ["base href", `<base href="https://evil.example/">`],
    ["math/xlink", `<math><a xlink:href="javascript:alert(1)">x</a></math>`],
    ["template", `<template><img src=x onerror=alert(1)></template>`],
    ["noscript trick", `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`],
    ["comment trick", `<!--<img src=x onerror=alert(1)>--><p>x</p>`],
    ["unclosed attribute", `<a href="https://ok.example" onmouseover="alert(1)" x=">y</a>`],
    ["srcset", `<img src="/tep/${SHA}" srcset="javascript:alert(1)" alt="x">`],
    ["target blank", `<a href="https://ok.example" target="_blank">x</a>`],
  ];

  for (const [name, payload] of payloads) {
    it(`neutralises: ${name}`, () => {
      const { html } = sanitizeBody(payload);
      expect(html).not.toMatch(
        /<script|<style|<iframe|<svg|<object|<embed|<form|<input|<meta|<base|<math|<template/i,
      );
      expect(html).not.toMatch(/\son\w+\s*=/i);
      expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
      expect(html).not.toMatch(/style=|srcset=|target=|xlink/i);
      expect(html).not.toMatch(/href="\/\//);
      expect(html).not.toContain("evil.example/x.png");
    });
  }

  it("keeps the allowed structure and adds rel=noopener to links", () => {
    const input =
      `<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u> <s>xóa</s> ` +
      `<a href="https://quangngai.gov.vn/a?b=1">liên kết</a> <a href="/so-xay-dung/bai-viet/x">nội bộ</a> ` +
      `<a href="mailto:sxd@quangngai.gov.vn">thư</a></p><ul><li>một</li></ul><ol><li>hai</li></ol>` +
      `<blockquote><p>trích</p></blockquote><figure><img src="/tep/${SHA}/w640.webp" alt="Cầu Trà Khúc">` +
      `<figcaption>Chú thích</figcaption></figure><table><caption>Bảng</caption><thead><tr><th scope="col">A</th></tr>` +
      `</thead><tbody><tr><td colspan="2">1</td></tr></tbody></table><p>dòng<br>mới</p><hr>`;
    const { html } = sanitizeBody(input);
    expect(html).toContain("<h2>Tiêu đề</h2>");
    expect(html).toContain('<a href="https://quangngai.gov.vn/a?b=1" rel="noopener">liên kết</a>');
    expect(html).toContain('<a href="/so-xay-dung/bai-viet/x" rel="noopener">nội bộ</a>');
    expect(html).toContain('<a href="mailto:sxd@quangngai.gov.vn" rel="noopener">thư</a>');
    expect(html).toContain(`<img src="/tep/${SHA}/w640.webp" alt="Cầu Trà Khúc" />`);
    expect(html).toContain("<figcaption>Chú thích</figcaption>");
    expect(html).toContain('<th scope="col">A</th>');
    expect(html).toContain('<td colspan="2">1</td>');
    expect(html).toContain("<blockquote><p>trích</p></blockquote>");
    expect(html).toContain("<br />");
    expect(html).toContain("<hr />");
  });

  it("maps headings and presentational tags to the allowed ones", () => {
    expect(sanitizeBody("<h1>A</h1><h6>B</h6><b>c</b><i>d</i><div>e</div>").html).toBe(
      "<h2>A</h2><h4>B</h4><strong>c</strong><em>d</em><p>e</p>",
    );
  });

  it("drops images without alt text or from outside the media library, and counts them", () => {
    const r = sanitizeBody(
      `<p>a</p><img src="/tep/${SHA}" alt=""><img src="/tep/${SHA}"><img src="/tep/../etc/passwd" alt="x">` +
        `<img src="/tep/${SHA}" alt="Ảnh">`,
    );
    expect(r.droppedImages).toBe(3);
    expect(r.html).toBe(`<p>a</p><img src="/tep/${SHA}" alt="Ảnh" />`);
  });

  it("keeps the text of a refused link", () => {
    expect(sanitizeBody(`<p><a href="javascript:alert(1)">bấm</a></p>`).html).toBe("<p>bấm</p>");
  });

  it("derives plain text with block breaks and decoded entities", () => {
    const { text } = sanitizeBody(
      "<h2>Quảng Ngãi</h2><p>A &amp; B &lt;3</p><ul><li>một</li><li>hai</li></ul>",
    );
    expect(text).toBe("Quảng Ngãi\nA & B <3\nmột\nhai");
    expect(plainText("")).toBe("");
  });
});
