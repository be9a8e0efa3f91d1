import type { CriterionRule } from "./criteria.js";

/** The decree every item is required by (SPEC §A3). Clause numbers are not cited: the spec and seeds name only the
 * decree, and a wrong clause in an inspection report is worse than none. */
export const DECREE_42 = "Nghị định số 42/2022/NĐ-CP";
/** What it replaced, as seed 000 quotes it. */
export const DECREE_43_ART_10 = "Điều 10 Nghị định số 43/2011/NĐ-CP";

/**
 * The mandatory-content list a site must publish, as the province starts with it (seeded into
 * compliance_criteria by migration 6002; the table, not this file, is what the checker reads, so a province can
 * change weights, thresholds and freshness without a release). Freshness: how old the newest item may be.
 */
export const DEFAULT_CRITERIA: readonly CriterionRule[] = [
  {
    key: "gioi-thieu",
    name: "Thông tin giới thiệu: chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, sơ đồ tổ chức, thông tin liên hệ, lãnh đạo (tiểu sử tóm tắt, nhiệm vụ đảm nhận)",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: null,
    weight: 2,
  },
  {
    key: "chi-dao-dieu-hanh",
    name: "Tin tức, sự kiện; thông tin chỉ đạo, điều hành",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: 7,
    weight: 2,
  },
  {
    key: "van-ban",
    name: "Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "legal_register",
    minItems: 1,
    freshnessDays: 365,
    weight: 2,
  },
  {
    key: "chien-luoc-quy-hoach-ke-hoach",
    name: "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: 365,
    weight: 1,
  },
  {
    key: "du-an-dau-thau-mua-sam-cong",
    name: "Dự án đầu tư, đấu thầu, mua sắm công",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: 365,
    weight: 1,
  },
  {
    key: "ngan-sach",
    name: "Thông tin về ngân sách",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: 365,
    weight: 1,
  },
  {
    key: "thong-ke",
    name: "Thông tin thống kê",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: 365,
    weight: 1,
  },
  {
    key: "thu-tuc-hanh-chinh",
    name: "Danh mục thủ tục hành chính, dịch vụ công trực tuyến",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: null,
    weight: 2,
  },
  {
    key: "hoi-dap",
    name: "Chuyên mục hỏi đáp, tiếp nhận và trả lời câu hỏi của tổ chức, cá nhân",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: null,
    weight: 1,
  },
  {
    key: "lay-y-kien-du-thao",
    name: "Lấy ý kiến góp ý dự thảo văn bản",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: null,
    weight: 1,
  },
  {
    key: "khoa-hoc",
    name: "Chương trình, đề tài khoa học",
    basis: DECREE_42,
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: null,
    weight: 1,
  },
];
