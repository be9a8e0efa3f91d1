import {
  DEFAULT_SECTION_ITEMS,
  HOME_SECTION_KINDS,
  isLinkHref,
  isUuid,
  LINK_LABEL_MAX,
  MAX_SECTION_ITEMS,
  MAX_SERVICE_LINKS,
  type SectionConfig,
  type ServiceLink,
} from "../../public/domain/home-config.js";
import type { HomeSectionKind } from "../../tables.js";
import { formList, formString } from "./category-input.js";

export const SECTION_TITLE_MAX = 120;

export function isSectionKind(value: string): value is HomeSectionKind {
  return (HOME_SECTION_KINDS as readonly string[]).includes(value);
}

/** The section form as typed (all strings), so a refused form comes back as sent. */
export interface SectionFormValues {
  title: string;
  content_id: string;
  category_id: string;
  limit: string;
  links: ServiceLink[];
}

export function sectionValuesFromBody(body: unknown): SectionFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const labels = formList(b.link_label).slice(0, MAX_SERVICE_LINKS);
  const hrefs = formList(b.link_href).slice(0, MAX_SERVICE_LINKS);
  const rows = Math.max(labels.length, hrefs.length);
  return {
    title: formString(b.title),
    content_id: formString(b.content_id),
    category_id: formString(b.category_id),
    limit: formString(b.limit),
    links: Array.from({ length: rows }, (_, i) => ({ label: labels[i] ?? "", href: hrefs[i] ?? "" })),
  };
}

export function sectionValuesFromConfig(
  title: string | null,
  config: SectionConfig | null,
): SectionFormValues {
  const values: SectionFormValues = {
    title: title ?? "",
    content_id: "",
    category_id: "",
    limit: String(DEFAULT_SECTION_ITEMS),
    links: [],
  };
  if (!config) return values;
  switch (config.kind) {
    case "lead_story":
      values.content_id = config.contentId ?? "";
      break;
    case "latest_in_category":
      values.category_id = config.categoryId;
      values.limit = String(config.limit);
      break;
    case "announcements":
    case "legal_documents":
      values.limit = String(config.limit);
      break;
    case "service_links":
      values.links = config.links;
      break;
  }
  return values;
}

/** Message keys (portal.sa.*) with their parameters, by field name; the routes translate them. */
export type SectionErrors = Record<string, { key: string; params?: Record<string, string | number> }>;

export interface SectionChoices {
  /** Categories of the site a section may list. */
  categoryIds: ReadonlySet<string>;
  /** Live articles of the site a lead story may pin. */
  contentIds: ReadonlySet<string>;
}

function parseLimit(raw: string, errors: SectionErrors): number {
  const value = raw.trim();
  if (value === "") return DEFAULT_SECTION_ITEMS;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SECTION_ITEMS) {
    errors.limit = { key: "portal.sa.field.limitHint", params: { max: MAX_SECTION_ITEMS } };
  }
  return n;
}

/**
 * Checks a section form for its kind and turns it into stored settings. Rows of the links editor left entirely
 * empty are dropped (the form always offers spare rows); a half-filled row is a problem on the missing half.
 */
export function sectionFromForm(
  kind: HomeSectionKind,
  values: SectionFormValues,
  choices: SectionChoices,
): { ok: true; title: string | null; config: SectionConfig } | { ok: false; errors: SectionErrors } {
  const errors: SectionErrors = {};
  const title = values.title.trim();
  if (title.length > SECTION_TITLE_MAX) {
    errors.title = { key: "validation.tooLong", params: { max: SECTION_TITLE_MAX } };
  }
  let config: SectionConfig;
  switch (kind) {
    case "lead_story": {
      const id = values.content_id.trim().toLowerCase();
      if (id !== "" && (!isUuid(id) || !choices.contentIds.has(id))) {
        errors.content_id = { key: "portal.sa.contentUnknown" };
      }
      config = { kind, contentId: id === "" ? null : id };
      break;
    }
    case "latest_in_category": {
      const id = values.category_id.trim().toLowerCase();
      if (id === "") errors.category_id = { key: "portal.sa.categoryRequired" };
      else if (!isUuid(id) || !choices.categoryIds.has(id))
        errors.category_id = { key: "portal.sa.categoryUnknown" };
      config = { kind, categoryId: id, limit: parseLimit(values.limit, errors) };
      break;
    }
    case "announcements":
    case "legal_documents":
      config = { kind, limit: parseLimit(values.limit, errors) };
      break;
    case "service_links": {
      const links: ServiceLink[] = [];
      values.links.forEach((row, i) => {
        const label = row.label.trim();
        const href = row.href.trim();
        if (label === "" && href === "") return;
        const n = i + 1;
        if (label === "") errors[`links.${i}.label`] = { key: "portal.sa.linkLabelRequired", params: { n } };
        else if (label.length > LINK_LABEL_MAX) {
          errors[`links.${i}.label`] = {
            key: "portal.sa.linkLabelTooLong",
            params: { n, max: LINK_LABEL_MAX },
          };
        }
        if (href === "") errors[`links.${i}.href`] = { key: "portal.sa.linkHrefRequired", params: { n } };
        else if (!isLinkHref(href))
          errors[`links.${i}.href`] = { key: "portal.sa.linkHrefInvalid", params: { n } };
        links.push({ label, href });
      });
      if (links.length === 0) errors.links = { key: "portal.sa.linksRequired" };
      config = { kind, links };
      break;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, title: title === "" ? null : title, config };
}
