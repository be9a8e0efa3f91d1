import { viDate } from "../../../../platform/calendar/vn-day.js";
import { type Lang, t } from "../../../../platform/i18n/index.js";
import { DateRangeFields } from "../../../../platform/ui/components/date-range-fields.js";
import { ErrorSummary, type Errors, SelectField } from "../../../../platform/ui/components/forms.js";
import { contentHref } from "../../search/domain/result-url.js";
import type { SiteTotal, TopContent } from "../store.js";

export const STATS_PATH = "/admin/thong-ke";
export const STATS_CSV_PATH = "/admin/thong-ke/luot-xem.csv";

export interface StatsData {
  from: string;
  to: string;
  total: number;
  /** Every day of the period with its views (zero included). */
  days: { day: string; views: number }[];
  chartSvg: string;
  chartTitle: string;
  sites: SiteTotal[];
  top: TopContent[];
  csvHref: string;
}

export interface StatsPageProps {
  lang: Lang;
  input: Record<string, string>;
  errors?: Errors | undefined;
  siteOptions: { value: string; label: string }[];
  data: StatsData | null;
}

const count = new Intl.NumberFormat("vi-VN");

export function StatsPage({ lang, input, errors, siteOptions, data }: StatsPageProps) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("portalStats.intro")}</p>
      {siteOptions.length === 0 ? (
        <p>{tr("portalStats.noSites")}</p>
      ) : (
        <form method="get" action={STATS_PATH} class="filters" aria-label={tr("portalStats.filters")}>
          <DateRangeFields
            value={input}
            labels={{
              from: tr("portalStats.from"),
              to: tr("portalStats.to"),
              hint: tr("portalStats.dateHint"),
            }}
            errors={errors}
          />
          {siteOptions.length > 1 ? (
            <SelectField
              name="site"
              label={tr("portalStats.site")}
              value={input.site}
              options={siteOptions}
              emptyLabel={tr("portalStats.allSites")}
              errors={errors}
            />
          ) : null}
          <div class="form-group">
            <button type="submit" class="button">
              {tr("portalStats.apply")}
            </button>
          </div>
        </form>
      )}
      {data ? <StatsBody lang={lang} data={data} /> : null}
    </>
  );
}

function StatsBody({ lang, data }: { lang: Lang; data: StatsData }) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  return (
    <>
      <p>
        {tr("portalStats.period", {
          from: viDate(data.from),
          to: viDate(data.to),
          total: count.format(data.total),
        })}{" "}
        <a href={data.csvHref} download>
          {tr("portalStats.csv")}
        </a>
      </p>
      <h2>{tr("portalStats.byDay")}</h2>
      {/* Rendered by ECharts on the server; it carries its own role="img" and name (see chart.ts). */}
      <figure class="stats-chart">
        <div dangerouslySetInnerHTML={{ __html: data.chartSvg }} />
        <figcaption class="visually-hidden">{data.chartTitle}</figcaption>
      </figure>
      <details class="stats-table">
        <summary>{tr("portalStats.dataTable")}</summary>
        <table class="data">
          <caption class="visually-hidden">{data.chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("portalStats.colDay")}</th>
              <th scope="col">{tr("portalStats.colViews")}</th>
            </tr>
          </thead>
          <tbody>
            {data.days.map((d) => (
              <tr key={d.day}>
                <td>{viDate(d.day)}</td>
                <td>{count.format(d.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h2>{tr("portalStats.bySite")}</h2>
      <table class="data stats-sites">
        <thead>
          <tr>
            <th scope="col">{tr("portalStats.colSite")}</th>
            <th scope="col">{tr("portalStats.colViews")}</th>
          </tr>
        </thead>
        <tbody>
          {data.sites.map((s) => (
            <tr key={s.siteId}>
              <td>{s.siteName}</td>
              <td>{count.format(s.views)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{tr("portalStats.top")}</h2>
      {data.top.length === 0 ? (
        <p>{tr("portalStats.noViews")}</p>
      ) : (
        <table class="data stats-top">
          <thead>
            <tr>
              <th scope="col">{tr("portalStats.colRank")}</th>
              <th scope="col">{tr("portalStats.colTitle")}</th>
              <th scope="col">{tr("portalStats.colSite")}</th>
              <th scope="col">{tr("portalStats.colViews")}</th>
            </tr>
          </thead>
          <tbody>
            {data.top.map((c, i) => (
              <tr key={c.contentId}>
                <td>{i + 1}</td>
                <td>
                  <a href={contentHref({ slug: c.siteSlug, lang: c.siteLang }, c.kind, c.slug)}>{c.title}</a>
                </td>
                <td>{c.siteName}</td>
                <td>{count.format(c.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
