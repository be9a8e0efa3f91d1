import { viDate } from "../../../../platform/calendar/vn-day.js";
import { t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import type { LicenceFormValues } from "../domain/licence-input.js";
import type { LicenceState } from "../domain/licence-state.js";
import type { RegistryRow } from "../store.js";

export const REGISTRY_PATH = "/admin/so-dang-ky-trang";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

const STATE_CLASS: Record<LicenceState, string> = {
  valid: "ok",
  expiring: "pending",
  expired: "off",
  missing: "off",
};

/** The state in words (never colour alone), with the days left or overdue. */
export function LicenceStateTag({ state, daysLeft }: { state: LicenceState; daysLeft: number | null }) {
  const days =
    daysLeft === null
      ? null
      : daysLeft > 0
        ? tv("registry.daysLeft", { days: daysLeft })
        : daysLeft === 0
          ? tv("registry.daysToday")
          : tv("registry.daysAgo", { days: -daysLeft });
  return (
    <>
      <span class={`tag ${STATE_CLASS[state]}`}>{tv(`registry.state.${state}`)}</span>
      {days && state !== "valid" ? <> ({days})</> : null}
    </>
  );
}

export function RegistryListView({ rows }: { rows: RegistryRow[] }) {
  const count = (s: LicenceState) => rows.filter((r) => r.state === s).length;
  return (
    <>
      <p>{tv("registry.intro")}</p>
      <p role="status">
        {tv("registry.summary", {
          valid: count("valid"),
          expiring: count("expiring"),
          expired: count("expired"),
          missing: count("missing"),
        })}
      </p>
      {rows.length === 0 ? (
        <p>{tv("registry.none")}</p>
      ) : (
        <table class="data">
          <caption>{tv("registry.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("registry.col.site")}</th>
              <th scope="col">{tv("registry.col.number")}</th>
              <th scope="col">{tv("registry.col.expires")}</th>
              <th scope="col">{tv("registry.col.state")}</th>
              <th scope="col">{tv("registry.col.contact")}</th>
              <th scope="col">{tv("registry.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.siteId} data-state={r.state}>
                <th scope="row">{r.siteName}</th>
                <td>{r.licenceNumber ?? "—"}</td>
                <td>{r.expiresOn ? viDate(r.expiresOn) : "—"}</td>
                <td>
                  <LicenceStateTag state={r.state} daysLeft={r.daysLeft} />
                </td>
                <td>
                  {r.contactName ?? "—"}
                  {r.contactEmail ? (
                    <>
                      <br />
                      <a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a>
                    </>
                  ) : null}
                </td>
                <td>
                  <a href={`${REGISTRY_PATH}/${r.siteId}`}>
                    {tv("registry.edit")}
                    <span class="visually-hidden"> {r.siteName}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function RegistryFormView({
  csrf,
  siteId,
  values,
  errors,
  state,
}: {
  csrf: string;
  siteId: string;
  values: LicenceFormValues;
  errors?: Errors | undefined;
  state: { state: LicenceState; daysLeft: number | null };
}) {
  const field = (
    name: keyof LicenceFormValues,
    maxLength: number,
    extra: { hint?: string; type?: "email" | "tel" } = {},
  ) => (
    <TextField
      name={name}
      label={tv(`registry.f.${name}`)}
      value={values[name]}
      errors={errors}
      maxLength={maxLength}
      hint={extra.hint}
      type={extra.type}
    />
  );
  const dateHint = tv("registry.f.date.hint");
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>
        {tv("registry.col.state")}: <LicenceStateTag state={state.state} daysLeft={state.daysLeft} />
      </p>
      <form method="post" action={`${REGISTRY_PATH}/${siteId}`} novalidate>
        <CsrfField token={csrf} />
        <fieldset>
          <legend>
            <h2>{tv("registry.section.licence")}</h2>
          </legend>
          {field("licence_number", 100, { hint: tv("registry.f.licence_number.hint") })}
          {field("issuing_body", 300)}
          {field("issued_on", 10, { hint: dateHint })}
          {field("expires_on", 10, { hint: dateHint })}
        </fieldset>
        <fieldset>
          <legend>
            <h2>{tv("registry.section.hosting")}</h2>
          </legend>
          <TextArea
            name="domains"
            label={tv("registry.f.domains")}
            hint={tv("registry.f.domains.hint")}
            value={values.domains}
            errors={errors}
            rows={3}
          />
          {field("hosting_provider", 300)}
          {field("hosting_location", 300)}
        </fieldset>
        <fieldset>
          <legend>
            <h2>{tv("registry.section.contact")}</h2>
          </legend>
          {field("contact_name", 200)}
          {field("contact_phone", 30, { type: "tel" })}
          {field("contact_email", 320, { type: "email", hint: tv("registry.f.contact_email.hint") })}
        </fieldset>
        <TextArea name="notes" label={tv("registry.f.notes")} value={values.notes} errors={errors} rows={3} />
        <div class="form-group">
          <button type="submit" class="button">
            {tv("registry.save")}
          </button>{" "}
          <a href={REGISTRY_PATH}>{tv("registry.back")}</a>
        </div>
      </form>
    </>
  );
}
