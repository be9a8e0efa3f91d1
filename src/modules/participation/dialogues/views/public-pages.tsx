import { formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import { type BreadcrumbItem, Breadcrumbs } from "../../../../platform/ui/components/breadcrumbs.js";
import { CsrfField, ErrorSummary, type Errors, TextArea } from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import { type AskValues, LIMITS } from "../domain/input.js";
import type { ListGroup } from "../domain/state.js";
import type { DialogueListRow } from "../store.js";
import type { AnswerView } from "./answer-view.js";

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  t(lang, `participationDialogues.${key}`, params);

/** The script that appends live answers (same origin: the CSP allows no inline script). */
export const LIVE_SCRIPT = "/static/live-dialogue.js";
export const ANSWERS_ID = "dialogue-answers";
export const ASK_ANCHOR = "dat-cau-hoi";
export const SENT_PARAM = "da-gui";

function Crumbs({ shell, items }: { shell: PublicShell; items: BreadcrumbItem[] }) {
  return (
    <Breadcrumbs
      label={tr(shell.lang, "breadcrumbs")}
      home={{ href: shell.siteHref, label: t(shell.lang, "shell.home") }}
      items={items}
    />
  );
}

function When({ lang, startsAt, endsAt }: { lang: Lang; startsAt: Date; endsAt: Date }) {
  return <>{tr(lang, "when", { start: formatDateTime(startsAt), end: formatDateTime(endsAt) })}</>;
}

function Group({
  lang,
  id,
  heading,
  none,
  rows,
}: {
  lang: Lang;
  id: string;
  heading: string;
  none: string;
  rows: DialogueListRow[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul class="dialogue-list">
          {rows.map((d) => (
            <li key={d.id}>
              <h3>
                <a href={PARTICIPATION_PATHS.dialogue(d.slug)}>{d.title}</a>
              </h3>
              <p>
                {tr(lang, "leader", { name: d.leaderName, title: d.leaderTitle })}
                <br />
                <When lang={lang} startsAt={d.startsAt} endsAt={d.endsAt} />
              </p>
              {d.status === "ended" ? (
                <p>
                  <a href={PARTICIPATION_PATHS.dialogue(d.slug)}>
                    {tr(lang, "transcriptLink")}
                    <span class="visually-hidden">: {d.title}</span>
                  </a>{" "}
                  ({tr(lang, "answeredCount", { count: d.answered })})
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The list's sections in page order, each with its anchor and the line shown when it is empty. */
const LIST_GROUPS: readonly { group: ListGroup; id: string; none: string }[] = [
  { group: "live", id: "doi-thoai-truc-tiep", none: "noneLive" },
  { group: "upcoming", id: "doi-thoai-sap-toi", none: "noneUpcoming" },
  { group: "past", id: "doi-thoai-da-qua", none: "nonePast" },
];

export function DialogueListPage({
  shell,
  groups,
}: {
  shell: PublicShell;
  groups: Record<ListGroup, DialogueListRow[]>;
}) {
  const lang = shell.lang;
  return (
    <PublicLayout shell={shell} title={tr(lang, "title")}>
      <Crumbs shell={shell} items={[{ label: tr(lang, "title") }]} />
      <h1>{tr(lang, "title")}</h1>
      <p>{tr(lang, "intro")}</p>
      {LIST_GROUPS.map((g) => (
        <Group
          key={g.group}
          lang={lang}
          id={g.id}
          heading={tr(lang, g.group)}
          none={tr(lang, g.none)}
          rows={groups[g.group]}
        />
      ))}
    </PublicLayout>
  );
}

/** One answer; the live script draws the same elements from the same {@link AnswerView}. */
export function AnswerItem({ a }: { a: AnswerView }) {
  return (
    <li class="dialogue-answer" id={`tra-loi-${a.seq}`}>
      <h3>{a.heading}</h3>
      <p class="muted">{a.asker}</p>
      <blockquote class="pre-line">{a.question}</blockquote>
      <p>
        <strong>{a.answerLabel}</strong>
      </p>
      <p class="pre-line">{a.answer}</p>
      <p class="muted">{a.time}</p>
    </li>
  );
}

/** What the dialogue page shows of a dialogue: the list's fields less the staff counts, plus its public details. */
export interface DialogueSummary extends Omit<DialogueListRow, "id" | "answered" | "pending"> {
  description: string;
  acceptingQuestions: boolean;
}

export type AskArea =
  | { kind: "signIn"; href: string }
  | { kind: "closed" }
  | { kind: "form"; csrf: string; values: AskValues; errors?: Errors | undefined; sent: boolean };

function AskForm({
  lang,
  slug,
  csrf,
  values,
  errors,
}: {
  lang: Lang;
  slug: string;
  csrf: string;
  values: AskValues;
  errors?: Errors | undefined;
}) {
  return (
    <form method="post" action={PARTICIPATION_PATHS.dialogueAsk(slug)} novalidate>
      <CsrfField token={csrf} />
      <TextArea
        name="body"
        label={tr(lang, "body")}
        hint={tr(lang, "bodyHint", { max: LIMITS.question })}
        value={values.body}
        errors={errors}
        rows={5}
      />
      <div class="form-group">
        <input type="checkbox" id="f-showName" name="showName" value="1" checked={values.showName} />{" "}
        <label for="f-showName" class="inline-label">
          {tr(lang, "showName")}
        </label>
      </div>
      <button type="submit" class="button">
        {tr(lang, "send")}
      </button>
    </form>
  );
}

function AskSection({ lang, slug, area }: { lang: Lang; slug: string; area: AskArea }) {
  return (
    <section aria-labelledby={ASK_ANCHOR} class="card">
      <h2 id={ASK_ANCHOR}>{tr(lang, "ask")}</h2>
      {area.kind === "closed" ? (
        <p>{tr(lang, "askClosed")}</p>
      ) : area.kind === "signIn" ? (
        <>
          <p>{tr(lang, "askSignInNote")}</p>
          <p>
            <a class="button" href={area.href}>
              {tr(lang, "askSignIn")}
            </a>
          </p>
        </>
      ) : (
        <>
          {area.sent ? (
            <div class="notice" role="status">
              {tr(lang, "askSent")}
            </div>
          ) : null}
          <ErrorSummary errors={area.errors} lang={lang} />
          <p>{tr(lang, "askIntro")}</p>
          <AskForm lang={lang} slug={slug} csrf={area.csrf} values={area.values} errors={area.errors} />
        </>
      )}
    </section>
  );
}

/**
 * A dialogue: what, who, when, its state; the question form before and during the session; the answers in order.
 * While it is not over the script keeps the list current; afterwards the same page is the transcript.
 */
export function DialoguePage({
  shell,
  d,
  answers,
  ask,
}: {
  shell: PublicShell;
  d: DialogueSummary;
  answers: AnswerView[];
  ask: AskArea;
}) {
  const lang = shell.lang;
  const href = PARTICIPATION_PATHS.dialogue(d.slug);
  const open = d.status !== "ended";
  const last = answers.length > 0 ? (answers[answers.length - 1]?.seq ?? 0) : 0;
  return (
    <PublicLayout
      shell={shell}
      title={d.title}
      description={d.description.slice(0, 200) || undefined}
      head={open ? <script src={LIVE_SCRIPT} defer /> : undefined}
    >
      <Crumbs
        shell={shell}
        items={[{ href: PARTICIPATION_PATHS.dialogues, label: tr(lang, "title") }, { label: d.title }]}
      />
      <h1>{d.title}</h1>
      <ul class="content-meta">
        <li>{tr(lang, "leader", { name: d.leaderName, title: d.leaderTitle })}</li>
        <li>{tr(lang, "unit", { unit: d.unitName })}</li>
        <li>
          <When lang={lang} startsAt={d.startsAt} endsAt={d.endsAt} />
        </li>
        <li>
          <strong>{tr(lang, "state", { state: tr(lang, `status.${d.status}`) })}</strong>
        </li>
      </ul>
      {d.description ? <p class="pre-line">{d.description}</p> : null}
      {open ? (
        <AskSection lang={lang} slug={d.slug} area={d.acceptingQuestions ? ask : { kind: "closed" }} />
      ) : null}
      <section aria-labelledby="cau-tra-loi">
        <h2 id="cau-tra-loi">{open ? tr(lang, "answers") : tr(lang, "transcript")}</h2>
        {open ? (
          <p>
            {tr(lang, "liveNote")} <a href={href}>{tr(lang, "reload")}</a>
          </p>
        ) : null}
        {answers.length === 0 ? <p id="dialogue-no-answers">{tr(lang, "noAnswers")}</p> : null}
        <ol
          class="dialogue-answers plain-list"
          id={ANSWERS_ID}
          aria-live={open ? "polite" : undefined}
          data-live={open ? PARTICIPATION_PATHS.dialogueLive(d.slug) : undefined}
          data-last={open ? String(last) : undefined}
          data-ended={open ? tr(lang, "ended") : undefined}
        >
          {answers.map((a) => (
            <AnswerItem key={a.seq} a={a} />
          ))}
        </ol>
        <p id="dialogue-live-status" role="status">
          {open ? "" : tr(lang, "ended")}
        </p>
      </section>
    </PublicLayout>
  );
}

/** The question form on its own page (GET, or a post that needs correcting: 422, or too many posts: 429). */
export function AskPage({
  shell,
  d,
  csrf,
  values,
  errors,
  tooManyMinutes,
}: {
  shell: PublicShell;
  d: { slug: string; title: string };
  csrf: string;
  values: AskValues;
  errors?: Errors | undefined;
  tooManyMinutes?: number | undefined;
}) {
  const lang = shell.lang;
  const title = tooManyMinutes !== undefined ? tr(lang, "tooMany.title") : tr(lang, "ask");
  return (
    <PublicLayout shell={shell} title={`${title}: ${d.title}`}>
      <Crumbs
        shell={shell}
        items={[
          { href: PARTICIPATION_PATHS.dialogues, label: tr(lang, "title") },
          { href: PARTICIPATION_PATHS.dialogue(d.slug), label: d.title },
          { label: tr(lang, "ask") },
        ]}
      />
      <h1>{title}</h1>
      <p>
        {d.title} — <a href={PARTICIPATION_PATHS.dialogue(d.slug)}>{tr(lang, "back")}</a>
      </p>
      {tooManyMinutes !== undefined ? (
        <div class="notice notice-warning" role="alert">
          {tr(lang, "tooMany", { minutes: tooManyMinutes })}
        </div>
      ) : null}
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr(lang, "askIntro")}</p>
      <AskForm lang={lang} slug={d.slug} csrf={csrf} values={values} errors={errors} />
    </PublicLayout>
  );
}
