import { renderBlocks } from "./article-writer.js";
import type { SeedSite } from "./seed-sites.js";

/** The standing pages every site has (SPEC §A3: introduction, organisational structure, contact details). */
export interface PageDraft {
  /** Same key on the Vietnamese and English sites, so the English page can point at its counterpart. */
  key: "about" | "structure" | "contact";
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  bodyText: string;
}

type Block = Parameters<typeof renderBlocks>[0][number];

const DEPARTMENT_OFFICES = [
  "Văn phòng",
  "Thanh tra",
  "Phòng Kế hoạch – Tài chính",
  "Phòng Quản lý chuyên ngành",
  "Các đơn vị sự nghiệp trực thuộc",
];

const DISTRICT_OFFICES = [
  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
  "Phòng Nội vụ",
  "Phòng Tài chính – Kế hoạch",
  "Phòng Tư pháp",
  "Phòng Tài nguyên và Môi trường",
  "Phòng Kinh tế – Hạ tầng",
  "Phòng Văn hóa và Thông tin",
  "Phòng Giáo dục và Đào tạo",
  "Phòng Lao động – Thương binh và Xã hội",
];

const COMMUNE_OFFICES = [
  "Công chức Văn phòng – Thống kê",
  "Công chức Tài chính – Kế toán",
  "Công chức Tư pháp – Hộ tịch",
  "Công chức Địa chính – Xây dựng",
  "Công chức Văn hóa – Xã hội",
];

function page(key: PageDraft["key"], slug: string, title: string, lead: string, blocks: Block[]): PageDraft {
  const { html, text } = renderBlocks(blocks);
  return {
    key,
    slug,
    title: title.normalize("NFC"),
    lead: lead.normalize("NFC"),
    bodyHtml: html.normalize("NFC"),
    bodyText: text.normalize("NFC"),
  };
}

function leaderLines(site: SeedSite): string[] {
  return site.unit.leaders.map((l) => `${l.position}: ${l.name}${l.phone ? ` (điện thoại ${l.phone})` : ""}`);
}

function contactBlocks(site: SeedSite, editorial: string): Block[] {
  const lines = [
    `Địa chỉ: ${site.unit.address ?? "đang cập nhật"}`,
    `Điện thoại: ${site.unit.phone ?? "đang cập nhật"}`,
    `Thư điện tử: ${site.unit.email ?? "đang cập nhật"}`,
  ];
  return [
    { tag: "h2", text: site.unit.nameVi },
    { tag: "ul", items: lines },
    { tag: "h2", text: "Ban biên tập" },
    {
      tag: "p",
      text: `${editorial} tiếp nhận thông tin phản ánh, góp ý về nội dung trang qua thư điện tử ${site.unit.email ?? ""} trong giờ hành chính, từ thứ Hai đến thứ Sáu.`,
    },
  ];
}

function mainPages(site: SeedSite, componentUnits: { kind: string; name: string }[]): PageDraft[] {
  const departments = componentUnits
    .filter((u) => u.kind === "department" || u.kind === "office")
    .map((u) => u.name);
  const districts = componentUnits.filter((u) => u.kind === "district").map((u) => u.name);
  return [
    page("about", "gioi-thieu-chung", "Giới thiệu chung về tỉnh Quảng Ngãi", site.introVi ?? "", [
      {
        tag: "p",
        text: "Quảng Ngãi là tỉnh ven biển thuộc vùng Duyên hải Nam Trung Bộ, phía Bắc giáp tỉnh Quảng Nam, phía Nam giáp tỉnh Bình Định, phía Tây giáp tỉnh Kon Tum và phía Đông giáp Biển Đông với bờ biển dài khoảng 130 km.",
      },
      {
        tag: "p",
        text: "Tỉnh có diện tích tự nhiên hơn 5.100 km², dân số khoảng 1,2 triệu người, gồm các dân tộc Kinh, Hrê, Cor, Ca Dong và một số dân tộc khác cùng chung sống.",
      },
      { tag: "h2", text: "Tiềm năng và lợi thế" },
      {
        tag: "p",
        text: "Khu kinh tế Dung Quất với Nhà máy lọc dầu Dung Quất, cảng biển nước sâu và các khu công nghiệp là động lực tăng trưởng của tỉnh. Huyện đảo Lý Sơn, bãi biển Mỹ Khê, di tích Văn hóa Sa Huỳnh và vùng núi phía Tây là những điểm đến du lịch giàu tiềm năng.",
      },
      { tag: "h2", text: "Cổng thông tin điện tử tỉnh" },
      {
        tag: "p",
        text: "Cổng thông tin điện tử tỉnh là kênh thông tin chính thức của Ủy ban nhân dân tỉnh trên môi trường mạng, cung cấp thông tin chỉ đạo, điều hành, văn bản, thủ tục hành chính và dịch vụ công trực tuyến cho người dân, doanh nghiệp.",
      },
    ]),
    page(
      "structure",
      "co-cau-to-chuc",
      "Cơ cấu tổ chức",
      "Ủy ban nhân dân tỉnh, các sở, ban, ngành và các huyện, thị xã, thành phố trực thuộc tỉnh.",
      [
        { tag: "h2", text: "Lãnh đạo Ủy ban nhân dân tỉnh" },
        { tag: "ul", items: leaderLines(site) },
        { tag: "h2", text: "Các sở, ban, ngành" },
        { tag: "ul", items: departments },
        { tag: "h2", text: "Các huyện, thị xã, thành phố" },
        { tag: "ul", items: districts },
      ],
    ),
    page(
      "contact",
      "lien-he",
      "Liên hệ",
      "Thông tin liên hệ của Ủy ban nhân dân tỉnh và Ban biên tập Cổng thông tin điện tử tỉnh.",
      contactBlocks(site, "Ban biên tập Cổng thông tin điện tử tỉnh"),
    ),
  ];
}

