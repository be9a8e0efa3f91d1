import { AdminList } from "../../../platform/ui/components/admin-list.js";
import { SelectField } from "../../../platform/ui/components/forms.js";
import type { SiteListRow } from "../site-store.js";
import { tv } from "./admin-text.js";
import { StatusFilterField, StatusTag } from "./unit-list.js";

export interface SiteListFilterValues {
  q: string;
  kind: string;
  active: string;
}

export function sitePath(slug: string): string {
  return slug === "" ? "/" : `/${slug}`;
}

export function SiteListView({
  rows,
  filters,
  canCreate,
}: {
  rows: SiteListRow[];
  filters: SiteListFilterValues;
  canCreate: boolean;
}) {
  return (
    <>
      {canCreate ? (
        <p>
          <a class="button" href="/admin/trang/moi">
            {tv("orgs.sites.create")}
          </a>
        </p>
      ) : null}
      <AdminList
        filter={{
          action: "/admin/trang",
          label: tv("orgs.sites.search"),
          submitLabel: tv("orgs.filter.submit"),
          search: { label: tv("orgs.sites.search"), hint: tv("orgs.sites.searchHint"), value: filters.q },
          fields: (
            <>
              <SelectField
                name="kind"
                label={tv("orgs.filter.kind")}
                value={filters.kind}
                emptyLabel={tv("orgs.filter.all")}
                options={(["main", "english", "component"] as const).map((k) => ({
                  value: k,
                  label: tv(`orgs.siteKind.${k}`),
                }))}
              />
              <StatusFilterField value={filters.active} />
            </>
          ),
        }}
        count={tv("orgs.sites.count", { count: rows.length })}
        emptyText={tv("orgs.sites.none")}
        table={{
          class: "data",
          caption: tv("orgs.sites.caption"),
          headings: [
            tv("orgs.sites.col.name"),
            tv("orgs.sites.col.path"),
            tv("orgs.sites.col.unit"),
            tv("orgs.sites.col.kind"),
            tv("orgs.sites.col.status"),
          ],
        }}
        rows={rows}
        renderRow={(s) => (
          <tr key={s.id}>
            <td>
              <a href={`/admin/trang/${s.id}`}>{s.name_vi}</a>
            </td>
            <td>
              {s.active ? <a href={sitePath(s.slug)}>{sitePath(s.slug)}</a> : sitePath(s.slug)}
              {s.host ? (
                <>
                  <br />
                  {s.host}
                </>
              ) : null}
            </td>
            <td>{s.unit_name_vi}</td>
            <td>{tv(`orgs.siteKind.${s.kind}`)}</td>
            <td>
              <StatusTag active={s.active} />
            </td>
          </tr>
        )}
      />
    </>
  );
}
