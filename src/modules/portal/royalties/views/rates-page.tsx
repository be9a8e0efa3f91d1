import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type Errors,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { tr } from "../catalogue.js";
import { viDay } from "../domain/month.js";
import { formatVnd } from "../domain/rates.js";
import type { PointValueRow } from "../store.js";
import type { RoyaltyClass } from "../tables.js";
import { CLASS_NEW_PATH, classPath, POINT_VALUE_PATH } from "./paths.js";

export interface RatesPageProps {
  classes: RoyaltyClass[];
  values: PointValueRow[];
  /** The value in force today, to mark it in the history. */
  inForceId: string | null;
  today: string;
  canEdit: boolean;
  csrf: string;
  valueInput: { effective_from: string; value_vnd: string; province_decision: string };
  errors?: Errors | undefined;
}

export function RatesPage(props: RatesPageProps) {
  const { classes, values, canEdit } = props;
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>{tr("portalRoyalties.rates.intro", { decree: tr("portalRoyalties.decree") })}</p>
      {canEdit ? null : <p class="notice">{tr("portalRoyalties.rates.readOnly")}</p>}

      <h2>{tr("portalRoyalties.rates.values")}</h2>
      {values.length === 0 ? (
        <p>{tr("portalRoyalties.rates.noValues")}</p>
      ) : (
        <table class="data">
          <caption>{tr("portalRoyalties.rates.valuesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("portalRoyalties.rates.col.from")}</th>
              <th scope="col" class="num">
                {tr("portalRoyalties.rates.col.value")}
              </th>
              <th scope="col">{tr("portalRoyalties.rates.col.decision")}</th>
              <th scope="col">{tr("portalRoyalties.rates.col.state")}</th>
              <th scope="col">{tr("portalRoyalties.rates.col.by")}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.id}>
                <th scope="row">{viDay(v.effective_from)}</th>
                <td class="num">{formatVnd(v.value_vnd)}</td>
                <td>{v.province_decision}</td>
                <td>
                  {v.id === props.inForceId
                    ? tr("portalRoyalties.rates.inForce")
                    : v.effective_from > props.today
                      ? tr("portalRoyalties.rates.future")
                      : tr("portalRoyalties.rates.past")}
                </td>
                <td>{v.created_by_name ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit ? (
        <form
          method="post"
          action={POINT_VALUE_PATH}
          class="royalty-value-form"
          aria-labelledby="add-value-heading"
        >
          <h3 id="add-value-heading">{tr("portalRoyalties.rates.addValue")}</h3>
          <p class="hint">{tr("portalRoyalties.rates.addValueHint")}</p>
          <CsrfField token={props.csrf} />
          <TextField
            name="effective_from"
            label={tr("portalRoyalties.rates.effectiveFrom")}
            hint={tr("portalRoyalties.rates.dateHint")}
            value={props.valueInput.effective_from}
            errors={props.errors}
            maxLength={10}
            inputMode="numeric"
          />
          <TextField
            name="value_vnd"
            label={tr("portalRoyalties.rates.valueVnd")}
            hint={tr("portalRoyalties.rates.valueHint")}
            value={props.valueInput.value_vnd}
            errors={props.errors}
            maxLength={20}
            inputMode="numeric"
          />
          <TextField
            name="province_decision"
            label={tr("portalRoyalties.rates.decision")}
            hint={tr("portalRoyalties.rates.decisionHint")}
            value={props.valueInput.province_decision}
            errors={props.errors}
            maxLength={300}
          />
          <button type="submit" class="button">
            {tr("portalRoyalties.rates.saveValue")}
          </button>
        </form>
      ) : null}

      <h2>{tr("portalRoyalties.rates.classes")}</h2>
      <table class="data">
        <caption>{tr("portalRoyalties.rates.classesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("portalRoyalties.rates.col.code")}</th>
            <th scope="col">{tr("portalRoyalties.rates.col.name")}</th>
            <th scope="col">{tr("portalRoyalties.rates.col.range")}</th>
            <th scope="col">{tr("portalRoyalties.rates.col.suggest")}</th>
            <th scope="col">{tr("portalRoyalties.rates.col.active")}</th>
            {canEdit ? <th scope="col">{tr("portalRoyalties.rates.col.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c.code}>
              <td>{c.code}</td>
              <th scope="row">{c.name}</th>
              <td>{tr("portalRoyalties.rates.range", { min: c.min_points, max: c.max_points })}</td>
              <td>{c.suggest_for.map((k) => tr(`portalRoyalties.kind.${k}`)).join(", ")}</td>
              <td>{c.active ? tr("portalRoyalties.rates.yes") : tr("portalRoyalties.rates.no")}</td>
              {canEdit ? (
                <td>
                  <a
                    href={classPath(c.code)}
                    aria-label={tr("portalRoyalties.rates.editLabel", { name: c.name })}
                  >
                    {tr("portalRoyalties.rates.edit")}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <p>
          <a href={CLASS_NEW_PATH} class="button secondary">
            {tr("portalRoyalties.rates.addClass")}
          </a>
        </p>
      ) : null}
    </>
  );
}

export interface ClassFormProps {
  isNew: boolean;
  action: string;
  csrf: string;
  values: {
    code: string;
    name: string;
    min_points: string;
    max_points: string;
    suggest_for: string[];
    sort_order: string;
    active: boolean;
  };
  errors?: Errors | undefined;
  backHref: string;
}

export function ClassFormPage({ isNew, action, csrf, values, errors, backHref }: ClassFormProps) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <form method="post" action={action}>
        <CsrfField token={csrf} />
        {isNew ? (
          <TextField
            name="code"
            label={tr("portalRoyalties.class.code")}
            hint={tr("portalRoyalties.class.codeHint")}
            value={values.code}
            errors={errors}
            maxLength={20}
          />
        ) : (
          <p>
            {tr("portalRoyalties.class.code")}: <strong>{values.code}</strong>
          </p>
        )}
        <TextField
          name="name"
          label={tr("portalRoyalties.class.name")}
          value={values.name}
          errors={errors}
          maxLength={300}
        />
        <TextField
          name="min_points"
          label={tr("portalRoyalties.class.minPoints")}
          value={values.min_points}
          errors={errors}
          maxLength={4}
          inputMode="numeric"
        />
        <TextField
          name="max_points"
          label={tr("portalRoyalties.class.maxPoints")}
          value={values.max_points}
          errors={errors}
          maxLength={4}
          inputMode="numeric"
        />
        <fieldset class="form-group">
          <legend>{tr("portalRoyalties.class.suggestFor")}</legend>
          <Checkbox
            name="suggest_for"
            value="article"
            label={tr("portalRoyalties.kind.article")}
            checked={values.suggest_for.includes("article")}
          />
          <Checkbox
            name="suggest_for"
            value="announcement"
            label={tr("portalRoyalties.kind.announcement")}
            checked={values.suggest_for.includes("announcement")}
          />
        </fieldset>
        <TextField
          name="sort_order"
          label={tr("portalRoyalties.class.sortOrder")}
          value={values.sort_order}
          errors={errors}
          maxLength={6}
          inputMode="numeric"
        />
        <Checkbox
          name="active"
          value="on"
          label={tr("portalRoyalties.class.active")}
          checked={values.active}
        />
        <button type="submit" class="button">
          {tr("portalRoyalties.class.save")}
        </button>{" "}
        <a href={backHref}>{tr("portalRoyalties.class.cancel")}</a>
      </form>
    </>
  );
}