function componentPages(site: SeedSite): PageDraft[] {
  const offices =
    site.unit.kind === "district"
      ? DISTRICT_OFFICES
      : site.unit.kind === "commune"
        ? COMMUNE_OFFICES
        : DEPARTMENT_OFFICES;
  return [
    page("about", "gioi-thieu-chung", "Giới thiệu chung", site.introVi ?? site.unit.nameVi, [
      { tag: "p", text: site.introVi ?? site.unit.nameVi },
      {
        tag: "p",
        text: `Trụ sở: ${site.unit.address ?? "đang cập nhật"}. ${site.nameVi} cung cấp thông tin hoạt động, văn bản chỉ đạo điều hành và hướng dẫn thủ tục hành chính của đơn vị.`,
      },
    ]),
    page(
      "structure",
      "co-cau-to-chuc",
      "Cơ cấu tổ chức",
      `Lãnh đạo và các bộ phận của ${site.unit.nameVi}.`,
      [
        { tag: "h2", text: "Lãnh đạo" },
        { tag: "ul", items: leaderLines(site) },
        { tag: "h2", text: "Các bộ phận" },
        { tag: "ul", items: offices },
      ],
    ),
    page(
      "contact",
      "lien-he",
      "Liên hệ",
      `Địa chỉ, điện thoại và thư điện tử của ${site.unit.nameVi}.`,
      contactBlocks(site, "Bộ phận quản trị trang thông tin điện tử"),
    ),
  ];
}

function englishPages(site: SeedSite, contactEmail: string): PageDraft[] {
  return [
    page("about", "overview", "Overview of Quang Ngai", site.introEn ?? "", [
      {
        tag: "p",
        text: "Quang Ngai is a coastal province of south central Viet Nam with about 1.2 million people and an area of some 5,100 square kilometres, from the Truong Son mountains in the west to the East Sea.",
      },
      {
        tag: "p",
        text: "Its economy is led by Dung Quat Economic Zone, with the country's first oil refinery and a deep-water port. Ly Son island, My Khe beach and the Sa Huynh culture sites draw a growing number of visitors.",
      },
    ]),
    page(
      "structure",
      "organisation",
      "Organisation of the provincial government",
      "The Provincial People's Committee, its departments and the districts.",
      [
        { tag: "h2", text: "Provincial People's Committee" },
        {
          tag: "ul",
          items: site.unit.leaders.map(
            (l) => `${l.name} – ${l.position === "Chủ tịch" ? "Chairman" : "Vice Chairman"}`,
          ),
        },
        {
          tag: "p",
          text: "The Committee is assisted by its Office and by twenty departments and boards, and governs fourteen districts, towns and the city of Quang Ngai.",
        },
      ],
    ),
    page("contact", "contact", "Contact", "How to reach the Provincial People's Committee.", [
      {
        tag: "ul",
        items: [
          `Address: 52 Hung Vuong, Quang Ngai city`,
          `Phone: ${site.unit.phone ?? ""}`,
          `Email: ${contactEmail}`,
        ],
      },
      {
        tag: "p",
        text: "Foreign investors and residents may write in English; the editorial board answers within five working days.",
      },
    ]),
  ];
}

export function pagesFor(
  site: SeedSite,
  componentUnits: { kind: string; name: string }[],
  englishContactEmail: string,
): PageDraft[] {
  if (site.kind === "main") return mainPages(site, componentUnits);
  if (site.kind === "english") return englishPages(site, englishContactEmail);
  return componentPages(site);
}
