import { formatDateTime, t } from "../../../platform/i18n/index.js";
import { ROLE_LABELS_VI } from "../../../platform/rbac/grant-scope.js";
import { isRole, ROLES } from "../../../platform/rbac/roles.js";
import { SelectField, TextField } from "../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../platform/ui/components/pager.js";
import type { Option, StaffListRow } from "../staff-store.js";

const sv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS_VI[role] : role;
}

export function roleOptions(): Option[] {
  return ROLES.map((r) => ({ value: r, label: ROLE_LABELS_VI[r] }));
}

export function StaffStatusTag({ active }: { active: boolean }) {
  return (
    <span class={`tag ${active ? "ok" : "off"}`}>{active ? sv("common.active") : sv("common.inactive")}</span>
  );
}

export interface StaffListFilterValues {
  q: string;
  unit: string;
  role: string;
}

function pageHref(filters: StaffListFilterValues, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.unit) params.set("unit", filters.unit);
  if (filters.role) params.set("role", filters.role);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/can-bo?${query}` : "/admin/can-bo";
}

export function StaffListView(props: {
  rows: StaffListRow[];
  total: number;
  page: number;
  pages: number;
  filters: StaffListFilterValues;
  units: Option[];
}) {
  const { rows, filters } = props;
  return (
    <>
      <p>
        <a class="button" href="/admin/can-bo/them">
          {sv("staff.list.create")}
        </a>
      </p>
      <form method="get" action="/admin/can-bo" class="filters">
        <TextField name="q" type="search" label={sv("staff.list.search")} value={filters.q} maxLength={200} />
        <SelectField
          name="unit"
          label={sv("staff.list.unit")}
          value={filters.unit}
          emptyLabel={sv("staff.list.allUnits")}
          options={props.units}
        />
        <SelectField
          name="role"
          label={sv("staff.list.role")}
          value={filters.role}
          emptyLabel={sv("staff.list.allRoles")}
          options={roleOptions()}
        />
        <div class="form-group">
          <button type="submit" class="button secondary">
            {sv("staff.list.filter")}
          </button>
        </div>
      </form>
      <p role="status">{sv("staff.list.count", { count: props.total })}</p>
      {rows.length === 0 ? (
        <p>{sv("common.noResults")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{sv("staff.list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{sv("staff.field.fullName")}</th>
              <th scope="col">{sv("staff.field.username")}</th>
              <th scope="col">{sv("staff.field.unit")}</th>
              <th scope="col">{sv("staff.list.role")}</th>
              <th scope="col">{sv("staff.field.lastLogin")}</th>
              <th scope="col">{sv("staff.field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`/admin/can-bo/${r.id}`}>{r.full_name}</a>
                </td>
                <td>{r.username}</td>
                <td>{r.unit_name ?? ""}</td>
                <td>{r.roles.map(roleLabel).join(", ")}</td>
                <td>{formatDateTime(r.last_login_at)}</td>
                <td>
                  <StaffStatusTag active={r.active} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NumberedPager
        page={props.page}
        pages={props.pages}
        hrefFor={(page) => pageHref(filters, page)}
        labels={{
          nav: sv("common.page", { page: props.page }),
          prev: sv("common.previous"),
          next: sv("common.next"),
        }}
        status={
          <>
            {sv("common.page", { page: props.page })} / {props.pages}
          </>
        }
      />
    </>
  );
}
