import { viDate } from "../../../../platform/calendar/vn-day.js";
import { t } from "../../../../platform/i18n/index.js";
import { DateRangeFields } from "../../../../platform/ui/components/date-range-fields.js";
import { ErrorSummary, type Errors, SelectField } from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";
import { type StatsCounts, totalsOf } from "../domain/dossier-stats.js";
import { PRESETS } from "../domain/period.js";
import { shareText } from "../domain/share.js";
import type { StatsTable } from "../domain/table.js";
import { sectionLabel } from "../labels.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const count = new Intl.NumberFormat("vi-VN");
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });
const rate = (value: number | null) => (value === null ? tv("servicesStats.noRate") : percent.format(value));

export interface StatisticsData {
  from: string;
  to: string;
  table: StatsTable;
  chartSvg: string | null;
  chartTitle: string;
  xlsxHref: string;
}

export interface StatisticsPageProps {
  input: { from: string; to: string; preset: string; by: string; unit: string };
  errors?: Errors | undefined;
  unitOptions: { value: string; label: string }[];
  data: StatisticsData | null;
}

export function StatisticsPage({ input, errors, unitOptions, data }: StatisticsPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tv("servicesStats.intro")}</p>
      <form
        method="get"
        action={SERVICES_PATHS.statistics}
        class="filters"
        aria-label={tv("servicesStats.filters")}
      >
        <SelectField
          name="preset"
          label={tv("servicesStats.preset")}
          hint={tv("servicesStats.presetHint")}
          value={input.preset}
          options={PRESETS.map((p) => ({ value: p, label: tv(`servicesStats.preset.${p}`) }))}
          errors={errors}
        />
        <DateRangeFields
          value={input}
          labels={{
            from: tv("servicesStats.from"),
            to: tv("servicesStats.to"),
            hint: tv("servicesStats.dateHint"),
          }}
          errors={errors}
        />
        <SelectField
          name="by"
          label={tv("servicesStats.by")}
          value={input.by}
          options={(["unit", "procedure", "field"] as const).map((b) => ({
            value: b,
            label: tv(`servicesStats.by.${b}`),
          }))}
          errors={errors}
        />
        {unitOptions.length > 1 ? (
          <SelectField
            name="unit"
            label={tv("servicesStats.unit")}
            value={input.unit}
            options={unitOptions}
            emptyLabel={tv("servicesStats.allUnits")}
            errors={errors}
          />
        ) : null}
        <div class="form-group">
          <button type="submit" class="button">
            {tv("servicesStats.apply")}
          </button>
        </div>
      </form>
      {data ? <StatisticsBody data={data} /> : null}
    </>
  );
}

function CountCells({ c, strong }: { c: StatsCounts; strong?: boolean }) {
  const x = totalsOf(c);
  const values = [
    x.received,
    c.carried,
    c.new,
    x.resolved,
    c.resolvedEarly,
    c.resolvedOnTime,
    c.resolvedLate,
    x.inProgress,
    c.inProgressWithin,
    c.inProgressOverdue,
    c.withdrawn,
    c.rejected,
  ];
  return (
    <>
      {values.map((v, i) => (
        <td key={i} class="num">
          {strong ? <strong>{count.format(v)}</strong> : count.format(v)}
        </td>
      ))}
      <td class="num">{rate(x.onTimeRate)}</td>
      {[
        count.format(c.newOnline),
        shareText(x.onlineShare),
        count.format(c.newPaid),
        count.format(c.newPaidOnline),
        shareText(x.paidOnlineShare),
      ].map((v, i) => (
        <td key={`o${i}`} class="num">
          {strong ? <strong>{v}</strong> : v}
        </td>
      ))}
    </>
  );
}

