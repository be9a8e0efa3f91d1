import { SelectField, TextField } from "../../../platform/ui/components/forms.js";
import type { SiteListRow } from "../site-store.js";
import { tv } from "./admin-text.js";
import { StatusTag } from "./unit-list.js";

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
      <form method="get" action="/admin/trang" class="filters" aria-label={tv("orgs.sites.search")}>
        <TextField
          name="q"
          type="search"
          label={tv("orgs.sites.search")}
          hint={tv("orgs.sites.searchHint")}
          value={filters.q}
          maxLength={200}
        />
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
        <SelectField
          name="active"
          label={tv("orgs.filter.status")}
          value={filters.active}
          emptyLabel={tv("orgs.filter.all")}
          options={[
            { value: "1", label: tv("orgs.status.active") },
            { value: "0", label: tv("orgs.status.inactive") },
          ]}
        />
        <div class="form-group">
          <button type="submit" class="button secondary">
            {tv("orgs.filter.submit")}
          </button>
        </div>
      </form>
      <p role="status">{tv("orgs.sites.count", { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{tv("orgs.sites.none")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{tv("orgs.sites.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("orgs.sites.col.name")}</th>
              <th scope="col">{tv("orgs.sites.col.path")}</th>
              <th scope="col">{tv("orgs.sites.col.unit")}</th>
              <th scope="col">{tv("orgs.sites.col.kind")}</th>
              <th scope="col">{tv("orgs.sites.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
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
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
