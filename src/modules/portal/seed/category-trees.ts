import type { SiteKind } from "../../orgs/tables.js";

/**
 * The category tree each kind of site starts with. The main portal follows the items Decree 42/2022/NĐ-CP asks a
 * provincial portal to publish (SPEC §A3); component sites carry the short list departments and districts use; the
 * English site what foreign readers look for (SPEC §A6). `theme` says which article templates fill a category.
 */
export type CategoryTheme =
  | "leaders"
  | "direction"
  | "economy"
  | "society"
  | "announcements"
  | "introduction"
  | "planning"
  | "projects"
  | "budget"
  | "statistics"
  | "unit_news"
  | "unit_directives"
  | "procedures"
  | "en_news"
  | "en_investment"
  | "en_introduction";

export interface CategorySpec {
  slug: string;
  name: string;
  description: string;
  theme: CategoryTheme | null;
  children?: CategorySpec[];
}

const MAIN: CategorySpec[] = [
  {
    slug: "tin-tuc-su-kien",
    name: "Tin tức – sự kiện",
    description: "Tin tức, sự kiện nổi bật trên địa bàn tỉnh Quảng Ngãi.",
    theme: null,
    children: [
      {
        slug: "hoat-dong-lanh-dao-tinh",
        name: "Tin hoạt động của lãnh đạo tỉnh",
        description: "Hoạt động của Thường trực Tỉnh ủy, lãnh đạo Ủy ban nhân dân tỉnh.",
        theme: "leaders",
      },
      {
        slug: "chi-dao-dieu-hanh",
        name: "Chỉ đạo điều hành",
        description: "Ý kiến chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh.",
        theme: "direction",
      },
      {
        slug: "kinh-te",
        name: "Kinh tế",
        description: "Công nghiệp, nông nghiệp, thương mại, du lịch và đầu tư.",
        theme: "economy",
      },
      {
        slug: "van-hoa-xa-hoi",
        name: "Văn hóa – xã hội",
        description: "Giáo dục, y tế, văn hóa, thể thao và an sinh xã hội.",
        theme: "society",
      },
    ],
  },
  {
    slug: "thong-bao",
    name: "Thông báo",
    description: "Thông báo của Ủy ban nhân dân tỉnh và Văn phòng Ủy ban nhân dân tỉnh.",
    theme: "announcements",
  },
  {
    slug: "gioi-thieu",
    name: "Giới thiệu",
    description: "Tổng quan về tỉnh Quảng Ngãi, cơ cấu tổ chức và thông tin liên hệ.",
    theme: "introduction",
  },
  {
    slug: "chien-luoc-quy-hoach-ke-hoach",
    name: "Chiến lược, quy hoạch, kế hoạch",
    description: "Chiến lược, quy hoạch, kế hoạch phát triển kinh tế – xã hội của tỉnh.",
    theme: "planning",
  },
  {
    slug: "du-an-dau-tu-dau-thau-mua-sam-cong",
    name: "Dự án đầu tư, đấu thầu, mua sắm công",
    description: "Danh mục dự án kêu gọi đầu tư, kế hoạch lựa chọn nhà thầu, kết quả đấu thầu.",
    theme: "projects",
  },
  {
    slug: "thong-tin-ngan-sach",
    name: "Thông tin ngân sách",
    description: "Dự toán, tình hình thực hiện và quyết toán ngân sách địa phương.",
    theme: "budget",
  },
  {
    slug: "thong-ke",
    name: "Thống kê",
    description: "Số liệu thống kê kinh tế – xã hội hằng tháng, quý, năm.",
    theme: "statistics",
  },
];

const COMPONENT: CategorySpec[] = [
  {
    slug: "tin-hoat-dong",
    name: "Tin hoạt động",
    description: "Hoạt động của cơ quan, đơn vị.",
    theme: "unit_news",
  },
  {
    slug: "thong-bao",
    name: "Thông báo",
    description: "Thông báo của cơ quan, đơn vị.",
    theme: "announcements",
  },
  {
    slug: "gioi-thieu",
    name: "Giới thiệu",
    description: "Chức năng, nhiệm vụ, cơ cấu tổ chức và thông tin liên hệ.",
    theme: "introduction",
  },
  {
    slug: "van-ban-chi-dao-dieu-hanh",
    name: "Văn bản chỉ đạo điều hành",
    description: "Văn bản chỉ đạo, điều hành của cơ quan, đơn vị.",
    theme: "unit_directives",
  },
  {
    slug: "thu-tuc-hanh-chinh",
    name: "Thủ tục hành chính",
    description: "Hướng dẫn thủ tục hành chính thuộc thẩm quyền giải quyết của cơ quan, đơn vị.",
    theme: "procedures",
  },
];

const ENGLISH: CategorySpec[] = [
  { slug: "news", name: "News", description: "News from Quang Ngai province.", theme: "en_news" },
  {
    slug: "investment",
    name: "Investment",
    description: "Investment environment, incentives and projects calling for investors.",
    theme: "en_investment",
  },
  {
    slug: "introduction",
    name: "Introduction",
    description: "An overview of Quang Ngai: geography, people, economy and government.",
    theme: "en_introduction",
  },
];

export function categoryTreeFor(kind: SiteKind): CategorySpec[] {
  if (kind === "main") return MAIN;
  if (kind === "english") return ENGLISH;
  return COMPONENT;
}

/** Every category of a tree, parents before children, with the parent's slug. */
export function flattenTree(
  tree: readonly CategorySpec[],
): { spec: CategorySpec; parentSlug: string | null }[] {
  const out: { spec: CategorySpec; parentSlug: string | null }[] = [];
  const walk = (nodes: readonly CategorySpec[], parent: string | null) => {
    for (const spec of nodes) {
      out.push({ spec, parentSlug: parent });
      if (spec.children) walk(spec.children, spec.slug);
    }
  };
  walk(tree, null);
  return out;
}
