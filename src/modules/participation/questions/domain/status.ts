import type { QuestionKind, QuestionStatus } from "../../tables.js";

/** What staff and askers read for each status (the asker's "my questions" page and the staff lists). */
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, { vi: string; en: string }> = {
  submitted: { vi: "Chờ phân loại", en: "Waiting to be routed" },
  routed: { vi: "Đang xử lý tại cơ quan chức năng", en: "With the competent agency" },
  drafted: { vi: "Chờ lãnh đạo duyệt trả lời", en: "Answer awaiting approval" },
  published: { vi: "Đã trả lời", en: "Answered" },
  rejected: { vi: "Không tiếp nhận", en: "Not accepted" },
};

/** Each kind's public section and the prefix of its public code. */
export const QUESTION_KINDS: Record<QuestionKind, { prefix: string; vi: string; en: string }> = {
  citizen: { prefix: "HD", vi: "Hỏi đáp", en: "Questions and answers" },
  business: {
    prefix: "DN",
    vi: "Doanh nghiệp hỏi – Cơ quan chức năng trả lời",
    en: "Businesses ask, agencies answer",
  },
  feedback: {
    prefix: "PA",
    vi: "Phản ánh, kiến nghị về quy định hành chính",
    en: "Feedback on administrative regulations",
  },
};
