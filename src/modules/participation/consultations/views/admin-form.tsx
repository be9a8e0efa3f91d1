import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { ParsedPart } from "../domain/clauses.js";
import { type EffectiveStatus, MIN_PERIOD_DAYS } from "../domain/period.js";
import type { DraftValues, UnitOption } from "../store.js";
import { tc } from "./admin-text.js";

export const DOC_TYPES = ["Nghị quyết", "Quyết định", "Chỉ thị"] as const;

/** What the form shows: the typed values (kept on errors) as strings. */
export interface DraftForm extends Record<keyof DraftValues, string> {
  text: string;
  version: string;
}

export function publishPath(id: string): string {
  return `${PARTICIPATION_PATHS.adminConsultation(id)}/cong-bo`;
}

function Preview({ parts }: { parts: ParsedPart[] }) {
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{tc("preview")}</h2>
      <p>{tc("previewCount", { count: parts.length })}</p>
      <ol class="clause-preview">
        {parts.map((p) => (
          <li key={`${p.label}-${p.body.length}`}>
            {p.context.map((c) => (
              <p key={c} class="muted">
                {c}
              </p>
            ))}
            <strong>{p.label}</strong>
            {p.heading ? `. ${p.heading}` : null}
            {p.body ? <p class="comment-text">{p.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * New or edit draft: fields, the full text (locked once comments exist), a preview of the parsed clauses, the
 * short-period warning, and for a draft the publish button.
 */
export function DraftFormPage(props: {
  csrf: string;
  id: string | null;
  slug: string | null;
  form: DraftForm;
  units: UnitOption[];
  errors?: Errors | undefined;
  parts: ParsedPart[];
  shortPeriodDays: number | null;
  textLocked: boolean;
  status: EffectiveStatus | null;
}) {
  const { form, errors, id } = props;
  const action = id
    ? PARTICIPATION_PATHS.adminConsultation(id)
    : `${PARTICIPATION_PATHS.adminConsultations}/moi`;
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      {props.status ? <p>{tc(`status.${props.status}`)}</p> : null}
      {id ? (
        <nav aria-label={tc("links")}>
          <ul>
            <li>
              <a href={PARTICIPATION_PATHS.adminConsultationComments(id)}>{tc("commentsLink")}</a>
            </li>
            <li>
              <a href={PARTICIPATION_PATHS.adminConsultationResponses(id)}>{tc("responsesLink")}</a>
            </li>
            <li>
              <a href={PARTICIPATION_PATHS.adminConsultationDocx(id)}>{tc("docx")}</a>
            </li>
            <li>
              <a href={PARTICIPATION_PATHS.adminConsultationXlsx(id)}>{tc("xlsx")}</a>
            </li>
            {props.slug && props.status !== "draft" ? (
              <li>
                <a href={PARTICIPATION_PATHS.consultation(props.slug)}>{tc("publicLink")}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      {props.shortPeriodDays !== null ? (
        <p class="notice notice-warning">
          {tc("shortPeriod", { days: props.shortPeriodDays, min: MIN_PERIOD_DAYS })}
        </p>
      ) : null}
      <form method="post" action={action}>
        <CsrfField token={props.csrf} />
        <input type="hidden" name="version" value={form.version} />
        <TextField name="title" label={tc("f.title")} value={form.title} errors={errors} maxLength={300} />
        <SelectField
          name="doc_type"
          label={tc("f.docType")}
          value={form.doc_type}
          options={DOC_TYPES.map((d) => ({ value: d, label: d }))}
          errors={errors}
        />
        <SelectField
          name="drafting_unit_id"
          label={tc("f.unit")}
          value={form.drafting_unit_id}
          options={props.units.map((u) => ({ value: u.id, label: u.name }))}
          errors={errors}
        />
        <TextField
          name="opens_on"
          label={tc("f.opensOn")}
          hint={tc("f.date.hint")}
          value={form.opens_on}
          errors={errors}
        />
        <TextField
          name="closes_on"
          label={tc("f.closesOn")}
          hint={tc("f.date.hint")}
          value={form.closes_on}
          errors={errors}
        />
        <TextArea name="summary" label={tc("f.summary")} value={form.summary} errors={errors} rows={4} />
        {props.textLocked ? (
          <p class="notice">{tc("f.text.locked")}</p>
        ) : (
          <TextArea
            name="text"
            label={tc("f.text")}
            hint={tc("f.text.hint")}
            value={form.text}
            errors={errors}
            rows={20}
          />
        )}
        <div class="form-group">
          <button type="submit" class="button">
            {tc("save")}
          </button>
        </div>
      </form>
      {id && props.status === "draft" ? (
        <form method="post" action={publishPath(id)}>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="version" value={form.version} />
          <p>{tc("publishHint")}</p>
          <button type="submit" class="button">
            {tc("publish")}
          </button>
        </form>
      ) : null}
      {props.parts.length > 0 ? <Preview parts={props.parts} /> : null}
    </>
  );
}
