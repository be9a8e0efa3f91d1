import { t } from "../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../platform/ui/components/forms.js";
import type { PublicShell } from "../../../platform/ui/public-layout.js";
import { CITIZEN_PATHS } from "../../services/paths.js";
import { displayMobile } from "../domain/identity.js";
import type { ProfileFormValues } from "../domain/profile.js";
import type { CitizenPrincipal } from "../principal.js";
import { CitizenLayout } from "./citizen-layout.js";

export function ProfilePage({
  shell,
  csrf,
  citizen,
  values,
  errors,
  saved,
}: {
  shell: PublicShell;
  csrf: string;
  citizen: CitizenPrincipal;
  values: ProfileFormValues;
  errors?: Errors | undefined;
  saved: boolean;
}) {
  const lang = shell.lang;
  const tr = (key: string) => t(lang, `citizens.profile.${key}`);
  const verified = (value: string | null) =>
    value ? (
      <>
        {value} <span class="muted">({tr("verified")})</span>
      </>
    ) : (
      <span class="muted">{tr("none")}</span>
    );
  return (
    <CitizenLayout shell={shell} title={tr("title")} citizen={citizen} csrf={csrf}>
      <h1>{tr("title")}</h1>
      {saved ? (
        <div class="notice" role="status">
          {tr("saved")}
        </div>
      ) : null}
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("intro")}</p>
      <h2>{tr("contact")}</h2>
      <dl class="doc-summary">
        <dt>{tr("email")}</dt>
        <dd>{verified(citizen.email)}</dd>
        <dt>{tr("phone")}</dt>
        <dd>{verified(citizen.phone ? displayMobile(citizen.phone) : null)}</dd>
      </dl>
      <form method="post" action={CITIZEN_PATHS.profile} novalidate>
        <CsrfField token={csrf} />
        <fieldset>
          <legend>{tr("personal")}</legend>
          <TextField
            name="fullName"
            label={tr("fullName")}
            value={values.fullName}
            errors={errors}
            autocomplete="name"
            maxLength={120}
            required
          />
          <TextField
            name="idNumber"
            label={tr("idNumber")}
            hint={tr("idNumberHint")}
            value={values.idNumber}
            errors={errors}
            inputMode="numeric"
            maxLength={20}
          />
          <TextField
            name="birthDate"
            label={tr("birthDate")}
            hint={tr("birthDateHint")}
            value={values.birthDate}
            errors={errors}
            autocomplete="bday"
            maxLength={20}
          />
          <SelectField
            name="gender"
            label={tr("gender")}
            value={values.gender}
            errors={errors}
            emptyLabel={tr("genderEmpty")}
            options={(["male", "female", "other"] as const).map((g) => ({
              value: g,
              label: t(lang, `citizens.gender.${g}`),
            }))}
          />
          <TextField
            name="address"
            label={tr("address")}
            value={values.address}
            errors={errors}
            autocomplete="street-address"
            maxLength={300}
          />
        </fieldset>
        <fieldset>
          <legend>{tr("business")}</legend>
          <TextField
            name="businessName"
            label={tr("businessName")}
            value={values.businessName}
            errors={errors}
            autocomplete="organization"
            maxLength={200}
          />
          <TextField
            name="taxCode"
            label={tr("taxCode")}
            hint={tr("taxCodeHint")}
            value={values.taxCode}
            errors={errors}
            inputMode="numeric"
            maxLength={20}
          />
        </fieldset>
        <button type="submit" class="button">
          {tr("submit")}
        </button>
      </form>
    </CitizenLayout>
  );
}
