import { formatDate } from "../../../../platform/i18n/index.js";
import {
  ColumnHeads,
  CommentCell,
  ModerationButtons,
  SelectCell,
} from "../../../../platform/ui/components/comment-queue.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
} from "../../../../platform/ui/components/forms.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { ConsultationClause } from "../../tables.js";
import type { StaffComment } from "../store.js";
import { commentColumns, tc } from "./admin-text.js";

export interface CommentFilters {
  status: "pending" | "approved" | "rejected" | "";
  clause: string;
}

export function commentsHref(id: string, f: CommentFilters): string {
  const params = new URLSearchParams();
  if (f.status) params.set("status", f.status);
  if (f.clause) params.set("dieu", f.clause);
  const q = params.toString();
  return q
    ? `${PARTICIPATION_PATHS.adminConsultationComments(id)}?${q}`
    : PARTICIPATION_PATHS.adminConsultationComments(id);
}

/** The moderation queue of one draft: filters (status, clause), then one form approving or rejecting the ticked. */
export function CommentsPage(props: {
  csrf: string;
  id: string;
  clauses: ConsultationClause[];
  filters: CommentFilters;
  rows: StaffComment[];
  errors?: Errors | undefined;
}) {
  const { id, filters, rows } = props;
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>
        <a href={PARTICIPATION_PATHS.adminConsultation(id)}>{tc("editTitle")}</a>
        {" · "}
        <a href={PARTICIPATION_PATHS.adminConsultationResponses(id)}>{tc("responsesLink")}</a>
      </p>
      <form
        method="get"
        action={PARTICIPATION_PATHS.adminConsultationComments(id)}
        class="filters"
        aria-label={tc("filters")}
      >
        <SelectField
          name="status"
          label={tc("f.status")}
          value={filters.status}
          emptyLabel={tc("allStatuses")}
          options={(["pending", "approved", "rejected"] as const).map((s) => ({
            value: s,
            label: tc(`mod.${s}`),
          }))}
        />
        <SelectField
          name="dieu"
          label={tc("f.clause")}
          value={filters.clause}
          emptyLabel={tc("allClauses")}
          options={props.clauses.map((k) => ({ value: k.id, label: k.label }))}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tc("apply")}
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        <p>{tc("noComments")}</p>
      ) : (
        <form method="post" action={PARTICIPATION_PATHS.adminConsultationComments(id)}>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="back" value={commentsHref(id, filters)} />
          <table class="stats-table comment-queue">
            <caption>{tc("commentsCaption", { count: rows.length })}</caption>
            <ColumnHeads labels={commentColumns("status")} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <SelectCell id={r.id} idPrefix="c" label={tc("selectOne", { name: r.author_name })} />
                  <td>{r.clause_label ?? tc("wholeDraft")}</td>
                  <CommentCell
                    name={r.author_name}
                    detail={r.organisation}
                    body={r.body}
                    flagged={
                      r.flagged_words.length > 0 ? tc("flagged", { words: r.flagged_words.join(", ") }) : null
                    }
                  />
                  <td>{formatDate(r.created_at)}</td>
                  <td>
                    {tc(`mod.${r.status}`)}
                    {r.moderator_name ? <span class="muted"> ({r.moderator_name})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ModerationButtons approve={tc("approve")} reject={tc("reject")} />
        </form>
      )}
    </>
  );
}
