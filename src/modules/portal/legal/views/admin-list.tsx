import { formatDate } from "../../../../platform/i18n/index.js";
import { AdminList } from "../../../../platform/ui/components/admin-list.js";
import { SelectField } from "../../../../platform/ui/components/forms.js";
import { DOC_TYPES } from "../domain/doc-types.js";
import type { LegalStatus } from "../domain/status.js";
import type { ListRow } from "../store.js";
import { Pagination, StatusTag } from "./parts.js";
import { tl } from "./text.js";

export interface AdminListFilters {
  q: string;
  loai: string;
  nam: string;
  cong_khai: string;
}

export function adminListHref(filters: AdminListFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (page > 1) params.set("trang", String(page));
  const qs = params.toString();
  return qs ? `/admin/van-ban?${qs}` : "/admin/van-ban";
}

/** The register as the clerk sees it: their units' documents, filters, newest first. */
export function AdminListView({
  rows,
  total,
  page,
  pages,
  filters,
  years,
  statusOf,
}: {
  rows: ListRow[];
  total: number;
  page: number;
  pages: number;
  filters: AdminListFilters;
  years: number[];
  statusOf: (row: ListRow) => LegalStatus;
}) {
  return (
    <>
      <p class="legal-actions">
        <a class="button" href="/admin/van-ban/moi">
          {tl("legal.admin.create")}
        </a>{" "}
        <a class="button secondary" href="/admin/van-ban/nhap">
          {tl("legal.admin.import")}
        </a>
      </p>
      <AdminList
        filter={{
          action: "/admin/van-ban",
          label: tl("legal.admin.search"),
          submitLabel: tl("legal.admin.filter"),
          search: { label: tl("legal.admin.search"), hint: tl("legal.admin.searchHint"), value: filters.q },
          fields: (
            <>
              <SelectField
                name="loai"
                label={tl("legal.f.doc_type")}
                value={filters.loai}
                emptyLabel={tl("legal.admin.all")}
                options={DOC_TYPES.map((t) => ({ value: t.key, label: t.vi }))}
              />
              <SelectField
                name="nam"
                label={tl("legal.public.year")}
                value={filters.nam}
                emptyLabel={tl("legal.admin.all")}
                options={years.map((y) => ({ value: String(y), label: String(y) }))}
              />
              <SelectField
                name="cong_khai"
                label={tl("legal.admin.publishedFilter")}
                value={filters.cong_khai}
                emptyLabel={tl("legal.admin.all")}
                options={[
                  { value: "1", label: tl("legal.admin.publishedYes") },
                  { value: "0", label: tl("legal.admin.publishedNo") },
                ]}
              />
            </>
          ),
        }}
        count={tl("legal.admin.count", { count: total })}
        emptyText={tl("legal.admin.none")}
        table={{
          class: "data legal-table",
          caption: tl("legal.admin.caption"),
          headings: [
            tl("legal.f.number_symbol"),
            tl("legal.f.doc_type"),
            tl("legal.f.issuer_unit_id"),
            tl("legal.f.issued_on"),
            tl("legal.f.summary"),
            tl("legal.f.status"),
            tl("legal.admin.col.published"),
          ],
        }}
        rows={rows}
        renderRow={(r) => (
          <tr key={r.id}>
            <td>
              <a href={`/admin/van-ban/${r.id}`}>{r.number_symbol}</a>
            </td>
            <td>{r.doc_type}</td>
            <td>{r.issuer_name}</td>
            <td>{formatDate(r.issued_on)}</td>
            <td>{r.summary}</td>
            <td>
              <StatusTag status={statusOf(r)} lang="vi" />
            </td>
            <td>{r.published ? tl("legal.admin.yes") : tl("legal.admin.no")}</td>
          </tr>
        )}
      />
      <Pagination lang="vi" page={page} pages={pages} hrefFor={(p) => adminListHref(filters, p)} />
    </>
  );
}
