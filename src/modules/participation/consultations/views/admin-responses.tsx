import { formatDate } from "../../../../platform/i18n/index.js";
import { ColumnHeads, CommentCell, SelectCell } from "../../../../platform/ui/components/comment-queue.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
} from "../../../../platform/ui/components/forms.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { ConsultationClause, ConsultationResponseGroup } from "../../tables.js";
import type { StaffComment } from "../store.js";
import { commentColumns, tc } from "./admin-text.js";

export const responsesAction = (id: string, step: "nhom" | "xep-nhom" | "bao-cao") =>
  `${PARTICIPATION_PATHS.adminConsultationResponses(id)}/${step}`;

export interface GroupForm {
  clause_id: string;
  summary: string;
  kind: string;
  response: string;
}

type Group = ConsultationResponseGroup & { clause_label: string | null };

/**
 * After the period: the approved comments with their group, the groups with the unit's response, the synthesis
 * report, and (for leaders) publishing the result.
 */
export function ResponsesPage(props: {
  csrf: string;
  id: string;
  version: number;
  clauses: ConsultationClause[];
  groups: Group[];
  comments: StaffComment[];
  synthesis: string;
  groupForm: GroupForm;
  concluded: boolean;
  canConclude: boolean;
  errors?: Errors | undefined;
}) {
  const { id, groups, comments, errors } = props;
  const groupName = new Map(groups.map((g) => [g.id, `${g.position}. ${g.summary}`]));
  const ungrouped = comments.filter((c) => c.group_id === null).length;
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>
        <a href={PARTICIPATION_PATHS.adminConsultation(id)}>{tc("editTitle")}</a>
        {" · "}
        <a href={PARTICIPATION_PATHS.adminConsultationComments(id)}>{tc("commentsLink")}</a>
        {" · "}
        <a href={PARTICIPATION_PATHS.adminConsultationDocx(id)}>{tc("docx")}</a>
        {" · "}
        <a href={PARTICIPATION_PATHS.adminConsultationXlsx(id)}>{tc("xlsx")}</a>
      </p>
      <h2>{tc("groups", { count: groups.length })}</h2>
      {groups.length === 0 ? (
        <p>{tc("noGroups")}</p>
      ) : (
        <ol>
          {groups.map((g) => (
            <li key={g.id}>
              <strong>{g.clause_label ?? tc("wholeDraft")}</strong>: {g.summary}
              <p class="comment-text">{g.response}</p>
            </li>
          ))}
        </ol>
      )}
      {props.concluded ? null : (
        <form method="post" action={responsesAction(id, "nhom")}>
          <CsrfField token={props.csrf} />
          <fieldset>
            <legend>{tc("newGroup")}</legend>
            <SelectField
              name="clause_id"
              label={tc("f.groupClause")}
              value={props.groupForm.clause_id}
              emptyLabel={tc("wholeDraft")}
              options={props.clauses.map((k) => ({ value: k.id, label: k.label }))}
              errors={errors}
            />
            <TextArea
              name="summary"
              label={tc("f.groupSummary")}
              value={props.groupForm.summary}
              errors={errors}
              rows={3}
            />
            <SelectField
              name="kind"
              label={tc("f.groupKind")}
              value={props.groupForm.kind}
              options={[
                { value: "accept", label: tc("kind.accept") },
                { value: "explain", label: tc("kind.explain") },
              ]}
              errors={errors}
            />
            <TextArea
              name="response"
              label={tc("f.groupResponse")}
              value={props.groupForm.response}
              errors={errors}
              rows={4}
            />
            <button type="submit" class="button">
              {tc("addGroup")}
            </button>
          </fieldset>
        </form>
      )}
      <h2>{tc("approvedComments", { count: comments.length })}</h2>
      <p>{tc("ungroupedCount", { count: ungrouped })}</p>
      {comments.length > 0 ? (
        <form method="post" action={responsesAction(id, "xep-nhom")}>
          <CsrfField token={props.csrf} />
          <table class="stats-table">
            <caption>{tc("approvedComments", { count: comments.length })}</caption>
            <ColumnHeads labels={commentColumns("group")} />
            <tbody>
              {comments.map((c) => (
                <tr key={c.id}>
                  <SelectCell
                    id={c.id}
                    idPrefix="g"
                    label={tc("selectOne", { name: c.author_name })}
                    disabled={props.concluded}
                  />
                  <td>{c.clause_label ?? tc("wholeDraft")}</td>
                  <CommentCell name={c.author_name} body={c.body} />
                  <td>{formatDate(c.created_at)}</td>
                  <td>{c.group_id ? (groupName.get(c.group_id) ?? "") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {props.concluded || groups.length === 0 ? null : (
            <>
              <SelectField
                name="group_id"
                label={tc("f.group")}
                value=""
                options={[
                  ...groups.map((g) => ({ value: g.id, label: `${g.position}. ${g.summary.slice(0, 80)}` })),
                  { value: "none", label: tc("noGroup") },
                ]}
                errors={errors}
              />
              <button type="submit" class="button">
                {tc("assign")}
              </button>
            </>
          )}
        </form>
      ) : null}
      <h2>{tc("synthesis")}</h2>
      {props.concluded ? (
        <p class="comment-text">{props.synthesis}</p>
      ) : (
        <form method="post" action={responsesAction(id, "bao-cao")}>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="version" value={String(props.version)} />
          <TextArea
            name="synthesis"
            label={tc("f.synthesis")}
            value={props.synthesis}
            errors={errors}
            rows={10}
          />
          <button type="submit" class="button secondary" name="action" value="save">
            {tc("saveSynthesis")}
          </button>
          {props.canConclude ? (
            <>
              <p>{tc("concludeHint")}</p>
              <button type="submit" class="button" name="action" value="conclude">
                {tc("conclude")}
              </button>
            </>
          ) : null}
        </form>
      )}
    </>
  );
}
