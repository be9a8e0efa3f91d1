import { t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { HOME_SECTION_KINDS, MAX_SECTION_ITEMS, MAX_SERVICE_LINKS } from "../../public/domain/home-config.js";
import type { HomeSectionKind } from "../../tables.js";
import type { SectionFormValues } from "../domain/section-input.js";
import { type AdminSite, homePath, SiteTabs } from "./site-tabs.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Spare link rows offered below the filled ones (no JavaScript needed to add a link). */
const SPARE_LINK_ROWS = 3;

export interface SectionRow {
  id: string;
  kind: HomeSectionKind;
  title: string;
  details: string;
}

function RowButton({
  csrf,
  action,
  label,
  hidden,
  name,
  cls,
}: {
  csrf: string;
  action: string;
  label: string;
  hidden?: { name: string; value: string };
  name: string;
  cls: string;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      {hidden ? <input type="hidden" name={hidden.name} value={hidden.value} /> : null}
      <button type="submit" class={cls}>
        {label}
        <span class="visually-hidden"> «{name}»</span>
      </button>
    </form>
  );
}

export function SectionListView({
  csrf,
  site,
  rows,
  canAdd,
}: {
  csrf: string;
  site: AdminSite;
  rows: SectionRow[];
  canAdd: boolean;
}) {
  const base = homePath(site.id);
  return (
    <>
      <SiteTabs site={site} current="home" />
      <p>{tv("portal.sa.homeIntro")}</p>
      {rows.length === 0 ? (
        <p>{tv("portal.sa.noSections")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{tv("portal.sa.sectionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("portal.sa.col.position")}</th>
              <th scope="col">{tv("portal.sa.col.title")}</th>
              <th scope="col">{tv("portal.sa.col.kind")}</th>
              <th scope="col">{tv("portal.sa.col.details")}</th>
              <th scope="col">{tv("portal.sa.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id}>
                <td>{i + 1}</td>
                <th scope="row">
                  <a href={`${base}/${row.id}`}>{row.title}</a>
                </th>
                <td>{tv(`portal.sa.kind.${row.kind}`)}</td>
                <td>{row.details}</td>
                <td>
                  {i > 0 ? (
                    <RowButton
                      csrf={csrf}
                      action={`${base}/${row.id}/thu-tu`}
                      hidden={{ name: "huong", value: "len" }}
                      label={tv("portal.sa.moveUp")}
                      name={row.title}
                      cls="button secondary small"
                    />
                  ) : null}{" "}
                  {i < rows.length - 1 ? (
                    <RowButton
                      csrf={csrf}
                      action={`${base}/${row.id}/thu-tu`}
                      hidden={{ name: "huong", value: "xuong" }}
                      label={tv("portal.sa.moveDown")}
                      name={row.title}
                      cls="button secondary small"
                    />
                  ) : null}{" "}
                  <RowButton
                    csrf={csrf}
                    action={`${base}/${row.id}/xoa`}
                    label={tv("portal.sa.delete")}
                    name={row.title}
                    cls="button warning small"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canAdd ? (
        <form method="get" action={`${base}/moi`} class="filters">
          <SelectField
            name="loai"
            label={tv("portal.sa.addSectionKind")}
            options={HOME_SECTION_KINDS.map((k) => ({ value: k, label: tv(`portal.sa.kind.${k}`) }))}
          />
          <div class="form-group">
            <button type="submit" class="button">
              {tv("portal.sa.addSection")}
            </button>
          </div>
        </form>
      ) : (
        <p>{tv("portal.sa.tooManySections", { max: 12 })}</p>
      )}
    </>
  );
}

export function SectionFormView({
  csrf,
  site,
  kind,
  action,
  values,
  errors,
  categories,
  articles,
  submitLabel,
}: {
  csrf: string;
  site: AdminSite;
  kind: HomeSectionKind;
  action: string;
  values: SectionFormValues;
  errors?: Errors | undefined;
  categories: { value: string; label: string }[];
  articles: { value: string; label: string }[];
  submitLabel: string;
}) {
  const spare = Math.max(0, Math.min(SPARE_LINK_ROWS, MAX_SERVICE_LINKS - values.links.length));
  const linkRows = [...values.links, ...Array.from({ length: spare }, () => ({ label: "", href: "" }))];
  return (
    <>
      <SiteTabs site={site} current="home" />
      <ErrorSummary errors={errors} lang="vi" />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="loai" value={kind} />
        <TextField
          name="title"
          label={tv("portal.sa.field.title")}
          hint={tv("portal.sa.field.titleHint")}
          value={values.title}
          errors={errors}
          maxLength={120}
        />
        {kind === "lead_story" ? (
          <SelectField
            name="content_id"
            label={tv("portal.sa.field.content")}
            value={values.content_id}
            errors={errors}
            emptyLabel={tv("portal.sa.field.contentAuto")}
            options={articles}
          />
        ) : null}
        {kind === "latest_in_category" ? (
          <SelectField
            name="category_id"
            label={tv("portal.sa.field.category")}
            value={values.category_id}
            errors={errors}
            emptyLabel=""
            options={categories}
          />
        ) : null}
        {kind === "latest_in_category" || kind === "announcements" || kind === "legal_documents" ? (
          <TextField
            name="limit"
            label={tv("portal.sa.field.limit")}
            hint={tv("portal.sa.field.limitHint", { max: MAX_SECTION_ITEMS })}
            value={values.limit}
            errors={errors}
            inputMode="numeric"
            maxLength={3}
          />
        ) : null}
        {kind === "service_links" ? (
          <fieldset class="repeated-rows" aria-describedby="links-hint">
            <legend>{tv("portal.sa.field.links")}</legend>
            <p class="hint" id="links-hint">
              {tv("portal.sa.field.linksHint")}
            </p>
            {errors?.links ? (
              <p class="field-error" id="f-links">
                {errors.links}
              </p>
            ) : null}
            {linkRows.map((row, i) => {
              const labelErr = errors?.[`links.${i}.label`];
              const hrefErr = errors?.[`links.${i}.href`];
              return (
                <fieldset class="form-group row-group" key={i}>
                  <legend>{tv("portal.sa.field.linkRow", { n: i + 1 })}</legend>
                  <div class={`form-group${labelErr ? " has-error" : ""}`}>
                    <label for={`f-links.${i}.label`}>{tv("portal.sa.field.linkLabel")}</label>
                    {labelErr ? (
                      <span class="field-error" id={`f-links.${i}.label-error`}>
                        {labelErr}
                      </span>
                    ) : null}
                    <input
                      type="text"
                      id={`f-links.${i}.label`}
                      name="link_label"
                      value={row.label}
                      maxLength={80}
                      aria-invalid={labelErr ? "true" : undefined}
                      aria-describedby={labelErr ? `f-links.${i}.label-error` : undefined}
                    />
                  </div>
                  <div class={`form-group${hrefErr ? " has-error" : ""}`}>
                    <label for={`f-links.${i}.href`}>{tv("portal.sa.field.linkHref")}</label>
                    {hrefErr ? (
                      <span class="field-error" id={`f-links.${i}.href-error`}>
                        {hrefErr}
                      </span>
                    ) : null}
                    <input
                      type="text"
                      id={`f-links.${i}.href`}
                      name="link_href"
                      value={row.href}
                      maxLength={500}
                      aria-invalid={hrefErr ? "true" : undefined}
                      aria-describedby={hrefErr ? `f-links.${i}.href-error` : undefined}
                    />
                  </div>
                </fieldset>
              );
            })}
          </fieldset>
        ) : null}
        <button type="submit" class="button">
          {submitLabel}
        </button>
      </form>
      <p>
        <a href={homePath(site.id)}>{t("vi", "common.back")}</a>
      </p>
    </>
  );
}

/** The sites a person may arrange, each with its structure pages. */
export function SitesHubView({ sites }: { sites: (AdminSite & { path: string })[] }) {
  return (
    <>
      <p>{tv("portal.sa.sitesIntro")}</p>
      {sites.length === 0 ? (
        <p>{tv("portal.sa.noSites")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{tv("portal.sa.sitesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("portal.sa.col.site")}</th>
              <th scope="col">{tv("portal.sa.col.path")}</th>
              <th scope="col">{tv("portal.sa.col.manage")}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>
                  <a href={s.path}>{s.path}</a>
                </td>
                <td>
                  <a href={`/admin/trang/${s.id}/chuyen-muc`}>
                    {tv("portal.sa.tab.categories")}
                    <span class="visually-hidden"> – {s.name}</span>
                  </a>
                  {" · "}
                  <a href={homePath(s.id)}>
                    {tv("portal.sa.tab.home")}
                    <span class="visually-hidden"> – {s.name}</span>
                  </a>
                  {" · "}
                  <a href={`/admin/trang/${s.id}`}>
                    {tv("portal.sa.tab.menu")}
                    <span class="visually-hidden"> – {s.name}</span>
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

export type { Errors };
