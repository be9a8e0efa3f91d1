import type { ComponentChildren } from "preact";
import { formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { Dialogue, DialogueQuestion, DialogueQuestionStatus } from "../../tables.js";
import { LIMITS, type ScheduleValues } from "../domain/input.js";
import type { DialogueListRow } from "../store.js";

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  t(lang, `participationDialogues.${key}`, params);
const ta = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  tr(lang, `admin.${key}`, params);

export const NEW_PATH = `${PARTICIPATION_PATHS.adminDialogues}/moi`;
export const sessionPath = (id: string) => `${PARTICIPATION_PATHS.adminDialogue(id)}/phien`;
export const moderatePath = (id: string, qid: string) =>
  `${PARTICIPATION_PATHS.adminDialogue(id)}/cau-hoi/${qid}`;
export const answerPath = (id: string, qid: string) => `${moderatePath(id, qid)}/tra-loi`;
export const editPath = (id: string) => `${PARTICIPATION_PATHS.adminDialogue(id)}/sua`;

export function AdminListPage({ lang, rows }: { lang: Lang; rows: DialogueListRow[] }) {
  return (
    <>
      <p>
        <a class="button" href={NEW_PATH}>
          {ta(lang, "new")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{ta(lang, "none")}</p>
      ) : (
        <table class="stats-table">
          <caption>{ta(lang, "caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{ta(lang, "col.title")}</th>
              <th scope="col">{ta(lang, "col.when")}</th>
              <th scope="col">{ta(lang, "col.status")}</th>
              <th scope="col">{ta(lang, "col.counts")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a href={PARTICIPATION_PATHS.adminDialogue(d.id)}>{d.title}</a>
                  <br />
                  <span class="muted">
                    {d.leaderName}, {d.leaderTitle} — {d.unitName}
                  </span>
                </th>
                <td>
                  {formatDateTime(d.startsAt)} – {formatDateTime(d.endsAt)}
                </td>
                <td>{tr(lang, `status.${d.status}`)}</td>
                <td>{ta(lang, "counts", { pending: d.pending, answered: d.answered })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The schedule form, for a new dialogue (posted to the list) or to change one not yet over (posted to its edit path). */
export function ScheduleFormPage({
  lang,
  action,
  submitLabel,
  csrf,
  values,
  units,
  errors,
}: {
  lang: Lang;
  action: string;
  submitLabel: string;
  csrf: string;
  values: ScheduleValues;
  units: { id: string; name: string }[];
  errors?: Errors | undefined;
}) {
  const hint = ta(lang, "field.dateTimeHint");
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <TextField
          name="title"
          label={ta(lang, "field.title")}
          value={values.title}
          errors={errors}
          maxLength={LIMITS.title}
        />
        <TextArea
          name="description"
          label={ta(lang, "field.description")}
          value={values.description}
          errors={errors}
          rows={4}
        />
        <TextField
          name="leaderName"
          label={ta(lang, "field.leaderName")}
          value={values.leaderName}
          errors={errors}
          maxLength={LIMITS.leaderName}
        />
        <TextField
          name="leaderTitle"
          label={ta(lang, "field.leaderTitle")}
          value={values.leaderTitle}
          errors={errors}
          maxLength={LIMITS.leaderTitle}
        />
        <SelectField
          name="unitId"
          label={ta(lang, "field.unitId")}
          value={values.unitId}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          emptyLabel={ta(lang, "chooseUnit")}
          errors={errors}
        />
        <TextField
          name="startsAt"
          label={ta(lang, "field.startsAt")}
          hint={hint}
          value={values.startsAt}
          errors={errors}
        />
        <TextField
          name="endsAt"
          label={ta(lang, "field.endsAt")}
          hint={hint}
          value={values.endsAt}
          errors={errors}
        />
        <button type="submit" class="button">
          {submitLabel}
        </button>
      </form>
    </>
  );
}

function SessionForm({
  csrf,
  id,
  action,
  label,
  warning,
}: {
  csrf: string;
  id: string;
  action: string;
  label: string;
  warning?: boolean;
}) {
  return (
    <form method="post" action={sessionPath(id)} class="inline-form spaced">
      <CsrfField token={csrf} />
      <input type="hidden" name="action" value={action} />
      <button type="submit" class={warning ? "button warning" : "button"}>
        {label}
      </button>
    </form>
  );
}

function QuestionText({ lang, q }: { lang: Lang; q: DialogueQuestion }) {
  const flagged = Array.isArray(q.flagged_words) ? q.flagged_words : [];
  return (
    <>
      <p class="muted">
        {ta(lang, "askedBy", { name: q.asker_name, time: formatDateTime(q.created_at) })}{" "}
        {q.show_name ? null : ta(lang, "nameHidden")}
      </p>
      <p class="pre-line">{q.body}</p>
      {flagged.length > 0 ? (
        <p class="notice notice-warning">{ta(lang, "flagged", { words: flagged.join(", ") })}</p>
      ) : null}
    </>
  );
}

function ModerateButtons({
  lang,
  csrf,
  d,
  q,
}: {
  lang: Lang;
  csrf: string;
  d: Dialogue;
  q: DialogueQuestion;
}) {
  if (d.status === "ended") return null;
  const actions: ("approve" | "reject")[] =
    q.status === "pending"
      ? ["approve", "reject"]
      : q.status === "approved"
        ? ["reject"]
        : q.status === "rejected"
          ? ["approve"]
          : [];
  return (
    <>
      {actions.map((a) => (
        <form key={a} method="post" action={moderatePath(d.id, q.id)} class="inline-form spaced">
          <CsrfField token={csrf} />
          <input type="hidden" name="action" value={a} />
          <button type="submit" class={a === "reject" ? "button small warning" : "button small"}>
            {ta(lang, a)}
            <span class="visually-hidden">: {q.body.slice(0, 60)}</span>
          </button>
        </form>
      ))}
    </>
  );
}

/**
 * One stage of the moderation queue: heading with its count, then "empty" or each question's text followed by what
 * the stage lets staff do with it. Answered questions are an ordered list, numbered as they were answered.
 */
function QueueSection({
  lang,
  id,
  heading,
  questions,
  note,
  ordered = false,
  children,
}: {
  lang: Lang;
  id: string;
  heading: DialogueQuestionStatus;
  questions: DialogueQuestion[];
  note?: string | undefined;
  ordered?: boolean;
  children: (q: DialogueQuestion) => ComponentChildren;
}) {
  const items = questions.map((q) => (
    <li key={q.id} class="card">
      {ordered ? <h3>{tr(lang, "answerHeading", { n: q.answer_seq ?? 0 })}</h3> : null}
      <QuestionText lang={lang} q={q} />
      {children(q)}
    </li>
  ));
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{ta(lang, heading, { count: questions.length })}</h2>
      {note ? <p>{note}</p> : null}
      {questions.length === 0 ? <p>{ta(lang, "empty")}</p> : null}
      {ordered ? <ol class="dialogue-queue">{items}</ol> : <ul class="dialogue-queue">{items}</ul>}
    </section>
  );
}

const ORDER: DialogueQuestionStatus[] = ["pending", "approved", "answered", "rejected"];

/** One dialogue for its moderators: the session controls, then the questions by stage. */
export function AdminDialoguePage({
  lang,
  csrf,
  d,
  unitName,
  questions,
  answerError,
}: {
  lang: Lang;
  csrf: string;
  d: Dialogue;
  unitName: string;
  questions: DialogueQuestion[];
  /** An answer that could not be published (empty or too long): the question, the text typed, the message. */
  answerError?: { questionId: string; text: string; message: string } | undefined;
}) {
  const by = new Map<DialogueQuestionStatus, DialogueQuestion[]>(ORDER.map((s) => [s, []]));
  for (const q of questions) by.get(q.status)?.push(q);
  const answered = (by.get("answered") ?? []).sort((a, b) => (a.answer_seq ?? 0) - (b.answer_seq ?? 0));
  const errors: Errors | undefined = answerError
    ? { [`answer-${answerError.questionId}`]: answerError.message }
    : undefined;
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <ul class="content-meta">
        <li>{tr(lang, "leader", { name: d.leader_name, title: d.leader_title })}</li>
        <li>{tr(lang, "unit", { unit: unitName })}</li>
        <li>{tr(lang, "when", { start: formatDateTime(d.starts_at), end: formatDateTime(d.ends_at) })}</li>
        <li>
          <strong>{tr(lang, "state", { state: tr(lang, `status.${d.status}`) })}</strong> —{" "}
          {d.accepting_questions ? ta(lang, "accepting") : ta(lang, "notAccepting")}
        </li>
        <li>
          <a href={PARTICIPATION_PATHS.dialogue(d.slug)}>{ta(lang, "publicLink")}</a>
        </li>
        {d.status !== "ended" ? (
          <li>
            <a href={editPath(d.id)}>{ta(lang, "edit")}</a>
          </li>
        ) : null}
      </ul>
      <section aria-labelledby="dieu-hanh">
        <h2 id="dieu-hanh">{ta(lang, "session")}</h2>
        {d.status === "scheduled" ? (
          <SessionForm csrf={csrf} id={d.id} action="start" label={ta(lang, "start")} />
        ) : null}
        {d.status !== "ended" ? (
          d.accepting_questions ? (
            <SessionForm csrf={csrf} id={d.id} action="stopQuestions" label={ta(lang, "stopQuestions")} />
          ) : (
            <SessionForm csrf={csrf} id={d.id} action="resumeQuestions" label={ta(lang, "resumeQuestions")} />
          )
        ) : null}
        {d.status === "live" ? (
          <SessionForm csrf={csrf} id={d.id} action="end" label={ta(lang, "end")} warning />
        ) : null}
      </section>
      <QueueSection lang={lang} id="cho-duyet" heading="pending" questions={by.get("pending") ?? []}>
        {(q) => <ModerateButtons lang={lang} csrf={csrf} d={d} q={q} />}
      </QueueSection>
      <QueueSection
        lang={lang}
        id="da-duyet"
        heading="approved"
        questions={by.get("approved") ?? []}
        note={d.status !== "live" ? ta(lang, "answerWhenLive") : undefined}
      >
        {(q) => (
          <>
            {d.status === "live" ? (
              <form method="post" action={answerPath(d.id, q.id)} novalidate>
                <CsrfField token={csrf} />
                <TextArea
                  name={`answer-${q.id}`}
                  label={ta(lang, "answer")}
                  value={answerError?.questionId === q.id ? answerError.text : ""}
                  errors={errors}
                  rows={4}
                />
                <button type="submit" class="button">
                  {ta(lang, "publish")}
                </button>
              </form>
            ) : null}
            <ModerateButtons lang={lang} csrf={csrf} d={d} q={q} />
          </>
        )}
      </QueueSection>
      <QueueSection lang={lang} id="da-tra-loi" heading="answered" questions={answered} ordered>
        {(q) => (
          <>
            <p>
              <strong>{tr(lang, "answerLabel")}</strong>
            </p>
            <p class="pre-line">{q.answer}</p>
          </>
        )}
      </QueueSection>
      <QueueSection lang={lang} id="tu-choi" heading="rejected" questions={by.get("rejected") ?? []}>
        {(q) => <ModerateButtons lang={lang} csrf={csrf} d={d} q={q} />}
      </QueueSection>
    </>
  );
}
