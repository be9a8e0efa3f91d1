import { formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import { publicAuthorName } from "../../abuse/index.js";
import type { PublicAnswer } from "../store.js";

/**
 * One published answer as the public sees it, with every label already in words: drawn by the page, and sent as is
 * to the live script so both draw the same thing. Only the asker's name with consent; never any contact data.
 */
export interface AnswerView {
  seq: number;
  heading: string;
  asker: string;
  question: string;
  answerLabel: string;
  answer: string;
  time: string;
}

export function answerView(a: PublicAnswer, lang: Lang): AnswerView {
  return {
    seq: a.seq,
    heading: t(lang, "participationDialogues.answerHeading", { n: a.seq }),
    asker: t(lang, "participationDialogues.asker", { name: publicAuthorName(a.askerName, a.showName, lang) }),
    question: a.question,
    answerLabel: t(lang, "participationDialogues.answerLabel"),
    answer: a.answer,
    time: t(lang, "participationDialogues.answeredAt", { time: formatDateTime(a.answeredAt) }),
  };
}
