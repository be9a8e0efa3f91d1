import { formatDate, t } from "../../../../platform/i18n/index.js";
import { ErrorSummary, type Errors, TextArea } from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import "../../account/catalogue.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import type { StoreOffer } from "../../documents/reuse.js";
import type { Dossier, DossierFile, Procedure } from "../../tables.js";
import { formatBytes } from "../domain/attachments.js";
import { OTHER_PAPERS_FIELD } from "../submission.js";
import { DossierFormFields, type FormValues } from "./dossier-form.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The online submission form of a procedure (multipart; CSRF token in the action, as multipart forms carry it). */
export function SubmissionPage({
  shell,
  procedure,
  action,
  values,
  errors,
  filesRefused,
  signedInName,
  store = null,
}: {
  shell: PublicShell;
  procedure: Procedure;
  action: string;
  values: FormValues;
  errors: Errors;
  filesRefused: boolean;
  signedInName: string | null;
  /** The signed-in citizen's document store, offered per paper slot. */
  store?: StoreOffer | null;
}) {
  const title = tv("submission.title", { procedure: procedure.name });
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tv("submission.intro")}</p>
      <p>{tv("submission.processingDays", { days: procedure.processing_days })}</p>
      <p class="notice">
        {signedInName ? tv("submission.signedInAs", { name: signedInName }) : tv("submission.anonymousNote")}
      </p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <DossierFormFields
          procedure={procedure}
          mode="online"
          values={values}
          errors={errors}
          filesRefused={filesRefused}
          store={store}
        />
        <button type="submit" class="button">
          {tv("submission.submit")}
        </button>
      </form>
    </PublicLayout>
  );
}

/** A short public page with one message (procedure not online, nothing to supplement). */
export function MessagePage({
  shell,
  title,
  message,
}: {
  shell: PublicShell;
  title: string;
  message: string;
}) {
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <p class="notice">{message}</p>
    </PublicLayout>
  );
}

/** After submitting: the code, the due-date note, the receipt and the lookup link. */
export function SubmittedPage({
  shell,
  dossier,
  procedure,
  files,
  receiptHref,
  lookupHref,
  feeDue,
}: {
  shell: PublicShell;
  dossier: Dossier;
  procedure: Procedure;
  files: DossierFile[];
  receiptHref: string;
  lookupHref: string;
  /** An unpaid fee notice of a signed-in owner's dossier: the call to pay it online on the dossier page. */
  feeDue?: { totalVnd: number; href: string } | null | undefined;
}) {
  const title = tv("submitted.title", { code: dossier.code });
  const contact = [dossier.applicant_email, dossier.applicant_phone].filter(Boolean).join(", ");
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <div class="notice" role="status">
        <p>{tv("submitted.lead")}</p>
        <p>
          <strong class="dossier-code">{dossier.code}</strong>
        </p>
        <p>{tv("submitted.keepCode")}</p>
        {contact ? <p>{tv("submitted.notified", { contact })}</p> : null}
      </div>
      <dl>
        <dt>{tv("submitted.procedure")}</dt>
        <dd>{procedure.name}</dd>
        <dt>{tv("submitted.applicant")}</dt>
        <dd>{dossier.applicant_name}</dd>
      </dl>
      <p>
        {dossier.due_on
          ? tv("submitted.dueOn", { date: formatDate(dossier.due_on) })
          : tv("submitted.dueNote", { days: procedure.processing_days })}
      </p>
      {feeDue ? (
        <div class="notice fee-due">
          <p>{t("vi", "servicesAccount.payCtaLead", { amount: formatVnd(feeDue.totalVnd) })}</p>
          <p>
            <a class="button" href={feeDue.href}>
              {t("vi", "servicesAccount.payCta")}
            </a>
          </p>
        </div>
      ) : null}
      {files.length > 0 ? (
        <>
          <h2>{tv("submitted.files")}</h2>
          <ul>
            {files.map((f) => (
              <li key={f.id}>
                {f.filename} ({formatBytes(f.size_bytes)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a class="button" href={receiptHref}>
          {tv("submitted.receipt")}
        </a>{" "}
        <a href={lookupHref}>{tv("submitted.lookup")}</a>
      </p>
    </PublicLayout>
  );
}

/** The citizen's supplement: the officer's request and the missing papers. */
export function SupplementPage({
  shell,
  dossier,
  requestNote,
  action,
  values,
  errors,
}: {
  shell: PublicShell;
  dossier: Dossier;
  requestNote: string;
  action: string;
  values: FormValues;
  errors: Errors;
}) {
  const title = tv("supplement.title", { code: dossier.code });
  const fileError = errors[OTHER_PAPERS_FIELD];
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tv("supplement.lead")}</p>
      <blockquote>{requestNote}</blockquote>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <div class={`form-group${fileError ? " has-error" : ""}`}>
          <label for={`f-${OTHER_PAPERS_FIELD}`}>{tv("supplement.files")}</label>
          <span class="hint" id="f-supplement-hint">
            {tv("submission.documentsHint", { fileLimit: "10 MB", totalLimit: "50 MB" })}
          </span>
          {fileError ? (
            <span class="field-error" id={`f-${OTHER_PAPERS_FIELD}-error`}>
              {fileError}
            </span>
          ) : null}
          <input
            type="file"
            id={`f-${OTHER_PAPERS_FIELD}`}
            name={OTHER_PAPERS_FIELD}
            multiple
            aria-invalid={fileError ? "true" : undefined}
            aria-describedby={
              fileError ? `f-${OTHER_PAPERS_FIELD}-error f-supplement-hint` : "f-supplement-hint"
            }
          />
        </div>
        <TextArea
          name="note"
          label={tv("supplement.note")}
          errors={errors}
          value={String(values.note ?? "")}
          rows={3}
        />
        <button type="submit" class="button">
          {tv("supplement.submit")}
        </button>
      </form>
    </PublicLayout>
  );
}
