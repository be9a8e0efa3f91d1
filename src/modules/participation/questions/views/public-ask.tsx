import { Breadcrumbs } from "../../../../platform/ui/components/breadcrumbs.js";
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { CITIZEN_PATHS } from "../../../services/index.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { QuestionKind } from "../../tables.js";
import { ASK_LIMITS, type AskFormValues } from "../domain/ask-input.js";
import type { Choice } from "../public-store.js";
import { askPathOf, sectionOf } from "./public-list.js";
import { tq } from "./public-text.js";

function AskCrumbs({ shell, kind, title }: { shell: PublicShell; kind: QuestionKind; title: string }) {
  const lang = shell.lang;
  const section = sectionOf(kind);
  return (
    <Breadcrumbs
      label={tq(lang, "breadcrumb")}
      home={{ href: shell.siteHref, label: tq(lang, "home") }}
      items={[{ href: section.href, label: section.title(lang) }, { label: title }]}
    />
  );
}

/** The ask form of a kind, for a signed-in citizen; with errors (422) or the rate-limit notice (429). */
export function AskPage(props: {
  shell: PublicShell;
  kind: QuestionKind;
  csrf: string;
  askerName: string;
  topics: Choice[];
  units: Choice[];
  values: AskFormValues;
  errors?: Errors | undefined;
  retryMinutes?: number | undefined;
}) {
  const { shell, kind, values, errors } = props;
  const lang = shell.lang;
  const title = tq(lang, `formTitle.${kind}`);
  const hasErrors = errors !== undefined && Object.keys(errors).length > 0;
  return (
    <PublicLayout shell={shell} title={hasErrors ? tq(lang, "errorTitle", { title }) : title}>
      <AskCrumbs shell={shell} kind={kind} title={title} />
      {hasErrors ? <ErrorSummary errors={errors} lang={lang} /> : null}
      {props.retryMinutes !== undefined ? (
        <div class="error-summary" role="alert">
          <h2>{tq(lang, "tooMany.title")}</h2>
          <p>{tq(lang, "tooMany", { minutes: props.retryMinutes })}</p>
        </div>
      ) : null}
      <h1>{title}</h1>
      <p>{tq(lang, "formIntro")}</p>
      <p class="muted">{tq(lang, "form.asker", { name: props.askerName })}</p>
      <form method="post" action={askPathOf(kind)} novalidate>
        <CsrfField token={props.csrf} />
        {kind === "business" ? (
          <fieldset>
            <legend>{tq(lang, "form.businessLegend")}</legend>
            <TextField
              name="businessName"
              label={tq(lang, "form.businessName")}
              value={values.businessName}
              errors={errors}
              autocomplete="organization"
              maxLength={ASK_LIMITS.businessName.max}
              required
            />
            <TextField
              name="taxCode"
              label={tq(lang, "form.taxCode")}
              hint={tq(lang, "form.taxCodeHint")}
              value={values.taxCode}
              errors={errors}
              inputMode="numeric"
              maxLength={20}
              required
            />
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{tq(lang, "form.about")}</legend>
          <SelectField
            name="topic"
            label={tq(lang, "form.topic")}
            value={values.topic}
            errors={errors}
            emptyLabel={tq(lang, "form.topicEmpty")}
            options={props.topics.map((c) => ({ value: c.id, label: c.name }))}
          />
          <SelectField
            name="unit"
            label={tq(lang, "form.unit")}
            value={values.unit}
            errors={errors}
            emptyLabel={tq(lang, "form.unitEmpty")}
            options={props.units.map((c) => ({ value: c.id, label: c.name }))}
          />
          {kind === "feedback" ? (
            <TextField
              name="regulation"
              label={tq(lang, "form.regulation")}
              hint={tq(lang, "form.regulationHint")}
              value={values.regulation}
              errors={errors}
              maxLength={ASK_LIMITS.regulation.max}
              required
            />
          ) : null}
          <TextField
            name="title"
            label={tq(lang, "form.title")}
            hint={tq(lang, "form.titleHint", ASK_LIMITS.title)}
            value={values.title}
            errors={errors}
            maxLength={ASK_LIMITS.title.max}
            required
          />
          <TextArea
            name="body"
            label={tq(lang, kind === "feedback" ? "form.bodyFeedback" : "form.body")}
            hint={tq(lang, "form.bodyHint", ASK_LIMITS.body)}
            value={values.body}
            errors={errors}
            rows={8}
          />
        </fieldset>
        <fieldset>
          <legend>{tq(lang, "form.consentLegend")}</legend>
          <p class="hint">{tq(lang, "form.showNameHint")}</p>
          <Checkbox name="showName" label={tq(lang, "form.showName")} checked={values.showName} />
        </fieldset>
        <button type="submit" class="button">
          {tq(lang, `form.submit.${kind}`)}
        </button>
      </form>
    </PublicLayout>
  );
}

/** An anonymous visitor is told why asking needs an account and sent to sign in (or up), then back here. */
export function SignInToAskPage({ shell, kind }: { shell: PublicShell; kind: QuestionKind }) {
  const lang = shell.lang;
  const title = tq(lang, "anon.title");
  const next = encodeURIComponent(askPathOf(kind));
  return (
    <PublicLayout shell={shell} title={title}>
      <AskCrumbs shell={shell} kind={kind} title={title} />
      <h1>{title}</h1>
      <p>{tq(lang, "anon.why")}</p>
      <p>
        <a class="button" href={`${CITIZEN_PATHS.signIn}?next=${next}`}>
          {tq(lang, "anon.signIn")}
        </a>
      </p>
      <p>
        <a href={`${CITIZEN_PATHS.signUp}?next=${next}`}>{tq(lang, "anon.signUp")}</a>
      </p>
    </PublicLayout>
  );
}

/** After sending: the code and what happens next. */
export function SentPage({
  shell,
  question,
}: {
  shell: PublicShell;
  question: { code: string; kind: QuestionKind; title: string };
}) {
  const lang = shell.lang;
  const title = tq(lang, "sent.title");
  return (
    <PublicLayout shell={shell} title={title}>
      <AskCrumbs shell={shell} kind={question.kind} title={title} />
      <div class="notice" role="status">
        <h1>{title}</h1>
        <p>
          {tq(lang, "sent.code")}: <strong class="question-code">{question.code}</strong>
        </p>
        <p>{question.title}</p>
      </div>
      <h2>{tq(lang, "sent.next")}</h2>
      <ol>
        <li>{tq(lang, "sent.step1")}</li>
        <li>{tq(lang, "sent.step2")}</li>
        <li>{tq(lang, "sent.step3")}</li>
      </ol>
      <p>
        <a href={PARTICIPATION_PATHS.myQuestions}>{tq(lang, "sent.mine")}</a>
      </p>
    </PublicLayout>
  );
}
