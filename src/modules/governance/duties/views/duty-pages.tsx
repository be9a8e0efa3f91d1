import { t } from "../../../../platform/i18n/index.js";
import { DateRangeFields } from "../../../../platform/ui/components/date-range-fields.js";
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { viDate } from "../domain/days.js";
import { ACTIVITIES, type RuleFormValues, SUBJECTS } from "../domain/rule-input.js";
import type { DutyBreachRow, RuleRow } from "../store.js";

export const DUTIES_PATH = "/admin/nhiem-vu-giam-sat";
export const BREACHES_PATH = `${DUTIES_PATH}/vi-pham`;
export const BREACHES_CSV_PATH = `${DUTIES_PATH}/vi-pham.csv`;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export function whoLabel(rule: Pick<RuleRow, "subject" | "staff_name">): string {
  return rule.subject === "staff" ? (rule.staff_name ?? "") : tv(`duties.subject.${rule.subject}`);
}

export function RuleListView({ rules, overdue }: { rules: RuleRow[]; overdue: number }) {
  return (
    <>
      <p>{tv("duties.intro")}</p>
      <p role="status">
        {tv("duties.overdueNow", { count: overdue })} <a href={BREACHES_PATH}>{tv("duties.breachesLink")}</a>
      </p>
      <p>
        <a class="button" href={`${DUTIES_PATH}/moi`}>
          {tv("duties.new")}
        </a>
      </p>
      {rules.length === 0 ? (
        <p>{tv("duties.none")}</p>
      ) : (
        <table class="data">
          <caption>{tv("duties.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("duties.col.title")}</th>
              <th scope="col">{tv("duties.col.who")}</th>
              <th scope="col">{tv("duties.col.site")}</th>
              <th scope="col">{tv("duties.col.activity")}</th>
              <th scope="col">{tv("duties.col.gap")}</th>
              <th scope="col">{tv("duties.col.remind")}</th>
              <th scope="col">{tv("duties.col.status")}</th>
              <th scope="col">{tv("duties.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                <td>{whoLabel(r)}</td>
                <td>{r.site_name ?? tv("duties.allSites")}</td>
                <td>{tv(`duties.activity.${r.activity}`)}</td>
                <td>{tv("duties.days", { days: r.max_gap_days })}</td>
                <td>{tv("duties.days", { days: r.remind_days_before })}</td>
                <td>
                  <span class={`tag ${r.active ? "ok" : "off"}`}>
                    {r.active ? tv("duties.active") : tv("duties.inactive")}
                  </span>
                </td>
                <td>
                  <a href={`${DUTIES_PATH}/${r.id}`}>
                    {tv("duties.edit")}
                    <span class="visually-hidden"> {r.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function RuleFormView({
  csrf,
  action,
  values,
  errors,
  staffOptions,
  siteOptions,
}: {
  csrf: string;
  action: string;
  values: RuleFormValues;
  errors?: Errors | undefined;
  staffOptions: { value: string; label: string }[];
  siteOptions: { value: string; label: string }[];
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <TextField
          name="title"
          label={tv("duties.f.title")}
          value={values.title}
          errors={errors}
          maxLength={300}
        />
        <SelectField
          name="subject"
          label={tv("duties.f.subject")}
          value={values.subject}
          errors={errors}
          options={SUBJECTS.map((s) => ({ value: s, label: tv(`duties.subject.${s}`) }))}
        />
        <SelectField
          name="staff_id"
          label={tv("duties.f.staff_id")}
          hint={tv("duties.f.staff_id.hint")}
          value={values.staff_id}
          errors={errors}
          emptyLabel={tv("duties.chooseStaff")}
          options={staffOptions}
        />
        <SelectField
          name="site_id"
          label={tv("duties.f.site_id")}
          hint={tv("duties.f.site_id.hint")}
          value={values.site_id}
          errors={errors}
          emptyLabel={tv("duties.allSites")}
          options={siteOptions}
        />
        <SelectField
          name="activity"
          label={tv("duties.f.activity")}
          value={values.activity}
          errors={errors}
          options={ACTIVITIES.map((a) => ({ value: a, label: tv(`duties.activity.${a}`) }))}
        />
        <TextField
          name="max_gap_days"
          label={tv("duties.f.max_gap_days")}
          value={values.max_gap_days}
          errors={errors}
          inputMode="numeric"
          maxLength={3}
        />
        <TextField
          name="remind_days_before"
          label={tv("duties.f.remind_days_before")}
          hint={tv("duties.f.remind_days_before.hint")}
          value={values.remind_days_before}
          errors={errors}
          inputMode="numeric"
          maxLength={3}
        />
        <TextField
          name="starts_on"
          label={tv("duties.f.starts_on")}
          hint={tv("duties.f.starts_on.hint")}
          value={values.starts_on}
          errors={errors}
          maxLength={10}
        />
        <Checkbox name="active" label={tv("duties.f.active")} checked={values.active} />
        <div class="form-group">
          <button type="submit" class="button">
            {tv("duties.save")}
          </button>{" "}
          <a href={DUTIES_PATH}>{tv("duties.back")}</a>
        </div>
      </form>
    </>
  );
}

export function BreachesView({
  input,
  errors,
  data,
}: {
  input: { from: string; to: string };
  errors?: Errors | undefined;
  data: { from: string; to: string; rows: DutyBreachRow[]; csvHref: string } | null;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <form method="get" action={BREACHES_PATH} class="filters" novalidate>
        <DateRangeFields
          value={input}
          labels={{
            from: tv("duties.breaches.from"),
            to: tv("duties.breaches.to"),
            hint: tv("duties.breaches.dateHint"),
          }}
          errors={errors}
        />
        <div class="form-group">
          <button type="submit" class="button secondary">
            {tv("duties.breaches.submit")}
          </button>
        </div>
      </form>
      {data ? (
        <>
          <p role="status">
            {tv("duties.breaches.count", {
              count: data.rows.length,
              from: viDate(data.from),
              to: viDate(data.to),
            })}{" "}
            <a href={data.csvHref}>{tv("duties.breaches.csv")}</a>
          </p>
          {data.rows.length === 0 ? (
            <p>{tv("duties.breaches.none")}</p>
          ) : (
            <table class="data">
              <caption>
                {tv("duties.breaches.caption", { from: viDate(data.from), to: viDate(data.to) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tv("duties.breaches.col.who")}</th>
                  <th scope="col">{tv("duties.breaches.col.rule")}</th>
                  <th scope="col">{tv("duties.breaches.col.site")}</th>
                  <th scope="col">{tv("duties.breaches.col.last")}</th>
                  <th scope="col">{tv("duties.breaches.col.due")}</th>
                  <th scope="col">{tv("duties.breaches.col.resumed")}</th>
                  <th scope="col">{tv("duties.breaches.col.overdue")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((b) => (
                  <tr key={`${b.ruleId}-${b.staffId}-${b.siteId ?? ""}-${b.dueOn}`}>
                    <th scope="row">{b.staffName}</th>
                    <td>{b.ruleTitle}</td>
                    <td>{b.siteName ?? tv("duties.breaches.anySite")}</td>
                    <td>{b.lastActivity ? viDate(b.lastActivity) : tv("duties.never")}</td>
                    <td>{viDate(b.dueOn)}</td>
                    <td>{b.resumedOn ? viDate(b.resumedOn) : tv("duties.breaches.ongoing")}</td>
                    <td>{b.daysOverdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </>
  );
}
