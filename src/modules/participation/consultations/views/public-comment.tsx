import { type Lang, t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  describedByIds,
  ErrorSummary,
  type Errors,
  FormGroup,
} from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { ConsultationClause } from "../../tables.js";
import {
  COMMENT_FIELD,
  CONSULTATION_COMMENT_LIMITS,
  type ConsultationCommentValues,
} from "../domain/comment-input.js";

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  t(lang, `consultPublic.${key}`, params);

export const EMPTY_COMMENT: ConsultationCommentValues = {
  clause: "",
  body: "",
  organisation: "",
  showName: false,
};

/** Text stored with line breaks, shown as paragraphs (escaped by the renderer). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((p) => p.trim() !== "")
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

export function clauseTitle(c: Pick<ConsultationClause, "label" | "heading">): string {
  return c.heading ? `${c.label}. ${c.heading}` : c.label;
}

/**
 * The comment form: the clause (a select, so a wrong choice can be shown and fixed), the text, an optional
 * organisation and the consent to show the name, unticked unless the citizen ticked it.
 */
export function CommentForm({
  lang,
  slug,
  csrf,
  clauses,
  values,
  errors,
  idPrefix = "",
}: {
  lang: Lang;
  slug: string;
  csrf: string;
  clauses: Pick<ConsultationClause, "id" | "label" | "heading">[];
  values: ConsultationCommentValues;
  errors?: Errors | undefined;
  idPrefix?: string;
}) {
  const L = CONSULTATION_COMMENT_LIMITS;
  const id = (name: string) => `f-${idPrefix}${name}`;
  const err = (name: string) => errors?.[name];
  const bodyHint = tr(lang, "form.bodyHint", { min: L.bodyMin, max: L.bodyMax });
  const orgHint = tr(lang, "form.organisationHint");
  return (
    <form
      method="post"
      action={PARTICIPATION_PATHS.consultationComment(slug)}
      class="comment-form"
      novalidate
    >
      <CsrfField token={csrf} />
      <p class="muted">{tr(lang, "form.moderationNote")}</p>
      <FormGroup
        id={id(COMMENT_FIELD.clause)}
        label={tr(lang, "form.clause")}
        error={err(COMMENT_FIELD.clause)}
      >
        <select
          id={id(COMMENT_FIELD.clause)}
          name={COMMENT_FIELD.clause}
          aria-invalid={err(COMMENT_FIELD.clause) ? "true" : undefined}
          aria-describedby={describedByIds(id(COMMENT_FIELD.clause), undefined, err(COMMENT_FIELD.clause))}
        >
          <option value="">{tr(lang, "form.clauseGeneral")}</option>
          {clauses.map((c) => (
            <option key={c.id} value={c.id} selected={c.id === values.clause}>
              {clauseTitle(c)}
            </option>
          ))}
        </select>
      </FormGroup>
      <FormGroup
        id={id(COMMENT_FIELD.body)}
        label={tr(lang, "form.body")}
        hint={bodyHint}
        error={err(COMMENT_FIELD.body)}
      >
        <textarea
          id={id(COMMENT_FIELD.body)}
          name={COMMENT_FIELD.body}
          rows={8}
          maxLength={L.bodyMax + 500}
          aria-invalid={err(COMMENT_FIELD.body) ? "true" : undefined}
          aria-describedby={describedByIds(id(COMMENT_FIELD.body), bodyHint, err(COMMENT_FIELD.body))}
        >
          {values.body}
        </textarea>
      </FormGroup>
      <FormGroup
        id={id(COMMENT_FIELD.organisation)}
        label={tr(lang, "form.organisation")}
        hint={orgHint}
        error={err(COMMENT_FIELD.organisation)}
      >
        <input
          type="text"
          id={id(COMMENT_FIELD.organisation)}
          name={COMMENT_FIELD.organisation}
          value={values.organisation}
          autocomplete="organization"
          maxLength={L.organisationMax + 50}
          aria-invalid={err(COMMENT_FIELD.organisation) ? "true" : undefined}
          aria-describedby={describedByIds(
            id(COMMENT_FIELD.organisation),
            orgHint,
            err(COMMENT_FIELD.organisation),
          )}
        />
      </FormGroup>
      <fieldset>
        <legend>{tr(lang, "form.consent")}</legend>
        <div class="form-group">
          <input
            type="checkbox"
            id={id(COMMENT_FIELD.showName)}
            name={COMMENT_FIELD.showName}
            value="1"
            checked={values.showName}
          />{" "}
          <label for={id(COMMENT_FIELD.showName)} class="inline-label">
            {tr(lang, "form.showName")}
          </label>
        </div>
      </fieldset>
      <button type="submit" class="button">
        {tr(lang, "form.submit")}
      </button>
    </form>
  );
}

interface DraftRef {
  slug: string;
  title: string;
}

function BackLink({ lang, draft }: { lang: Lang; draft: DraftRef }) {
  return (
    <p>
      {tr(lang, "form.about", { title: draft.title })} —{" "}
      <a href={PARTICIPATION_PATHS.consultation(draft.slug)}>{tr(lang, "form.back")}</a>
    </p>
  );
}

/** The form on its own page: opened from a clause's "Góp ý" link, and shown again after a refused post. */
export function CommentFormPage({
  shell,
  draft,
  csrf,
  clauses,
  clause,
  values,
  errors,
  retryMinutes,
}: {
  shell: PublicShell;
  draft: DraftRef;
  csrf: string;
  clauses: ConsultationClause[];
  /** The clause the citizen chose, shown above the form so they comment on what they read. */
  clause: ConsultationClause | null;
  values: ConsultationCommentValues;
  errors?: Errors | undefined;
  retryMinutes?: number | undefined;
}) {
  const lang = shell.lang;
  const title = retryMinutes !== undefined ? tr(lang, "tooMany.title") : tr(lang, "form.title");
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <BackLink lang={lang} draft={draft} />
      {retryMinutes !== undefined ? (
        <div class="notice notice-warning" role="alert">
          {tr(lang, "tooMany", { minutes: retryMinutes })}
        </div>
      ) : null}
      <ErrorSummary errors={errors} lang={lang} />
      {clause ? (
        <section aria-labelledby="clause-text" class="content-panel">
          <h2 id="clause-text">{tr(lang, "form.clauseText", { label: clause.label })}</h2>
          <p>
            <strong>{clauseTitle(clause)}</strong>
          </p>
          <Paragraphs text={clause.body} />
        </section>
      ) : null}
      <CommentForm
        lang={lang}
        slug={draft.slug}
        csrf={csrf}
        clauses={clauses}
        values={values}
        errors={errors}
      />
    </PublicLayout>
  );
}

/** A short page with one message and the way back: sent, sign in first, or not open (409). */
export function ConsultationMessagePage({
  shell,
  draft,
  title,
  message,
  action,
}: {
  shell: PublicShell;
  draft: DraftRef;
  title: string;
  message: string;
  action?: { href: string; label: string } | undefined;
}) {
  const lang = shell.lang;
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <div class="notice" role="status">
        <p>{message}</p>
      </div>
      {action ? (
        <p>
          <a class="button" href={action.href}>
            {action.label}
          </a>
        </p>
      ) : null}
      <BackLink lang={lang} draft={draft} />
    </PublicLayout>
  );
}
