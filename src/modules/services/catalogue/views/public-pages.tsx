import { t } from "../../../../platform/i18n/index.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import {
  type BreadcrumbItem,
  Breadcrumbs as SharedBreadcrumbs,
} from "../../../../platform/ui/components/breadcrumbs.js";
import { SelectField, TextField } from "../../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { describeExemption, describeFee } from "../../fees/domain/fee-words.js";
import { describeOnlineClass } from "../../fees/domain/online-class-words.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { Procedure } from "../../tables.js";
import { ONLINE_CLASSES } from "../domain/procedure.js";
import type { Facets, ProcedureListRow } from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Query parameters of the public catalogue (shareable links). */
export interface PublicFilters {
  q: string;
  linh_vuc: string;
  co_quan: string;
  hinh_thuc: string;
  muc_do: string;
}

export function catalogueHref(filters: PublicFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (page > 1) params.set("trang", String(page));
  const qs = params.toString();
  return qs ? `${SERVICES_PATHS.catalogue}?${qs}` : SERVICES_PATHS.catalogue;
}

function Breadcrumbs({ shell, items }: { shell: PublicShell; items: BreadcrumbItem[] }) {
  return (
    <SharedBreadcrumbs
      label={tv("svcCat.public.breadcrumbs")}
      home={{ href: shell.siteHref, label: t(shell.lang, "shell.home") }}
      items={items}
    />
  );
}

function ClassTag({ c }: { c: string }) {
  return <span class={`tag procedure-class-${c}`}>{tv(`svcCat.class.${c}`)}</span>;
}

