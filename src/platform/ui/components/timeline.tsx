import { Fragment } from "preact";
import { formatDateTime } from "../../i18n/index.js";

/** A record's key facts as label/value pairs; `state` lets styles and tests tell the record's state apart. */
export function FactList({ facts, state }: { facts: [string, string][]; state?: string }) {
  return (
    <dl class="facts" data-state={state}>
      {facts.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export interface TimelineEntry {
  at: Date;
  what: string;
  note: string | null;
}

/** A record's history under its heading; the heading doubles as the table's (hidden) caption for screen readers. */
export function TimelineTable(props: {
  title: string;
  heads: { at: string; what: string; note: string };
  entries: TimelineEntry[];
}) {
  return (
    <>
      <h2>{props.title}</h2>
      <table class="data">
        <caption class="visually-hidden">{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.heads.at}</th>
            <th scope="col">{props.heads.what}</th>
            <th scope="col">{props.heads.note}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e, i) => (
            <tr key={i}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.what}</td>
              <td>{e.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
