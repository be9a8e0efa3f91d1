import { formatDate } from "../../../../platform/i18n/index.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import type { PublicShell } from "../../../../platform/ui/public-layout.js";
import type { CitizenPrincipal } from "../../../citizens/index.js";
import { CitizenLayout } from "../../../citizens/index.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import { QUESTION_STATUS_LABELS } from "../domain/status.js";
import type { MyQuestionRow } from "../public-store.js";
import { kindTitle, Paragraphs, pagerProps, tq } from "./public-text.js";

/** The signed-in citizen's own questions and feedback with where each stands. */
export function MyQuestionsPage(props: {
  shell: PublicShell;
  csrf: string;
  citizen: CitizenPrincipal;
  rows: MyQuestionRow[];
  page: number;
  pages: number;
}) {
  const { shell } = props;
  const lang = shell.lang;
  const title = tq(lang, "mine.title");
  return (
    <CitizenLayout shell={shell} title={title} citizen={props.citizen} csrf={props.csrf}>
      <h1>{title}</h1>
      <p>{tq(lang, "mine.intro")}</p>
      <p>
        <a href={PARTICIPATION_PATHS.ask}>{tq(lang, "mine.askMore")}</a>
      </p>
      {props.rows.length === 0 ? (
        <p>{tq(lang, "mine.empty")}</p>
      ) : (
        <ul class="question-list">
          {props.rows.map((r) => (
            <li key={r.code}>
              <h2>
                {r.code}: {r.title}
              </h2>
              <dl class="doc-summary">
                <dt>{tq(lang, "mine.kind")}</dt>
                <dd>{kindTitle(r.kind, lang)}</dd>
                <dt>{tq(lang, "mine.sentOn")}</dt>
                <dd>{formatDate(r.created_at)}</dd>
                <dt>{tq(lang, "mine.status")}</dt>
                <dd>
                  <strong>{QUESTION_STATUS_LABELS[r.status][lang]}</strong>
                </dd>
                {r.unit_name && r.status !== "rejected" ? (
                  <>
                    <dt>{tq(lang, "mine.unit")}</dt>
                    <dd>{r.unit_name}</dd>
                  </>
                ) : null}
                {r.due_on && (r.status === "routed" || r.status === "drafted") ? (
                  <>
                    <dt>{tq(lang, "mine.due")}</dt>
                    <dd>{formatDate(r.due_on)}</dd>
                  </>
                ) : null}
              </dl>
              {r.status === "rejected" && r.reject_reason ? (
                <>
                  <h3>{tq(lang, "mine.reason")}</h3>
                  <Paragraphs text={r.reject_reason} />
                </>
              ) : null}
              {r.answer ? (
                <>
                  <h3>{tq(lang, "mine.answer")}</h3>
                  <Paragraphs text={r.answer} />
                  <p>
                    <a href={PARTICIPATION_PATHS.question(r.code)}>{tq(lang, "mine.viewPublic")}</a>
                  </p>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <NumberedPager
        {...pagerProps(lang, props.page, props.pages)}
        hrefFor={(p) => `${PARTICIPATION_PATHS.myQuestions}?trang=${p}`}
      />
    </CitizenLayout>
  );
}
