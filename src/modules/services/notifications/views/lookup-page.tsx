import { formatDate, formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import { CsrfField, ErrorSummary, type Errors, TextField } from "../../../../platform/ui/components/forms.js";
import { FactList, TimelineTable } from "../../../../platform/ui/components/timeline.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { stateLabelKey } from "../../lifecycle/domain/state-machine.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { PublicShipment } from "../../postal/store.js";
import type { PublicHistoryRow } from "../domain/lookup.js";
import type { LookupDossier } from "../store.js";

export interface LookupValues {
  code: string;
  phone: string;
  idNumber: string;
}

export interface LookupResult {
  dossier: LookupDossier;
  history: PublicHistoryRow[];
  shipments: PublicShipment[];
  /** The latest supplement request's note, when the dossier waits for one. */
  supplementNote: string | null;
  /** The supplement form with the token, only for a visitor who came with the receipt's token. */
  supplementHref: string | null;
}

export function LookupPage({
  shell,
  csrf,
  values,
  errors,
  notice,
  result,
}: {
  shell: PublicShell;
  csrf: string;
  values: LookupValues;
  errors?: Errors | undefined;
  /** A message about the whole lookup (no match, too many): shown above the form, announced. */
  notice?: { title?: string; text: string } | undefined;
  result?: LookupResult | undefined;
}) {
  const lang = shell.lang;
  const tl = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  return (
    <PublicLayout
      shell={shell}
      title={result ? tl("lookup.result", { code: result.dossier.code }) : tl("lookup.title")}
    >
      {result ? (
        <ResultView lang={lang} result={result} />
      ) : (
        <>
          <h1>{tl("lookup.title")}</h1>
          <p>{tl("lookup.intro")}</p>
          {notice ? (
            <div class="error-summary" role="alert" tabindex={-1}>
              {notice.title ? <h2>{notice.title}</h2> : null}
              <p>{notice.text}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} lang={lang} />
          <form method="post" action={SERVICES_PATHS.lookup} novalidate>
            <CsrfField token={csrf} />
            <TextField
              name="code"
              label={tl("lookup.code")}
              hint={tl("lookup.codeHint")}
              value={values.code}
              errors={errors}
              required
              maxLength={80}
            />
            <p class="hint">{tl("lookup.orHint")}</p>
            <TextField
              name="phone"
              label={tl("lookup.phone")}
              value={values.phone}
              errors={errors}
              type="tel"
              autocomplete="tel"
              maxLength={30}
            />
            <TextField
              name="idNumber"
              label={tl("lookup.idNumber")}
              value={values.idNumber}
              errors={errors}
              inputMode="numeric"
              maxLength={20}
            />
            <button type="submit" class="button">
              {tl("lookup.submit")}
            </button>
          </form>
        </>
      )}
    </PublicLayout>
  );
}

function ResultView({ lang, result }: { lang: Lang; result: LookupResult }) {
  const tl = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const d = result.dossier;
  const facts: [string, string][] = [
    [tl("lookup.procedure"), d.procedure_name],
    [tl("lookup.unit"), lang === "en" ? d.unit_name_en || d.unit_name_vi : d.unit_name_vi],
    [tl("lookup.applicant"), d.applicant_name],
    [tl("lookup.state"), tl(stateLabelKey(d.state))],
    [tl("lookup.submittedAt"), formatDate(d.submitted_at)],
  ];
  if (d.received_at) facts.push([tl("lookup.receivedAt"), formatDate(d.received_at)]);
  if (d.due_on) facts.push([tl("lookup.dueOn"), formatDate(d.due_on)]);
  if (d.apology_due_on) facts.push([tl("lookup.apologyDueOn"), formatDate(d.apology_due_on)]);
  if (d.resolved_at) facts.push([tl("lookup.resolvedAt"), formatDate(d.resolved_at)]);
  if (d.returned_at) facts.push([tl("lookup.returnedAt"), formatDate(d.returned_at)]);
  return (
    <>
      <h1>{tl("lookup.result", { code: d.code })}</h1>
      <FactList facts={facts} state={d.state} />
      {d.state === "supplement_requested" ? (
        <div class="notice" role="status">
          <p>{tl("lookup.paused")}</p>
          {result.supplementNote ? (
            <p>{tl("lookup.supplementNeeded", { note: result.supplementNote })}</p>
          ) : null}
          {result.supplementHref ? (
            <p>
              <a class="button" href={result.supplementHref}>
                {tl("lookup.supplementLink")}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      <TimelineTable
        title={tl("lookup.history")}
        heads={{ at: tl("lookup.historyAt"), what: tl("lookup.historyWhat"), note: tl("lookup.historyNote") }}
        entries={result.history.map((h) => ({ at: h.at, what: tl(h.key, h.params), note: h.note }))}
      />
      {result.shipments.length > 0 ? (
        <>
          <h2>{tl("lookup.postal")}</h2>
          <table class="data">
            <caption class="visually-hidden">{tl("lookup.postal")}</caption>
            <thead>
              <tr>
                <th scope="col">{tl("postal.direction")}</th>
                <th scope="col">{tl("postal.service")}</th>
                <th scope="col">{tl("postal.tracking")}</th>
                <th scope="col">{tl("postal.status")}</th>
                <th scope="col">{tl("lookup.historyAt")}</th>
              </tr>
            </thead>
            <tbody>
              {result.shipments.map((s, i) => (
                <tr key={i}>
                  <td>{tl(`postal.direction.${s.direction}`)}</td>
                  <td>{tl(`postal.service.${s.postal_service}`)}</td>
                  <td>{s.tracking_number ?? "—"}</td>
                  <td>{tl(`postal.status.${s.status}`)}</td>
                  <td>{formatDateTime(s.updated_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <p>
        <a href={SERVICES_PATHS.lookup}>{tl("lookup.another")}</a>
      </p>
    </>
  );
}
