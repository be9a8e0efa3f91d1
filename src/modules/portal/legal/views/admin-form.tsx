import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { DOC_TYPES } from "../domain/doc-types.js";
import type { DocumentFormValues } from "../domain/document-input.js";
import { LEGAL_FIELDS } from "../domain/fields.js";
import type { DocumentFile } from "../store.js";
import { describedBy, Group } from "./parts.js";
import { formatFileSize, tl } from "./text.js";

/** The three dates of a document, typed dd/mm/yyyy, each with the hint that says when it may stay empty. */
const DATE_FIELDS = [
  { name: "issued_on", hintKey: "legal.hint.date" },
  { name: "effective_on", hintKey: "legal.hint.effective_on" },
  { name: "expires_on", hintKey: "legal.hint.expires_on" },
] as const satisfies readonly { name: keyof DocumentFormValues; hintKey: string }[];

export interface DocumentFormProps {
  /** Where the form posts, without the CSRF query (added here: multipart bodies are read after the CSRF check). */
  action: string;
  csrf: string;
  values: DocumentFormValues;
  errors?: Errors | undefined;
  issuerOptions: { value: string; label: string }[];
  currentFiles?: DocumentFile[];
  removeFiles?: readonly string[];
  /** Suggestions for the replaced-by field ("12/QĐ-UBND ngày 05/01/2024"). */
  suggestions: string[];
  pdfLimit: string;
  publicHref?: string | null;
}

/**
 * The register form: every field of SPEC §A4, grouped; dates typed dd/mm/yyyy; PDFs uploaded in the same request.
 * The file input comes last so the text fields are read before the files (a too-large file still leaves them).
 */
export function DocumentForm(props: DocumentFormProps) {
  const { values, errors } = props;
  const label = (f: string) => tl(`legal.f.${f}`);
  const filesError = errors?.files;
  const removed = new Set(props.removeFiles ?? []);
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      {props.publicHref ? (
        <p>
          <a href={props.publicHref}>{tl("legal.admin.viewPublic")}</a>
        </p>
      ) : null}
      <form
        method="post"
        action={`${props.action}?_csrf=${encodeURIComponent(props.csrf)}`}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <fieldset class="row-group">
          <legend>{tl("legal.admin.detailsSection")}</legend>
          <TextField
            name="number_symbol"
            label={label("number_symbol")}
            hint={tl("legal.hint.number_symbol")}
            value={values.number_symbol}
            errors={errors}
            maxLength={100}
            required
          />
          <SelectField
            name="doc_type"
            label={label("doc_type")}
            value={values.doc_type}
            errors={errors}
            emptyLabel={tl("legal.choose")}
            options={DOC_TYPES.map((t) => ({
              value: t.key,
              label: t.abbreviation ? `${t.vi} (${t.abbreviation})` : t.vi,
            }))}
          />
          <SelectField
            name="issuer_unit_id"
            label={label("issuer_unit_id")}
            value={values.issuer_unit_id}
            errors={errors}
            emptyLabel={tl("legal.choose")}
            options={props.issuerOptions}
          />
          <TextField
            name="issuer_other"
            label={label("issuer_other")}
            hint={tl("legal.hint.issuer_other")}
            value={values.issuer_other}
            errors={errors}
            maxLength={300}
          />
          <TextField
            name="signer_name"
            label={label("signer_name")}
            value={values.signer_name}
            errors={errors}
            maxLength={120}
            autocomplete="off"
          />
          <TextField
            name="signer_position"
            label={label("signer_position")}
            value={values.signer_position}
            errors={errors}
            maxLength={200}
          />
          <SelectField
            name="field"
            label={label("field")}
            value={values.field}
            errors={errors}
            emptyLabel={tl("legal.choose")}
            options={LEGAL_FIELDS.map((f) => ({ value: f.key, label: f.vi }))}
          />
          <TextArea name="summary" label={label("summary")} value={values.summary} errors={errors} rows={4} />
        </fieldset>
        <fieldset class="row-group">
          <legend>{tl("legal.admin.datesSection")}</legend>
          {DATE_FIELDS.map(({ name, hintKey }) => (
            <TextField
              key={name}
              name={name}
              label={label(name)}
              hint={tl(hintKey)}
              value={values[name]}
              errors={errors}
              inputMode="numeric"
              maxLength={10}
              autocomplete="off"
            />
          ))}
          <Group
            id="f-replaced_by"
            label={label("replaced_by")}
            hint={tl("legal.hint.replaced_by")}
            error={errors?.replaced_by}
          >
            <input
              id="f-replaced_by"
              name="replaced_by"
              type="text"
              value={values.replaced_by}
              maxLength={150}
              list="legal-suggestions"
              autocomplete="off"
              aria-invalid={errors?.replaced_by ? "true" : undefined}
              aria-describedby={describedBy("f-replaced_by", true, errors?.replaced_by)}
            />
            <datalist id="legal-suggestions">
              {props.suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </Group>
          <Checkbox name="published" label={label("published")} checked={values.published} />
        </fieldset>
        <fieldset class="row-group">
          <legend>{tl("legal.admin.filesSection")}</legend>
          {props.currentFiles !== undefined ? (
            props.currentFiles.length === 0 ? (
              <p>{tl("legal.admin.noFiles")}</p>
            ) : (
              <ul class="legal-files">
                {props.currentFiles.map((f) => (
                  <li key={f.media_id}>
                    <a href={`/tep/${f.sha256}`}>{f.original_name}</a> ({formatFileSize(f.size_bytes, "vi")}){" "}
                    <input
                      type="checkbox"
                      id={`f-remove-${f.media_id}`}
                      name="remove_file"
                      value={f.media_id}
                      checked={removed.has(f.media_id)}
                    />{" "}
                    <label for={`f-remove-${f.media_id}`} style="display:inline">
                      {tl("legal.admin.removeFile", { name: f.original_name })}
                    </label>
                  </li>
                ))}
              </ul>
            )
          ) : null}
          <Group
            id="f-files"
            label={label("files")}
            hint={tl("legal.hint.files", { limit: props.pdfLimit })}
            error={filesError}
          >
            <input
              id="f-files"
              name="files"
              type="file"
              accept="application/pdf,.pdf"
              multiple
              aria-invalid={filesError ? "true" : undefined}
              aria-describedby={describedBy("f-files", true, filesError)}
            />
          </Group>
        </fieldset>
        <button type="submit" class="button">
          {tl("legal.admin.save")}
        </button>{" "}
        <a href="/admin/van-ban">{tl("legal.admin.backToList")}</a>
      </form>
    </>
  );
}
