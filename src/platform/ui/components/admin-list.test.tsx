import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { AdminList } from "./admin-list.js";

const props = {
  filter: {
    action: "/admin/don-vi",
    label: "Tìm đơn vị",
    submitLabel: "Lọc",
    search: { label: "Tìm đơn vị", hint: "Tên hoặc mã", value: "sở" },
    fields: <input name="kind" />,
  },
  count: "2 đơn vị",
  emptyText: "Không có đơn vị nào.",
  table: { class: "data", caption: "Danh sách đơn vị", headings: ["Tên", "Trạng thái"] },
  renderRow: (row: { id: string; name: string }) => (
    <tr key={row.id}>
      <td>{row.name}</td>
      <td>Đang hoạt động</td>
    </tr>
  ),
};

describe("AdminList", () => {
  it("renders the filter form, the count as a status, and a captioned table with scoped headers", () => {
    const html = render(
      <AdminList
        {...props}
        rows={[
          { id: "1", name: "Sở Xây dựng" },
          { id: "2", name: "Sở Y tế" },
        ]}
      />,
    );
    expect(html).toContain(
      '<form method="get" action="/admin/don-vi" class="filters" aria-label="Tìm đơn vị">',
    );
    expect(html).toMatch(/<input id="f-q" name="q" type="search" value="sở"[^>]*maxLength="200"/i);
    expect(html).toContain('<input name="kind"/>');
    expect(html).toContain('<button type="submit" class="button secondary">Lọc</button>');
    expect(html).toContain('<p role="status">2 đơn vị</p>');
    expect(html).toContain('<caption class="visually-hidden">Danh sách đơn vị</caption>');
    expect(html).toContain('<th scope="col">Tên</th><th scope="col">Trạng thái</th>');
    expect(html).toContain("<td>Sở Xây dựng</td>");
    expect(html).toContain("<td>Sở Y tế</td>");
    expect(html).not.toContain("Không có đơn vị nào.");
  });

  it("says so in a sentence instead of showing an empty table", () => {
    const html = render(<AdminList {...props} count="0 đơn vị" rows={[]} />);
    expect(html).toContain("<p>Không có đơn vị nào.</p>");
    expect(html).not.toContain("<table");
  });
});
