import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import type { OnlineExtras } from "../../lifecycle/online-extras.js";
import { SERVICES_PATHS } from "../../paths.js";
import "../domain/fee-notice.js";
import type { DossierFeeNotice } from "../tables.js";
import { CounterFeeForm } from "./counter-fee-form.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The itemised notice as a table: lines, subtotal, exemption, total. Also used by the counter page. */
export function FeeNoticeTable({ fee }: { fee: DossierFeeNotice }) {
  return (
    <table class="data">
      <caption>{tv("fees.section.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{tv("fees.section.item")}</th>
          <th scope="col">{tv("fees.section.basis")}</th>
          <th scope="col" class="num">
            {tv("fees.section.amount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {fee.lines.map((l, i) => (
          <tr key={`${i}-${l.label}`}>
            <td>{l.label}</td>
            <td>{l.basis}</td>
            <td class="num">{formatVnd(l.amountVnd)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {tv("fees.section.subtotal")}
          </th>
          <td class="num">{formatVnd(Number(fee.subtotal_vnd))}</td>
        </tr>
        {fee.exemption_label ? (
          <tr>
            <th scope="row" colSpan={2}>
              {tv("fees.section.exemption", {
                label: fee.exemption_label,
                percent: fee.exemption_percent ?? 0,
              })}
            </th>
            <td class="num">−{formatVnd(Number(fee.exempt_vnd))}</td>
          </tr>
        ) : null}
        <tr>
          <th scope="row" colSpan={2}>
            {tv("fees.section.total")}
          </th>
          <td class="num">
            <strong>{formatVnd(Number(fee.total_vnd))}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function feeStatusText(fee: DossierFeeNotice & { collected_by_name?: string | null }): string {
  if (fee.status === "exempt") return tv("fees.status.exempt");
  if (fee.status === "unpaid") return tv("fees.status.unpaid");
  const via = tv(`fees.via.${fee.paid_via ?? "counter"}`);
  const who = fee.collected_by_name ? tv("fees.status.by", { name: fee.collected_by_name }) : "";
  return tv("fees.status.paid", { at: formatDateTime(fee.paid_at), via }) + who;
}

/** The fee notice on the staff dossier page, its receipts, the online payment attempts, and the counter form. */
export function FeeSection(props: {
  dossierId: string;
  extras: OnlineExtras;
  csrf: string;
  canCollect: boolean;
}) {
  const { fee, orders, documents } = props.extras;
  if (!fee && orders.length === 0) return null;
  const receipts = documents.filter((d) => d.kind === "receipt");
  return (
    <section aria-labelledby="fee-heading">
      <h2 id="fee-heading">{tv("fees.section.title")}</h2>
      {fee ? (
        <>
          <FeeNoticeTable fee={fee} />
          <p>
            <strong>{tv("fees.section.status")}:</strong> {feeStatusText(fee)}
          </p>
        </>
      ) : null}
      {receipts.length > 0 ? (
        <ul>
          {receipts.map((r) => (
            <li key={r.id}>
              <a href={SERVICES_PATHS.dossierElectronicDocument(props.dossierId, r.id)}>
                {tv("fees.section.receipt", { title: r.title })}
              </a>{" "}
              ({formatDateTime(r.signed_at)})
            </li>
          ))}
        </ul>
      ) : null}
      {orders.length > 0 ? (
        <table class="data">
          <caption>{tv("fees.orders.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("fees.orders.ref")}</th>
              <th scope="col">{tv("fees.orders.time")}</th>
              <th scope="col" class="num">
                {tv("fees.section.amount")}
              </th>
              <th scope="col">{tv("fees.orders.status")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td>{o.order_ref}</td>
                <td>{formatDateTime(o.created_at)}</td>
                <td class="num">{formatVnd(Number(o.amount_vnd))}</td>
                <td>{tv(`fees.orderStatus.${o.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {fee && fee.status === "unpaid" && props.canCollect ? (
        <CounterFeeForm dossierId={props.dossierId} csrf={props.csrf} totalVnd={Number(fee.total_vnd)} />
      ) : null}
    </section>
  );
}
