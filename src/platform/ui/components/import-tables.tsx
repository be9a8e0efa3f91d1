/**
 * The two tables of a spreadsheet import (legal documents, procedures): the columns the file may have, before the
 * upload, and the refused rows, after it.
 */

export interface ImportColumnDoc {
  header: string;
  required: boolean;
  hint: string;
}

/** "Column · required · what to write", under a visually hidden caption that repeats the heading above it. */
export function ImportColumnsTable(props: {
  caption: string;
  headings: readonly [header: string, required: string, hint: string];
  yes: string;
  no: string;
  columns: readonly ImportColumnDoc[];
}) {
  return (
    <table class="data">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.columns.map((c) => (
          <tr key={c.header}>
            <td>
              <code>{c.header}</code>
            </td>
            <td>{c.required ? props.yes : props.no}</td>
            <td>{c.hint}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** One line per refusal: row number, column header, reason. */
export function ImportErrorsTable(props: {
  class: string;
  caption: string;
  headings: readonly [row: string, column: string, message: string];
  errors: readonly ImportRowError[];
}) {
  return (
    <table class={props.class}>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.errors.map((e, i) => (
          <tr key={`${e.row}-${i}`}>
            <td>{e.row}</td>
            <td>{e.column}</td>
            <td>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
