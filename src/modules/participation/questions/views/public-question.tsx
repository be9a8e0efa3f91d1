import { Breadcrumbs } from "../../../../platform/ui/components/breadcrumbs.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import type { PublicQuestion } from "../public-store.js";
import { QuestionFacts, sectionOf } from "./public-list.js";
import { Paragraphs, tq } from "./public-text.js";

/** One published question with its answer; never any contact data of the asker. */
export function QuestionPage({ shell, question }: { shell: PublicShell; question: PublicQuestion }) {
  const lang = shell.lang;
  const section = sectionOf(question.kind);
  return (
    <PublicLayout shell={shell} title={question.title}>
      <Breadcrumbs
        label={tq(lang, "breadcrumb")}
        home={{ href: shell.siteHref, label: tq(lang, "home") }}
        items={[{ href: section.href, label: section.title(lang) }, { label: question.code }]}
      />
      <h1>{question.title}</h1>
      <QuestionFacts row={question} lang={lang} />
      {question.regulation ? (
        <>
          <h2>{tq(lang, "regulation")}</h2>
          <p>{question.regulation}</p>
        </>
      ) : null}
      <h2>{tq(lang, "question")}</h2>
      <Paragraphs text={question.body} />
      <h2>{tq(lang, "answer")}</h2>
      <Paragraphs text={question.answer} />
      <p>
        <a href={section.href}>{tq(lang, "backToList")}</a>
      </p>
    </PublicLayout>
  );
}
