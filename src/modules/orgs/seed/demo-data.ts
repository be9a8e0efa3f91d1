import { componentSiteNames, defaultComponentMenu, nameInSentence } from "../domain/site-naming.js";
import type { MenuItem, UnitKind, UnitLeader } from "../tables.js";

/**
 * The demo province of SPEC "Demo data" (seed 003's appendix): Quảng Ngãi's People's Committee, its Office, the 20
 * departments/boards and 14 districts/city that report to the portal, and a few communes. Plain data, no I/O.
 * Leaders' names are made up.
 */

export interface DemoSite {
  slug: string;
  name_vi: string;
  name_en: string;
  intro_vi: string;
  intro_en?: string;
  menu?: MenuItem[];
}

export interface DemoUnit {
  kind: UnitKind;
  short_code: string;
  identifier_code: string;
  name_vi: string;
  name_en: string;
  /** short_code of the parent unit; every short code here is unique, so it doubles as the seed key. */
  parent: string | null;
  address: string;
  sort_order: number;
  /** Leader positions, in order; the names are generated deterministically. */
  positions: string[];
  site?: DemoSite;
}

export const PROVINCE_INTRO_VI =
  "Quảng Ngãi là tỉnh ven biển Nam Trung Bộ, có Khu kinh tế Dung Quất với nhà máy lọc dầu đầu tiên của cả nước " +
  "và huyện đảo Lý Sơn. Cổng thông tin điện tử tỉnh cung cấp thông tin chỉ đạo, điều hành của Ủy ban nhân dân tỉnh " +
  "và dịch vụ công trực tuyến cho người dân, doanh nghiệp.";

export const PROVINCE_INTRO_EN =
  "Quảng Ngãi is a province on the central coast of Viet Nam, between the Trường Sơn mountains and the East Sea. " +
  "It is home to the Dung Quất Economic Zone, with the country's first oil refinery, a deep-water port and " +
  "industrial parks open to foreign investors, and to Lý Sơn, a volcanic island district known for its garlic " +
  "fields and coral reefs. This English site of the provincial web portal gives investors, visitors and foreign " +
  "residents the essentials about the province and its public services.";

