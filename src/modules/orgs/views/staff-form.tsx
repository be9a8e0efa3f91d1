import { t } from "../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../platform/ui/components/forms.js";
import type { Option } from "../staff-store.js";

const sv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The staff form as typed, so a refused form comes back exactly as it was sent. */
export interface StaffFormValues {
  username: string;
  full_name: string;
  email: string;
  phone: string;
  unit_id: string;
  position: string;
}

export function StaffDetailFields(props: {
  values: StaffFormValues;
  errors: Errors | undefined;
  units: Option[];
}) {
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="full_name"
        label={sv("staff.field.fullName")}
        value={values.full_name}
        errors={errors}
        maxLength={200}
        autocomplete="off"
      />
      <TextField
        name="email"
        type="email"
        label={sv("staff.field.email")}
        value={values.email}
        errors={errors}
      />
      <TextField
        name="phone"
        type="tel"
        label={sv("staff.field.phone")}
        value={values.phone}
        errors={errors}
      />
      <SelectField
        name="unit_id"
        label={sv("staff.field.unit")}
        value={values.unit_id}
        emptyLabel={sv("staff.noUnit")}
        options={props.units}
        errors={errors}
      />
      <TextField
        name="position"
        label={sv("staff.field.position")}
        value={values.position}
        errors={errors}
        maxLength={200}
      />
    </>
  );
}

export function StaffCreateView(props: {
  csrf: string;
  values: StaffFormValues;
  errors?: Errors | undefined;
  units: Option[];
}) {
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <form method="post" action="/admin/can-bo/them" novalidate>
        <CsrfField token={props.csrf} />
        <TextField
          name="username"
          label={sv("staff.field.username")}
          hint={sv("staff.field.usernameHint")}
          value={props.values.username}
          errors={props.errors}
          maxLength={50}
          autocomplete="off"
        />
        <StaffDetailFields values={props.values} errors={props.errors} units={props.units} />
        <button type="submit" class="button">
          {sv("common.create")}
        </button>{" "}
        <a href="/admin/can-bo">{sv("common.cancel")}</a>
      </form>
    </>
  );
}

/** A temporary password, shown once to the administrator who made or reset it. */
export function TemporaryPasswordView(props: { message: string; password: string; staffId: string }) {
  return (
    <>
      <div class="notice" role="status">
        {props.message}
      </div>
      <p>
        {sv("staff.tempPassword")}: <code class="temp-password">{props.password}</code>
      </p>
      <p>
        <a class="button" href={`/admin/can-bo/${props.staffId}`}>
          {sv("common.back")}
        </a>{" "}
        <a href="/admin/can-bo">{sv("staff.back")}</a>
      </p>
    </>
  );
}
