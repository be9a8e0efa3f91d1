import "../catalogue.js";
import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import type { OnlineExtras } from "../../lifecycle/online-extras.js";
import { SERVICES_PATHS } from "../../paths.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Receipts and signed results on the staff dossier page, with the way to sign the result when allowed. */
export function ElectronicDocumentsSection(props: {
  dossierId: string;
  extras: OnlineExtras;
  csrf: string;
  canSignResult: boolean;
}) {
  const docs = props.extras.documents;
  return (
    <section aria-labelledby="e-documents-heading">
      <h2 id="e-documents-heading">{tv("results.section.title")}</h2>
      {docs.length === 0 ? (
        <p>{tv("results.section.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{tv("results.section.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("results.section.kind")}</th>
              <th scope="col">{tv("results.section.doc")}</th>
              <th scope="col">{tv("results.section.signedAt")}</th>
              <th scope="col">{tv("results.section.verifyCode")}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((doc) => (
              <tr key={doc.id}>
                <td>{tv(`results.kind.${doc.kind}`)}</td>
                <td>
                  <a href={SERVICES_PATHS.dossierElectronicDocument(props.dossierId, doc.id)}>{doc.title}</a>
                  {doc.revoked_at ? <strong> ({tv("results.section.revoked")})</strong> : null}
                </td>
                <td>{formatDateTime(doc.signed_at)}</td>
                <td>
                  <a href={SERVICES_PATHS.verifyCode(doc.verify_code)}>
                    <code>{doc.verify_code}</code>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canSignResult ? (
        <p>
          <a class="button" href={SERVICES_PATHS.dossierSignResult(props.dossierId)}>
            {tv("results.section.sign")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