const DEPARTMENTS: [
  code: string,
  nameVi: string,
  nameEn: string,
  slug: string,
  address: string,
  intro: string,
][] = [
  [
    "SXD",
    "Sở Xây dựng",
    "Department of Construction",
    "so-xay-dung",
    "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về xây dựng, quy hoạch, phát triển đô thị, nhà ở và thị trường bất động sản.",
  ],
  [
    "BQLKKT",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "Dung Quat Economic Zone and Quang Ngai Industrial Parks Authority",
    "ban-quan-ly-kkt-dung-quat",
    "Khu kinh tế Dung Quất, xã Bình Trị, huyện Bình Sơn",
    "Quản lý Khu kinh tế Dung Quất và các khu công nghiệp, hỗ trợ nhà đầu tư trong và ngoài nước.",
  ],
  [
    "SGTVT",
    "Sở Giao thông vận tải",
    "Department of Transport",
    "so-giao-thong-van-tai",
    "132 Lê Lợi, phường Nghĩa Chánh, thành phố Quảng Ngãi",
    "Quản lý nhà nước về giao thông đường bộ, đường thủy nội địa, hàng hải và vận tải.",
  ],
  [
    "HND",
    "Hội Nông dân",
    "Farmers' Association",
    "hoi-nong-dan",
    "96 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thành phố Quảng Ngãi",
    "Tập hợp, vận động và hỗ trợ hội viên nông dân phát triển sản xuất, xây dựng nông thôn mới.",
  ],
  [
    "BDT",
    "Ban Dân tộc",
    "Ethnic Minorities Committee",
    "ban-dan-toc",
    "201 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Tham mưu thực hiện chính sách dân tộc, hỗ trợ đồng bào các dân tộc thiểu số miền núi.",
  ],
  [
    "SKHCN",
    "Sở Khoa học và Công nghệ",
    "Department of Science and Technology",
    "so-khoa-hoc-va-cong-nghe",
    "90 Phan Đình Phùng, phường Nguyễn Nghiêm, thành phố Quảng Ngãi",
    "Quản lý nhà nước về khoa học, công nghệ, tiêu chuẩn, đo lường, chất lượng và sở hữu trí tuệ.",
  ],
  [
    "SNV",
    "Sở Nội vụ",
    "Department of Home Affairs",
    "so-noi-vu",
    "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về tổ chức bộ máy, cán bộ, công chức, cải cách hành chính, thi đua khen thưởng.",
  ],
  [
    "TTT",
    "Thanh tra tỉnh",
    "Provincial Inspectorate",
    "thanh-tra-tinh",
    "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Thanh tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng trên địa bàn tỉnh.",
  ],
  [
    "SLDTBXH",
    "Sở Lao động-Thương binh và Xã hội",
    "Department of Labour, Invalids and Social Affairs",
    "so-lao-dong-thuong-binh-va-xa-hoi",
    "157 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về lao động, việc làm, người có công, bảo trợ xã hội và trẻ em.",
  ],
  [
    "STP",
    "Sở Tư pháp",
    "Department of Justice",
    "so-tu-phap",
    "96 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thành phố Quảng Ngãi",
    "Quản lý nhà nước về xây dựng và thi hành pháp luật, hộ tịch, lý lịch tư pháp, công chứng.",
  ],
  [
    "SNGV",
    "Sở Ngoại vụ",
    "Department of Foreign Affairs",
    "so-ngoai-vu",
    "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về công tác đối ngoại, hợp tác quốc tế và người Việt Nam ở nước ngoài.",
  ],
  [
    "STC",
    "Sở Tài chính",
    "Department of Finance",
    "so-tai-chinh",
    "163 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về ngân sách, tài sản công, giá và tài chính doanh nghiệp.",
  ],
  [
    "SCT",
    "Sở Công thương",
    "Department of Industry and Trade",
    "so-cong-thuong",
    "247 Lê Lợi, phường Nghĩa Chánh, thành phố Quảng Ngãi",
    "Quản lý nhà nước về công nghiệp, thương mại, năng lượng và xúc tiến thương mại.",
  ],
  [
    "SVHTTDL",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Department of Culture, Sports and Tourism",
    "so-van-hoa-the-thao-va-du-lich",
    "126 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thành phố Quảng Ngãi",
    "Quản lý nhà nước về văn hóa, gia đình, thể dục thể thao và du lịch.",
  ],
  [
    "STNMT",
    "Sở Tài nguyên và Môi trường",
    "Department of Natural Resources and Environment",
    "so-tai-nguyen-va-moi-truong",
    "163 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về đất đai, tài nguyên nước, khoáng sản, môi trường, biển và hải đảo.",
  ],
  [
    "SGDDT",
    "Sở Giáo dục và Đào tạo",
    "Department of Education and Training",
    "so-giao-duc-va-dao-tao",
    "164 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về giáo dục mầm non, phổ thông, giáo dục thường xuyên và đào tạo.",
  ],
  [
    "SNNPTNT",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Department of Agriculture and Rural Development",
    "so-nong-nghiep-va-phat-trien-nong-thon",
    "182 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi và phát triển nông thôn.",
  ],
  [
    "SKHDT",
    "Sở Kế hoạch và Đầu tư",
    "Department of Planning and Investment",
    "so-ke-hoach-va-dau-tu",
    "96 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thành phố Quảng Ngãi",
    "Quản lý nhà nước về kế hoạch, đầu tư, đăng ký doanh nghiệp và hỗ trợ doanh nghiệp.",
  ],
  [
    "STTTT",
    "Sở Thông tin và Truyền thông",
    "Department of Information and Communications",
    "so-thong-tin-va-truyen-thong",
    "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
    "Quản lý nhà nước về báo chí, xuất bản, bưu chính, viễn thông và công nghệ thông tin; vận hành Cổng thông tin điện tử tỉnh.",
  ],
  [
    "SYT",
    "Sở Y tế",
    "Department of Health",
    "so-y-te",
    "2 Lê Thánh Tôn, phường Nghĩa Chánh, thành phố Quảng Ngãi",
    "Quản lý nhà nước về y tế dự phòng, khám bệnh, chữa bệnh, dược, an toàn thực phẩm và dân số.",
  ],
];

/** Heads and deputies, by the unit's kind of leadership. */
function departmentPositions(code: string): string[] {
  if (code === "BQLKKT" || code === "BDT") return ["Trưởng ban", "Phó Trưởng ban"];
  if (code === "HND") return ["Chủ tịch", "Phó Chủ tịch"];
  if (code === "TTT") return ["Chánh Thanh tra", "Phó Chánh Thanh tra"];
  return ["Giám đốc", "Phó Giám đốc"];
}

