import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components/forms.js";
import { MENU_MAX_ITEMS } from "../domain/menu.js";
import type { SiteFormValues } from "../domain/site-input.js";
import { ACCENT_KEYS } from "../domain/theme.js";
import type { MenuItem, Site } from "../tables.js";
import { tv } from "./admin-text.js";
import { sitePath } from "./site-list.js";
import { StatusTag } from "./unit-list.js";

/** Spare menu rows offered below the filled ones (no JavaScript needed to add an item). */
const SPARE_MENU_ROWS = 3;

function DetailsFields({ values, errors }: { values: SiteFormValues; errors: Errors | undefined }) {
  return (
    <>
      <TextField
        name="name_vi"
        label={tv("orgs.site.name_vi")}
        value={values.name_vi}
        errors={errors}
        maxLength={300}
      />
      <TextField
        name="name_en"
        label={tv("orgs.site.name_en")}
        value={values.name_en}
        errors={errors}
        maxLength={300}
      />
      <TextField
        name="host"
        label={tv("orgs.site.host")}
        hint={tv("orgs.site.hostHint")}
        value={values.host}
        errors={errors}
        maxLength={253}
      />
      <TextArea
        name="intro_vi"
        label={tv("orgs.site.intro_vi")}
        value={values.intro_vi}
        errors={errors}
        rows={3}
      />
      <TextArea
        name="intro_en"
        label={tv("orgs.site.intro_en")}
        value={values.intro_en}
        errors={errors}
        rows={3}
      />
      <TextField
        name="sort_order"
        label={tv("orgs.site.sort_order")}
        hint={tv("orgs.unit.sortOrderHint")}
        value={values.sort_order}
        errors={errors}
        inputMode="numeric"
        maxLength={6}
      />
    </>
  );
}

export function SiteCreateView({
  csrf,
  values,
  errors,
  unitOptions,
  suggestion,
}: {
  csrf: string;
  values: SiteFormValues;
  errors?: Errors | undefined;
  unitOptions: { value: string; label: string }[];
  suggestion: string | null;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <form method="post" action="/admin/trang" novalidate>
        <CsrfField token={csrf} />
        <SelectField
          name="unit_id"
          label={tv("orgs.site.unit_id")}
          value={values.unit_id}
          errors={errors}
          emptyLabel={tv("orgs.site.chooseUnit")}
          options={unitOptions}
        />
        <TextField
          name="slug"
          label={tv("orgs.site.slug")}
          hint={
            suggestion
              ? `${tv("orgs.site.slugHint")} ${tv("orgs.site.slugSuggestion", { slug: suggestion })}`
              : tv("orgs.site.slugHint")
          }
          value={values.slug}
          errors={errors}
          maxLength={80}
        />
        <DetailsFields values={values} errors={errors} />
        <button type="submit" class="button">
          {tv("orgs.sites.create")}
        </button>
      </form>
      <p>
        <a href="/admin/trang">{tv("orgs.sites.backToList")}</a>
      </p>
    </>
  );
}

export interface SiteEditErrors {
  details?: Errors | undefined;
  menu?: Errors | undefined;
  theme?: Errors | undefined;
  status?: Errors | undefined;
}

/**
 * A site's page. The system admin edits everything; a site admin only the menu and the theme of their own site, so
 * the details and status sections are left out for them.
 */
