import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { AccountListPager } from "./account-pager.js";
import { FactList, TimelineTable } from "./timeline.js";

describe("FactList", () => {
  it("renders label/value pairs with the record's state", () => {
    const html = render(<FactList facts={[["Mã hồ sơ", "HS-1"]]} state="received" />);
    expect(html).toBe('<dl class="facts" data-state="received"><dt>Mã hồ sơ</dt><dd>HS-1</dd></dl>');
  });
});

describe("TimelineTable", () => {
  it("captions the table with its heading and leaves an absent note empty", () => {
    const html = render(
      <TimelineTable
        title="Quá trình xử lý"
        heads={{ at: "Thời gian", what: "Nội dung", note: "Ghi chú" }}
        entries={[{ at: new Date("2026-03-04T05:06:00Z"), what: "Tiếp nhận", note: null }]}
      />,
    );
    expect(html).toContain('<h2>Quá trình xử lý</h2><table class="data">');
    expect(html).toContain('<caption class="visually-hidden">Quá trình xử lý</caption>');
    expect(html).toMatch(/<tr><td>04\/03\/2026[^<]*<\/td><td>Tiếp nhận<\/td><td><\/td><\/tr>/);
  });
});

describe("AccountListPager", () => {
  const tr = (key: string, params?: Record<string, string | number>) =>
    params ? `${key} ${params.page}/${params.pages}` : key;
  it("links page 1 to the bare path and others with ?trang=", () => {
    const html = render(<AccountListPager path="/tai-khoan/ho-so" page={2} pages={3} tr={tr} />);
    expect(html).toContain('href="/tai-khoan/ho-so"');
    expect(html).toContain('href="/tai-khoan/ho-so?trang=3"');
    expect(html).not.toContain("rel=");
    expect(html).toContain("page 2/3");
  });
  it("renders nothing on a single page", () => {
    expect(render(<AccountListPager path="/x" page={1} pages={1} tr={tr} />)).toBe("");
  });
});
