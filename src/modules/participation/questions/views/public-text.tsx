import { participationQuestionsPublic } from "../../../../platform/i18n/catalogues/participation-questions-public.js";
import { type Lang, registerCatalogue, t } from "../../../../platform/i18n/index.js";
import type { QuestionKind } from "../../tables.js";
import { QUESTION_KINDS } from "../domain/status.js";

registerCatalogue(participationQuestionsPublic);

export function tq(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return t(lang, `questionsPublic.${key}`, params);
}

export function kindTitle(kind: QuestionKind, lang: Lang): string {
  return QUESTION_KINDS[kind][lang];
}

/** Plain text as paragraphs (line breaks kept), escaped by the renderer. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== "")
        .map((p, i) => (
          <p key={i} class="pre-line">
            {p}
          </p>
        ))}
    </>
  );
}

/** The labels of a numbered pager, with its "page n of m" status. */
export function pagerProps(lang: Lang, page: number, pages: number) {
  return {
    page,
    pages,
    labels: { nav: tq(lang, "pager.nav"), prev: tq(lang, "pager.prev"), next: tq(lang, "pager.next") },
    status: tq(lang, "pager.status", { page, pages }),
  };
}
