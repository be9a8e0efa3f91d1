import { CsrfField, ErrorSummary, type Errors, TextField } from "../../../../platform/ui/components/forms.js";
import { tv } from "../access.js";
import type { Criterion } from "../domain/criteria.js";
import { SITE_KINDS } from "../domain/criteria.js";
import type { CriterionFormValues } from "../domain/criterion-input.js";
import { CRITERIA_PATH, criterionHref } from "./paths.js";
import { LegalIntro } from "./site-score.js";

function ruleText(c: Criterion): string {
  return tv(`compliance.detection.${c.detection}`, { min: c.minItems });
}

/** The list as data, the decree cited; the system administrator gets an edit link per item. */
export function CriteriaView({ criteria, editable }: { criteria: Criterion[]; editable: boolean }) {
  return (
    <>
      <LegalIntro />
      <p>{tv("compliance.criteriaNote")}</p>
      <table class="data compliance-criteria">
        <caption>{tv("compliance.criteriaTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("compliance.colItem")}</th>
            <th scope="col">{tv("compliance.colBasis")}</th>
            <th scope="col">{tv("compliance.colRule")}</th>
            <th scope="col">{tv("compliance.colFreshness")}</th>
            <th scope="col">{tv("compliance.colWeight")}</th>
            <th scope="col">{tv("compliance.colAppliesTo")}</th>
            <th scope="col">{tv("compliance.colActive")}</th>
            {editable ? (
              <th scope="col">
                <span class="visually-hidden">{tv("compliance.edit")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.name}</th>
              <td>{c.basis}</td>
              <td>{ruleText(c)}</td>
              <td>
                {c.freshnessDays === null
                  ? tv("compliance.noFreshness")
                  : tv("compliance.freshness", { days: c.freshnessDays })}
              </td>
              <td>{c.weight}</td>
              <td>{c.appliesTo.map((k) => tv(`compliance.kind.${k}`)).join(", ")}</td>
              <td>{c.active ? tv("compliance.yes") : tv("compliance.no")}</td>
              {editable ? (
                <td>
                  <a href={criterionHref(c.key)} aria-label={tv("compliance.editLabel", { name: c.name })}>
                    {tv("compliance.edit")}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function CriterionForm({
  criterion,
  values,
  errors,
  csrfToken,
}: {
  criterion: Criterion;
  values: CriterionFormValues;
  errors?: Errors | undefined;
  csrfToken: string;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>
        {criterion.basis}. {ruleText(criterion)}.
      </p>
      <form method="post" action={criterionHref(criterion.key)} novalidate>
        <CsrfField token={csrfToken} />
        <TextField
          name="min_items"
          label={tv("compliance.field.minItems")}
          value={values.min_items}
          errors={errors}
          inputMode="numeric"
          maxLength={6}
        />
        <TextField
          name="freshness_days"
          label={tv("compliance.field.freshnessDays")}
          hint={tv("compliance.field.freshnessHint")}
          value={values.freshness_days}
          errors={errors}
          inputMode="numeric"
          maxLength={6}
        />
        <TextField
          name="weight"
          label={tv("compliance.field.weight")}
          hint={tv("compliance.field.weightHint")}
          value={values.weight}
          errors={errors}
          inputMode="numeric"
          maxLength={2}
        />
        <fieldset class={`form-group${errors?.applies_to ? " has-error" : ""}`} id="f-applies_to">
          <legend>{tv("compliance.field.appliesTo")}</legend>
          {errors?.applies_to ? <span class="field-error">{errors.applies_to}</span> : null}
          {SITE_KINDS.map((k) => (
            <div key={k}>
              <input
                type="checkbox"
                id={`f-applies_to-${k}`}
                name="applies_to"
                value={k}
                checked={values.applies_to.includes(k)}
              />{" "}
              <label for={`f-applies_to-${k}`} class="inline-label">
                {tv(`compliance.kind.${k}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="form-group">
          <input type="checkbox" id="f-active" name="active" value="on" checked={values.active} />{" "}
          <label for="f-active" class="inline-label">
            {tv("compliance.field.active")}
          </label>
        </div>
        <div class="form-group">
          <button type="submit" class="button">
            {tv("compliance.save")}
          </button>{" "}
          <a href={CRITERIA_PATH}>{tv("compliance.criteriaTitle")}</a>
        </div>
      </form>
    </>
  );
}