// [code, name, English name, slug, seat (the town or commune the district's offices are in)]
const DISTRICTS: [code: string, nameVi: string, nameEn: string, slug: string, seat: string][] = [
  ["HBT", "Huyện Ba Tơ", "Ba To District", "huyen-ba-to", "thị trấn Ba Tơ"],
  [
    "TPQN",
    "Thành phố Quảng Ngãi",
    "Quang Ngai City",
    "thanh-pho-quang-ngai",
    "45 Hùng Vương, phường Trần Phú",
  ],
  ["HNH", "Huyện Nghĩa Hành", "Nghia Hanh District", "huyen-nghia-hanh", "thị trấn Chợ Chùa"],
  ["HTN", "Huyện Tư Nghĩa", "Tu Nghia District", "huyen-tu-nghia", "thị trấn La Hà"],
  ["HSTY", "Huyện Sơn Tây", "Son Tay District", "huyen-son-tay", "xã Sơn Dung"],
  ["HDP", "Huyện Đức Phổ", "Duc Pho District", "huyen-duc-pho", "thị trấn Đức Phổ"],
  ["HSH", "Huyện Sơn Hà", "Son Ha District", "huyen-son-ha", "thị trấn Di Lăng"],
  ["HTB", "Huyện Trà Bồng", "Tra Bong District", "huyen-tra-bong", "thị trấn Trà Xuân"],
  ["HMD", "Huyện Mộ Đức", "Mo Duc District", "huyen-mo-duc", "thị trấn Mộ Đức"],
  ["HML", "Huyện Minh Long", "Minh Long District", "huyen-minh-long", "xã Long Hiệp"],
  ["HBS", "Huyện Bình Sơn", "Binh Son District", "huyen-binh-son", "thị trấn Châu Ổ"],
  ["HSTI", "Huyện Sơn Tịnh", "Son Tinh District", "huyen-son-tinh", "xã Tịnh Hà"],
  ["HLS", "Huyện Lý Sơn", "Ly Son District", "huyen-ly-son", "xã An Vĩnh"],
  ["HTT", "Huyện Tây Trà", "Tay Tra District", "huyen-tay-tra", "xã Trà Phong"],
];

// [code, name, English name, district code, sequence within the district, site slug if it has one]
const COMMUNES: [
  code: string,
  nameVi: string,
  nameEn: string,
  district: string,
  seq: number,
  slug?: string,
][] = [
  ["PTP", "Phường Trần Phú", "Tran Phu Ward", "TPQN", 1, "phuong-tran-phu"],
  ["PLHP", "Phường Lê Hồng Phong", "Le Hong Phong Ward", "TPQN", 2],
  ["XAV", "Xã An Vĩnh", "An Vinh Commune", "HLS", 1, "xa-an-vinh"],
  ["XAH", "Xã An Hải", "An Hai Commune", "HLS", 2],
  ["XBTH", "Xã Ba Thành", "Ba Thanh Commune", "HBT", 1],
];

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "Huyện Ba Tơ" → "huyện Ba Tơ" inside a sentence. */
const lowerFirst = nameInSentence;

function componentSite(unitName: string, unitNameEn: string, slug: string, intro: string): DemoSite {
  return {
    slug,
    ...componentSiteNames(unitName, unitNameEn),
    intro_vi: intro,
    menu: defaultComponentMenu(slug),
  };
}

export const PROVINCE_CODE = "UBND";

