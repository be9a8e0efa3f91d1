import { viDate } from "../../../../platform/calendar/vn-day.js";
import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import { CsrfField, ErrorSummary, type Errors, FormGroup } from "../../../../platform/ui/components/forms.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { DeadlineFlag } from "../domain/deadline.js";
import { QUESTION_KINDS, QUESTION_STATUS_LABELS } from "../domain/status.js";
import type { QuestionAction } from "../domain/workflow.js";
import type { Option, QuestionView } from "../store.js";
import { DueCell } from "./admin-list-page.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** A refused form: its action, what was typed, and the messages by field (`unitId`, `note`, `answer`). */
export interface ActionFormState {
  action: QuestionAction;
  values: Record<string, string>;
  errors: Errors;
}

export interface AdminQuestionPageProps {
  view: QuestionView;
  csrf: string;
  actions: QuestionAction[];
  units: Option[];
  flag: DeadlineFlag;
  daysLeft: number | null;
  form?: ActionFormState | undefined;
  /** A refusal without a field (stale version, wrong status). */
  problem?: string | undefined;
}

export function actionPath(id: string, action: QuestionAction): string {
  return `${PARTICIPATION_PATHS.adminQuestion(id)}/${action.replace("_", "-")}`;
}

/** The actions that take a note, with its label and hint keys; route's note sits under its unit choice. */
const NOTE_FIELDS: Partial<Record<QuestionAction, { label: string; hint?: string }>> = {
  route: { label: "qadmin.form.routeNote" },
  reject: { label: "qadmin.form.reason", hint: "qadmin.form.reasonHint" },
  send_back: { label: "qadmin.form.sendBackNote" },
  return: { label: "qadmin.form.returnNote" },
};

