import { CsrfField, type Errors, SelectField, TextField } from "../../../platform/ui/components/forms.js";
import { MAX_LEADERS, type UnitFormValues } from "../domain/unit-input.js";
import { tv } from "./admin-text.js";
import { kindOptions } from "./unit-list.js";

/** Spare leader rows offered below the filled ones, so a leader can be added without JavaScript. */
const SPARE_LEADER_ROWS = 2;

function RowInput({
  id,
  name,
  label,
  value,
  error,
  type = "text",
  autocomplete,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  type?: "text" | "tel" | "email";
  autocomplete?: string;
}) {
  return (
    <div class={`form-group${error ? " has-error" : ""}`}>
      <label for={id}>{label}</label>
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type={type as "text"}
        value={value}
        autocomplete={autocomplete}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

/** Leaders as repeated groups of fields; error keys are "leaders.<row>.<field>" as the validator reports them. */
function LeaderRows({ leaders, errors }: { leaders: UnitFormValues["leaders"]; errors: Errors | undefined }) {
  const spare = Math.max(0, Math.min(SPARE_LEADER_ROWS, MAX_LEADERS - leaders.length));
  const rows = [
    ...leaders,
    ...Array.from({ length: spare }, () => ({ name: "", position: "", phone: "", email: "" })),
  ];
  return (
    <fieldset class="form-group repeated-rows" aria-describedby="leaders-hint">
      <legend>{tv("orgs.unit.leaders")}</legend>
      <span class="hint" id="leaders-hint">
        {tv("orgs.unit.leadersHint")}
      </span>
      {errors?.leaders ? (
        <span class="field-error" id="f-leaders">
          {errors.leaders}
        </span>
      ) : null}
      {rows.map((row, i) => (
        <fieldset class="row-group" key={i}>
          <legend>{tv("orgs.unit.leaderRow", { n: i + 1 })}</legend>
          <RowInput
            id={`f-leaders.${i}.name`}
            name="leader_name"
            label={tv("orgs.unit.leader.name")}
            value={row.name}
            error={errors?.[`leaders.${i}.name`]}
            autocomplete="off"
          />
          <RowInput
            id={`f-leaders.${i}.position`}
            name="leader_position"
            label={tv("orgs.unit.leader.position")}
            value={row.position}
            error={errors?.[`leaders.${i}.position`]}
          />
          <RowInput
            id={`f-leaders.${i}.phone`}
            name="leader_phone"
            type="tel"
            label={tv("orgs.unit.leader.phone")}
            value={row.phone}
            error={errors?.[`leaders.${i}.phone`]}
          />
          <RowInput
            id={`f-leaders.${i}.email`}
            name="leader_email"
            type="email"
            label={tv("orgs.unit.leader.email")}
            value={row.email}
            error={errors?.[`leaders.${i}.email`]}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The unit form, for create (with the parent picker) and edit (the parent changes through "move"). */
export function UnitForm({
  action,
  csrf,
  values,
  errors,
  parentOptions,
  submitLabel,
}: {
  action: string;
  csrf: string;
  values: UnitFormValues;
  errors?: Errors | undefined;
  /** Given on create only. */
  parentOptions?: { value: string; label: string }[] | undefined;
  submitLabel: string;
}) {
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={csrf} />
      <TextField
        name="name_vi"
        label={tv("orgs.unit.name_vi")}
        value={values.name_vi}
        errors={errors}
        maxLength={300}
      />
      <TextField
        name="name_en"
        label={tv("orgs.unit.name_en")}
        value={values.name_en}
        errors={errors}
        maxLength={300}
      />
      <SelectField
        name="kind"
        label={tv("orgs.unit.kind")}
        value={values.kind}
        errors={errors}
        options={kindOptions()}
      />
      {parentOptions ? (
        <SelectField
          name="parent_id"
          label={tv("orgs.unit.parent_id")}
          hint={tv("orgs.unit.parentHint")}
          value={values.parent_id}
          errors={errors}
          emptyLabel={tv("orgs.units.rootOption")}
          options={parentOptions}
        />
      ) : null}
      <TextField
        name="short_code"
        label={tv("orgs.unit.short_code")}
        hint={tv("orgs.unit.shortCodeHint")}
        value={values.short_code}
        errors={errors}
        maxLength={20}
      />
      <TextField
        name="identifier_code"
        label={tv("orgs.unit.identifier_code")}
        hint={tv("orgs.unit.identifierHint")}
        value={values.identifier_code}
        errors={errors}
        maxLength={20}
      />
      <TextField
        name="address"
        label={tv("orgs.unit.address")}
        value={values.address}
        errors={errors}
        maxLength={500}
      />
      <TextField
        name="phone"
        type="tel"
        label={tv("orgs.unit.phone")}
        hint={tv("orgs.unit.phoneHint")}
        value={values.phone}
        errors={errors}
        autocomplete="off"
      />
      <TextField
        name="email"
        type="email"
        label={tv("orgs.unit.email")}
        value={values.email}
        errors={errors}
      />
      <TextField
        name="website"
        type="url"
        label={tv("orgs.unit.website")}
        value={values.website}
        errors={errors}
      />
      <TextField
        name="sort_order"
        label={tv("orgs.unit.sort_order")}
        hint={tv("orgs.unit.sortOrderHint")}
        value={values.sort_order}
        errors={errors}
        inputMode="numeric"
        maxLength={6}
      />
      <LeaderRows leaders={values.leaders} errors={errors} />
      <button type="submit" class="button">
        {submitLabel}
      </button>
    </form>
  );
}
