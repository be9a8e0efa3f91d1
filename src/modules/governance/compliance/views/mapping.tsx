import { CsrfField, ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
import type { MappingTarget } from "../../../portal/index.js";
import { tv } from "../access.js";
import type { Criterion } from "../domain/criteria.js";
import type { MappedPlace } from "../report.js";
import { MAPPING_PATH, siteScoreHref } from "./paths.js";

export interface MappingProps {
  siteId: string;
  criteria: Criterion[];
  places: Map<string, MappedPlace[]>;
  targets: MappingTarget[];
  csrfToken: string;
  errors?: Errors | undefined;
  /** The choice kept after a refused submit: criterion key → "category:id". */
  kept?: Record<string, string>;
}

/** Where each mandatory item is published on the site: remove a place, or add a category/page. */
export function MappingView({ siteId, criteria, places, targets, csrfToken, errors, kept }: MappingProps) {
  const categories = targets.filter((t) => t.kind === "category");
  const pages = targets.filter((t) => t.kind === "page");
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tv("compliance.mappingIntro")}</p>
      <p>
        <a href={siteScoreHref(siteId)}>{tv("compliance.backToSite")}</a>
      </p>
      {criteria.map((c) => {
        const mine = places.get(c.key) ?? [];
        const field = `target-${c.key}`;
        const error = errors?.[field];
        return (
          <section key={c.key} id={`muc-${c.key}`} class="compliance-mapping" aria-labelledby={`h-${c.key}`}>
            <h2 id={`h-${c.key}`}>{c.name}</h2>
            <p>
              <small>{c.basis}</small>
            </p>
            {mine.length === 0 ? (
              <p>{tv("compliance.mappingNone")}</p>
            ) : (
              <ul class="compliance-list">
                {mine.map((p) => (
                  <li key={p.mappingId}>
                    {p.name} (
                    {tv(p.kind === "category" ? "compliance.groupCategories" : "compliance.groupPages")}){" "}
                    <form method="post" action={`${MAPPING_PATH}/${p.mappingId}/xoa`} class="inline-form">
                      <CsrfField token={csrfToken} />
                      <button
                        type="submit"
                        class="button secondary"
                        aria-label={tv("compliance.removeLabel", { place: p.name, item: c.name })}
                      >
                        {tv("compliance.remove")}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <form method="post" action={MAPPING_PATH} novalidate>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="site" value={siteId} />
              <input type="hidden" name="item" value={c.key} />
              <div class={`form-group${error ? " has-error" : ""}`}>
                <label for={`f-${field}`}>{tv("compliance.field.target")}</label>
                {error ? (
                  <span class="field-error" id={`f-${field}-error`}>
                    {error}
                  </span>
                ) : null}
                <select
                  id={`f-${field}`}
                  name="target"
                  aria-invalid={error ? "true" : undefined}
                  aria-describedby={error ? `f-${field}-error` : undefined}
                >
                  <option value="">{tv("compliance.choose")}</option>
                  <optgroup label={tv("compliance.groupCategories")}>
                    {categories.map((t) => (
                      <option
                        key={t.id}
                        value={`category:${t.id}`}
                        selected={kept?.[c.key] === `category:${t.id}`}
                      >
                        {t.name}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={tv("compliance.groupPages")}>
                    {pages.map((t) => (
                      <option key={t.id} value={`page:${t.id}`} selected={kept?.[c.key] === `page:${t.id}`}>
                        {t.name}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </div>
              <button type="submit" class="button">
                {tv("compliance.add")}
              </button>
            </form>
          </section>
        );
      })}
    </>
  );
}
