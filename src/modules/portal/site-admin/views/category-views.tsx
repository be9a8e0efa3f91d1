import { t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { flattenTree } from "../../public/domain/category-tree.js";
import type { Category } from "../../tables.js";
import { CATEGORY_SLUG_MAX, type CategoryFormValues } from "../domain/category-input.js";
import { type AdminSite, categoriesPath, SiteTabs, StatusTag } from "./site-tabs.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function MoveButton({
  csrf,
  action,
  direction,
  name,
}: {
  csrf: string;
  action: string;
  direction: "len" | "xuong";
  name: string;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="huong" value={direction} />
      {/* The visible word starts the accessible name (WCAG 2.5.3); the hidden part says which row. */}
      <button type="submit" class="button secondary small">
        {direction === "len" ? tv("portal.sa.moveUp") : tv("portal.sa.moveDown")}
        <span class="visually-hidden"> «{name}»</span>
      </button>
    </form>
  );
}

/** The site's category tree as an indented table, with order buttons and links to edit. */
export function CategoryListView({
  csrf,
  site,
  categories,
}: {
  csrf: string;
  site: AdminSite;
  categories: Category[];
}) {
  const rows = flattenTree(categories);
  const base = categoriesPath(site.id);
  return (
    <>
      <SiteTabs site={site} current="categories" />
      <p>{tv("portal.sa.categoriesIntro")}</p>
      <p>
        <a class="button" href={`${base}/moi`}>
          {tv("portal.sa.categoryCreate")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{tv("portal.sa.noCategories")}</p>
      ) : (
        <table class="data category-tree">
          <caption class="visually-hidden">{tv("portal.sa.categoriesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("portal.sa.col.name")}</th>
              <th scope="col">{tv("portal.sa.col.slug")}</th>
              <th scope="col">{tv("portal.sa.col.status")}</th>
              <th scope="col">{tv("portal.sa.col.order")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node, depth }) => {
              const siblings = categories.filter((c) => c.parent_id === node.parent_id).length;
              const index = rows
                .filter((r) => r.node.parent_id === node.parent_id)
                .findIndex((r) => r.node.id === node.id);
              return (
                <tr key={node.id}>
                  <th scope="row" class={`depth-${Math.min(depth, 3)}`}>
                    <a href={`${base}/${node.id}`}>{node.name}</a>
                  </th>
                  <td>
                    <code>{node.slug}</code>
                  </td>
                  <td>
                    <StatusTag active={node.active} />
                  </td>
                  <td>
                    {index > 0 ? (
                      <MoveButton
                        csrf={csrf}
                        action={`${base}/${node.id}/thu-tu`}
                        direction="len"
                        name={node.name}
                      />
                    ) : null}{" "}
                    {index < siblings - 1 ? (
                      <MoveButton
                        csrf={csrf}
                        action={`${base}/${node.id}/thu-tu`}
                        direction="xuong"
                        name={node.name}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Parent choices: the tree, indented, without the category itself and what lies under it. */
export function parentOptions(categories: Category[], excluded: ReadonlySet<string>) {
  return flattenTree(categories)
    .filter(({ node }) => !excluded.has(node.id))
    .map(({ node, depth }) => ({
      value: node.id,
      label: `${"— ".repeat(depth)}${node.name}${node.active ? "" : ` (${tv("portal.sa.inactive").toLowerCase()})`}`,
    }));
}

export function CategoryFormView({
  csrf,
  site,
  action,
  values,
  errors,
  parents,
  submitLabel,
  category,
  publicHref,
}: {
  csrf: string;
  site: AdminSite;
  action: string;
  values: CategoryFormValues;
  errors?: Errors | undefined;
  parents: { value: string; label: string }[];
  submitLabel: string;
  category?: Category | undefined;
  publicHref?: string | undefined;
}) {
  return (
    <>
      <SiteTabs site={site} current="categories" />
      <ErrorSummary errors={errors} lang="vi" />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <TextField
          name="name"
          label={tv("portal.sa.field.name")}
          value={values.name}
          errors={errors}
          maxLength={120}
        />
        <TextField
          name="slug"
          label={tv("portal.sa.field.slug")}
          hint={tv("portal.sa.field.slugHint")}
          value={values.slug}
          errors={errors}
          maxLength={CATEGORY_SLUG_MAX}
        />
        <TextArea
          name="description"
          label={tv("portal.sa.field.description")}
          value={values.description}
          errors={errors}
          rows={3}
        />
        <SelectField
          name="parent_id"
          label={tv("portal.sa.field.parent")}
          value={values.parent_id}
          errors={errors}
          emptyLabel={tv("portal.sa.field.parentNone")}
          options={parents}
        />
        <button type="submit" class="button">
          {submitLabel}
        </button>
      </form>
      {category ? (
        <section aria-labelledby="trang-thai">
          <h2 id="trang-thai">{tv("portal.sa.status")}</h2>
          <p>
            <StatusTag active={category.active} />
          </p>
          {category.active ? null : <p>{tv("portal.sa.statusInactiveNote")}</p>}
          <form method="post" action={`${categoriesPath(site.id)}/${category.id}/trang-thai`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="active" value={category.active ? "0" : "1"} />
            <button type="submit" class={category.active ? "button warning" : "button secondary"}>
              {category.active ? tv("portal.sa.deactivate") : tv("portal.sa.activate")}
            </button>
          </form>
          {publicHref ? (
            <p>
              <a href={publicHref}>{tv("portal.sa.viewPublic")}</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <p>
        <a href={categoriesPath(site.id)}>{t("vi", "common.back")}</a>
      </p>
    </>
  );
}
