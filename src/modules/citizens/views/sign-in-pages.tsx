import { type Lang, t } from "../../../platform/i18n/index.js";
import { CsrfField, ErrorSummary, type Errors, TextField } from "../../../platform/ui/components/forms.js";
import type { PublicShell } from "../../../platform/ui/public-layout.js";
import { CITIZEN_PATHS } from "../../services/paths.js";
import { CitizenLayout } from "./citizen-layout.js";

export interface StartFormValues {
  fullName: string;
  destination: string;
}

/** Sign-up (name + email or phone) and sign-in (email or phone): both end on the code page. */
export function StartPage({
  shell,
  mode,
  csrf,
  values,
  errors,
  notice,
  next,
  oidcEnabled,
}: {
  shell: PublicShell;
  mode: "signIn" | "signUp";
  csrf: string;
  values: StartFormValues;
  errors?: Errors | undefined;
  notice?: string | undefined;
  next?: string | undefined;
  oidcEnabled: boolean;
}) {
  const lang: Lang = shell.lang;
  const tr = (key: string) => t(lang, `citizens.${mode}.${key}`);
  const action = mode === "signIn" ? CITIZEN_PATHS.signIn : CITIZEN_PATHS.signUp;
  return (
    <CitizenLayout shell={shell} title={tr("title")} citizen={null} csrf={csrf}>
      <h1>{tr("title")}</h1>
      {notice ? (
        <div class="notice" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("intro")}</p>
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {mode === "signUp" ? (
          <TextField
            name="fullName"
            label={t(lang, "citizens.field.fullName")}
            value={values.fullName}
            errors={errors}
            autocomplete="name"
            maxLength={120}
            required
          />
        ) : null}
        <TextField
          name="destination"
          label={t(lang, "citizens.field.destination")}
          hint={t(lang, "citizens.field.destinationHint")}
          value={values.destination}
          errors={errors}
          autocomplete="username"
          maxLength={254}
          required
        />
        <button type="submit" class="button">
          {tr("submit")}
        </button>
      </form>
      {mode === "signIn" ? (
        <>
          {oidcEnabled ? (
            <section aria-labelledby="oidc-title">
              <h2 id="oidc-title">{t(lang, "citizens.signIn.or")}</h2>
              <p>
                <a
                  class="button secondary"
                  href={
                    next
                      ? `${CITIZEN_PATHS.oidcStart}?next=${encodeURIComponent(next)}`
                      : CITIZEN_PATHS.oidcStart
                  }
                >
                  {t(lang, "citizens.signIn.oidc")}
                </a>
              </p>
              <p class="hint">{t(lang, "citizens.signIn.oidcHint")}</p>
            </section>
          ) : null}
          <p>
            {t(lang, "citizens.signIn.noAccount")}{" "}
            <a href={CITIZEN_PATHS.signUp}>{t(lang, "citizens.signIn.toSignUp")}</a>
          </p>
        </>
      ) : (
        <p>
          {t(lang, "citizens.signUp.haveAccount")}{" "}
          <a href={CITIZEN_PATHS.signIn}>{t(lang, "citizens.signUp.toSignIn")}</a>
        </p>
      )}
    </CitizenLayout>
  );
}

/** The code page: where the code went (masked), one field, and a way back for a new code. */
export function VerifyPage({
  shell,
  csrf,
  maskedTo,
  errors,
  again,
}: {
  shell: PublicShell;
  csrf: string;
  maskedTo: string | null;
  errors?: Errors | undefined;
  again: string;
}) {
  const lang = shell.lang;
  return (
    <CitizenLayout shell={shell} title={t(lang, "citizens.verify.title")} citizen={null} csrf={csrf}>
      <h1>{t(lang, "citizens.verify.title")}</h1>
      <ErrorSummary errors={errors} lang={lang} />
      {maskedTo ? <p>{t(lang, "citizens.verify.sent", { to: maskedTo })}</p> : null}
      {maskedTo ? (
        <form method="post" action={CITIZEN_PATHS.verify} novalidate>
          <CsrfField token={csrf} />
          <TextField
            name="code"
            label={t(lang, "citizens.field.code")}
            hint={t(lang, "citizens.field.codeHint")}
            errors={errors}
            autocomplete="one-time-code"
            inputMode="numeric"
            maxLength={12}
            required
          />
          <button type="submit" class="button">
            {t(lang, "citizens.verify.submit")}
          </button>
        </form>
      ) : null}
      <p>
        <a href={again}>{t(lang, "citizens.verify.again")}</a>
      </p>
    </CitizenLayout>
  );
}
