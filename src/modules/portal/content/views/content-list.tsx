import { formatDateTime } from "../../../../platform/i18n/index.js";
import { SelectField, TextField } from "../../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { SpellcheckCount, SpellcheckCountHeading } from "../../spellcheck/views/spellcheck-panel.js";
import type { ContentKind, ContentStatus } from "../../tables.js";
import { tc } from "../catalogue.js";
import { CONTENT_KINDS } from "../domain/input.js";
import type { AdminListRow } from "../store.js";

export const CONTENT_STATUSES: readonly ContentStatus[] = [
  "draft",
  "submitted",
  "returned",
  "scheduled",
  "published",
  "unpublished",
];

export function StatusTag({ status }: { status: ContentStatus }) {
  return <span class={`tag content-status content-status-${status}`}>{tc(`portal.status.${status}`)}</span>;
}

export function kindLabel(kind: ContentKind): string {
  return tc(`portal.kind.${kind}`);
}

export interface ContentListFilters {
  q: string;
  site: string;
  status: string;
  kind: string;
  category: string;
  /** "thanh-phan": the component sites' published articles, for a main-portal approver to promote. */
  nguon: string;
}

export interface Option {
  value: string;
  label: string;
}

function listHref(
  filters: ContentListFilters,
  overrides: Partial<ContentListFilters> & { trang?: number },
): string {
  const params = new URLSearchParams();
  const merged = { ...filters, ...overrides };
  for (const key of ["nguon", "q", "site", "status", "kind", "category"] as const) {
    if (merged[key]) params.set(key, merged[key]);
  }
  if (overrides.trang && overrides.trang > 1) params.set("trang", String(overrides.trang));
  const qs = params.toString();
  return qs ? `/admin/noi-dung?${qs}` : "/admin/noi-dung";
}

export function ContentListView(props: {
  rows: AdminListRow[];
  total: number;
  page: number;
  pageSize: number;
  filters: ContentListFilters;
  counts: Record<ContentStatus, number>;
  siteOptions: Option[];
  categoryOptions: Option[] | null;
  canCreate: boolean;
  canPromote: boolean;
  /** Spell check warnings per item still in the editorial process (absent: no column). */
  spellingCounts?: Map<string, number>;
}) {
  const { rows, total, page, pageSize, filters, counts } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const promoting = filters.nguon === "thanh-phan";
  return (
    <>
      {props.canPromote ? (
        <p>
          {promoting ? (
            <>
              <span>{tc("portal.content.promotable.active")}</span>{" "}
              <a href="/admin/noi-dung">{tc("portal.content.promotable.back")}</a>
            </>
          ) : (
            <a href="/admin/noi-dung?nguon=thanh-phan">{tc("portal.content.promotable.link")}</a>
          )}
        </p>
      ) : null}
      {props.canCreate ? (
        <p>
          <a
            class="button"
            href={filters.site ? `/admin/noi-dung/moi?site=${filters.site}` : "/admin/noi-dung/moi"}
          >
            {tc("portal.content.create")}
          </a>
        </p>
      ) : null}
      <nav aria-label={tc("portal.content.counts")}>
        <ul class="status-counts">
          <li>
            <a
              href={listHref(filters, { status: "" })}
              aria-current={filters.status === "" ? "true" : undefined}
            >
              {tc("portal.content.filter.all")} ({Object.values(counts).reduce((a, b) => a + b, 0)})
            </a>
          </li>
          {CONTENT_STATUSES.map((s) => (
            <li key={s}>
              <a
                href={listHref(filters, { status: s })}
                aria-current={filters.status === s ? "true" : undefined}
              >
                {tc(`portal.status.${s}`)} ({counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        action="/admin/noi-dung"
        class="filters"
        aria-label={tc("portal.content.filter.label")}
      >
        <TextField
          name="q"
          type="search"
          label={tc("portal.content.filter.q")}
          hint={tc("portal.content.filter.qHint")}
          value={filters.q}
          maxLength={200}
        />
        <SelectField
          name="site"
          label={tc("portal.content.filter.site")}
          value={filters.site}
          emptyLabel={tc("portal.content.filter.all")}
          options={props.siteOptions}
        />
        <SelectField
          name="status"
          label={tc("portal.content.filter.status")}
          value={filters.status}
          emptyLabel={tc("portal.content.filter.all")}
          options={CONTENT_STATUSES.map((s) => ({ value: s, label: tc(`portal.status.${s}`) }))}
        />
        <SelectField
          name="kind"
          label={tc("portal.content.filter.kind")}
          value={filters.kind}
          emptyLabel={tc("portal.content.filter.all")}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        />
        {props.categoryOptions ? (
          <SelectField
            name="category"
            label={tc("portal.content.filter.category")}
            value={filters.category}
            emptyLabel={tc("portal.content.filter.all")}
            options={props.categoryOptions}
          />
        ) : (
          <p class="hint">{tc("portal.content.filter.categoryHint")}</p>
        )}
        <div class="form-group">
          <button type="submit" class="button secondary">
            {tc("portal.content.filter.submit")}
          </button>
        </div>
      </form>
      <p role="status">{tc("portal.content.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{tc("portal.content.none")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{tc("portal.content.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tc("portal.content.col.title")}</th>
              <th scope="col">{tc("portal.content.col.site")}</th>
              <th scope="col">{tc("portal.content.col.kind")}</th>
              <th scope="col">{tc("portal.content.col.category")}</th>
              <th scope="col">{tc("portal.content.col.status")}</th>
              {props.spellingCounts ? <SpellcheckCountHeading /> : null}
              <th scope="col">{tc("portal.content.col.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`/admin/noi-dung/${r.id}`}>{r.title}</a>
                  {r.origin_id ? (
                    <>
                      {" "}
                      <span class="tag">{tc("portal.content.promotedTag")}</span>
                    </>
                  ) : null}
                </td>
                <td>{r.site_name}</td>
                <td>{kindLabel(r.kind)}</td>
                <td>{r.category_name ?? ""}</td>
                <td>
                  <StatusTag status={r.status} />
                </td>
                {props.spellingCounts ? (
                  <td>
                    <SpellcheckCount count={props.spellingCounts.get(r.id)} />
                  </td>
                ) : null}
                <td>
                  {formatDateTime(r.updated_at)}
                  {r.updated_by_name ? (
                    <>
                      <br />
                      <span class="muted">{tc("portal.content.updatedBy", { name: r.updated_by_name })}</span>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NumberedPager
        page={page}
        pages={pages}
        hrefFor={(trang) => listHref(filters, { trang })}
        labels={{
          nav: tc("portal.content.pagination"),
          prev: tc("portal.content.prev"),
          next: tc("portal.content.next"),
        }}
        status={tc("portal.content.pageOf", { page, pages })}
        statusCurrent={false}
      />
    </>
  );
}
