import {
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { tr } from "../catalogue.js";
import { formatMonth, type SheetMonth, viDay, vnDayOf } from "../domain/month.js";
import { formatVnd } from "../domain/rates.js";
import type { Sheet } from "../domain/sheet.js";
import { RATES_PATH, SHEET_PATH } from "./paths.js";

const count = new Intl.NumberFormat("vi-VN");

export interface SheetPageProps {
  input: { site: string; thang: string };
  errors?: Errors | undefined;
  siteOptions: { value: string; label: string }[];
  canSeeRates: boolean;
  data: {
    siteName: string;
    month: SheetMonth;
    sheet: Sheet;
    decisions: readonly string[];
    xlsxHref: string;
  } | null;
}

export function SheetPage({ input, errors, siteOptions, canSeeRates, data }: SheetPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tr("portalRoyalties.sheet.intro")}</p>
      {canSeeRates ? (
        <p>
          <a href={RATES_PATH}>{tr("portalRoyalties.rates.link")}</a>
        </p>
      ) : null}
      {siteOptions.length === 0 ? (
        <p>{tr("portalRoyalties.sheet.noSites")}</p>
      ) : (
        <form
          method="get"
          action={SHEET_PATH}
          class="filters"
          aria-label={tr("portalRoyalties.sheet.filters")}
        >
          <SelectField
            name="site"
            label={tr("portalRoyalties.sheet.site")}
            value={input.site}
            options={siteOptions}
            errors={errors}
          />
          <TextField
            name="thang"
            label={tr("portalRoyalties.sheet.month")}
            hint={tr("portalRoyalties.sheet.monthHint")}
            value={input.thang}
            errors={errors}
            maxLength={10}
            inputMode="numeric"
          />
          <div class="form-group">
            <button type="submit" class="button">
              {tr("portalRoyalties.sheet.apply")}
            </button>
          </div>
        </form>
      )}
      {data ? <SheetBody {...data} /> : null}
    </>
  );
}

function SheetBody({ siteName, month, sheet, decisions, xlsxHref }: NonNullable<SheetPageProps["data"]>) {
  const m = formatMonth(month);
  const basis = [tr("portalRoyalties.decree"), ...decisions].join("; ");
  return (
    <section aria-labelledby="royalty-sheet-heading">
      <h2 id="royalty-sheet-heading">{tr("portalRoyalties.sheet.heading", { month: m })}</h2>
      <p>{tr("portalRoyalties.sheet.legalBasis", { basis })}</p>
      <p>
        <a href={xlsxHref} download>
          {tr("portalRoyalties.sheet.xlsx")}
        </a>
      </p>
      {sheet.unassessed > 0 ? (
        <p class="notice">{tr("portalRoyalties.sheet.unassessed", { count: sheet.unassessed })}</p>
      ) : null}
      {sheet.withoutValue > 0 ? (
        <p class="notice">{tr("portalRoyalties.sheet.withoutValue", { count: sheet.withoutValue })}</p>
      ) : null}
      {sheet.lines.length === 0 ? (
        <p>{tr("portalRoyalties.sheet.empty", { month: m })}</p>
      ) : (
        <table class="data royalty-sheet">
          <caption>{tr("portalRoyalties.sheet.caption", { month: m, site: siteName })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("portalRoyalties.col.no")}</th>
              <th scope="col">{tr("portalRoyalties.col.title")}</th>
              <th scope="col">{tr("portalRoyalties.col.published")}</th>
              <th scope="col">{tr("portalRoyalties.col.beneficiary")}</th>
              <th scope="col">{tr("portalRoyalties.col.class")}</th>
              <th scope="col" class="num">
                {tr("portalRoyalties.col.points")}
              </th>
              <th scope="col" class="num">
                {tr("portalRoyalties.col.pointValue")}
              </th>
              <th scope="col" class="num">
                {tr("portalRoyalties.col.amount")}
              </th>
              <th scope="col">{tr("portalRoyalties.col.note")}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.lines.map((l) => (
              <tr key={l.contentId}>
                <td>{l.no}</td>
                <th scope="row">
                  <a href={`/admin/noi-dung/${l.contentId}`}>{l.title}</a>
                </th>
                <td>{viDay(vnDayOf(l.publishedAt))}</td>
                <td>{l.beneficiary}</td>
                <td>{l.assessment?.className ?? tr("portalRoyalties.sheet.notAssessed")}</td>
                <td class="num">{l.assessment ? count.format(l.assessment.points) : ""}</td>
                <td class="num">
                  {l.pointValueVnd !== null
                    ? count.format(l.pointValueVnd)
                    : l.assessment
                      ? tr("portalRoyalties.sheet.noValue")
                      : ""}
                </td>
                <td class="num">{l.amountVnd !== null ? count.format(l.amountVnd) : ""}</td>
                <td>{l.withdrawn ? tr("portalRoyalties.sheet.withdrawn") : ""}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                {tr("portalRoyalties.total")}
              </th>
              <td class="num">{count.format(sheet.totalPoints)}</td>
              <td />
              <td class="num">{count.format(sheet.totalVnd)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <p>
        {tr("portalRoyalties.totalLine", {
          count: sheet.lines.length,
          points: count.format(sheet.totalPoints),
          amount: formatVnd(sheet.totalVnd),
        })}
      </p>
    </section>
  );
}
