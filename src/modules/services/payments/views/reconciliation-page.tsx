import { viDate } from "../../../../platform/calendar/vn-day.js";
import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import { CsrfField, ErrorSummary, type Errors, TextField } from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { ReconciliationMismatch } from "../tables.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const count = new Intl.NumberFormat("vi-VN");

export interface UnitTotals {
  unitId: string;
  unitName: string;
  orders: number;
  paidCount: number;
  paidVnd: number;
}

export interface ReconciliationData {
  day: string;
  units: UnitTotals[];
  lastRunAt: Date | null;
  mismatches: ReconciliationMismatch[];
  csvHref: string;
}

export function statusLabel(status: string): string {
  return tv(`payments.status.${status}`);
}

export function resolutionLabel(resolution: string): string {
  return tv(`payments.resolution.${resolution}`);
}

export function ReconciliationPage({
  dayInput,
  errors,
  data,
  canRun,
  csrf,
}: {
  dayInput: string;
  errors?: Errors | undefined;
  data: ReconciliationData | null;
  canRun: boolean;
  csrf: string;
}) {
  const totals = data?.units.reduce(
    (sum, u) => ({
      orders: sum.orders + u.orders,
      paidCount: sum.paidCount + u.paidCount,
      paidVnd: sum.paidVnd + u.paidVnd,
    }),
    { orders: 0, paidCount: 0, paidVnd: 0 },
  );
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tv("payments.recon.intro")}</p>
      <form method="get" action={SERVICES_PATHS.reconciliation} class="filters">
        <TextField
          name="day"
          label={tv("payments.recon.day")}
          hint={tv("payments.recon.dayHint")}
          value={dayInput}
          errors={errors}
          maxLength={10}
        />
        <button type="submit" class="button">
          {tv("payments.recon.show")}
        </button>
      </form>
      {data ? (
        <>
          <p>
            {data.lastRunAt
              ? tv("payments.recon.lastRun", { at: formatDateTime(data.lastRunAt) })
              : tv("payments.recon.notRun")}
          </p>
          {canRun ? (
            <form method="post" action={SERVICES_PATHS.reconciliationRun}>
              <CsrfField token={csrf} />
              <input type="hidden" name="day" value={viDate(data.day)} />
              <button type="submit" class="button secondary">
                {tv("payments.recon.run")}
              </button>
            </form>
          ) : null}
          <h2>{tv("payments.recon.byUnit", { day: viDate(data.day) })}</h2>
          {data.units.length === 0 ? (
            <p>{tv("payments.recon.noOrders")}</p>
          ) : (
            <table class="data-table">
              <caption class="visually-hidden">
                {tv("payments.recon.byUnit", { day: viDate(data.day) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tv("payments.recon.colUnit")}</th>
                  <th scope="col">{tv("payments.recon.colOrders")}</th>
                  <th scope="col">{tv("payments.recon.colPaid")}</th>
                  <th scope="col">{tv("payments.recon.colPaidSum")}</th>
                </tr>
              </thead>
              <tbody>
                {data.units.map((u) => (
                  <tr key={u.unitId}>
                    <th scope="row">{u.unitName}</th>
                    <td class="num">{count.format(u.orders)}</td>
                    <td class="num">{count.format(u.paidCount)}</td>
                    <td class="num">{formatVnd(u.paidVnd)}</td>
                  </tr>
                ))}
              </tbody>
              {totals ? (
                <tfoot>
                  <tr>
                    <th scope="row">{tv("payments.recon.total")}</th>
                    <td class="num">{count.format(totals.orders)}</td>
                    <td class="num">{count.format(totals.paidCount)}</td>
                    <td class="num">{formatVnd(totals.paidVnd)}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          )}
          <h2>{tv("payments.recon.mismatches")}</h2>
          {data.mismatches.length === 0 ? (
            <p>{tv("payments.recon.noMismatch")}</p>
          ) : (
            <table class="data-table">
              <caption class="visually-hidden">{tv("payments.recon.mismatches")}</caption>
              <thead>
                <tr>
                  <th scope="col">{tv("payments.recon.colOrderRef")}</th>
                  <th scope="col">{tv("payments.recon.colDossier")}</th>
                  <th scope="col">{tv("payments.recon.colOurs")}</th>
                  <th scope="col">{tv("payments.recon.colBank")}</th>
                  <th scope="col">{tv("payments.recon.colAmount")}</th>
                  <th scope="col">{tv("payments.recon.colResolution")}</th>
                </tr>
              </thead>
              <tbody>
                {data.mismatches.map((m) => (
                  <tr key={m.orderRef} data-resolution={m.resolution}>
                    <td>
                      <code>{m.orderRef}</code>
                    </td>
                    <td>{m.dossierCode}</td>
                    <td>{statusLabel(m.ours)}</td>
                    <td>{statusLabel(m.bank)}</td>
                    <td class="num">{formatVnd(m.amountVnd)}</td>
                    <td>{resolutionLabel(m.resolution)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <a href={data.csvHref}>{tv("payments.recon.csv")}</a>
          </p>
        </>
      ) : null}
    </>
  );
}
