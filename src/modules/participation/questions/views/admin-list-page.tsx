import { viDate } from "../../../../platform/calendar/vn-day.js";
import { t } from "../../../../platform/i18n/index.js";
import {
  filteredListHref,
  ListFilterForm,
  ListTabs,
} from "../../../../platform/ui/components/filtered-list.js";
import {
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import { type DeadlineFlag, ROUTING_WORKING_DAYS } from "../domain/deadline.js";
import { QUESTION_KINDS, QUESTION_STATUS_LABELS } from "../domain/status.js";
import {
  ADMIN_PAGE_SIZE,
  ADMIN_TABS,
  type AdminFilters,
  type AdminRow,
  type AdminTab,
  type Option,
  type TabCounts,
} from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export type AdminRowView = AdminRow & { flag: DeadlineFlag; daysLeft: number | null };

export interface AdminListPageProps {
  tab: AdminTab;
  filters: AdminFilters;
  errors?: Errors | undefined;
  counts: TabCounts;
  rows: AdminRowView[];
  page: number;
  units: Option[];
  topics: Option[];
}

const FILTER_KEYS = ["q", "kind", "topic", "unit"] as const;

export function adminListHref(filters: AdminFilters, tab: AdminTab, page = 1): string {
  return filteredListHref(PARTICIPATION_PATHS.adminQuestions, tab, filters, FILTER_KEYS, page);
}

export function DueCell({ flag, daysLeft }: { flag: DeadlineFlag; daysLeft: number | null }) {
  if (daysLeft === null) return null;
  if (flag === "overdue")
    return <span class="tag off">{tv("qadmin.flag.overdue", { days: -daysLeft })}</span>;
  if (daysLeft === 0) return <span class="tag">{tv("qadmin.flag.today")}</span>;
  if (flag === "soon") return <span class="tag">{tv("qadmin.flag.soon", { days: daysLeft })}</span>;
  return <span>{tv("qadmin.flag.left", { days: daysLeft })}</span>;
}

export function AdminListPage(props: AdminListPageProps) {
  const { tab, filters, counts, rows, page } = props;
  const pages = Math.max(1, Math.ceil(counts[tab] / ADMIN_PAGE_SIZE));
  const tabLabel = tv(`qadmin.tab.${tab}`);
  const filterSelect = (name: "kind" | "topic" | "unit", options: Option[]) => (
    <SelectField
      name={name}
      label={tv(`qadmin.f.${name}`)}
      value={filters[name]}
      errors={props.errors}
      emptyLabel={tv("qadmin.f.all")}
      options={options}
    />
  );
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>{tv("qadmin.intro")}</p>
      <ListTabs
        label={tv("qadmin.tabs")}
        tabs={ADMIN_TABS}
        current={tab}
        hrefFor={(k) => adminListHref(filters, k)}
        textFor={(k) => tv("qadmin.tabCount", { label: tv(`qadmin.tab.${k}`), count: counts[k] })}
        tagged
      />
      <ListFilterForm
        action={PARTICIPATION_PATHS.adminQuestions}
        label={tv("qadmin.filters")}
        tab={tab}
        submitLabel={tv("qadmin.f.submit")}
      >
        <TextField
          name="q"
          type="search"
          label={tv("qadmin.f.q")}
          hint={tv("qadmin.f.q.hint")}
          value={filters.q}
          errors={props.errors}
          maxLength={200}
        />
        {filterSelect(
          "kind",
          Object.entries(QUESTION_KINDS).map(([value, k]) => ({ value, label: k.vi })),
        )}
        {filterSelect("topic", props.topics)}
        {filterSelect("unit", props.units)}
      </ListFilterForm>
      <p role="status">{tv("qadmin.count", { count: counts[tab] })}</p>
      {rows.length === 0 ? (
        <p>{tv("qadmin.empty")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{tv("qadmin.caption", { tab: tabLabel })}</caption>
          <thead>
            <tr>
              {["code", "title", "kind", "asker", "unit", "due", "status"].map((c) => (
                <th key={c} scope="col">
                  {tv(`qadmin.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-code={r.code} data-status={r.status}>
                <th scope="row">
                  <a href={PARTICIPATION_PATHS.adminQuestion(r.id)}>{r.code}</a>
                </th>
                <td>{r.title}</td>
                <td>{QUESTION_KINDS[r.kind].vi}</td>
                <td>
                  {r.asker_name}
                  {r.business_name ? (
                    <>
                      <br />
                      <span class="muted">{r.business_name}</span>
                    </>
                  ) : null}
                </td>
                <td>{r.unit_name ?? tv("qadmin.none")}</td>
                <td>
                  {r.due_on ? viDate(r.due_on) : tv("qadmin.none")}
                  {r.due_on ? <br /> : null}
                  <DueCell flag={r.flag} daysLeft={r.daysLeft} />
                  {r.flag === "waiting" ? (
                    <span class="tag off">{tv("qadmin.flag.waiting", { days: ROUTING_WORKING_DAYS })}</span>
                  ) : null}
                </td>
                <td>{QUESTION_STATUS_LABELS[r.status].vi}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NumberedPager
        page={page}
        pages={pages}
        hrefFor={(p) => adminListHref(filters, tab, p)}
        labels={{ nav: tv("qadmin.pager"), prev: tv("qadmin.pager.prev"), next: tv("qadmin.pager.next") }}
        status={tv("qadmin.pager.status", { page, pages })}
      />
    </>
  );
}
