/**
 * Every URL of citizen participation (SPEC §E) in one place, so pages, tests, notifications and the seed link to the
 * same addresses. Public pages under Vietnamese slugs (also under a component site's prefix for its unit's Q&A);
 * staff pages under /admin.
 */
export const PARTICIPATION_PATHS = {
  /** Public Q&A of the portal (kind citizen): list + diacritics-insensitive search (`?q=`, `?chu-de=`, `?don-vi=`). */
  questions: "/hoi-dap",
  /** "Doanh nghiệp hỏi – Cơ quan chức năng trả lời" (kind business). */
  businessQuestions: "/doanh-nghiep-hoi",
  /** Feedback and recommendations on administrative regulations (kind feedback, §E4). */
  feedback: "/phan-anh-kien-nghi",
  /** One published question, by its public code (any kind). */
  question: (code: string) => `/hoi-dap/${encodeURIComponent(code)}`,
  /** The ask forms (signed-in citizen; the business form needs a business profile). */
  ask: "/hoi-dap/dat-cau-hoi",
  askBusiness: "/doanh-nghiep-hoi/dat-cau-hoi",
  askFeedback: "/phan-anh-kien-nghi/gui",
  /** After sending: the code and what happens next. */
  asked: (code: string) => `/hoi-dap/da-gui/${encodeURIComponent(code)}`,
  /** A unit's Q&A on its component site (published questions routed to that unit). */
  siteQuestions: (siteSlug: string) => `/${siteSlug}/hoi-dap`,
  /** The citizen's own questions and feedback, with their status. */
  myQuestions: "/tai-khoan/cau-hoi",

  /** Staff: routing, drafting, approval, overdue list. */
  adminQuestions: "/admin/hoi-dap",
  adminQuestion: (id: string) => `/admin/hoi-dap/${id}`,
  adminTopics: "/admin/hoi-dap/chu-de",

  /** Public: drafts open for comment and past consultations. */
  consultations: "/gop-y-du-thao",
  consultation: (slug: string) => `/gop-y-du-thao/${encodeURIComponent(slug)}`,
  /** POST: a comment on one clause (or on the whole draft when clause is absent). */
  consultationComment: (slug: string) => `/gop-y-du-thao/${encodeURIComponent(slug)}/gop-y`,
  /** Staff: drafts, their clauses, comment moderation, grouping and responses, synthesis, exports. */
  adminConsultations: "/admin/gop-y-du-thao",
  adminConsultation: (id: string) => `/admin/gop-y-du-thao/${id}`,
  adminConsultationComments: (id: string) => `/admin/gop-y-du-thao/${id}/y-kien`,
  adminConsultationResponses: (id: string) => `/admin/gop-y-du-thao/${id}/tiep-thu`,
  adminConsultationDocx: (id: string) => `/admin/gop-y-du-thao/${id}/y-kien.docx`,
  adminConsultationXlsx: (id: string) => `/admin/gop-y-du-thao/${id}/y-kien.xlsx`,

  /** Public: scheduled, live and past dialogues; one dialogue (questions form, live answers, then the transcript). */
  dialogues: "/doi-thoai",
  dialogue: (slug: string) => `/doi-thoai/${encodeURIComponent(slug)}`,
  dialogueAsk: (slug: string) => `/doi-thoai/${encodeURIComponent(slug)}/dat-cau-hoi`,
  /** Server-sent events of answers as they are published. */
  dialogueLive: (slug: string) => `/doi-thoai/${encodeURIComponent(slug)}/truc-tiep`,
  /** Staff: schedule, moderate and answer. */
  adminDialogues: "/admin/doi-thoai",
  adminDialogue: (id: string) => `/admin/doi-thoai/${id}`,
} as const;
