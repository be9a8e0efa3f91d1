import "../catalogue.js";
import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import {
  describedByIds,
  ErrorSummary,
  type Errors,
  FormGroup,
} from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export interface ResultFileOption {
  id: string;
  filename: string;
  created_at: Date;
}

/**
 * The sign-result form: pick one of the PDFs already uploaded as the dossier's result, or upload one. The system adds
 * the electronic-copy stamp and signs it with the unit's certificate.
 */
export function SignResultPage(props: {
  dossierId: string;
  code: string;
  unitName: string;
  title: string;
  files: ResultFileOption[];
  csrf: string;
  chosen?: string | undefined;
  errors?: Errors | undefined;
}) {
  const errors = props.errors;
  return (
    <>
      <p>
        <a href={SERVICES_PATHS.dossier(props.dossierId)}>
          {tv("results.signPage.back", { code: props.code })}
        </a>
      </p>
      <h1>{tv("results.signPage.title", { code: props.code })}</h1>
      <p>{tv("results.signPage.intro", { unit: props.unitName, title: props.title })}</p>
      <ErrorSummary errors={errors} lang="vi" />
      <form
        method="post"
        action={`${SERVICES_PATHS.dossierSignResult(props.dossierId)}?_csrf=${encodeURIComponent(props.csrf)}`}
        enctype="multipart/form-data"
        novalidate
      >
        {props.files.length > 0 ? (
          <fieldset class={`form-group${errors?.fileId ? " has-error" : ""}`}>
            <legend>{tv("results.signPage.existing")}</legend>
            {errors?.fileId ? (
              <span class="field-error" id="f-fileId-error">
                {errors.fileId}
              </span>
            ) : null}
            {props.files.map((f, i) => (
              <div class="radio" key={f.id}>
                <input
                  type="radio"
                  name="fileId"
                  value={f.id}
                  id={i === 0 ? "f-fileId" : `f-fileId-${f.id}`}
                  checked={props.chosen === f.id}
                />
                <label for={i === 0 ? "f-fileId" : `f-fileId-${f.id}`}>
                  {f.filename} ({formatDateTime(f.created_at)})
                </label>
              </div>
            ))}
          </fieldset>
        ) : (
          <p>{tv("results.signPage.noExisting")}</p>
        )}
        <FormGroup
          id="f-resultFile"
          label={tv("results.signPage.upload")}
          hint={tv("results.signPage.uploadHint")}
          error={errors?.resultFile}
        >
          <input
            type="file"
            id="f-resultFile"
            name="resultFile"
            accept="application/pdf,.pdf"
            aria-invalid={errors?.resultFile ? "true" : undefined}
            aria-describedby={describedByIds("f-resultFile", true, errors?.resultFile)}
          />
        </FormGroup>
        <button type="submit">{tv("results.signPage.submit")}</button>
      </form>
    </>
  );
}
