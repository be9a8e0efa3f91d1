import { t } from "../../../../platform/i18n/index.js";
import { AdminList } from "../../../../platform/ui/components/admin-list.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  FormGroup,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { ImportColumnsTable, ImportErrorsTable } from "../../../../platform/ui/components/import-tables.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { describeOnlineClass } from "../../fees/domain/online-class-words.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { Procedure } from "../../tables.js";
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type RowError } from "../domain/import.js";
import { type ProcedureFormValues, parseFees } from "../domain/procedure-input.js";
import type { CatalogueUnit, ProcedureListRow } from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The new-procedure form (beside the list: /admin/thu-tuc/moi). */
export const ADMIN_NEW_PATH = `${SERVICES_PATHS.adminProcedures}/moi`;
export const publishPath = (id: string) => `${SERVICES_PATHS.adminProcedure(id)}/cong-khai`;
export const templatePath = (id: string) => `${SERVICES_PATHS.adminProcedure(id)}/mau`;
export const IMPORT_TEMPLATE_PATH = `${SERVICES_PATHS.adminProcedureImport}/mau.csv`;
export const IMPORT_REPORT_PATH = `${SERVICES_PATHS.adminProcedureImport}/bao-cao-loi.csv`;

export interface AdminListFilters {
  q: string;
  unit: string;
  field: string;
  state: "" | "published" | "hidden";
}

export function classLabel(c: string): string {
  return tv(`svcCat.class.${c}`);
}

export function AdminListPage(props: {
  filters: AdminListFilters;
  units: CatalogueUnit[];
  fields: string[];
  rows: ProcedureListRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const { filters } = props;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
    if (page > 1) params.set("trang", String(page));
    const qs = params.toString();
    return qs ? `${SERVICES_PATHS.adminProcedures}?${qs}` : SERVICES_PATHS.adminProcedures;
  };
  return (
    <>
      <p>{tv("svcCat.admin.intro")}</p>
      <p>
        <a class="button" href={ADMIN_NEW_PATH}>
          {tv("svcCat.admin.new")}
        </a>{" "}
        <a class="button secondary" href={SERVICES_PATHS.adminProcedureImport}>
          {tv("svcCat.admin.import")}
        </a>
      </p>
      <AdminList
        filter={{
          action: SERVICES_PATHS.adminProcedures,
          label: tv("svcCat.admin.filter"),
          submitLabel: tv("svcCat.admin.filterSubmit"),
          search: { label: tv("svcCat.admin.search"), hint: tv("svcCat.admin.searchHint"), value: filters.q },
          fields: (
            <>
              <SelectField
                name="unit"
                label={tv("svcCat.f.unit_id")}
                value={filters.unit}
                emptyLabel={tv("svcCat.admin.allUnits")}
                options={props.units.map((u) => ({ value: u.id, label: u.name_vi }))}
              />
              <SelectField
                name="field"
                label={tv("svcCat.f.field")}
                value={filters.field}
                emptyLabel={tv("svcCat.admin.allFields")}
                options={props.fields.map((f) => ({ value: f, label: f }))}
              />
              <SelectField
                name="state"
                label={tv("svcCat.admin.col.state")}
                value={filters.state}
                emptyLabel={tv("svcCat.admin.allStates")}
                options={[
                  { value: "published", label: tv("svcCat.admin.state.published") },
                  { value: "hidden", label: tv("svcCat.admin.state.hidden") },
                ]}
              />
            </>
          ),
        }}
        count={tv("svcCat.admin.count", { count: props.total })}
        emptyText={tv("svcCat.admin.empty")}
        table={{
          class: "data procedures-table",
          caption: tv("svcCat.admin.caption"),
          headings: [
            tv("svcCat.admin.col.code"),
            tv("svcCat.admin.col.name"),
            tv("svcCat.admin.col.unit"),
            tv("svcCat.admin.col.class"),
            tv("svcCat.admin.col.days"),
            tv("svcCat.admin.col.state"),
          ],
        }}
        rows={props.rows}
        renderRow={(r) => (
          <tr key={r.id}>
            <td>
              <code>{r.code}</code>
            </td>
            <td>
              <a href={SERVICES_PATHS.adminProcedure(r.id)}>{r.name}</a>
              <div class="muted">{r.field}</div>
            </td>
            <td>{r.unit_name}</td>
            <td>
              {classLabel(r.online_class)} ({tv("svcCat.level", { level: r.level })})
            </td>
            <td>{tv("svcCat.days", { days: r.processing_days })}</td>
            <td>{r.published ? tv("svcCat.admin.state.published") : tv("svcCat.admin.state.hidden")}</td>
          </tr>
        )}
      />
      <NumberedPager
        page={props.page}
        pages={props.pages}
        hrefFor={hrefFor}
        labels={{
          nav: tv("svcCat.public.pages"),
          prev: tv("svcCat.public.prev"),
          next: tv("svcCat.public.next"),
        }}
        status={tv("svcCat.public.pageOf", { page: props.page, pages: props.pages })}
      />
    </>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="form-group">
      <input type="checkbox" id={`f-${name}`} name={name} value="on" checked={checked} />{" "}
      <label for={`f-${name}`} style="display:inline">
        {label}
      </label>
    </div>
  );
}

