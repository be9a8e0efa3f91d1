import { AdminList } from "../../../platform/ui/components/admin-list.js";
import { SelectField } from "../../../platform/ui/components/forms.js";
import { UNIT_KINDS } from "../domain/unit-tree.js";
import type { UnitSummary } from "../unit-store.js";
import { tv } from "./admin-text.js";

export interface UnitListFilterValues {
  q: string;
  kind: string;
  active: string;
}

export function kindOptions() {
  return UNIT_KINDS.map((k) => ({ value: k, label: tv(`orgs.kind.${k}`) }));
}

export function StatusTag({ active }: { active: boolean }) {
  return (
    <span class={`tag ${active ? "ok" : "off"}`}>
      {active ? tv("orgs.status.active") : tv("orgs.status.inactive")}
    </span>
  );
}

/** The status filter of the unit and site lists: active, inactive, or all. */
export function StatusFilterField({ value }: { value: string }) {
  return (
    <SelectField
      name="active"
      label={tv("orgs.filter.status")}
      value={value}
      emptyLabel={tv("orgs.filter.all")}
      options={[
        { value: "1", label: tv("orgs.status.active") },
        { value: "0", label: tv("orgs.status.inactive") },
      ]}
    />
  );
}

/** The unit tree as an indented table; with filters, the matching units in tree order with their parent named. */
export function UnitListView({
  rows,
  parentNames,
  filters,
}: {
  rows: { node: UnitSummary; depth: number }[];
  parentNames: Map<string, string>;
  filters: UnitListFilterValues;
}) {
  return (
    <>
      <p>
        <a class="button" href="/admin/don-vi/moi">
          {tv("orgs.units.create")}
        </a>
      </p>
      <AdminList
        filter={{
          action: "/admin/don-vi",
          label: tv("orgs.units.search"),
          submitLabel: tv("orgs.filter.submit"),
          search: { label: tv("orgs.units.search"), hint: tv("orgs.units.searchHint"), value: filters.q },
          fields: (
            <>
              <SelectField
                name="kind"
                label={tv("orgs.filter.kind")}
                value={filters.kind}
                emptyLabel={tv("orgs.filter.all")}
                options={kindOptions()}
              />
              <StatusFilterField value={filters.active} />
            </>
          ),
        }}
        count={tv("orgs.units.count", { count: rows.length })}
        emptyText={tv("orgs.units.none")}
        table={{
          class: "data unit-tree",
          caption: tv("orgs.units.caption"),
          headings: [
            tv("orgs.units.col.name"),
            tv("orgs.units.col.kind"),
            tv("orgs.units.col.parent"),
            tv("orgs.units.col.codes"),
            tv("orgs.units.col.status"),
          ],
        }}
        rows={rows}
        renderRow={({ node, depth }) => (
          <tr key={node.id}>
            <td class={`depth-${Math.min(depth, 4)}`}>
              <a href={`/admin/don-vi/${node.id}`}>{node.name_vi}</a>
              <div class="muted" lang="en">
                {node.name_en}
              </div>
            </td>
            <td>{tv(`orgs.kind.${node.kind}`)}</td>
            <td>{node.parent_id ? (parentNames.get(node.parent_id) ?? "") : ""}</td>
            <td>
              {node.short_code}
              {node.identifier_code ? (
                <>
                  <br />
                  {node.identifier_code}
                </>
              ) : null}
            </td>
            <td>
              <StatusTag active={node.active} />
            </td>
          </tr>
        )}
      />
    </>
  );
}