export function SiteEditView({
  csrf,
  site,
  unitName,
  fullAccess,
  details,
  menuRows,
  accent,
  errors,
}: {
  csrf: string;
  site: Site;
  unitName: string;
  fullAccess: boolean;
  details: SiteFormValues;
  menuRows: MenuItem[];
  accent: string;
  errors?: SiteEditErrors;
}) {
  const all: Errors = { ...errors?.details, ...errors?.menu, ...errors?.theme, ...errors?.status };
  const spare = Math.max(0, Math.min(SPARE_MENU_ROWS, MENU_MAX_ITEMS - menuRows.length));
  const rows = [...menuRows, ...Array.from({ length: spare }, () => ({ label: "", href: "" }))];
  return (
    <>
      <ErrorSummary errors={all} lang="vi" />
      <p>
        <StatusTag active={site.active} /> {tv(`orgs.siteKind.${site.kind}`)} ·{" "}
        {tv("orgs.sites.pathLine", { path: sitePath(site.slug) })}
        {site.active ? (
          <>
            {" "}
            · <a href={sitePath(site.slug)}>{tv("orgs.sites.view")}</a>
          </>
        ) : null}
      </p>
      <p>{tv("orgs.sites.unitLine", { unit: unitName })}</p>
      {!fullAccess ? <p>{tv("orgs.sites.ownOnly")}</p> : null}

      {fullAccess ? (
        <>
          <h2>{tv("orgs.sites.details")}</h2>
          <form method="post" action={`/admin/trang/${site.id}`} novalidate>
            <CsrfField token={csrf} />
            <DetailsFields values={details} errors={errors?.details} />
            <button type="submit" class="button">
              {tv("common.save")}
            </button>
          </form>
        </>
      ) : null}

      <h2>{tv("orgs.site.menu")}</h2>
      <form method="post" action={`/admin/trang/${site.id}/danh-muc`} novalidate>
        <CsrfField token={csrf} />
        <p class="hint" id="menu-hint">
          {tv("orgs.site.menuHint")}
        </p>
        {errors?.menu?.menu ? (
          <p class="field-error" id="f-menu">
            {errors.menu.menu}
          </p>
        ) : null}
        {rows.map((row, i) => {
          const labelErr = errors?.menu?.[`menu.${i}.label`];
          const hrefErr = errors?.menu?.[`menu.${i}.href`];
          return (
            <fieldset class="form-group row-group" key={i} aria-describedby="menu-hint">
              <legend>{tv("orgs.site.menuRow", { n: i + 1 })}</legend>
              <div class={`form-group${labelErr ? " has-error" : ""}`}>
                <label for={`f-menu.${i}.label`}>{tv("orgs.site.menuLabel")}</label>
                {labelErr ? (
                  <span class="field-error" id={`f-menu.${i}.label-error`}>
                    {labelErr}
                  </span>
                ) : null}
                <input
                  type="text"
                  id={`f-menu.${i}.label`}
                  name="menu_label"
                  value={row.label}
                  aria-invalid={labelErr ? "true" : undefined}
                  aria-describedby={labelErr ? `f-menu.${i}.label-error` : undefined}
                />
              </div>
              <div class={`form-group${hrefErr ? " has-error" : ""}`}>
                <label for={`f-menu.${i}.href`}>{tv("orgs.site.menuHref")}</label>
                {hrefErr ? (
                  <span class="field-error" id={`f-menu.${i}.href-error`}>
                    {hrefErr}
                  </span>
                ) : null}
                <input
                  type="text"
                  id={`f-menu.${i}.href`}
                  name="menu_href"
                  value={row.href}
                  aria-invalid={hrefErr ? "true" : undefined}
                  aria-describedby={hrefErr ? `f-menu.${i}.href-error` : undefined}
                />
              </div>
            </fieldset>
          );
        })}
        <button type="submit" class="button">
          {tv("orgs.site.saveMenu")}
        </button>
      </form>

      <h2>{tv("orgs.site.theme")}</h2>
      <form method="post" action={`/admin/trang/${site.id}/giao-dien`}>
        <CsrfField token={csrf} />
        <SelectField
          name="accent"
          label={tv("orgs.site.accent")}
          hint={tv("orgs.site.accentHint")}
          value={accent}
          errors={errors?.theme}
          options={ACCENT_KEYS.map((k) => ({ value: k, label: tv(`orgs.accent.${k}`) }))}
        />
        <button type="submit" class="button">
          {tv("orgs.site.saveTheme")}
        </button>
      </form>

      {fullAccess && site.kind === "component" ? (
        <>
          <h2>{tv("orgs.sites.statusSection")}</h2>
          <p>{site.active ? tv("orgs.sites.isActive") : tv("orgs.sites.isInactive")}</p>
          <form
            method="post"
            action={`/admin/trang/${site.id}/${site.active ? "ngung-hoat-dong" : "kich-hoat"}`}
            id="f-_"
          >
            <CsrfField token={csrf} />
            <button type="submit" class={site.active ? "button warning" : "button secondary"}>
              {site.active ? tv("orgs.sites.deactivate") : tv("orgs.sites.reactivate")}
            </button>
          </form>
        </>
      ) : null}
      <p>
        <a href="/admin/trang">{tv("orgs.sites.backToList")}</a>
      </p>
    </>
  );
}