/** The three Decree 42/2022 settings, and the class they give (derived again on save) with its reason. */
function OnlineSettingsFields({ values: v }: { values: ProcedureFormValues }) {
  const derived = describeOnlineClass({
    onlineSubmission: v.online_submission,
    onlinePayment: v.online_payment,
    electronicResult: v.electronic_result,
    hasFees: parseFees(v.fees, "line").items.length > 0,
  });
  return (
    <fieldset class="form-group" aria-describedby="online-settings-hint">
      <legend>{tv("fees.settings.legend")}</legend>
      <p class="hint" id="online-settings-hint">
        {tv("fees.settings.hint")}
      </p>
      <Check name="online_submission" label={tv("fees.settings.submission")} checked={v.online_submission} />
      <Check name="online_payment" label={tv("fees.settings.payment")} checked={v.online_payment} />
      <Check name="electronic_result" label={tv("fees.settings.result")} checked={v.electronic_result} />
      <p>
        <strong>{tv("fees.settings.derived")}:</strong> <span data-online-class>{derived}</span>
      </p>
    </fieldset>
  );
}

export function ProcedureFormPage(props: {
  csrf: string;
  action: string;
  values: ProcedureFormValues;
  units: CatalogueUnit[];
  errors?: Errors | undefined;
  procedure?: Procedure | undefined;
  templateSizeLabel: string;
}) {
  const { values: v, errors } = props;
  const f = (name: keyof ProcedureFormValues) => ({
    name,
    label: tv(`svcCat.f.${name}`),
    errors,
  });
  const p = props.procedure;
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      {p ? (
        <p>
          <a href={SERVICES_PATHS.procedure(p.code)}>{tv("svcCat.admin.viewPublic")}</a>
        </p>
      ) : null}
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        <h2>{tv("svcCat.admin.section.main")}</h2>
        <TextField {...f("code")} hint={tv("svcCat.f.code.hint")} value={v.code} maxLength={60} required />
        <TextField {...f("name")} value={v.name} maxLength={500} required />
        <TextField
          {...f("field")}
          hint={tv("svcCat.f.field.hint")}
          value={v.field}
          maxLength={200}
          required
        />
        <SelectField
          {...f("unit_id")}
          value={v.unit_id}
          emptyLabel={tv("svcCat.admin.chooseUnit")}
          options={props.units.map((u) => ({ value: u.id, label: u.name_vi }))}
        />
        <SelectField
          {...f("level")}
          value={v.level}
          emptyLabel={tv("svcCat.admin.chooseLevel")}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: tv("svcCat.level", { level: n }) }))}
        />
        <OnlineSettingsFields values={v} />
        <TextField
          {...f("processing_days")}
          value={v.processing_days}
          inputMode="numeric"
          maxLength={3}
          required
        />
        <TextArea
          {...f("legal_basis")}
          hint={tv("svcCat.f.legal_basis.hint")}
          value={v.legal_basis}
          rows={3}
        />
        <TextField {...f("result_type")} value={v.result_type} maxLength={500} />
        <TextArea {...f("applicants")} value={v.applicants} rows={2} />
        <TextArea {...f("conditions")} value={v.conditions} rows={3} />
        <Check name="postal_return" label={tv("svcCat.admin.postal.label")} checked={v.postal_return} />
        <Check name="published" label={tv("svcCat.admin.published.label")} checked={v.published} />
        <h2>{tv("svcCat.admin.section.content")}</h2>
        <TextArea {...f("documents")} hint={tv("svcCat.f.documents.hint")} value={v.documents} rows={6} />
        <TextArea {...f("fees")} hint={tv("svcCat.f.fees.hint")} value={v.fees} rows={3} />
        <TextArea
          {...f("fee_exemptions")}
          hint={tv("svcCat.f.fee_exemptions.hint")}
          value={v.fee_exemptions}
          rows={3}
        />
        <TextField {...f("fee_note")} value={v.fee_note} maxLength={1000} />
        <TextArea {...f("steps")} hint={tv("svcCat.f.steps.hint")} value={v.steps} rows={5} />
        <h2>{tv("svcCat.admin.section.form")}</h2>
        <TextArea
          {...f("form_fields")}
          hint={tv("svcCat.f.form_fields.hint")}
          value={v.form_fields}
          rows={12}
        />
        <button type="submit" class="button">
          {tv("svcCat.admin.save")}
        </button>{" "}
        <a href={SERVICES_PATHS.adminProcedures}>{tv("svcCat.admin.backToList")}</a>
      </form>
      {p ? (
        <>
          <form method="post" action={publishPath(p.id)}>
            <CsrfField token={props.csrf} />
            <input type="hidden" name="published" value={p.published ? "0" : "1"} />
            <p>
              <button type="submit" class="button secondary">
                {p.published ? tv("svcCat.admin.unpublish") : tv("svcCat.admin.publish")}
              </button>
            </p>
          </form>
          <h2>{tv("svcCat.admin.templates")}</h2>
          {p.documents.length === 0 ? (
            <p>{tv("svcCat.admin.noDocuments")}</p>
          ) : (
            <>
              <ul>
                {p.documents.map((d) => (
                  <li key={d.key}>
                    {d.name}:{" "}
                    {d.templateSha256 && d.templateName ? (
                      <a href={SERVICES_PATHS.template(d.templateSha256, d.templateName)}>{d.templateName}</a>
                    ) : (
                      <span class="muted">{tv("svcCat.admin.templateNone")}</span>
                    )}
                  </li>
                ))}
              </ul>
              <p id="template-intro">
                {tv("svcCat.admin.templatesIntro", { size: props.templateSizeLabel })}
              </p>
              <form
                method="post"
                action={`${templatePath(p.id)}?_csrf=${encodeURIComponent(props.csrf)}`}
                enctype="multipart/form-data"
                novalidate
              >
                <CsrfField token={props.csrf} />
                <SelectField
                  name="document"
                  label={tv("svcCat.admin.templateDoc")}
                  errors={errors}
                  options={p.documents.map((d) => ({ value: d.key, label: d.name }))}
                />
                <div class={`form-group${errors?.template ? " has-error" : ""}`}>
                  <label for="f-template">{tv("svcCat.admin.templateFile")}</label>
                  {errors?.template ? (
                    <span class="field-error" id="f-template-error">
                      {errors.template}
                    </span>
                  ) : null}
                  <input
                    id="f-template"
                    name="template"
                    type="file"
                    accept=".pdf,.doc,.docx,.odt,.xls,.xlsx"
                    aria-describedby={errors?.template ? "template-intro f-template-error" : "template-intro"}
                    aria-invalid={errors?.template ? "true" : undefined}
                  />
                </div>
                <button type="submit" class="button secondary">
                  {tv("svcCat.admin.templateUpload")}
                </button>
              </form>
            </>
          )}
        </>
      ) : null}
    </>
  );
}

