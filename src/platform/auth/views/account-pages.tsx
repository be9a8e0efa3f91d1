import { formatDateTime, type Lang, t } from "../../i18n/index.js";
import { CsrfField, ErrorSummary, type Errors, TextField } from "../../ui/components/forms.js";

function PasswordFields({ lang, errors }: { lang: Lang; errors: Errors | undefined }) {
  return (
    <>
      <TextField
        name="current_password"
        type="password"
        label={t(lang, "auth.account.currentPassword")}
        autocomplete="current-password"
        errors={errors}
      />
      <TextField
        name="new_password"
        type="password"
        label={t(lang, "auth.account.newPassword")}
        hint={t(lang, "auth.account.newPasswordHint")}
        autocomplete="new-password"
        errors={errors}
      />
      <TextField
        name="confirm_password"
        type="password"
        label={t(lang, "auth.account.confirmPassword")}
        autocomplete="new-password"
        errors={errors}
      />
    </>
  );
}

export function AccountPage(props: {
  lang: Lang;
  csrf: string;
  username: string;
  fullName: string;
  previousLoginAt: string | null;
  recoveryCodesLeft: number;
  errors?: Errors | undefined;
}) {
  const { lang, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <section aria-labelledby="acc-details">
        <h2 id="acc-details">{t(lang, "auth.account.details")}</h2>
        <dl>
          <dt>{t(lang, "staff.field.fullName")}</dt>
          <dd>{props.fullName}</dd>
          <dt>{t(lang, "staff.field.username")}</dt>
          <dd>{props.username}</dd>
          <dt>{t(lang, "auth.account.lastSignIn")}</dt>
          <dd>
            {props.previousLoginAt ? formatDateTime(props.previousLoginAt) : t(lang, "auth.account.never")}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="acc-password">
        <h2 id="acc-password">{t(lang, "auth.account.changePassword")}</h2>
        <form method="post" action="/admin/tai-khoan/mat-khau" novalidate>
          <CsrfField token={props.csrf} />
          <PasswordFields lang={lang} errors={errors} />
          <button type="submit" class="button">
            {t(lang, "auth.account.changePassword")}
          </button>
        </form>
      </section>
      <section aria-labelledby="acc-recovery">
        <h2 id="acc-recovery">{t(lang, "auth.account.recoveryCodes")}</h2>
        <p>{t(lang, "auth.account.recoveryLeft", { count: props.recoveryCodesLeft })}</p>
        <form method="post" action="/admin/tai-khoan/ma-khoi-phuc" novalidate>
          <CsrfField token={props.csrf} />
          <TextField
            name="recovery_password"
            type="password"
            label={t(lang, "auth.account.currentPassword")}
            hint={t(lang, "auth.account.regenerateHint")}
            autocomplete="current-password"
            errors={errors}
          />
          <button type="submit" class="button secondary">
            {t(lang, "auth.account.regenerate")}
          </button>
        </form>
      </section>
    </>
  );
}

export function ForcedPasswordPage(props: { lang: Lang; csrf: string; errors?: Errors | undefined }) {
  const { lang, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{t(lang, "auth.account.forcedIntro")}</p>
      <form method="post" action="/admin/tai-khoan/doi-mat-khau" novalidate>
        <CsrfField token={props.csrf} />
        <PasswordFields lang={lang} errors={errors} />
        <button type="submit" class="button">
          {t(lang, "auth.account.changePassword")}
        </button>
      </form>
    </>
  );
}
