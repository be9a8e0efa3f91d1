import { CsrfField, ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
import { ImportColumnsTable, ImportErrorsTable } from "../../../../platform/ui/components/import-tables.js";
import { CSV_COLUMNS, CSV_MAX_ROWS } from "../domain/csv-import.js";
import { DOC_TYPES } from "../domain/doc-types.js";
import { LEGAL_FIELDS } from "../domain/fields.js";
import { describedBy, Group } from "./parts.js";
import { tl } from "./text.js";

export type ImportMode = "valid" | "all";

export interface RowError {
  row: number;
  column: string;
  message: string;
}

function ImportForm({
  csrf,
  mode,
  errors,
  sizeLimit,
}: {
  csrf: string;
  mode: ImportMode;
  errors?: Errors | undefined;
  sizeLimit: string;
}) {
  return (
    <form
      method="post"
      action={`/admin/van-ban/nhap?_csrf=${encodeURIComponent(csrf)}`}
      enctype="multipart/form-data"
      novalidate
    >
      <CsrfField token={csrf} />
      <fieldset class="row-group">
        <legend>{tl("legal.import.mode")}</legend>
        {(["valid", "all"] as const).map((m) => (
          <div class="form-group" key={m}>
            <input type="radio" id={`f-mode-${m}`} name="mode" value={m} checked={mode === m} />{" "}
            <label for={`f-mode-${m}`} style="display:inline">
              {tl(`legal.import.mode.${m}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <Group
        id="f-file"
        label={tl("legal.import.file")}
        hint={tl("legal.import.fileHint", { max: CSV_MAX_ROWS, size: sizeLimit })}
        error={errors?.file}
      >
        <input
          id="f-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={errors?.file ? "true" : undefined}
          aria-describedby={describedBy("f-file", true, errors?.file)}
        />
      </Group>
      <button type="submit" class="button">
        {tl("legal.import.submit")}
      </button>
    </form>
  );
}

/** The import page: what the file must hold (columns, kinds, fields), the template, and the upload form. */
export function ImportPage(props: { csrf: string; mode: ImportMode; errors?: Errors; sizeLimit: string }) {
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>{tl("legal.import.intro")}</p>
      <p>
        <a href="/admin/van-ban/nhap/mau.csv" download="mau-nhap-van-ban.csv">
          {tl("legal.import.template")}
        </a>
      </p>
      <ImportForm csrf={props.csrf} mode={props.mode} errors={props.errors} sizeLimit={props.sizeLimit} />
      <h2>{tl("legal.import.columns")}</h2>
      <ImportColumnsTable
        caption={tl("legal.import.columns")}
        headings={[
          tl("legal.import.col.header"),
          tl("legal.import.col.required"),
          tl("legal.import.col.hint"),
        ]}
        yes={tl("legal.admin.yes")}
        no={tl("legal.admin.no")}
        columns={CSV_COLUMNS}
      />
      <h2>{tl("legal.import.types")}</h2>
      <ul class="legal-columns">
        {DOC_TYPES.map((t) => (
          <li key={t.key}>
            {t.vi}
            {t.abbreviation ? ` (${t.abbreviation})` : ""}
          </li>
        ))}
      </ul>
      <h2>{tl("legal.import.fields")}</h2>
      <ul class="legal-columns">
        {LEGAL_FIELDS.map((f) => (
          <li key={f.key}>{f.vi}</li>
        ))}
      </ul>
    </>
  );
}

/** After an import: counts, the rows refused (row, column, reason), and a way to import another file. */
export function ImportResult({
  fileName,
  rows,
  imported,
  errors,
  mode,
  ignoredHeaders,
}: {
  fileName: string;
  rows: number;
  imported: number;
  errors: RowError[];
  mode: ImportMode;
  ignoredHeaders: string[];
}) {
  const failedRows = new Set(errors.map((e) => e.row)).size;
  return (
    <>
      <p class={imported > 0 ? "notice" : undefined} role="status">
        {tl("legal.import.summary", { file: fileName, rows, imported, failed: failedRows })}
      </p>
      {mode === "all" && imported === 0 && failedRows > 0 ? (
        <p>{tl("legal.import.nothingImported", { failed: failedRows })}</p>
      ) : null}
      {ignoredHeaders.length > 0 ? (
        <p>{tl("legal.import.ignored", { headers: ignoredHeaders.join(", ") })}</p>
      ) : null}
      {errors.length > 0 ? (
        <>
          <h2>{tl("legal.import.errors")}</h2>
          <ImportErrorsTable
            class="data legal-import-errors"
            caption={tl("legal.import.errorsCaption")}
            headings={[
              tl("legal.import.col.row"),
              tl("legal.import.col.column"),
              tl("legal.import.col.message"),
            ]}
            errors={errors}
          />
        </>
      ) : null}
      <p>
        <a class="button secondary" href="/admin/van-ban/nhap">
          {tl("legal.import.again")}
        </a>{" "}
        <a href="/admin/van-ban">{tl("legal.admin.backToList")}</a>
      </p>
    </>
  );
}
