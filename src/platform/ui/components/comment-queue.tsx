/**
 * Cells of the staff tables that list citizens' comments for a bulk action (moderation queues, grouping): one form
 * posts the ticked rows' ids under "ids", and the page's approve/reject buttons say which action applies.
 */

/** The tick box of one row; `idPrefix` keeps element ids unique when a page has two such tables. */
export function SelectCell(props: { id: string; idPrefix: string; label: string; disabled?: boolean }) {
  return (
    <td>
      <input
        type="checkbox"
        name="ids"
        value={props.id}
        id={`${props.idPrefix}-${props.id}`}
        aria-label={props.label}
        disabled={props.disabled}
      />
    </td>
  );
}

/**
 * The row header: who wrote it, the comment as escaped text, and the banned words it hit spelled out (not shown by
 * colour alone). `flagged` is the translated notice, null when nothing was hit.
 */
export function CommentCell(props: {
  name: string;
  detail?: string | null | undefined;
  body: string;
  flagged?: string | null;
}) {
  return (
    <th scope="row">
      <strong>{props.name}</strong>
      {props.detail ? <span class="muted"> ({props.detail})</span> : null}
      <p class="comment-text">{props.body}</p>
      {props.flagged ? <p class="notice notice-warning">{props.flagged}</p> : null}
    </th>
  );
}

/** The two submit buttons of a moderation form; the handler reads `action`. */
export function ModerationButtons(props: { approve: string; reject: string }) {
  return (
    <div class="form-group">
      <button type="submit" class="button" name="action" value="approve">
        {props.approve}
      </button>{" "}
      <button type="submit" class="button warning" name="action" value="reject">
        {props.reject}
      </button>
    </div>
  );
}

/** The header row of such a table, one column header per label. */
export function ColumnHeads(props: { labels: string[] }) {
  return (
    <thead>
      <tr>
        {props.labels.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
