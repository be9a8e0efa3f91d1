import { viDate, vnDay } from "../../../../platform/calendar/vn-day.js";
import type { Lang } from "../../../../platform/i18n/index.js";
import { t } from "../../../../platform/i18n/index.js";
import { DateRangeFields } from "../../../../platform/ui/components/date-range-fields.js";
import {
  filteredListHref,
  ListFilterForm,
  ListTabs,
} from "../../../../platform/ui/components/filtered-list.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { SERVICES_PATHS } from "../../paths.js";
import { type FilterInput, PAGE_SIZE } from "../domain/filters.js";
import { type BannerCounts, bannerParts, type DaysLeft, QUEUES, type QueueKey } from "../domain/queues.js";
import type { ProcedureOption, QueueCounts, StaffOption, WorkspaceRow } from "../store.js";

export type RowView = WorkspaceRow & { daysLeft: DaysLeft; needsApology: boolean };

export interface WorkspacePageProps {
  lang: Lang;
  input: FilterInput;
  errors?: Errors | undefined;
  queue: QueueKey;
  counts: QueueCounts | null;
  rows: RowView[];
  page: number;
  procedures: ProcedureOption[];
  specialists: StaffOption[];
  canAssign: boolean;
  csrf: string;
  /** Kept after a refused bulk assign. */
  selected?: readonly string[] | undefined;
  toAssignee?: string | undefined;
}

const FILTER_KEYS = ["q", "procedure", "field", "channel", "assignee", "from", "to"] as const;

/** The query string of a workspace link: the filters as typed, a queue and a page. */
export function workspaceHref(input: FilterInput, queue: QueueKey, page = 1): string {
  return filteredListHref(SERVICES_PATHS.workspace, queue, input, FILTER_KEYS, page);
}

export function Banner({ lang, counts }: { lang: Lang; counts: BannerCounts }) {
  const parts = bannerParts(counts, (key, params) => t(lang, key, params));
  if (parts.length === 0) return null;
  return (
    <div class="notice workspace-banner" role="status">
      <strong>{parts.join(", ")}</strong>
    </div>
  );
}

function LeftCell({ lang, left }: { lang: Lang; left: DaysLeft }) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  if (!left) return <>{tr("workspace.none")}</>;
  if (left.kind === "paused") return <>{tr("workspace.left.paused", { days: left.days })}</>;
  if (left.days > 0) return <>{tr("workspace.left.days", { days: left.days })}</>;
  if (left.days === 0) return <span class="tag">{tr("workspace.left.today")}</span>;
  return <span class="tag off">{tr("workspace.left.late", { days: -left.days })}</span>;
}

