import "../catalogue.js";
import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  describedByIds,
  ErrorSummary,
  type Errors,
  FormGroup,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { ElectronicDocumentKind } from "../tables.js";

/** What the public may know of an issued document: no applicant name, phone or identity number. */
export interface PublicDocument {
  verifyCode: string;
  kind: ElectronicDocumentKind;
  title: string;
  issuerName: string;
  signedAt: Date;
  signerSubject: string;
  certFingerprint: string;
  sha256: string;
  revokedAt: Date | null;
  revokedReason: string | null;
  maskedDossierCode: string;
}

export type FileCheck = { outcome: "match" } | { outcome: "mismatch"; sha256: string };

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The verification form, and a "not found" answer for a code that is well formed but unknown. */
export function VerifyFormPage(props: {
  shell: PublicShell;
  csrf: string;
  code: string;
  errors?: Errors | undefined;
  notFoundCode?: string | undefined;
}) {
  return (
    <PublicLayout
      shell={props.shell}
      title={props.notFoundCode ? tv("results.verify.notFoundTitle") : tv("results.verify.title")}
    >
      <h1>{props.notFoundCode ? tv("results.verify.notFoundTitle") : tv("results.verify.title")}</h1>
      {props.notFoundCode ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{tv("results.verify.notFound", { code: props.notFoundCode })}</p>
        </div>
      ) : null}
      <p>{tv("results.verify.intro")}</p>
      <ErrorSummary errors={props.errors} lang="vi" />
      <form method="post" action={SERVICES_PATHS.verify} novalidate>
        <CsrfField token={props.csrf} />
        <TextField
          name="code"
          label={tv("results.verify.code")}
          hint={tv("results.verify.codeHint")}
          value={props.code}
          errors={props.errors}
          required
          maxLength={40}
          autocomplete="off"
        />
        <button type="submit">{tv("results.verify.submit")}</button>
      </form>
    </PublicLayout>
  );
}

/** What the QR code opens: the record of the document, and a form to compare a file in hand with it. */
export function VerifiedDocumentPage(props: {
  shell: PublicShell;
  csrf: string;
  doc: PublicDocument;
  check?: FileCheck | undefined;
  errors?: Errors | undefined;
}) {
  const { doc, errors } = props;
  const valid = doc.revokedAt === null;
  return (
    <PublicLayout shell={props.shell} title={tv("results.verify.docTitle", { code: doc.verifyCode })}>
      <h1>{tv("results.verify.docTitle", { code: doc.verifyCode })}</h1>
      <p class={valid ? "status-ok" : "status-off"} role="status">
        <strong>
          {valid
            ? tv("results.verify.valid")
            : tv("results.verify.revoked", {
                date: formatDateTime(doc.revokedAt),
                reason: doc.revokedReason ?? "",
              })}
        </strong>
      </p>
      <dl class="summary-list">
        <dt>{tv("results.verify.kind")}</dt>
        <dd>{tv(`results.kind.${doc.kind}`)}</dd>
        <dt>{tv("results.verify.docName")}</dt>
        <dd>{doc.title}</dd>
        <dt>{tv("results.verify.issuer")}</dt>
        <dd>{doc.issuerName}</dd>
        <dt>{tv("results.verify.signedAt")}</dt>
        <dd>{formatDateTime(doc.signedAt)}</dd>
        <dt>{tv("results.verify.subject")}</dt>
        <dd>{doc.signerSubject}</dd>
        <dt>{tv("results.verify.fingerprint")}</dt>
        <dd>
          <code class="break-all">{doc.certFingerprint}</code>
        </dd>
        <dt>{tv("results.verify.sha256")}</dt>
        <dd>
          <code class="break-all">{doc.sha256}</code>
        </dd>
        <dt>{tv("results.verify.dossier")}</dt>
        <dd>{doc.maskedDossierCode}</dd>
      </dl>

      <h2 id="check-heading">{tv("results.verify.checkTitle")}</h2>
      <p>{tv("results.verify.checkIntro")}</p>
      {props.check ? (
        <div class={props.check.outcome === "match" ? "notice" : "error-summary"} role="alert" tabindex={-1}>
          <p>
            {props.check.outcome === "match"
              ? tv("results.verify.match")
              : tv("results.verify.mismatch", { sha256: props.check.sha256 })}
          </p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} lang="vi" />
      <form
        method="post"
        action={`${SERVICES_PATHS.verifyCode(doc.verifyCode)}?_csrf=${encodeURIComponent(props.csrf)}`}
        enctype="multipart/form-data"
        aria-labelledby="check-heading"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <FormGroup
          id="f-file"
          label={tv("results.verify.file")}
          hint={tv("results.verify.fileHint")}
          error={errors?.file}
        >
          <input
            type="file"
            id="f-file"
            name="file"
            accept="application/pdf,.pdf"
            aria-invalid={errors?.file ? "true" : undefined}
            aria-describedby={describedByIds("f-file", true, errors?.file)}
          />
        </FormGroup>
        <button type="submit">{tv("results.verify.checkSubmit")}</button>
      </form>
      <p>
        <a href={SERVICES_PATHS.verify}>{tv("results.verify.another")}</a>
      </p>
    </PublicLayout>
  );
}
