import type { ComponentChild } from "preact";
import { formatDate, type Lang, t } from "../../../../platform/i18n/index.js";
import {
  type BreadcrumbItem,
  Breadcrumbs as SharedBreadcrumbs,
} from "../../../../platform/ui/components/breadcrumbs.js";
import { SelectField, TextField } from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { DOC_TYPES, docTypeByName } from "../domain/doc-types.js";
import { LEGAL_FIELDS, legalFieldFromText } from "../domain/fields.js";
import type { LegalStatus } from "../domain/status.js";
import type { DocumentDetail, Facets, ListRow } from "../store.js";
import { Pagination, StatusTag } from "./parts.js";
import { formatFileSize } from "./text.js";

/** Query parameters of the public list; the same names on every site so links can be shared. */
export interface PublicFilters {
  q: string;
  loai: string;
  co_quan: string;
  nam: string;
  linh_vuc: string;
}

export function listHref(base: string, filters: PublicFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (page > 1) params.set("trang", String(page));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export function typeName(stored: string, lang: Lang): string {
  const type = docTypeByName(stored);
  return lang === "en" ? (type?.en ?? stored) : stored;
}

function fieldName(stored: string | null, lang: Lang): string {
  if (!stored) return "";
  return lang === "en" ? (legalFieldFromText(stored)?.en ?? stored) : stored;
}

/** Vietnamese text inside an English page is marked, so screen readers switch voice. */
function Vi({ lang, children }: { lang: Lang; children: string }) {
  return lang === "en" ? <span lang="vi">{children}</span> : children;
}

function Breadcrumbs({ shell, items }: { shell: PublicShell; items: BreadcrumbItem[] }) {
  return (
    <SharedBreadcrumbs
      label={t(shell.lang, "legal.public.breadcrumbs")}
      home={{ href: shell.siteHref, label: t(shell.lang, "shell.home") }}
      items={items}
    />
  );
}

export function PublicListPage({
  shell,
  base,
  filters,
  facets,
  rows,
  total,
  page,
  pages,
  statusOf,
}: {
  shell: PublicShell;
  base: string;
  filters: PublicFilters;
  facets: Facets;
  rows: ListRow[];
  total: number;
  page: number;
  pages: number;
  statusOf: (row: ListRow) => LegalStatus;
}) {
  const lang = shell.lang;
  const title = t(lang, "legal.public.title");
  const filtered = Object.values(filters).some((v) => v !== "");
  return (
    <PublicLayout shell={shell} title={title} description={t(lang, "legal.public.intro")}>
      <Breadcrumbs shell={shell} items={[{ label: title }]} />
      <h1>{title}</h1>
      <p>{t(lang, "legal.public.intro")}</p>
      <form
        method="get"
        action={base}
        class="filters legal-filters"
        aria-label={t(lang, "legal.public.filters")}
      >
        <TextField
          name="q"
          type="search"
          label={t(lang, "legal.public.q")}
          hint={t(lang, "legal.public.qHint")}
          value={filters.q}
          maxLength={200}
        />
        <SelectField
          name="loai"
          label={t(lang, "legal.public.type")}
          value={filters.loai}
          emptyLabel={t(lang, "legal.public.all")}
          options={DOC_TYPES.map((d) => ({ value: d.key, label: lang === "en" ? d.en : d.vi }))}
        />
        <SelectField
          name="co_quan"
          label={t(lang, "legal.public.issuer")}
          value={filters.co_quan}
          emptyLabel={t(lang, "legal.public.all")}
          options={facets.issuers.map((i) => ({
            value: i.name,
            label: lang === "en" ? (i.nameEn ?? i.name) : i.name,
          }))}
        />
        <SelectField
          name="nam"
          label={t(lang, "legal.public.year")}
          value={filters.nam}
          emptyLabel={t(lang, "legal.public.all")}
          options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          name="linh_vuc"
          label={t(lang, "legal.public.field")}
          value={filters.linh_vuc}
          emptyLabel={t(lang, "legal.public.all")}
          options={LEGAL_FIELDS.map((f) => ({ value: f.key, label: lang === "en" ? f.en : f.vi }))}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {t(lang, "legal.public.submit")}
          </button>
          {filtered ? (
            <>
              {" "}
              <a href={base}>{t(lang, "legal.public.reset")}</a>
            </>
          ) : null}
        </div>
      </form>
      <p role="status">{t(lang, "legal.public.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t(lang, "legal.public.none")}</p>
      ) : (
        <table class="data legal-table">
          <caption class="visually-hidden">{t(lang, "legal.public.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "legal.public.col.number")}</th>
              <th scope="col">{t(lang, "legal.public.col.date")}</th>
              <th scope="col">{t(lang, "legal.public.col.summary")}</th>
              <th scope="col">{t(lang, "legal.public.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`${base}/${r.id}`}>{r.number_symbol}</a>
                  <div class="muted">{typeName(r.doc_type, lang)}</div>
                </td>
                <td>{formatDate(r.issued_on)}</td>
                <td>
                  <Vi lang={lang}>{r.summary}</Vi>
                </td>
                <td>
                  <StatusTag status={statusOf(r)} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination lang={lang} page={page} pages={pages} hrefFor={(p) => listHref(base, filters, p)} />
    </PublicLayout>
  );
}

function RelatedLink({
  base,
  doc,
  lang,
}: {
  base: string;
  doc: { id: string; number_symbol: string; doc_type: string; issued_on: string };
  lang: Lang;
}) {
  return (
    <>
      <a href={`${base}/${doc.id}`}>
        {typeName(doc.doc_type, lang)} {doc.number_symbol}
      </a>{" "}
      ({formatDate(doc.issued_on)})
    </>
  );
}

export function PublicDetailPage({
  shell,
  base,
  detail,
  status,
}: {
  shell: PublicShell;
  base: string;
  detail: DocumentDetail;
  status: LegalStatus;
}) {
  const lang = shell.lang;
  const { doc } = detail;
  const heading = `${typeName(doc.doc_type, lang)} ${doc.number_symbol}`;
  const listTitle = t(lang, "legal.public.title");
  const issuer = lang === "en" ? (detail.issuerNameEn ?? doc.issuer_name) : doc.issuer_name;
  const replacement = detail.replacement?.published ? detail.replacement : null;
  const replaces = detail.replaces.filter((r) => r.published);
  const rows: { label: string; value: ComponentChild }[] = [
    { label: t(lang, "legal.f.number_symbol"), value: doc.number_symbol },
    { label: t(lang, "legal.f.doc_type"), value: typeName(doc.doc_type, lang) },
    {
      label: t(lang, "legal.f.issuer_unit_id"),
      value: lang === "en" && !detail.issuerNameEn ? <Vi lang={lang}>{issuer}</Vi> : issuer,
    },
  ];
  if (doc.signer_name)
    rows.push({ label: t(lang, "legal.f.signer_name"), value: <Vi lang={lang}>{doc.signer_name}</Vi> });
  if (doc.signer_position)
    rows.push({
      label: t(lang, "legal.f.signer_position"),
      value: <Vi lang={lang}>{doc.signer_position}</Vi>,
    });
  rows.push({ label: t(lang, "legal.f.issued_on"), value: formatDate(doc.issued_on) });
  rows.push({
    label: t(lang, "legal.f.effective_on"),
    value: doc.effective_on ? formatDate(doc.effective_on) : t(lang, "legal.public.fromIssue"),
  });
  rows.push({
    label: t(lang, "legal.f.expires_on"),
    value: doc.expires_on ? formatDate(doc.expires_on) : t(lang, "legal.public.noExpiry"),
  });
  if (doc.field) rows.push({ label: t(lang, "legal.f.field"), value: fieldName(doc.field, lang) });
  rows.push({ label: t(lang, "legal.f.status"), value: <StatusTag status={status} lang={lang} /> });
  return (
    <PublicLayout shell={shell} title={heading} description={doc.summary.slice(0, 300)}>
      <Breadcrumbs shell={shell} items={[{ href: base, label: listTitle }, { label: doc.number_symbol }]} />
      <h1>{heading}</h1>
      <p class="lead">
        <Vi lang={lang}>{doc.summary}</Vi>
      </p>
      {replacement ? (
        <p class="legal-replaced" role="note">
          <strong>{t(lang, "legal.public.replacedBy")}</strong>{" "}
          <RelatedLink base={base} doc={replacement} lang={lang} />
        </p>
      ) : null}
      <h2>{t(lang, "legal.public.details")}</h2>
      <dl class="legal-details">
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      {replaces.length > 0 ? (
        <>
          <h2>{t(lang, "legal.public.replaces")}</h2>
          <ul>
            {replaces.map((r) => (
              <li key={r.id}>
                <RelatedLink base={base} doc={r} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t(lang, "legal.public.files")}</h2>
      {detail.files.length === 0 ? (
        <p>{t(lang, "legal.public.noFiles")}</p>
      ) : (
        <ul class="legal-files">
          {detail.files.map((f) => (
            <li key={f.media_id}>
              <a href={`/tep/${f.sha256}`} type="application/pdf">
                {t(lang, "legal.public.fileLink", {
                  name: f.original_name,
                  size: formatFileSize(f.size_bytes, lang),
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={base}>{t(lang, "legal.public.back")}</a>
      </p>
    </PublicLayout>
  );
}