export function WorkspacePage(props: WorkspacePageProps) {
  const { lang, input, errors, queue, counts, rows, page } = props;
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const total = counts ? counts[queue] : 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const bulk = props.canAssign && (queue === "received" || queue === "processing") && rows.length > 0;
  const selected = new Set(props.selected ?? []);
  const fields = [...new Set(props.procedures.map((p) => p.field))].sort((a, b) => a.localeCompare(b, "vi"));
  const hasErrors = errors !== undefined && Object.keys(errors).length > 0;
  const queueLabel = tr(`workspace.queue.${queue}`);
  const filterSelect = (name: string, options: { value: string; label: string }[]) => (
    <SelectField
      name={name}
      label={tr(`workspace.f.${name}`)}
      value={input[name]}
      errors={errors}
      emptyLabel={tr("workspace.f.all")}
      options={options}
    />
  );

  const table = (
    <table class="data workspace-queue">
      <caption>{tr("workspace.caption", { queue: queueLabel })}</caption>
      <thead>
        <tr>
          {bulk ? <th scope="col">{tr("workspace.col.select")}</th> : null}
          <th scope="col">{tr("workspace.col.code")}</th>
          <th scope="col">{tr("workspace.col.applicant")}</th>
          <th scope="col">{tr("workspace.col.procedure")}</th>
          <th scope="col">{tr("workspace.col.received")}</th>
          <th scope="col">{tr("workspace.col.due")}</th>
          <th scope="col">{tr("workspace.col.left")}</th>
          <th scope="col">{tr("workspace.col.state")}</th>
          <th scope="col">{tr("workspace.col.assignee")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-code={r.code} data-state={r.state}>
            {bulk ? (
              <td>
                <input
                  type="checkbox"
                  name="dossier"
                  value={r.id}
                  id={`chon-${r.id}`}
                  checked={selected.has(r.id)}
                  aria-label={tr("workspace.selectRow", { code: r.code })}
                />
              </td>
            ) : null}
            <th scope="row">
              <a href={SERVICES_PATHS.dossier(r.id)}>{r.code}</a>
            </th>
            <td>{r.applicant_name}</td>
            <td>{r.procedure_name}</td>
            <td>{r.received_at ? viDate(vnDay(r.received_at)) : tr("workspace.none")}</td>
            <td>
              {r.due_on ? viDate(r.due_on) : tr("workspace.none")}
              {r.apology_due_on ? (
                <>
                  <br />
                  <span class="muted">
                    {tr("workspace.apologyUntil", { date: viDate(r.apology_due_on) })}
                  </span>
                </>
              ) : null}
            </td>
            <td>
              <LeftCell lang={lang} left={r.daysLeft} />
              {r.needsApology ? (
                <>
                  <br />
                  <span class="tag off" data-no-apology="">
                    {tr("workspace.noApology")}
                  </span>
                </>
              ) : null}
            </td>
            <td>{tr(`workspace.state.${r.state}`)}</td>
            <td>{r.assignee_name ?? tr("workspace.none")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      {counts ? (
        <Banner
          lang={lang}
          counts={{ soon: counts.bannerSoon, overdueWithoutApology: counts.bannerOverdue }}
        />
      ) : null}
      <p>{tr("workspace.intro")}</p>
      <ListTabs
        label={tr("workspace.queues")}
        tabs={QUEUES}
        current={queue}
        hrefFor={(q) => workspaceHref(input, q)}
        textFor={(q) =>
          counts
            ? tr("workspace.queueCount", { label: tr(`workspace.queue.${q}`), count: counts[q] })
            : tr(`workspace.queue.${q}`)
        }
      />
      <ListFilterForm
        action={SERVICES_PATHS.workspace}
        label={tr("workspace.filters")}
        tab={queue}
        submitLabel={tr("workspace.f.apply")}
        clear={{ href: `${SERVICES_PATHS.workspace}?tab=${queue}`, label: tr("workspace.f.clear") }}
      >
        <TextField
          name="q"
          type="search"
          label={tr("workspace.f.q")}
          hint={tr("workspace.f.q.hint")}
          value={input.q}
          errors={errors}
          maxLength={100}
        />
        {filterSelect(
          "procedure",
          props.procedures.map((p) => ({ value: p.id, label: p.name })),
        )}
        {filterSelect(
          "field",
          fields.map((f) => ({ value: f, label: f })),
        )}
        {filterSelect(
          "channel",
          (["online", "counter", "post"] as const).map((c) => ({
            value: c,
            label: tr(`workspace.channel.${c}`),
          })),
        )}
        {filterSelect("assignee", [
          { value: "me", label: tr("workspace.f.mine") },
          { value: "none", label: tr("workspace.f.unassigned") },
          ...props.specialists.map((s) => ({ value: s.id, label: s.full_name })),
        ])}
        <DateRangeFields
          value={input}
          labels={{
            from: tr("workspace.f.from"),
            to: tr("workspace.f.to"),
            hint: tr("workspace.f.date.hint"),
          }}
          errors={errors}
        />
      </ListFilterForm>
      {counts === null ? null : (
        <>
          <p role="status">
            {tr("workspace.count", { count: total })}
            {pages > 1 ? ` · ${tr("workspace.pageOf", { page, pages })}` : ""}
          </p>
          {rows.length === 0 ? (
            <p>{tr("workspace.empty")}</p>
          ) : bulk ? (
            <form method="post" action={SERVICES_PATHS.workspace} class="workspace-bulk">
              <CsrfField token={props.csrf} />
              <input
                type="hidden"
                name="back"
                value={workspaceHref(input, queue, page).split("?")[1] ?? ""}
              />
              {table}
              <fieldset>
                <legend>{tr("workspace.bulk.legend")}</legend>
                <SelectField
                  name="to_assignee"
                  label={tr("workspace.bulk.assignee")}
                  value={props.toAssignee}
                  errors={hasErrors ? errors : undefined}
                  emptyLabel={tr("workspace.bulk.choose")}
                  options={props.specialists.map((s) => ({ value: s.id, label: s.full_name }))}
                />
                <div class="form-group">
                  <button type="submit" class="button">
                    {tr("workspace.bulk.submit")}
                  </button>
                </div>
              </fieldset>
            </form>
          ) : (
            table
          )}
          <NumberedPager
            page={page}
            pages={pages}
            hrefFor={(p) => workspaceHref(input, queue, p)}
            labels={{ nav: tr("workspace.pages"), prev: tr("workspace.prev"), next: tr("workspace.next") }}
          />
        </>
      )}
    </>
  );
}