export function CatalogueListPage(props: {
  shell: PublicShell;
  filters: PublicFilters;
  facets: Facets;
  rows: ProcedureListRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const { shell, filters } = props;
  const title = tv("svcCat.public.title");
  return (
    <PublicLayout shell={shell} title={title} description={tv("svcCat.public.intro")}>
      <Breadcrumbs shell={shell} items={[{ label: title }]} />
      <h1>{title}</h1>
      <p>{tv("svcCat.public.intro")}</p>
      <form
        method="get"
        action={SERVICES_PATHS.catalogue}
        class="filters"
        aria-label={tv("svcCat.public.filters")}
      >
        <TextField
          name="q"
          type="search"
          label={tv("svcCat.public.search")}
          hint={tv("svcCat.public.searchHint")}
          value={filters.q}
          maxLength={200}
        />
        <SelectField
          name="linh_vuc"
          label={tv("svcCat.public.field")}
          value={filters.linh_vuc}
          emptyLabel={tv("svcCat.public.any")}
          options={props.facets.fields.map((f) => ({ value: f, label: f }))}
        />
        <SelectField
          name="co_quan"
          label={tv("svcCat.public.unit")}
          value={filters.co_quan}
          emptyLabel={tv("svcCat.public.any")}
          options={props.facets.units.map((u) => ({ value: u.short_code, label: u.name }))}
        />
        <SelectField
          name="hinh_thuc"
          label={tv("svcCat.public.class")}
          value={filters.hinh_thuc}
          emptyLabel={tv("svcCat.public.any")}
          options={ONLINE_CLASSES.map((c) => ({ value: c, label: tv(`svcCat.class.${c}`) }))}
        />
        <SelectField
          name="muc_do"
          label={tv("svcCat.public.level")}
          value={filters.muc_do}
          emptyLabel={tv("svcCat.public.any")}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: tv("svcCat.level", { level: n }) }))}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tv("svcCat.public.submitFilters")}
          </button>
        </div>
      </form>
      <p role="status">{tv("svcCat.public.count", { count: props.total })}</p>
      {props.rows.length === 0 ? (
        <p>{tv("svcCat.public.none")}</p>
      ) : (
        <ul class="procedure-list">
          {props.rows.map((r) => (
            <li key={r.id}>
              <h2>
                <a href={SERVICES_PATHS.procedure(r.code)}>{r.name}</a>
              </h2>
              <p class="muted">
                {r.unit_name} · {r.field} · {tv("svcCat.days", { days: r.processing_days })} ·{" "}
                <ClassTag c={r.online_class} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <NumberedPager
        page={props.page}
        pages={props.pages}
        hrefFor={(page) => catalogueHref(filters, page)}
        labels={{
          nav: tv("svcCat.public.pages"),
          prev: tv("svcCat.public.prev"),
          next: tv("svcCat.public.next"),
        }}
        status={tv("svcCat.public.pageOf", { page: props.page, pages: props.pages })}
      />
    </PublicLayout>
  );
}

function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length <= 1) return <p>{text}</p>;
  return (
    <ul>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export function ProcedurePage(props: { shell: PublicShell; procedure: Procedure; unitName: string }) {
  const { shell, procedure: p } = props;
  return (
    <PublicLayout shell={shell} title={p.name} description={`${p.field} – ${props.unitName}`}>
      <Breadcrumbs
        shell={shell}
        items={[{ href: SERVICES_PATHS.catalogue, label: tv("svcCat.public.title") }, { label: p.name }]}
      />
      <h1>{p.name}</h1>
      {p.online_class !== "none" ? (
        <p>
          <a class="button" href={SERVICES_PATHS.submit(p.code)}>
            {tv("svcCat.public.submit")}
          </a>
        </p>
      ) : (
        <p>{tv("svcCat.public.notOnline")}</p>
      )}
      <dl class="procedure-facts">
        <dt>{tv("svcCat.public.code")}</dt>
        <dd>
          <code>{p.code}</code>
        </dd>
        <dt>{tv("svcCat.public.field")}</dt>
        <dd>{p.field}</dd>
        <dt>{tv("svcCat.public.unit")}</dt>
        <dd>{props.unitName}</dd>
        <dt>{tv("svcCat.public.onlineClass")}</dt>
        <dd>
          <ClassTag c={p.online_class} /> ({tv("svcCat.level", { level: p.level })})
        </dd>
        <dt>{tv("fees.public.onlineClass")}</dt>
        <dd>
          {describeOnlineClass({
            onlineSubmission: p.online_submission,
            onlinePayment: p.online_payment,
            electronicResult: p.electronic_result,
            hasFees: p.fees.length > 0,
          })}
        </dd>
        <dt>{tv("svcCat.public.processing")}</dt>
        <dd>{tv("svcCat.public.day", { days: p.processing_days })}</dd>
        <dt>{tv("svcCat.public.result")}</dt>
        <dd>{p.result_type || "—"}</dd>
        <dt>{tv("svcCat.public.postal")}</dt>
        <dd>{p.postal_return ? tv("svcCat.public.postalYes") : tv("svcCat.public.postalNo")}</dd>
      </dl>
      {p.applicants ? (
        <>
          <h2>{tv("svcCat.public.applicants")}</h2>
          <p>{p.applicants}</p>
        </>
      ) : null}
      <h2>{tv("svcCat.public.documents")}</h2>
      {p.documents.length === 0 ? (
        <p>—</p>
      ) : (
        <table class="data procedure-documents">
          <caption class="visually-hidden">{tv("svcCat.public.documentsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("svcCat.public.doc.name")}</th>
              <th scope="col">{tv("svcCat.public.doc.required")}</th>
              <th scope="col">{tv("svcCat.public.doc.copies")}</th>
              <th scope="col">{tv("svcCat.public.doc.template")}</th>
            </tr>
          </thead>
          <tbody>
            {p.documents.map((d) => (
              <tr key={d.key}>
                <td>{d.name}</td>
                <td>{d.required ? tv("svcCat.public.yes") : tv("svcCat.public.no")}</td>
                <td>{d.copies}</td>
                <td>
                  {d.templateSha256 && d.templateName ? (
                    <a
                      href={SERVICES_PATHS.template(d.templateSha256, d.templateName)}
                      aria-label={tv("svcCat.public.doc.download", { name: d.name })}
                    >
                      {d.templateName}
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{tv("svcCat.public.fees")}</h2>
      {p.fees.length === 0 ? (
        <p>{p.fee_note || tv("svcCat.public.noFee")}</p>
      ) : (
        <>
          <ul>
            {p.fees.map((f, i) => (
              <li key={`${i}-${f.label}`}>
                {f.label}:{" "}
                {f.perField || f.percentOfField || f.whenField
                  ? describeFee(f, p.form_fields)
                  : formatVnd(f.amountVnd, { unit: "đồng" })}
              </li>
            ))}
          </ul>
          {p.fee_note ? <p>{p.fee_note}</p> : null}
        </>
      )}
      {p.fee_exemptions.length > 0 ? (
        <>
          <h3>{tv("fees.public.exemptions")}</h3>
          <ul>
            {p.fee_exemptions.map((e) => (
              <li key={e.key}>{describeExemption(e, p.documents)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {p.steps.length > 0 ? (
        <>
          <h2>{tv("svcCat.public.steps")}</h2>
          <ol>
            {p.steps.map((s) => (
              <li key={s.name}>
                {s.name} ({tv(`svcCat.role.${s.role}`)}, {String(s.days).replace(".", ",")}{" "}
                {tv("svcCat.public.day", { days: "" }).trim()})
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {p.conditions ? (
        <>
          <h2>{tv("svcCat.public.conditions")}</h2>
          <Lines text={p.conditions} />
        </>
      ) : null}
      {p.legal_basis ? (
        <>
          <h2>{tv("svcCat.public.legalBasis")}</h2>
          <Lines text={p.legal_basis} />
        </>
      ) : null}
    </PublicLayout>
  );
}
