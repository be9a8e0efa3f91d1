import { CsrfField, ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
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
      <table class="data">
        <caption class="visually-hidden">{tl("legal.import.columns")}</caption>
        <thead>
          <tr>
            <th scope="col">{tl("legal.import.col.header")}</th>
            <th scope="col">{tl("legal.import.col.required")}</th>
            <th scope="col">{tl("legal.import.col.hint")}</th>
          </tr>
        </thead>
        <tbody>
          {CSV_COLUMNS.map((c) => (
            <tr key={c.header}>
              <td>
                <code>{c.header}</code>
              </td>
              <td>{c.required ? tl("legal.admin.yes") : tl("legal.admin.no")}</td>
              <td>{c.hint}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
          <table class="data legal-import-errors">
            <caption class="visually-hidden">{tl("legal.import.errorsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{tl("legal.import.col.row")}</th>
                <th scope="col">{tl("legal.import.col.column")}</th>
                <th scope="col">{tl("legal.import.col.message")}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e) => (
                <tr key={`${e.row}-${e.column}`}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
