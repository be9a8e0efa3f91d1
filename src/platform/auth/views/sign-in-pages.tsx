import type { Lang } from "../../i18n/index.js";
import { t } from "../../i18n/index.js";
import { BareLayout } from "../../ui/admin-layout.js";
import { CsrfField, ErrorSummary, type Errors, TextField } from "../../ui/components/forms.js";

interface Common {
  lang: Lang;
  csrf: string;
  errors?: Errors | undefined;
  notice?: string | undefined;
}

function Notice({ text }: { text: string | undefined }) {
  return text ? (
    <div class="notice" role="status">
      {text}
    </div>
  ) : null;
}

export function SignInPage(props: Common & { username?: string; next?: string | undefined }) {
  const { lang } = props;
  return (
    <BareLayout lang={lang} title={t(lang, "auth.signIn.title")}>
      <Notice text={props.notice} />
      <ErrorSummary errors={props.errors} lang={lang} />
      <p>{t(lang, "auth.signIn.intro")}</p>
      <form method="post" action="/admin/dang-nhap" novalidate>
        <CsrfField token={props.csrf} />
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <TextField
          name="username"
          label={t(lang, "auth.signIn.username")}
          value={props.username}
          autocomplete="username"
          errors={props.errors}
          maxLength={100}
        />
        <TextField
          name="password"
          type="password"
          label={t(lang, "auth.signIn.password")}
          autocomplete="current-password"
          errors={props.errors}
        />
        <button type="submit" class="button">
          {t(lang, "auth.signIn.submit")}
        </button>
      </form>
    </BareLayout>
  );
}

function CancelSignIn({ lang, csrf }: { lang: Lang; csrf: string }) {
  return (
    <form method="post" action="/admin/dang-xuat">
      <CsrfField token={csrf} />
      <button type="submit" class="link">
        {t(lang, "auth.totp.cancel")}
      </button>
    </form>
  );
}

export function TotpPage(props: Common) {
  const { lang } = props;
  return (
    <BareLayout lang={lang} title={t(lang, "auth.totp.title")}>
      <ErrorSummary errors={props.errors} lang={lang} />
      <p>{t(lang, "auth.totp.intro")}</p>
      <form method="post" action="/admin/dang-nhap/ma-xac-thuc" novalidate>
        <CsrfField token={props.csrf} />
        <TextField
          name="code"
          label={t(lang, "auth.totp.code")}
          hint={t(lang, "auth.totp.codeHint")}
          autocomplete="one-time-code"
          errors={props.errors}
          maxLength={20}
        />
        <p>
          <button type="submit" class="button">
            {t(lang, "auth.totp.submit")}
          </button>
        </p>
      </form>
      <CancelSignIn lang={lang} csrf={props.csrf} />
    </BareLayout>
  );
}

/** The secret in groups of four, easier to type into a phone. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export function EnrolPage(props: Common & { qrDataUrl: string; secret: string }) {
  const { lang } = props;
  return (
    <BareLayout lang={lang} title={t(lang, "auth.enrol.title")}>
      <ErrorSummary errors={props.errors} lang={lang} />
      <p>{t(lang, "auth.enrol.intro")}</p>
      <ol>
        <li>{t(lang, "auth.enrol.step1")}</li>
        <li>
          {t(lang, "auth.enrol.step2")}
          <br />
          <img src={props.qrDataUrl} alt={t(lang, "auth.enrol.qrAlt")} width={200} height={200} />
          <p>
            {t(lang, "auth.enrol.manual")}{" "}
            <code class="totp-secret" data-secret={props.secret}>
              {groupSecret(props.secret)}
            </code>
          </p>
        </li>
        <li>{t(lang, "auth.enrol.step3")}</li>
      </ol>
      <form method="post" action="/admin/dang-nhap/thiet-lap-xac-thuc" novalidate>
        <CsrfField token={props.csrf} />
        <TextField
          name="code"
          label={t(lang, "auth.totp.code")}
          autocomplete="one-time-code"
          inputMode="numeric"
          errors={props.errors}
          maxLength={10}
        />
        <p>
          <button type="submit" class="button">
            {t(lang, "auth.enrol.submit")}
          </button>
        </p>
      </form>
      <CancelSignIn lang={lang} csrf={props.csrf} />
    </BareLayout>
  );
}

/** The recovery codes, shown once after enrolment or regeneration. */
export function RecoveryCodesList({ lang, codes }: { lang: Lang; codes: readonly string[] }) {
  return (
    <>
      <p>{t(lang, "auth.recovery.intro")}</p>
      <ol class="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
    </>
  );
}

export function RecoveryCodesPage(props: { lang: Lang; codes: readonly string[]; continueHref: string }) {
  const { lang } = props;
  return (
    <BareLayout lang={lang} title={t(lang, "auth.recovery.title")}>
      <RecoveryCodesList lang={lang} codes={props.codes} />
      <p>
        <a class="button" href={props.continueHref}>
          {t(lang, "auth.recovery.continue")}
        </a>
      </p>
    </BareLayout>
  );
}
