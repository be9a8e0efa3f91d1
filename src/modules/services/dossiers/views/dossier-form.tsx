import { t } from "../../../../platform/i18n/index.js";
import {
  Checkbox,
  type Errors,
  FormGroup,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import type { FormField } from "../../catalogue/domain/procedure-form.js";
import { reuseFieldName, STORE_CONSENT_FIELD, type StoreOffer } from "../../documents/reuse.js";
import { ReusePicker, StoreConsentField } from "../../documents/views/reuse-picker.js";
import { FEE_EXEMPTION_FIELD } from "../../fees/domain/exemption-choice.js";
import { FeeFormBlock } from "../../fees/views/fee-form-block.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { Channel, Procedure } from "../../tables.js";
import {
  APPLICANT_FIELDS,
  applicantCoverage,
  applicantFieldName,
  channelRules,
  type SubmissionMode,
} from "../domain/applicant-input.js";
import { formatBytes, MAX_DOSSIER_BYTES, MAX_FILE_BYTES } from "../domain/attachments.js";
import { formFieldName } from "../domain/form-schema.js";
import { docFieldName, OTHER_PAPERS_FIELD, PAPERS_FIELD, paperErrorKey } from "../submission.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export type FormValues = Record<string, string | string[]>;

function one(values: FormValues, name: string): string {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

function many(values: FormValues, name: string): string[] {
  const v = values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function labelOf(text: string, required: boolean): string {
  return required ? `${text} ${tv("submission.required")}` : text;
}

function ProcedureField({ field, values, errors }: { field: FormField; values: FormValues; errors: Errors }) {
  const name = formFieldName(field.key);
  const label = labelOf(field.label, field.required);
  const value = one(values, name);
  const common = { name, label, hint: field.help, errors };
  switch (field.type) {
    case "textarea":
      return <TextArea {...common} value={value} rows={5} />;
    case "select":
      return (
        <SelectField
          {...common}
          value={value}
          emptyLabel=""
          options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
        />
      );
    case "checkbox": {
      const error = errors[name];
      return (
        <div class={`form-group${error ? " has-error" : ""}`}>
          {error ? (
            <span class="field-error" id={`f-${name}-error`}>
              {error}
            </span>
          ) : null}
          <input
            type="checkbox"
            id={`f-${name}`}
            name={name}
            value="on"
            checked={value === "on" || value === "true"}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? `f-${name}-error` : undefined}
          />{" "}
          <label for={`f-${name}`} style="display:inline">
            {label}
          </label>
          {field.help ? <span class="hint">{field.help}</span> : null}
        </div>
      );
    }
    case "date":
      return <TextField {...common} hint={field.help ?? "ngày/tháng/năm, ví dụ 15/03/2025"} value={value} />;
    case "number":
      return <TextField {...common} value={value} inputMode="numeric" />;
    case "email":
      return <TextField {...common} value={value} type="email" autocomplete="email" />;
    case "phone":
      return <TextField {...common} value={value} type="tel" autocomplete="tel" />;
    case "id_number":
      return <TextField {...common} value={value} inputMode="numeric" maxLength={20} />;
    default:
      return <TextField {...common} value={value} maxLength={field.maxLength} />;
  }
}

function FileInput({
  name,
  label,
  errors,
  multiple,
}: {
  name: string;
  label: string;
  errors: Errors;
  multiple?: boolean;
}) {
  const error = errors[name];
  return (
    <FormGroup id={`f-${name}`} label={label} error={error}>
      <input
        type="file"
        id={`f-${name}`}
        name={name}
        multiple={multiple}
        accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt"
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `f-${name}-error f-documents-hint` : "f-documents-hint"}
      />
    </FormGroup>
  );
}

function ChannelRadios({
  name,
  legend,
  options,
  value,
  errors,
  labelKey,
}: {
  name: string;
  legend: string;
  options: readonly Channel[];
  value: string;
  errors: Errors;
  labelKey: (c: Channel) => string;
}) {
  const error = errors[name];
  return (
    <fieldset class={`form-group${error ? " has-error" : ""}`} id={`f-${name}`}>
      <legend>{labelOf(legend, true)}</legend>
      {error ? <span class="field-error">{error}</span> : null}
      {options.map((c) => (
        <div key={c}>
          <input type="radio" id={`f-${name}-${c}`} name={name} value={c} checked={value === c} />{" "}
          <label for={`f-${name}-${c}`} style="display:inline">
            {tv(labelKey(c))}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The body of a dossier form, shared by the online form and the counter: fields, applicant, documents, channels. */
export function DossierFormFields({
  procedure,
  mode,
  values,
  errors,
  filesRefused,
  store = null,
}: {
  procedure: Procedure;
  mode: SubmissionMode;
  values: FormValues;
  errors: Errors;
  /** The form came back after files were sent: browsers drop them, so ask to choose them again. */
  filesRefused: boolean;
  /** Online, signed in: the citizen's stored documents per paper slot (never at the counter). */
  store?: StoreOffer | null;
}) {
  const rules = channelRules(procedure, mode);
  const ticked = many(values, PAPERS_FIELD);
  const covered = applicantCoverage(procedure.form_fields);
  const applicantFields = APPLICANT_FIELDS.filter((f) => covered[f] === undefined);
  return (
    <>
      {procedure.form_fields.length > 0 ? (
        <fieldset class="form-group">
          <legend>{tv("submission.section.form")}</legend>
          {procedure.form_fields.map((f) => (
            <ProcedureField key={f.key} field={f} values={values} errors={errors} />
          ))}
        </fieldset>
      ) : null}
      {applicantFields.length > 0 ? (
        <fieldset class="form-group">
          <legend>{tv("submission.section.applicant")}</legend>
          {applicantFields.map((f) => {
            const name = applicantFieldName(f);
            const label = labelOf(tv(`submission.applicant.${f}`), f === "fullName");
            const value = one(values, name);
            if (f === "address")
              return (
                <TextArea
                  key={f}
                  name={name}
                  label={label}
                  hint={tv("submission.applicant.addressHint")}
                  errors={errors}
                  value={value}
                  rows={2}
                />
              );
            return (
              <TextField
                key={f}
                name={name}
                label={label}
                errors={errors}
                value={value}
                type={f === "email" ? "email" : f === "phone" ? "tel" : "text"}
                autocomplete={
                  f === "fullName" ? "name" : f === "email" ? "email" : f === "phone" ? "tel" : undefined
                }
                inputMode={f === "idNumber" ? "numeric" : undefined}
              />
            );
          })}
        </fieldset>
      ) : null}
      <fieldset class="form-group">
        <legend>{tv("submission.section.documents")}</legend>
        <p class="hint" id="f-documents-hint">
          {tv("submission.documentsHint", {
            fileLimit: formatBytes(MAX_FILE_BYTES),
            totalLimit: formatBytes(MAX_DOSSIER_BYTES),
          })}
        </p>
        {filesRefused ? (
          <p class="notice notice-warning" role="status">
            {tv("submission.documentsRefiled")}
          </p>
        ) : null}
        {procedure.documents.map((d) => (
          <div key={d.key} class="document-item">
            {d.templateSha256 && d.templateName ? (
              <p>
                <a href={SERVICES_PATHS.template(d.templateSha256, d.templateName)}>
                  {tv("submission.template", { name: d.templateName })}
                </a>
              </p>
            ) : null}
            {mode === "counter" ? (
              <>
                {errors[paperErrorKey(d.key)] ? (
                  <span class="field-error" id={`f-${paperErrorKey(d.key)}-error`}>
                    {errors[paperErrorKey(d.key)]}
                  </span>
                ) : null}
                <Checkbox
                  name={PAPERS_FIELD}
                  value={d.key}
                  checked={ticked.includes(d.key)}
                  label={`${tv("counter.ticked")}: ${labelOf(d.name, d.required)} (${tv("submission.copies", { copies: d.copies })})`}
                />
                <FileInput
                  name={docFieldName(d.key)}
                  label={`${tv("counter.scan")}: ${d.name}`}
                  errors={errors}
                />
              </>
            ) : (
              <>
                <FileInput name={docFieldName(d.key)} label={labelOf(d.name, d.required)} errors={errors} />
                {store?.slots[d.key]?.length ? (
                  <ReusePicker
                    documentKey={d.key}
                    documentName={d.name}
                    offers={store.slots[d.key] ?? []}
                    value={one(values, reuseFieldName(d.key))}
                    errors={errors}
                  />
                ) : null}
              </>
            )}
          </div>
        ))}
        <FileInput name={OTHER_PAPERS_FIELD} label={tv("submission.otherPapers")} errors={errors} multiple />
        {mode === "online" && store?.askConsent ? (
          <StoreConsentField checked={one(values, STORE_CONSENT_FIELD) === "on"} />
        ) : null}
      </fieldset>
      <FeeFormBlock procedure={procedure} value={one(values, FEE_EXEMPTION_FIELD)} errors={errors} />
      <fieldset class="form-group">
        <legend>{tv("submission.section.channels")}</legend>
        {mode === "online" ? (
          <ChannelRadios
            name="receiptChannel"
            legend={tv("submission.receiptChannel")}
            options={rules.receipt}
            value={one(values, "receiptChannel")}
            errors={errors}
            labelKey={(c) => (c === "online" ? "submission.receipt.online" : `submission.channel.${c}`)}
          />
        ) : null}
        <ChannelRadios
          name="returnChannel"
          legend={tv("submission.returnChannel")}
          options={rules.return}
          value={one(values, "returnChannel")}
          errors={errors}
          labelKey={(c) => `submission.channel.${c}`}
        />
      </fieldset>
      {mode === "online" ? (
        <div class={`form-group${errors.consent ? " has-error" : ""}`}>
          {errors.consent ? (
            <span class="field-error" id="f-consent-error">
              {errors.consent}
            </span>
          ) : null}
          <input
            type="checkbox"
            id="f-consent"
            name="consent"
            value="on"
            checked={one(values, "consent") === "on"}
            aria-invalid={errors.consent ? "true" : undefined}
            aria-describedby={errors.consent ? "f-consent-error" : undefined}
          />{" "}
          <label for="f-consent" style="display:inline">
            {tv("submission.consent")}
          </label>
        </div>
      ) : null}
    </>
  );
}