function NoteField(props: {
  action: QuestionAction;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  const id = `f-${props.action}-note`;
  const describedBy = [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <FormGroup id={id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={2000}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
      >
        {props.value ?? ""}
      </textarea>
    </FormGroup>
  );
}

function ActionForm({ props, action }: { props: AdminQuestionPageProps; action: QuestionAction }) {
  const q = props.view.question;
  const mine = props.form?.action === action ? props.form : undefined;
  const err = (field: string) => mine?.errors[`${action}-${field}`];
  const value = (field: string) => mine?.values[field];
  const answerId = `f-${action}-answer`;
  const unitId = `f-${action}-unitId`;
  const note = NOTE_FIELDS[action];
  return (
    <form method="post" action={actionPath(q.id, action)} class="dossier-action" data-action={action}>
      <CsrfField token={props.csrf} />
      <input type="hidden" name="expectedVersion" value={String(q.version)} />
      <h3>{tv(`qadmin.action.${action}`)}</h3>
      {action === "route" ? (
        <FormGroup
          id={unitId}
          label={tv("qadmin.form.unit")}
          hint={tv("qadmin.form.unitHint")}
          error={err("unitId")}
        >
          <select
            id={unitId}
            name="unitId"
            aria-invalid={err("unitId") ? "true" : undefined}
            aria-describedby={`${unitId}-hint${err("unitId") ? ` ${unitId}-error` : ""}`}
          >
            <option value="">{tv("qadmin.form.chooseUnit")}</option>
            {props.units
              .filter((u) => u.value !== q.unit_id)
              .map((u) => (
                <option
                  key={u.value}
                  value={u.value}
                  selected={u.value === (value("unitId") ?? q.suggested_unit_id ?? "")}
                >
                  {u.label}
                </option>
              ))}
          </select>
        </FormGroup>
      ) : null}
      {note ? (
        <NoteField
          action={action}
          label={tv(note.label)}
          hint={note.hint ? tv(note.hint) : undefined}
          value={value("note")}
          error={err("note")}
        />
      ) : null}
      {action === "draft" ? (
        <FormGroup id={answerId} label={tv("qadmin.form.answer")} error={err("answer")}>
          <textarea
            id={answerId}
            name="answer"
            rows={10}
            maxLength={20000}
            aria-invalid={err("answer") ? "true" : undefined}
            aria-describedby={err("answer") ? `${answerId}-error` : undefined}
          >
            {value("answer") ?? q.answer ?? ""}
          </textarea>
        </FormGroup>
      ) : null}
      {action === "publish" ? <p class="hint">{tv("qadmin.form.publishHint")}</p> : null}
      <button
        type="submit"
        class={
          action === "reject" || action === "return" || action === "send_back" ? "button secondary" : "button"
        }
      >
        {tv(`qadmin.action.${action}`)}
      </button>
    </form>
  );
}

export function AdminQuestionPage(props: AdminQuestionPageProps) {
  const { view } = props;
  const q = view.question;
  const flagged = Array.isArray(q.flagged_words) ? q.flagged_words : [];
  return (
    <>
      <p>
        <a href={PARTICIPATION_PATHS.adminQuestions}>{tv("qadmin.page.back")}</a>
      </p>
      {props.problem ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{props.problem}</h2>
        </div>
      ) : null}
      <ErrorSummary errors={props.form?.errors} lang="vi" />
      {flagged.length > 0 ? (
        <p class="error-summary" role="status" data-flagged="">
          {tv("qadmin.page.flagged", { words: flagged.join(", ") })}
        </p>
      ) : null}
      <dl class="summary-list">
        <dt>{tv("qadmin.col.code")}</dt>
        <dd>
          <strong>{q.code}</strong>
        </dd>
        <dt>{tv("qadmin.col.kind")}</dt>
        <dd>{QUESTION_KINDS[q.kind].vi}</dd>
        <dt>{tv("qadmin.col.status")}</dt>
        <dd data-status={q.status}>{QUESTION_STATUS_LABELS[q.status].vi}</dd>
        <dt>{tv("qadmin.page.sentAt")}</dt>
        <dd>{formatDateTime(q.created_at)}</dd>
        <dt>{tv("qadmin.page.topic")}</dt>
        <dd>{view.topicName ?? tv("qadmin.none")}</dd>
        <dt>{tv("qadmin.page.suggestedUnit")}</dt>
        <dd>{view.suggestedUnitName ?? tv("qadmin.none")}</dd>
        <dt>{tv("qadmin.page.unit")}</dt>
        <dd>{view.unitName ?? tv("qadmin.none")}</dd>
        <dt>{tv("qadmin.page.due")}</dt>
        <dd data-due-on={q.due_on ?? ""}>
          {q.due_on ? `${viDate(q.due_on)} ` : tv("qadmin.none")}
          <DueCell flag={props.flag} daysLeft={props.daysLeft} />
        </dd>
      </dl>

      <h2>{tv("qadmin.page.asker")}</h2>
      <dl class="summary-list">
        <dt>{tv("qadmin.page.asker")}</dt>
        <dd>{q.asker_name}</dd>
        {q.business_name ? (
          <>
            <dt>{tv("qadmin.page.business")}</dt>
            <dd>{q.business_name}</dd>
            <dt>{tv("qadmin.page.taxCode")}</dt>
            <dd>{q.tax_code}</dd>
          </>
        ) : null}
        <dt>{tv("qadmin.page.contact")}</dt>
        <dd>{[q.asker_email, q.asker_phone].filter(Boolean).join(" · ") || tv("qadmin.none")}</dd>
        <dt>{tv("qadmin.page.showName")}</dt>
        <dd>{tv(q.show_name ? "qadmin.page.yes" : "qadmin.page.no")}</dd>
      </dl>

      <h2>{tv("qadmin.page.question")}</h2>
      <h3>{q.title}</h3>
      {q.regulation ? (
        <p>
          <strong>{tv("qadmin.page.regulation")}:</strong> {q.regulation}
        </p>
      ) : null}
      <div class="prose pre-line">{q.body}</div>
      {q.answer ? (
        <>
          <h2>{tv("qadmin.page.answer")}</h2>
          <div class="prose pre-line" data-answer="">
            {q.answer}
          </div>
        </>
      ) : null}
      {q.status === "published" ? (
        <p>
          <a href={PARTICIPATION_PATHS.question(q.code)}>{tv("qadmin.page.publicLink")}</a>
        </p>
      ) : null}
      {q.reject_reason ? (
        <>
          <h2>{tv("qadmin.page.rejectReason")}</h2>
          <p>{q.reject_reason}</p>
        </>
      ) : null}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{tv("qadmin.page.actions")}</h2>
        {props.actions.length === 0 ? <p>{tv("qadmin.page.noActions")}</p> : null}
        {props.actions.map((a) => (
          <ActionForm key={a} props={props} action={a} />
        ))}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{tv("qadmin.page.history")}</h2>
        <table class="data">
          <caption class="visually-hidden">{tv("qadmin.page.historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tv("qadmin.page.col.at")}</th>
              <th scope="col">{tv("qadmin.page.col.action")}</th>
              <th scope="col">{tv("qadmin.page.col.by")}</th>
              <th scope="col">{tv("qadmin.page.col.note")}</th>
            </tr>
          </thead>
          <tbody>
            {view.events.map((e) => (
              <tr key={e.id} data-event={e.action}>
                <td>{formatDateTime(e.at)}</td>
                <td>{tv(`qadmin.action.${e.action}`)}</td>
                <td>{e.staff_name ?? q.asker_name}</td>
                <td>{e.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
