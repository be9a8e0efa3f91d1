import { CsrfField, ErrorSummary, type Errors, SelectField } from "../../../platform/ui/components/forms.js";
import type { UnitFormValues } from "../domain/unit-input.js";
import type { Site, Unit } from "../tables.js";
import { tv } from "./admin-text.js";
import { UnitForm } from "./unit-form.js";
import { StatusTag } from "./unit-list.js";

export function UnitCreateView({
  csrf,
  values,
  errors,
  parentOptions,
}: {
  csrf: string;
  values: UnitFormValues;
  errors?: Errors | undefined;
  parentOptions: { value: string; label: string }[];
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <UnitForm
        action="/admin/don-vi"
        csrf={csrf}
        values={values}
        errors={errors}
        parentOptions={parentOptions}
        submitLabel={tv("orgs.units.create")}
      />
      <p>
        <a href="/admin/don-vi">{tv("orgs.units.backToList")}</a>
      </p>
    </>
  );
}

/** A unit's page: where it sits, its details form, its sites, and its active state. */
export function UnitEditView({
  csrf,
  unit,
  parent,
  sites,
  values,
  errors,
}: {
  csrf: string;
  unit: Unit;
  parent: Pick<Unit, "id" | "name_vi"> | null;
  sites: Pick<Site, "id" | "slug" | "name_vi" | "kind" | "active">[];
  values: UnitFormValues;
  /** Field errors of the details form, or "_" for a refused status change. */
  errors?: Errors | undefined;
}) {
  const canHaveChildren = unit.kind === "province" || unit.kind === "district";
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>
        <StatusTag active={unit.active} />{" "}
        {parent ? (
          <>
            {tv("orgs.units.parentLabel")} <a href={`/admin/don-vi/${parent.id}`}>{parent.name_vi}</a>
          </>
        ) : (
          tv("orgs.units.noParent")
        )}
      </p>
      <ul>
        {unit.kind !== "province" ? (
          <li>
            <a href={`/admin/don-vi/${unit.id}/chuyen`}>{tv("orgs.units.moveLink")}</a>
          </li>
        ) : null}
        {canHaveChildren && unit.active ? (
          <li>
            <a href={`/admin/don-vi/moi?cap_tren=${unit.id}`}>{tv("orgs.units.addChild")}</a>
          </li>
        ) : null}
      </ul>

      <h2>{tv("orgs.units.details")}</h2>
      <UnitForm
        action={`/admin/don-vi/${unit.id}`}
        csrf={csrf}
        values={values}
        errors={errors}
        submitLabel={tv("common.save")}
      />

      <h2>{tv("orgs.units.sites")}</h2>
      {sites.length === 0 ? <p>{tv("orgs.units.noSites")}</p> : null}
      {sites.length > 0 ? (
        <ul>
          {sites.map((s) => (
            <li key={s.id}>
              <a href={`/admin/trang/${s.id}`}>{s.name_vi}</a> ({s.slug === "" ? "/" : `/${s.slug}`}){" "}
              <StatusTag active={s.active} />
            </li>
          ))}
        </ul>
      ) : null}
      {unit.active ? (
        <p>
          <a href={`/admin/trang/moi?don_vi=${unit.id}`}>{tv("orgs.units.addSite")}</a>
        </p>
      ) : null}

      <h2>{tv("orgs.units.statusSection")}</h2>
      <p>{unit.active ? tv("orgs.units.isActive") : tv("orgs.units.isInactive")}</p>
      <form
        method="post"
        action={`/admin/don-vi/${unit.id}/${unit.active ? "ngung-hoat-dong" : "kich-hoat"}`}
        id="f-_"
      >
        <CsrfField token={csrf} />
        <button type="submit" class={unit.active ? "button warning" : "button secondary"}>
          {unit.active ? tv("orgs.units.deactivate") : tv("orgs.units.reactivate")}
        </button>
      </form>
      <p>
        <a href="/admin/don-vi">{tv("orgs.units.backToList")}</a>
      </p>
    </>
  );
}

export function UnitMoveView({
  csrf,
  unit,
  parent,
  options,
  value,
  errors,
}: {
  csrf: string;
  unit: Unit;
  parent: Pick<Unit, "id" | "name_vi"> | null;
  options: { value: string; label: string }[];
  value: string;
  errors?: Errors | undefined;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{parent ? tv("orgs.units.parentLine", { name: parent.name_vi }) : tv("orgs.units.noParent")}</p>
      {options.length === 0 ? (
        <p>{tv("orgs.units.noPossibleParents")}</p>
      ) : (
        <form method="post" action={`/admin/don-vi/${unit.id}/chuyen`}>
          <CsrfField token={csrf} />
          <SelectField
            name="parent_id"
            label={tv("orgs.unit.parent_id")}
            hint={tv("orgs.unit.parentHint")}
            value={value}
            errors={errors}
            options={options}
          />
          <button type="submit" class="button">
            {tv("orgs.units.moveSubmit")}
          </button>
        </form>
      )}
      <p>
        <a href={`/admin/don-vi/${unit.id}`}>{tv("orgs.units.backToUnit")}</a>
      </p>
    </>
  );
}