export function ImportPage(props: { csrf: string; errors?: Errors | undefined; sizeLabel: string }) {
  const error = props.errors?.file;
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>{tv("svcCat.import.intro")}</p>
      <p>
        <a href={IMPORT_TEMPLATE_PATH} download="mau-nhap-thu-tuc.csv">
          {tv("svcCat.import.template")}
        </a>
      </p>
      <form
        method="post"
        action={`${SERVICES_PATHS.adminProcedureImport}?_csrf=${encodeURIComponent(props.csrf)}`}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <FormGroup
          id="f-file"
          label={tv("svcCat.import.file")}
          hint={tv("svcCat.import.fileHint", { max: IMPORT_MAX_ROWS, size: props.sizeLabel })}
          error={error}
        >
          <input
            id="f-file"
            name="file"
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "f-file-hint f-file-error" : "f-file-hint"}
          />
        </FormGroup>
        <button type="submit" class="button">
          {tv("svcCat.import.submit")}
        </button>
      </form>
      <h2>{tv("svcCat.import.columns")}</h2>
      <ImportColumnsTable
        caption={tv("svcCat.import.columns")}
        headings={[
          tv("svcCat.import.col.header"),
          tv("svcCat.import.col.required"),
          tv("svcCat.import.col.hint"),
        ]}
        yes={tv("svcCat.import.yes")}
        no={tv("svcCat.import.no")}
        columns={IMPORT_COLUMNS}
      />
    </>
  );
}

export function ImportResultPage(props: {
  csrf: string;
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  errors: RowError[];
  ignoredHeaders: string[];
}) {
  const failed = new Set(props.errors.map((e) => e.row)).size;
  return (
    <>
      <p class={props.created + props.updated > 0 ? "notice" : undefined} role="status">
        {tv("svcCat.import.summary", {
          file: props.fileName,
          rows: props.rows,
          created: props.created,
          updated: props.updated,
          failed,
        })}
      </p>
      {props.ignoredHeaders.length > 0 ? (
        <p>{tv("svcCat.import.ignored", { headers: props.ignoredHeaders.join(", ") })}</p>
      ) : null}
      {props.errors.length > 0 ? (
        <>
          <h2>{tv("svcCat.import.errors")}</h2>
          <form method="post" action={IMPORT_REPORT_PATH}>
            <CsrfField token={props.csrf} />
            <input type="hidden" name="report" value={JSON.stringify(props.errors)} />
            <button type="submit" class="button secondary">
              {tv("svcCat.import.errorsCsv")}
            </button>
          </form>
          <ImportErrorsTable
            class="data import-errors"
            caption={tv("svcCat.import.errorsCaption")}
            headings={[
              tv("svcCat.import.col.row"),
              tv("svcCat.import.col.column"),
              tv("svcCat.import.col.message"),
            ]}
            errors={props.errors}
          />
        </>
      ) : null}
      <p>
        <a class="button secondary" href={SERVICES_PATHS.adminProcedureImport}>
          {tv("svcCat.import.again")}
        </a>{" "}
        <a href={SERVICES_PATHS.adminProcedures}>{tv("svcCat.admin.backToList")}</a>
      </p>
    </>
  );
}
