import { formatDate, formatDateTime, t } from "../../../../platform/i18n/index.js";
import { AccountListPager } from "../../../../platform/ui/components/account-pager.js";
import { CsrfField } from "../../../../platform/ui/components/forms.js";
import type { PublicShell } from "../../../../platform/ui/public-layout.js";
import { CitizenLayout, type CitizenPrincipal } from "../../../citizens/index.js";
import { formatBytes } from "../../dossiers/domain/attachments.js";
import { CITIZEN_PATHS } from "../../paths.js";
import type { AccessLogRow, ConsentState, StoredDocumentRow } from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) =>
  t("vi", `servicesDocuments.${key}`, params);

interface Base {
  shell: PublicShell;
  csrf: string;
  citizen: CitizenPrincipal;
}

function DossierLink({ code }: { code: string | null }) {
  return code ? <a href={CITIZEN_PATHS.myDossier(code)}>{code}</a> : <>—</>;
}

function ConsentBlock({ consent, csrf }: { consent: ConsentState; csrf: string }) {
  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title">{tv("consentTitle")}</h2>
      <p>
        {consent.granted && consent.grantedAt
          ? tv("consentGranted", { date: formatDate(consent.grantedAt) })
          : consent.withdrawnAt
            ? tv("consentWithdrawn", { date: formatDate(consent.withdrawnAt) })
            : tv("consentNone")}
      </p>
      <form method="post" action={CITIZEN_PATHS.documentStoreConsent}>
        <CsrfField token={csrf} />
        {consent.granted ? (
          <>
            <p class="hint" id="withdraw-hint">
              {tv("withdrawHint")}
            </p>
            <input type="hidden" name="action" value="withdraw" />
            <button type="submit" class="button secondary" aria-describedby="withdraw-hint">
              {tv("withdraw")}
            </button>
          </>
        ) : (
          <>
            <input type="hidden" name="action" value="grant" />
            <button type="submit" class="button">
              {tv("grant")}
            </button>
          </>
        )}
      </form>
    </section>
  );
}

/** The store: what is kept and who sees it, consent, and the documents (50 a page, newest first). */
export function StorePage({
  shell,
  csrf,
  citizen,
  consent,
  notice,
  rows,
  total,
  page,
  pages,
}: Base & {
  consent: ConsentState;
  notice: string | null;
  rows: StoredDocumentRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const title = tv("title");
  return (
    <CitizenLayout shell={shell} title={title} citizen={citizen} csrf={csrf}>
      <h1>{title}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <h2>{tv("whatTitle")}</h2>
      <p>{tv("whatResults")}</p>
      <p>{tv("whatPapers")}</p>
      <h2>{tv("whoTitle")}</h2>
      <p>{tv("whoText")}</p>
      <ConsentBlock consent={consent} csrf={csrf} />
      <h2 id="list-title">{tv("listTitle")}</h2>
      {rows.length === 0 ? (
        <p class="empty-state">{tv("empty")}</p>
      ) : (
        <>
          <p class="muted">{tv("count", { count: total })}</p>
          <table class="data stored-documents" aria-labelledby="list-title">
            <thead>
              <tr>
                <th scope="col">{tv("col.title")}</th>
                <th scope="col">{tv("col.kind")}</th>
                <th scope="col">{tv("col.file")}</th>
                <th scope="col">{tv("col.dossier")}</th>
                <th scope="col">{tv("col.date")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-id={r.id} data-kind={r.kind}>
                  <td>
                    <a href={CITIZEN_PATHS.storedDocument(r.id)}>{r.title}</a>
                  </td>
                  <td>{tv(`kind.${r.kind}`)}</td>
                  <td>
                    {r.filename} ({formatBytes(r.sizeBytes)})
                  </td>
                  <td>
                    <DossierLink code={r.sourceDossierCode} />
                  </td>
                  <td>{formatDate(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <AccountListPager path={CITIZEN_PATHS.documentStore} page={page} pages={pages} tr={tv} />
        </>
      )}
    </CitizenLayout>
  );
}

/** Withdrawing removes the kept papers: said before it is done, with a second button to confirm. */
export function ConfirmWithdrawPage({ shell, csrf, citizen, papers }: Base & { papers: number }) {
  const title = tv("confirmTitle");
  return (
    <CitizenLayout shell={shell} title={title} citizen={citizen} csrf={csrf}>
      <h1>{title}</h1>
      <p class="notice notice-warning">{tv("confirmText", { count: papers })}</p>
      <form method="post" action={CITIZEN_PATHS.documentStoreConsent}>
        <CsrfField token={csrf} />
        <input type="hidden" name="action" value="withdraw" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="button">
          {tv("confirmWithdraw")}
        </button>
      </form>
      <p>
        <a href={CITIZEN_PATHS.documentStore}>{tv("cancel")}</a>
      </p>
    </CitizenLayout>
  );
}

function who(row: AccessLogRow): string {
  if (row.actorKind === "citizen") return tv("log.you");
  const name = row.staffName ?? "—";
  return row.staffUnit ? tv("log.staff", { name, unit: row.staffUnit }) : tv("log.staffNoUnit", { name });
}

/** One stored document: its details, download, delete, and who opened it. */
export function StoredDocumentPage({
  shell,
  csrf,
  citizen,
  doc,
  log,
}: Base & { doc: StoredDocumentRow; log: AccessLogRow[] }) {
  const title = tv("detailTitle", { title: doc.title });
  return (
    <CitizenLayout shell={shell} title={title} citizen={citizen} csrf={csrf}>
      <p>
        <a href={CITIZEN_PATHS.documentStore}>{tv("back")}</a>
      </p>
      <h1>{title}</h1>
      <dl>
        <dt>{tv("field.kind")}</dt>
        <dd>{tv(`kind.${doc.kind}`)}</dd>
        <dt>{tv("field.file")}</dt>
        <dd>{doc.filename}</dd>
        <dt>{tv("field.dossier")}</dt>
        <dd>
          <DossierLink code={doc.sourceDossierCode} />
        </dd>
        <dt>{tv("field.date")}</dt>
        <dd>{formatDate(doc.createdAt)}</dd>
        <dt>{tv("field.sha256")}</dt>
        <dd>
          <code class="hash">{doc.sha256}</code>
        </dd>
      </dl>
      <p>
        <a class="button" href={CITIZEN_PATHS.storedDocumentFile(doc.id)}>
          {tv("download", { filename: doc.filename, size: formatBytes(doc.sizeBytes) })}
        </a>
      </p>
      <form method="post" action={CITIZEN_PATHS.storedDocumentDelete(doc.id)}>
        <CsrfField token={csrf} />
        <p class="hint" id="delete-hint">
          {tv("deleteHint")}
        </p>
        <button type="submit" class="button secondary" aria-describedby="delete-hint">
          {tv("delete")}
        </button>
      </form>
      <h2 id="log-title">{tv("logTitle")}</h2>
      {log.length === 0 ? (
        <p class="empty-state">{tv("logEmpty")}</p>
      ) : (
        <table class="data access-log">
          <caption class="visually-hidden">{tv("logCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("log.when")}</th>
              <th scope="col">{tv("log.who")}</th>
              <th scope="col">{tv("log.what")}</th>
              <th scope="col">{tv("log.dossier")}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((r, i) => (
              <tr key={i} data-action={r.action} data-actor={r.actorKind}>
                <td>{formatDateTime(r.at)}</td>
                <td>{who(r)}</td>
                <td>{tv(`action.${r.action}`)}</td>
                <td>{r.dossierCode ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CitizenLayout>
  );
}
