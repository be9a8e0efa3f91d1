import type { ComponentChildren, VNode } from "preact";
import { TextField } from "./forms.js";

export interface AdminListProps<Row> {
  /**
   * The filter form: a GET to the list's own address, so a filtered list can be bookmarked and shared. It starts with
   * the search words (`q`), then the list's own fields.
   */
  filter: {
    action: string;
    label: string;
    submitLabel: string;
    search: { label: string; hint: string; value: string };
    fields: ComponentChildren;
  };
  /** "12 đơn vị", announced as a status so a screen reader hears the result of filtering. */
  count: string;
  /** The sentence shown instead of an empty table. */
  emptyText: string;
  table: { class: string; caption: string; headings: readonly string[] };
  rows: readonly Row[];
  /** One table row (a <tr> with a key) per list row. */
  renderRow: (row: Row) => VNode;
}

/**
 * The body of an admin register page: filter form, count, then the rows as a table whose caption names it for screen
 * readers and whose column headers are scoped, or a sentence when nothing matches.
 */
export function AdminList<Row>({ filter, count, emptyText, table, rows, renderRow }: AdminListProps<Row>) {
  return (
    <>
      <form method="get" action={filter.action} class="filters" aria-label={filter.label}>
        <TextField
          name="q"
          type="search"
          label={filter.search.label}
          hint={filter.search.hint}
          value={filter.search.value}
          maxLength={200}
        />
        {filter.fields}
        <div class="form-group">
          <button type="submit" class="button secondary">
            {filter.submitLabel}
          </button>
        </div>
      </form>
      <p role="status">{count}</p>
      <DataTable {...table} emptyText={emptyText} rows={rows} renderRow={renderRow} />
    </>
  );
}

/**
 * Rows as a table whose caption names it for screen readers and whose column headers are scoped, or a sentence when
 * there are none.
 */
export function DataTable<Row>(props: {
  class: string;
  caption: string;
  headings: readonly string[];
  emptyText: string;
  rows: readonly Row[];
  /** One table row (a <tr> with a key) per list row. */
  renderRow: (row: Row) => VNode;
}) {
  if (props.rows.length === 0) return <p>{props.emptyText}</p>;
  return (
    <table class={props.class}>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.rows.map((row) => props.renderRow(row))}</tbody>
    </table>
  );
}