function StatisticsBody({ data }: { data: StatisticsData }) {
  const from = viDate(data.from);
  const to = viDate(data.to);
  const { table } = data;
  const total = totalsOf(table.total);
  const rowCount = table.sections.reduce((n, s) => n + s.rows.length, 0);
  return (
    <>
      <p>
        {tv("servicesStats.period", { from, to })}{" "}
        <a href={data.xlsxHref} download>
          {tv("servicesStats.xlsx")}
        </a>
      </p>
      <p class="stats-summary">
        {tv("servicesStats.summary", {
          received: count.format(total.received),
          new: count.format(table.total.new),
          carried: count.format(table.total.carried),
          resolved: count.format(total.resolved),
          rate: rate(total.onTimeRate),
          inProgress: count.format(total.inProgress),
          ended: count.format(total.ended),
        })}
      </p>
      <p class="stats-online">
        {tv("servicesStats.online", {
          online: count.format(table.total.newOnline),
          onlineShare: shareText(total.onlineShare),
          full: count.format(table.total.newFullOnline),
          fullShare: shareText(total.fullOnlineShare),
          level34: count.format(table.total.newLevel34),
          paid: count.format(table.total.newPaid),
          paidOnline: count.format(table.total.newPaidOnline),
          paidOnlineShare: shareText(total.paidOnlineShare),
        })}
      </p>
      {rowCount === 0 ? (
        <p>{tv("servicesStats.noRows")}</p>
      ) : (
        <div class="table-scroll">
          <table class="data services-stats">
            <caption>{tv("servicesStats.caption", { from, to })}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {tv("servicesStats.colNo")}
                </th>
                <th scope="col" rowSpan={2}>
                  {tv(`servicesStats.colName.${table.by}`)}
                </th>
                <th scope="colgroup" colSpan={3}>
                  {tv("servicesStats.colReceived")}
                </th>
                <th scope="colgroup" colSpan={4}>
                  {tv("servicesStats.colResolved")}
                </th>
                <th scope="colgroup" colSpan={3}>
                  {tv("servicesStats.colInProgress")}
                </th>
                <th scope="colgroup" colSpan={2}>
                  {tv("servicesStats.colEnded")}
                </th>
                <th scope="col" rowSpan={2}>
                  {tv("servicesStats.colOnTimeRate")}
                </th>
                <th scope="colgroup" colSpan={5}>
                  {tv("servicesStats.colOnlineGroup")}
                </th>
              </tr>
              <tr>
                {[
                  "colReceivedTotal",
                  "colCarried",
                  "colNew",
                  "colResolvedTotal",
                  "colEarly",
                  "colOnTime",
                  "colLate",
                  "colInProgressTotal",
                  "colWithin",
                  "colOverdue",
                  "colWithdrawn",
                  "colRejected",
                  "colOnline",
                  "colOnlineShare",
                  "colPaid",
                  "colPaidOnline",
                  "colPaidOnlineShare",
                ].map((k) => (
                  <th key={k} scope="col">
                    {tv(`servicesStats.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            {table.sections.map((s) => (
              <tbody key={s.key}>
                {s.numeral !== "" ? (
                  <tr class="group-row">
                    <th scope="row">{s.numeral}</th>
                    <th scope="rowgroup" colSpan={19}>
                      {sectionLabel(s.key)}
                    </th>
                  </tr>
                ) : null}
                {s.rows.map((r, i) => (
                  <tr key={r.key}>
                    <td>{i + 1}</td>
                    <th scope="row">{r.name}</th>
                    <CountCells c={r.counts} />
                  </tr>
                ))}
              </tbody>
            ))}
            <tfoot>
              <tr>
                <td />
                <th scope="row">{tv("servicesStats.total")}</th>
                <CountCells c={table.total} strong />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {table.by === "unit" ? (
        <>
          <h2>{tv("servicesStats.chart")}</h2>
          {data.chartSvg ? (
            <figure class="stats-chart">
              <div dangerouslySetInnerHTML={{ __html: data.chartSvg }} />
              <figcaption class="visually-hidden">{data.chartTitle}</figcaption>
            </figure>
          ) : (
            <p>{tv("servicesStats.chartEmpty")}</p>
          )}
        </>
      ) : null}
    </>
  );
}
