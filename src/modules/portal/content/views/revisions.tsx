import { formatDateTime } from "../../../../platform/i18n/index.js";
import { CsrfField } from "../../../../platform/ui/components/forms.js";
import type { ContentItem } from "../../tables.js";
import { tc } from "../catalogue.js";
import type { DiffSegment } from "../domain/text-diff.js";
import type { RevisionListRow } from "../store.js";

export function RevisionListView({ item, rows }: { item: ContentItem; rows: RevisionListRow[] }) {
  const latest = rows[0]?.number;
  return (
    <>
      <p>
        <a href={`/admin/noi-dung/${item.id}`}>{tc("portal.revisions.back")}</a>
      </p>
      {rows.length === 0 ? (
        <p>{tc("portal.revisions.none")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">{tc("portal.revisions.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tc("portal.revisions.col.number")}</th>
              <th scope="col">{tc("portal.revisions.col.who")}</th>
              <th scope="col">{tc("portal.revisions.col.when")}</th>
              <th scope="col">{tc("portal.revisions.col.note")}</th>
              <th scope="col">{tc("portal.revisions.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.number}
                  {r.number === latest ? ` (${tc("portal.revisions.current")})` : ""}
                </td>
                <td>{r.created_by_name ?? tc("portal.revisions.unknownPerson")}</td>
                <td>{formatDateTime(r.created_at)}</td>
                <td>{r.note ?? ""}</td>
                <td>
                  <a href={`/admin/noi-dung/${item.id}/phien-ban/${r.number}`}>
                    {tc("portal.revisions.compare", { number: r.number })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/**
 * Removed and added runs. Screen readers do not announce <del>/<ins> by themselves, so each run carries a visually
 * hidden label at its start and end; the colours are backed by strike-through and underline for colour-blind readers.
 */
export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  if (segments.length === 0) return <p class="muted">{tc("portal.revisions.empty")}</p>;
  return (
    <p class="diff-text">
      {segments.map((s, i) =>
        s.kind === "same" ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === "removed" ? (
          <del key={i}>
            <span class="visually-hidden">{tc("portal.revisions.removed")}</span>
            {s.text}
            <span class="visually-hidden">{tc("portal.revisions.endRemoved")}</span>
          </del>
        ) : (
          <ins key={i}>
            <span class="visually-hidden">{tc("portal.revisions.added")}</span>
            {s.text}
            <span class="visually-hidden">{tc("portal.revisions.endAdded")}</span>
          </ins>
        ),
      )}
    </p>
  );
}

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface DiffViewProps {
  item: ContentItem;
  number: number;
  who: string;
  when: Date;
  title: DiffSegment[];
  lead: DiffSegment[];
  body: DiffSegment[];
  fields: FieldChange[];
  unchanged: boolean;
  csrf: string;
  canRestore: boolean;
  restoreBlockedReason: string | null;
}

export function RevisionDiffView(p: DiffViewProps) {
  return (
    <>
      <p>
        <a href={`/admin/noi-dung/${p.item.id}/phien-ban`}>{tc("portal.revisions.backToList")}</a> ·{" "}
        <a href={`/admin/noi-dung/${p.item.id}`}>{tc("portal.revisions.back")}</a>
      </p>
      <p>
        {tc("portal.revisions.diffIntro", { number: p.number, who: p.who, when: formatDateTime(p.when) })}
      </p>
      <p class="visually-hidden">{tc("portal.revisions.legend")}</p>
      <dl class="diff-legend">
        <dt>
          <del>abc</del>
        </dt>
        <dd>{tc("portal.revisions.legendRemoved", { number: p.number })}</dd>
        <dt>
          <ins>abc</ins>
        </dt>
        <dd>{tc("portal.revisions.legendAdded")}</dd>
      </dl>
      {p.unchanged ? <p class="notice">{tc("portal.revisions.same")}</p> : null}
      <h2>{tc("portal.content.field.title")}</h2>
      <DiffText segments={p.title} />
      <h2>{tc("portal.content.field.lead")}</h2>
      <DiffText segments={p.lead} />
      <h2>{tc("portal.content.field.body_html")}</h2>
      <div class="diff-body">
        <DiffText segments={p.body} />
      </div>
      <h2>{tc("portal.revisions.fields")}</h2>
      {p.fields.length === 0 ? (
        <p>{tc("portal.revisions.fieldsSame")}</p>
      ) : (
        <table class="data">
          <caption class="visually-hidden">
            {tc("portal.revisions.fieldsCaption", { number: p.number })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tc("portal.revisions.col.field")}</th>
              <th scope="col">{tc("portal.revisions.col.old", { number: p.number })}</th>
              <th scope="col">{tc("portal.revisions.col.new")}</th>
            </tr>
          </thead>
          <tbody>
            {p.fields.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                <td>{f.before || tc("portal.revisions.empty")}</td>
                <td>{f.after || tc("portal.revisions.empty")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.canRestore ? (
        <form method="post" action={`/admin/noi-dung/${p.item.id}/phien-ban/${p.number}/khoi-phuc`}>
          <CsrfField token={p.csrf} />
          <input type="hidden" name="version" value={String(p.item.version)} />
          <p class="hint">{tc("portal.revisions.restoreHint", { number: p.number })}</p>
          <button type="submit" class="button">
            {tc("portal.revisions.restore", { number: p.number })}
          </button>
        </form>
      ) : p.restoreBlockedReason ? (
        <p class="notice">{p.restoreBlockedReason}</p>
      ) : null}
    </>
  );
}
