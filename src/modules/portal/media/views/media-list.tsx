import { formatDate } from "../../../../platform/i18n/index.js";
import { AdminList } from "../../../../platform/ui/components/admin-list.js";
import { SelectField } from "../../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { tm } from "../catalogue.js";
import type { MediaListQuery } from "../domain/media-input.js";
import { MEDIA_KINDS } from "../domain/media-input.js";
import { formatSize } from "../domain/media-policy.js";
import { thumbnailUrl } from "../responsive-image.js";
import type { MediaListRow } from "../store.js";

export interface SiteOption {
  value: string;
  label: string;
}

function listHref(filters: MediaListQuery, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.siteId) params.set("site", filters.siteId);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `/admin/thu-vien?${qs}` : "/admin/thu-vien";
}

function Preview({ row }: { row: MediaListRow }) {
  if (row.kind === "image") {
    // The name and alt text are in the next cell, so the thumbnail itself is decorative here.
    return <img src={thumbnailUrl(row)} alt="" width={96} height={64} loading="lazy" class="media-thumb" />;
  }
  return <span class="tag">{tm(`media.kind.${row.kind}`)}</span>;
}

export function MediaListView({
  rows,
  total,
  pages,
  filters,
  siteOptions,
}: {
  rows: MediaListRow[];
  total: number;
  pages: number;
  filters: MediaListQuery;
  siteOptions: SiteOption[];
}) {
  return (
    <>
      <p>
        <a class="button" href="/admin/thu-vien/tai-len">
          {tm("media.list.upload")}
        </a>
      </p>
      <AdminList
        filter={{
          action: "/admin/thu-vien",
          label: tm("media.list.filter"),
          submitLabel: tm("media.list.filter"),
          search: { label: tm("media.list.search"), hint: tm("media.list.searchHint"), value: filters.q },
          fields: (
            <>
              <SelectField
                name="kind"
                label={tm("media.list.kind")}
                value={filters.kind ?? ""}
                emptyLabel={tm("media.list.allKinds")}
                options={MEDIA_KINDS.map((k) => ({ value: k, label: tm(`media.kind.${k}`) }))}
              />
              {siteOptions.length > 1 ? (
                <SelectField
                  name="site"
                  label={tm("media.field.site")}
                  value={filters.siteId ?? ""}
                  emptyLabel={tm("media.list.allSites")}
                  options={siteOptions}
                />
              ) : null}
            </>
          ),
        }}
        count={tm("media.list.count", { count: total })}
        emptyText={tm("media.list.none")}
        table={{
          class: "data media-table",
          caption: tm("media.list.caption"),
          headings: [
            tm("media.list.col.preview"),
            tm("media.list.col.name"),
            tm("media.list.col.kind"),
            tm("media.list.col.site"),
            tm("media.list.col.size"),
            tm("media.list.col.date"),
          ],
        }}
        rows={rows}
        renderRow={(row) => (
          <tr key={row.id}>
            <td>
              <Preview row={row} />
            </td>
            <td>
              <a href={`/admin/thu-vien/${row.id}`}>{row.original_name}</a>
              <br />
              <span class="muted">{row.alt ?? (row.kind === "image" ? tm("media.list.noAlt") : "")}</span>
            </td>
            <td>{tm(`media.kind.${row.kind}`)}</td>
            <td>{row.site_name ?? tm("media.field.shared")}</td>
            <td>{formatSize(Number(row.size_bytes))}</td>
            <td>{formatDate(row.created_at)}</td>
          </tr>
        )}
      />
      <NumberedPager
        page={filters.page}
        pages={pages}
        hrefFor={(page) => listHref(filters, page)}
        labels={{ nav: tm("media.list.pages"), prev: tm("media.list.prev"), next: tm("media.list.next") }}
        status={tm("media.list.pageOf", { page: filters.page, pages })}
      />
    </>
  );
}
