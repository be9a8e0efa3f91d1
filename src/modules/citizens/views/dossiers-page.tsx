import { formatDate, t } from "../../../platform/i18n/index.js";
import { AccountListPager } from "../../../platform/ui/components/account-pager.js";
import type { PublicShell } from "../../../platform/ui/public-layout.js";
import type { DossierState } from "../../services/lifecycle/domain/state-machine.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../../services/paths.js";
import type { CitizenPrincipal } from "../principal.js";
import { CitizenLayout } from "./citizen-layout.js";

export interface MyDossierRow {
  code: string;
  procedureName: string;
  submittedAt: Date;
  state: DossierState;
  dueOn: string | null;
  lookupToken: string;
}

/** The lookup page opened as the receipt's QR opens it, so the owner needs no phone or ID number. */
export function lookupHref(row: Pick<MyDossierRow, "code" | "lookupToken">): string {
  const q = new URLSearchParams({ ma: row.code, k: row.lookupToken });
  return `${SERVICES_PATHS.lookup}?${q.toString()}`;
}

export function MyDossiersPage({
  shell,
  csrf,
  citizen,
  rows,
  total,
  page,
  pages,
}: {
  shell: PublicShell;
  csrf: string;
  citizen: CitizenPrincipal;
  rows: MyDossierRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const lang = shell.lang;
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `citizens.dossiers.${key}`, params);
  return (
    <CitizenLayout shell={shell} title={tr("title")} citizen={citizen} csrf={csrf}>
      <h1>{tr("title")}</h1>
      {rows.length === 0 ? (
        <>
          <p class="empty-state">{tr("empty")}</p>
          <p>
            <a href={SERVICES_PATHS.catalogue}>{tr("toCatalogue")}</a>
          </p>
        </>
      ) : (
        <>
          <p>{tr("intro")}</p>
          <p class="muted">{tr("count", { count: total })}</p>
          <table class="data my-dossiers">
            <caption class="visually-hidden">{tr("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{tr("code")}</th>
                <th scope="col">{tr("procedure")}</th>
                <th scope="col">{tr("submittedOn")}</th>
                <th scope="col">{tr("state")}</th>
                <th scope="col">{tr("dueOn")}</th>
                <th scope="col">{tr("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} data-code={r.code} data-state={r.state}>
                  <td>
                    <a href={CITIZEN_PATHS.myDossier(r.code)}>{r.code}</a>
                  </td>
                  <td>{r.procedureName}</td>
                  <td>{formatDate(r.submittedAt)}</td>
                  <td>{t(lang, `citizens.state.${r.state}`)}</td>
                  <td>{r.dueOn ? formatDate(r.dueOn) : "—"}</td>
                  <td>
                    {r.state === "supplement_requested" ? (
                      <a href={SERVICES_PATHS.supplement(r.code)}>
                        {tr("supplement")}
                        <span class="visually-hidden"> {r.code}</span>
                      </a>
                    ) : (
                      <a href={lookupHref(r)}>
                        {tr("view")}
                        <span class="visually-hidden"> {r.code}</span>
                      </a>
                    )}
                    {" · "}
                    <a href={SERVICES_PATHS.receiptPdf(r.code)}>
                      {tr("receipt")}
                      <span class="visually-hidden"> {r.code}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AccountListPager path={CITIZEN_PATHS.myDossiers} page={page} pages={pages} tr={tr} />
        </>
      )}
    </CitizenLayout>
  );
}
