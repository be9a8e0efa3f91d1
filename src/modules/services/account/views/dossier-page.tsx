import { formatDate, formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import { CsrfField } from "../../../../platform/ui/components/forms.js";
import { FactList, TimelineTable } from "../../../../platform/ui/components/timeline.js";
import type { PublicShell } from "../../../../platform/ui/public-layout.js";
import { CitizenLayout, type CitizenPrincipal } from "../../../citizens/index.js";
import type { DossierFeeNotice } from "../../fees/tables.js";
import { stateLabel } from "../../lifecycle/domain/labels.js";
import type { PublicHistoryRow } from "../../notifications/domain/lookup.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../../paths.js";
import { formatVnd } from "../../payments/domain/money.js";
import "../catalogue.js";
import type { PaymentOrder } from "../../payments/tables.js";
import type { ElectronicDocument } from "../../results/tables.js";
import type { OwnDossier } from "../store.js";

export interface MyDossierPageProps {
  shell: PublicShell;
  csrf: string;
  citizen: CitizenPrincipal;
  dossier: OwnDossier;
  history: PublicHistoryRow[];
  supplementNote: string | null;
  notice: DossierFeeNotice | undefined;
  orders: PaymentOrder[];
  documents: ElectronicDocument[];
  /** Whether the online payment form is offered (a gateway or the sandbox is configured). */
  canPayOnline: boolean;
}

/** The citizen's own dossier (issue 8): where it stands, what it costs, how to pay, and what was issued. */
export function MyDossierPage(props: MyDossierPageProps) {
  const { shell, csrf, citizen, dossier: d } = props;
  const lang = shell.lang;
  const ta = (key: string, params?: Record<string, string | number>) =>
    t(lang, `servicesAccount.${key}`, params);
  const title = ta("title", { code: d.code });
  const facts: [string, string][] = [
    [ta("procedure"), d.procedure_name],
    [ta("code"), d.code],
    [ta("unit"), d.unit_name_vi],
    [ta("state"), stateLabel(d.state, lang)],
    [ta("submittedAt"), formatDate(d.submitted_at)],
  ];
  if (d.received_at) facts.push([ta("receivedAt"), formatDate(d.received_at)]);
  const due = d.apology_due_on ?? d.due_on;
  if (due) facts.push([ta("dueOn"), formatDate(due)]);
  return (
    <CitizenLayout shell={shell} title={title} citizen={citizen} csrf={csrf}>
      <p>
        <a href={CITIZEN_PATHS.myDossiers}>{ta("back")}</a>
      </p>
      <h1>{title}</h1>
      <FactList facts={facts} state={d.state} />
      <p>
        <a href={SERVICES_PATHS.receiptPdf(d.code)}>{ta("receiptSlip")}</a>
      </p>
      {d.state === "supplement_requested" ? (
        <div class="notice" role="status">
          <p>{ta("supplementLead")}</p>
          {props.supplementNote ? <p>{ta("supplementNote", { note: props.supplementNote })}</p> : null}
          <p>
            <a class="button" href={SERVICES_PATHS.supplement(d.code)}>
              {ta("supplementLink")}
            </a>
          </p>
        </div>
      ) : null}
      <FeeNoticeSection {...props} />
      <DocumentsSection lang={lang} code={d.code} documents={props.documents} />
      <TimelineTable
        title={ta("history")}
        heads={{ at: ta("historyAt"), what: ta("historyWhat"), note: ta("historyNote") }}
        entries={props.history.map((h) => ({ at: h.at, what: t(lang, h.key, h.params), note: h.note }))}
      />
    </CitizenLayout>
  );
}

function FeeNoticeSection({ shell, csrf, dossier, notice, orders, canPayOnline }: MyDossierPageProps) {
  const lang = shell.lang;
  const ta = (key: string, params?: Record<string, string | number>) =>
    t(lang, `servicesAccount.${key}`, params);
  if (!notice) {
    return (
      <section aria-labelledby="fee-heading">
        <h2 id="fee-heading">{ta("fee")}</h2>
        <p>{ta("feeNone")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="fee-heading" class="fee-notice" data-fee-status={notice.status}>
      <h2 id="fee-heading">{ta("fee")}</h2>
      <table class="data">
        <caption>{ta("feeCaption", { code: dossier.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{ta("feeItem")}</th>
            <th scope="col">{ta("feeBasis")}</th>
            <th scope="col" class="num">
              {ta("feeAmount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {notice.lines.map((line, i) => (
            <tr key={i}>
              <th scope="row">{line.label}</th>
              <td>{line.basis}</td>
              <td class="num">{formatVnd(line.amountVnd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {notice.exemption_label ? (
            <>
              <tr>
                <th scope="row" colSpan={2}>
                  {ta("feeSubtotal")}
                </th>
                <td class="num">{formatVnd(Number(notice.subtotal_vnd))}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {ta("feeExemption", {
                    label: notice.exemption_label,
                    percent: notice.exemption_percent ?? 0,
                  })}
                </th>
                <td class="num">−{formatVnd(Number(notice.exempt_vnd))}</td>
              </tr>
            </>
          ) : null}
          <tr>
            <th scope="row" colSpan={2}>
              {ta("feeTotal")}
            </th>
            <td class="num">
              <strong>{formatVnd(Number(notice.total_vnd))}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p>
        {ta("feeStatus")}: <strong class="fee-status">{ta(`feeStatus.${notice.status}`)}</strong>
        {notice.status === "paid" && notice.paid_at ? (
          <>
            {" "}
            {ta("feePaidOn", {
              amount: formatVnd(Number(notice.total_vnd)),
              date: formatDate(notice.paid_at),
              via: ta(`paidVia.${notice.paid_via ?? "counter"}`),
            })}
          </>
        ) : null}
      </p>
      {notice.status === "unpaid" ? (
        canPayOnline ? (
          <form method="post" action={CITIZEN_PATHS.payDossier(dossier.code)} class="pay-form">
            <CsrfField token={csrf} />
            <p>{ta("payLead", { amount: formatVnd(Number(notice.total_vnd)) })}</p>
            <button type="submit" class="button">
              {ta("payButton")}
            </button>
          </form>
        ) : (
          <p>{ta("payOff")}</p>
        )
      ) : null}
      {orders.length > 0 ? (
        <table class="data payment-orders">
          <caption>{ta("payments")}</caption>
          <thead>
            <tr>
              <th scope="col">{ta("paymentRef")}</th>
              <th scope="col">{ta("paymentAt")}</th>
              <th scope="col" class="num">
                {ta("paymentAmount")}
              </th>
              <th scope="col">{ta("paymentStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id} data-status={o.status}>
                <td>{o.order_ref}</td>
                <td>{formatDateTime(o.settled_at ?? o.created_at)}</td>
                <td class="num">{formatVnd(Number(o.amount_vnd))}</td>
                <td>{ta(`paymentStatus.${o.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function DocumentsSection({
  lang,
  code,
  documents,
}: {
  lang: Lang;
  code: string;
  documents: ElectronicDocument[];
}) {
  const ta = (key: string, params?: Record<string, string | number>) =>
    t(lang, `servicesAccount.${key}`, params);
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{ta("documents")}</h2>
      {documents.length === 0 ? (
        <p>{ta("documentsNone")}</p>
      ) : (
        <>
          <table class="data e-documents">
            <caption class="visually-hidden">{ta("documents")}</caption>
            <thead>
              <tr>
                <th scope="col">{ta("documentKind")}</th>
                <th scope="col">{ta("documentTitle")}</th>
                <th scope="col">{ta("documentSignedAt")}</th>
                <th scope="col">{ta("documentVerify")}</th>
                <th scope="col">{ta("documentDownload")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr key={doc.id} data-kind={doc.kind}>
                  <td>{ta(`documentKind.${doc.kind}`)}</td>
                  <td>
                    {doc.title}
                    {doc.revoked_at ? <> ({ta("documentRevoked")})</> : null}
                  </td>
                  <td>{formatDate(doc.signed_at)}</td>
                  <td>
                    <a href={SERVICES_PATHS.verifyCode(doc.verify_code)}>{doc.verify_code}</a>
                  </td>
                  <td>
                    <a href={CITIZEN_PATHS.myDossierDocument(code, doc.id)}>
                      {ta("documentDownload")}
                      <span class="visually-hidden"> {doc.title}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {documents.some((doc) => doc.kind === "result") ? (
            <p>
              {ta("documentStore")} <a href={CITIZEN_PATHS.documentStore}>{ta("documentStoreLink")}</a>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
