import { DateRangeFields } from "../../../../platform/ui/components/date-range-fields.js";
import { ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
import { tv } from "../../compliance/access.js";
import { DECREE_42 } from "../../compliance/domain/criteria-data.js";
import { ScoreBar } from "../../compliance/views/parts.js";
import { siteScoreHref } from "../../compliance/views/paths.js";
import type { DashboardData } from "../data.js";
import { viDate } from "../domain/period.js";
import { appendixRowName, groupLabel } from "../labels.js";

export const DASHBOARD_PATH = "/admin/bang-dieu-khien-cong";
export const DASHBOARD_XLSX_PATH = "/admin/bang-dieu-khien-cong/bang-dieu-khien.xlsx";
const DUTIES_PATH = "/admin/nhiem-vu-giam-sat";
/** The newest breaches; the duties page lists them all. */
const BREACHES_SHOWN = 20;

const count = new Intl.NumberFormat("vi-VN");

export function DashboardView({
  input,
  errors,
  data,
}: {
  input: { from: string; to: string };
  errors?: Errors | undefined;
  data: DashboardData | null;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <form method="get" action={DASHBOARD_PATH} class="filters" aria-label={tv("govDash.filters")}>
        <DateRangeFields
          value={input}
          labels={{ from: tv("govDash.from"), to: tv("govDash.to"), hint: tv("govDash.dateHint") }}
          errors={errors}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tv("govDash.apply")}
          </button>
        </div>
      </form>
      {data ? <DashboardBody data={data} /> : null}
    </>
  );
}

function DashboardBody({ data }: { data: DashboardData }) {
  const from = viDate(data.from);
  const to = viDate(data.to);
  const xlsx = `${DASHBOARD_XLSX_PATH}?${new URLSearchParams({ from, to }).toString()}`;
  let rank = 0;
  return (
    <>
      <p>
        {tv("govDash.period", { from, to })}{" "}
        <a href={xlsx} download>
          {tv("govDash.xlsx")}
        </a>
      </p>

      <h2>{tv("govDash.newItems")}</h2>
      <table class="data dashboard-appendix">
        <caption>{tv("govDash.newItemsCaption", { from, to })}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("govDash.colNo")}</th>
            <th scope="col">{tv("govDash.colSite")}</th>
            <th scope="col">{tv("govDash.colNew")}</th>
          </tr>
        </thead>
        {data.appendix.groups.map((g) => (
          <tbody key={g.key}>
            <tr class="group-row">
              <th scope="row">{g.numeral}</th>
              <th scope="rowgroup" colSpan={2}>
                {groupLabel(g.key)}
              </th>
            </tr>
            {g.rows.map((r, i) => (
              <tr key={r.siteIds.join(",")}>
                <td>{i + 1}</td>
                <th scope="row">{appendixRowName(r)}</th>
                <td class="num">{count.format(r.count)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <td />
            <th scope="row">{tv("govDash.total")}</th>
            <td class="num">
              <strong>{count.format(data.appendix.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>

      <h2>{tv("govDash.compliance")}</h2>
      <table class="data">
        <caption>{tv("govDash.complianceCaption", { decree: DECREE_42 })}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("compliance.colRank")}</th>
            <th scope="col">{tv("compliance.colSite")}</th>
            <th scope="col">{tv("compliance.colScore")}</th>
            <th scope="col">{tv("compliance.colMissing")}</th>
            <th scope="col">{tv("compliance.colStale")}</th>
          </tr>
        </thead>
        <tbody>
          {data.compliance
            .filter((s) => s.score !== null)
            .map((s) => {
              rank += 1;
              return (
                <tr key={s.id}>
                  <td>{rank}</td>
                  <th scope="row">
                    <a href={siteScoreHref(s.id)}>{s.name}</a>
                  </th>
                  <td>
                    <ScoreBar score={s.score} />
                  </td>
                  <td>{s.missing}</td>
                  <td>{s.stale}</td>
                </tr>
              );
            })}
        </tbody>
      </table>

      <h2>{tv("govDash.comments")}</h2>
      {data.pendingComments.length === 0 ? (
        <p>{tv("govDash.commentsNone")}</p>
      ) : (
        <table class="data">
          <caption>{tv("govDash.commentsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("compliance.colSite")}</th>
              <th scope="col">{tv("govDash.colPending")}</th>
            </tr>
          </thead>
          <tbody>
            {data.pendingComments.map((c) => (
              <tr key={c.siteId}>
                <th scope="row">{c.siteName}</th>
                <td class="num">{count.format(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{tv("govDash.duties")}</h2>
      <p>
        {tv("govDash.dutiesCount", { count: data.overdueDuties })}{" "}
        <a href={DUTIES_PATH}>{tv("govDash.dutiesLink")}</a>
      </p>
      {data.breaches.length === 0 ? (
        <p>{tv("govDash.breachesNone")}</p>
      ) : (
        <table class="data">
          <caption>
            {tv("govDash.breachesCaption", {
              count: data.breaches.length,
              shown: Math.min(data.breaches.length, BREACHES_SHOWN),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tv("govDash.colStaff")}</th>
              <th scope="col">{tv("govDash.colRule")}</th>
              <th scope="col">{tv("compliance.colSite")}</th>
              <th scope="col">{tv("govDash.colOverdueFrom")}</th>
              <th scope="col">{tv("govDash.colDaysOverdue")}</th>
            </tr>
          </thead>
          <tbody>
            {data.breaches.slice(0, BREACHES_SHOWN).map((b) => (
              <tr key={`${b.ruleId}-${b.staffId}-${b.siteId ?? ""}-${b.overdueFrom}`}>
                <th scope="row">{b.staffName}</th>
                <td>{b.ruleTitle}</td>
                <td>{b.siteName ?? ""}</td>
                <td>{viDate(b.overdueFrom)}</td>
                <td class="num">{b.daysOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{tv("govDash.licences")}</h2>
      <table class="data">
        <caption>{tv("govDash.licencesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("compliance.colSite")}</th>
            <th scope="col">{tv("govDash.colLicence")}</th>
            <th scope="col">{tv("govDash.colExpires")}</th>
            <th scope="col">{tv("govDash.colState")}</th>
            <th scope="col">{tv("govDash.colDaysLeft")}</th>
          </tr>
        </thead>
        <tbody>
          {data.licences.map((l) => (
            <tr key={l.siteId}>
              <th scope="row">{l.siteName}</th>
              <td>{l.licenceNumber ?? ""}</td>
              <td>{l.expiresOn ? viDate(l.expiresOn) : ""}</td>
              <td>
                <span
                  class={l.state === "valid" ? "tag ok" : l.state === "expiring" ? "tag pending" : "tag off"}
                >
                  {tv(`govDash.licence.${l.state}`)}
                </span>
              </td>
              <td class="num">
                {l.daysLeft === null
                  ? ""
                  : l.daysLeft < 0
                    ? tv("govDash.daysPast", { days: count.format(-l.daysLeft) })
                    : count.format(l.daysLeft)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