export function demoUnits(): DemoUnit[] {
  const units: DemoUnit[] = [
    {
      kind: "province",
      short_code: PROVINCE_CODE,
      identifier_code: "000.00.00.H48",
      name_vi: "Ủy ban nhân dân tỉnh Quảng Ngãi",
      name_en: "Quang Ngai Provincial People's Committee",
      parent: null,
      address: "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi, tỉnh Quảng Ngãi",
      sort_order: 0,
      positions: ["Chủ tịch", "Phó Chủ tịch"],
    },
    {
      kind: "office",
      short_code: "VP",
      identifier_code: "000.00.01.H48",
      name_vi: "Văn phòng Ủy ban nhân dân tỉnh",
      name_en: "Office of the Provincial People's Committee",
      parent: PROVINCE_CODE,
      address: "52 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi, tỉnh Quảng Ngãi",
      sort_order: 0,
      positions: ["Chánh Văn phòng", "Phó Chánh Văn phòng"],
      site: componentSite(
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Office of the Provincial People's Committee",
        "van-phong-ubnd-tinh",
        "Tham mưu, giúp việc Ủy ban nhân dân tỉnh; quản lý Trang chủ và Trang tiếng Anh của Cổng thông tin điện tử tỉnh.",
      ),
    },
  ];
  DEPARTMENTS.forEach(([code, nameVi, nameEn, slug, address, intro], i) => {
    units.push({
      kind: "department",
      short_code: code,
      identifier_code: `000.00.${pad2(i + 2)}.H48`,
      name_vi: nameVi,
      name_en: nameEn,
      parent: PROVINCE_CODE,
      address: `${address}, tỉnh Quảng Ngãi`,
      sort_order: 10,
      positions: departmentPositions(code),
      site: componentSite(nameVi, nameEn, slug, intro),
    });
  });
  DISTRICTS.forEach(([code, nameVi, nameEn, slug, seat], i) => {
    const isCity = code === "TPQN";
    const area = isCity ? "thành phố Quảng Ngãi" : lowerFirst(nameVi);
    units.push({
      kind: "district",
      short_code: code,
      identifier_code: `000.00.${pad2(i + 31)}.H48`,
      name_vi: nameVi,
      name_en: nameEn,
      parent: PROVINCE_CODE,
      address: `${seat.charAt(0).toLocaleUpperCase("vi")}${seat.slice(1)}, ${area}, tỉnh Quảng Ngãi`,
      sort_order: 20,
      positions: isCity
        ? ["Chủ tịch UBND thành phố", "Phó Chủ tịch UBND thành phố"]
        : ["Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện"],
      site: componentSite(
        nameVi,
        nameEn,
        slug,
        `Thông tin chỉ đạo, điều hành, văn bản và thủ tục hành chính của Ủy ban nhân dân ${area}.`,
      ),
    });
  });
  const districtNumber = new Map(DISTRICTS.map(([code], i) => [code, i + 31]));
  for (const [code, nameVi, nameEn, district, seq, slug] of COMMUNES) {
    const districtRow = DISTRICTS.find(([c]) => c === district);
    const districtArea = district === "TPQN" ? "thành phố Quảng Ngãi" : lowerFirst(districtRow?.[1] ?? "");
    const isWard = nameVi.startsWith("Phường");
    units.push({
      kind: "commune",
      short_code: code,
      identifier_code: `000.${pad2(seq)}.${pad2(districtNumber.get(district) ?? 0)}.H48`,
      name_vi: nameVi,
      name_en: nameEn,
      parent: district,
      address: `Trụ sở UBND ${lowerFirst(nameVi)}, ${districtArea}, tỉnh Quảng Ngãi`,
      sort_order: 0,
      positions: isWard
        ? ["Chủ tịch UBND phường", "Phó Chủ tịch UBND phường"]
        : ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"],
      ...(slug
        ? {
            site: componentSite(
              nameVi,
              nameEn,
              slug,
              `Thông tin của Ủy ban nhân dân ${lowerFirst(nameVi)}, ${districtArea}.`,
            ),
          }
        : {}),
    });
  }
  return units;
}

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Phan",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
];
const MIDDLE = ["Văn", "Minh", "Đức", "Thanh", "Quốc", "Ngọc", "Hữu", "Công"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hải",
  "Hòa",
  "Hùng",
  "Khánh",
  "Long",
  "Nam",
  "Phúc",
  "Quang",
  "Sơn",
  "Tâm",
  "Trung",
  "Tuấn",
  "Vinh",
  "Thắng",
  "Lộc",
];

/** The n-th made-up leader name; walking the three lists with co-prime steps keeps names varied and stable. */
export function leaderName(n: number): string {
  return `${FAMILY[(n * 5) % FAMILY.length]} ${MIDDLE[(n * 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;
}

/** Office phone of the n-th unit: 0255 38NN NNN (Quảng Ngãi's area code is 0255). */
export function unitPhone(n: number): string {
  return `0255 38${pad2(n % 100)} ${String(100 + ((n * 37) % 900)).padStart(3, "0")}`;
}

export function leadersFor(unit: DemoUnit, unitIndex: number): UnitLeader[] {
  return unit.positions.map((position, j) => {
    const leader: UnitLeader = { name: leaderName(unitIndex * 2 + j), position };
    if (j === 0) leader.phone = unitPhone(unitIndex);
    return leader;
  });
}

export const MAIN_SITE: DemoSite = {
  slug: "",
  name_vi: "Cổng thông tin điện tử tỉnh Quảng Ngãi",
  name_en: "Quang Ngai Provincial Web Portal",
  intro_vi: PROVINCE_INTRO_VI,
  intro_en: PROVINCE_INTRO_EN,
  menu: [
    { label: "Giới thiệu", href: "/#gioi-thieu" },
    { label: "Trang thành phần", href: "/#trang-thanh-phan" },
    { label: "Dịch vụ công trực tuyến", href: "/#dich-vu-cong-truc-tuyen" },
    { label: "Hỏi đáp", href: "/hoi-dap" },
    { label: "Góp ý dự thảo", href: "/gop-y-du-thao" },
    { label: "Liên hệ", href: "/#lien-he" },
  ],
};

export const ENGLISH_SITE: DemoSite = {
  slug: "en",
  name_vi: "Trang tiếng Anh – Cổng thông tin điện tử tỉnh Quảng Ngãi",
  name_en: "Quang Ngai Provincial Web Portal",
  intro_vi: "Trang thông tin bằng tiếng Anh dành cho nhà đầu tư, du khách và người nước ngoài.",
  intro_en: PROVINCE_INTRO_EN,
  menu: [
    { label: "Investment", href: "/en/investment" },
    { label: "Online services guide", href: "/en/online-services-guide" },
    { label: "Departments", href: "/en#departments" },
    { label: "Contact", href: "/en#contact" },
  ],
};

export const ENGLISH_CONTACT_EMAIL = "eng@quangngai.gov.vn";
