import type { StoryTemplate } from "./vi-stories.js";

/**
 * English content of the demo (SPEC §A6): news and introduction articles for the English site, and pairs of
 * Vietnamese main-portal articles with their English translation (translation_of_id), so the vi/en switch has
 * somewhere to go. Texts are complete; `{slot}` values come from the publish date.
 */
export interface TranslatedPair {
  key: string;
  /** Category slug on the main portal and on the English site. */
  viCategory: string;
  enCategory: string;
  /** Days before the seed's reference date. */
  daysAgo: number;
  vi: { title: string; lead: string; paragraphs: string[]; tags: string[] };
  en: { title: string; lead: string; paragraphs: string[]; tags: string[] };
}

export const TRANSLATED_PAIRS: TranslatedPair[] = [
  {
    key: "dung-quat",
    viCategory: "kinh-te",
    enCategory: "investment",
    daysAgo: 3,
    vi: {
      title: "Khu kinh tế Dung Quất – điểm đến của các nhà đầu tư lớn",
      lead: "Với cảng nước sâu, nhà máy lọc dầu đầu tiên của cả nước và quỹ đất công nghiệp rộng lớn, Khu kinh tế Dung Quất đang là điểm đến hấp dẫn của các nhà đầu tư trong và ngoài nước.",
      paragraphs: [
        "Khu kinh tế Dung Quất có tổng diện tích hơn 45.000 ha, nằm ở phía Bắc tỉnh Quảng Ngãi, liền kề sân bay Chu Lai và Quốc lộ 1. Hệ thống cảng biển nước sâu có thể tiếp nhận tàu trọng tải lớn, phục vụ trực tiếp các dự án công nghiệp nặng.",
        "Đến nay, khu kinh tế đã thu hút hàng trăm dự án còn hiệu lực, trong đó có các dự án quy mô lớn về lọc hóa dầu, luyện thép, đóng tàu và công nghiệp hỗ trợ, đóng góp phần lớn thu ngân sách của tỉnh.",
        "Nhà đầu tư vào Dung Quất được hưởng ưu đãi cao nhất về thuế thu nhập doanh nghiệp, miễn, giảm tiền thuê đất và được hỗ trợ thủ tục theo cơ chế “một cửa, tại chỗ” của Ban Quản lý.",
      ],
      tags: ["Dung Quất", "đầu tư", "khu kinh tế"],
    },
    en: {
      title: "Dung Quat Economic Zone: a destination for major investors",
      lead: "With a deep-water port, the country's first oil refinery and a large land bank for industry, Dung Quat Economic Zone attracts domestic and foreign investors.",
      paragraphs: [
        "Dung Quat Economic Zone covers more than 45,000 hectares in the north of Quang Ngai province, next to Chu Lai airport and National Highway 1. Its deep-water ports receive large vessels and serve heavy industry directly.",
        "The zone hosts hundreds of active projects, including large-scale oil refining and petrochemicals, steel, shipbuilding and supporting industries, which provide most of the province's budget revenue.",
        "Investors in Dung Quat enjoy the highest corporate income tax incentives, exemptions and reductions of land rent, and one-stop support from the Authority for every procedure.",
      ],
      tags: ["dung quat", "investment", "economic zone"],
    },
  },
  {
    key: "projects-list",
    viCategory: "du-an-dau-tu-dau-thau-mua-sam-cong",
    enCategory: "investment",
    daysAgo: 12,
    vi: {
      title: "Quảng Ngãi công bố danh mục dự án kêu gọi đầu tư giai đoạn 2026–2030",
      lead: "Danh mục gồm các dự án trong lĩnh vực công nghiệp, năng lượng, du lịch, nông nghiệp công nghệ cao và hạ tầng đô thị, được cung cấp kèm thông tin về địa điểm, quy mô và ưu đãi.",
      paragraphs: [
        "Các dự án du lịch tập trung tại bãi biển Mỹ Khê, huyện đảo Lý Sơn và vùng ven biển Sa Huỳnh; các dự án công nghiệp được bố trí tại Khu kinh tế Dung Quất và các khu công nghiệp VSIP Quảng Ngãi, Tịnh Phong.",
        "Sở Kế hoạch và Đầu tư là đầu mối cung cấp thông tin, hướng dẫn nhà đầu tư khảo sát địa điểm và lập hồ sơ đề xuất dự án.",
      ],
      tags: ["kêu gọi đầu tư", "dự án"],
    },
    en: {
      title: "Quang Ngai publishes its list of projects calling for investment, 2026–2030",
      lead: "The list covers industry, energy, tourism, high-tech agriculture and urban infrastructure, with the location, scale and incentives of each project.",
      paragraphs: [
        "Tourism projects are located at My Khe beach, Ly Son island district and the Sa Huynh coast; industrial projects are in Dung Quat Economic Zone and the VSIP Quang Ngai and Tinh Phong industrial parks.",
        "The Department of Planning and Investment is the contact point for information, site visits and the preparation of project proposals.",
      ],
      tags: ["investment", "projects"],
    },
  },
  {
    key: "ly-son",
    viCategory: "kinh-te",
    enCategory: "news",
    daysAgo: 20,
    vi: {
      title: "Lý Sơn phát triển du lịch sinh thái gắn với bảo vệ môi trường biển",
      lead: "Huyện đảo Lý Sơn đang định hướng phát triển du lịch sinh thái, du lịch cộng đồng, hạn chế xây dựng công trình lớn để giữ gìn cảnh quan núi lửa và rạn san hô.",
      paragraphs: [
        "Với các điểm đến như Cổng Tò Vò, chùa Hang, đỉnh Thới Lới và Đảo Bé, Lý Sơn mỗi năm đón hàng trăm nghìn lượt khách. Huyện khuyến khích người dân làm homestay, cung cấp dịch vụ lặn ngắm san hô có hướng dẫn.",
        "Khu bảo tồn biển Lý Sơn được tăng cường tuần tra, người dân và du khách được tuyên truyền không xả rác thải nhựa xuống biển.",
      ],
      tags: ["Lý Sơn", "du lịch", "môi trường"],
    },
    en: {
      title: "Ly Son island develops eco-tourism while protecting its sea",
      lead: "Ly Son island district favours eco-tourism and community tourism and limits large buildings, to protect its volcanic landscape and coral reefs.",
      paragraphs: [
        "With To Vo Gate, Hang Pagoda, Thoi Loi peak and the Small Island, Ly Son welcomes hundreds of thousands of visitors each year. Residents are encouraged to run homestays and guided snorkelling tours.",
        "Patrols in the Ly Son marine protected area have been stepped up, and residents and visitors are asked not to throw plastic waste into the sea.",
      ],
      tags: ["ly son", "tourism", "environment"],
    },
  },
  {
    key: "incentives",
    viCategory: "du-an-dau-tu-dau-thau-mua-sam-cong",
    enCategory: "investment",
    daysAgo: 35,
    vi: {
      title: "Chính sách ưu đãi, hỗ trợ đầu tư trên địa bàn tỉnh Quảng Ngãi",
      lead: "Tỉnh ban hành chính sách hỗ trợ đầu tư bổ sung ngoài các ưu đãi theo quy định của Trung ương, tập trung vào công nghiệp công nghệ cao, nông nghiệp và du lịch.",
      paragraphs: [
        "Nhà đầu tư được hỗ trợ một phần chi phí đào tạo lao động, xây dựng hạ tầng ngoài hàng rào dự án và xúc tiến thương mại. Dự án tại các huyện miền núi được hưởng mức hỗ trợ cao hơn.",
        "Thủ tục đề nghị hỗ trợ được thực hiện trực tuyến trên Cổng dịch vụ công của tỉnh.",
      ],
      tags: ["ưu đãi đầu tư", "chính sách"],
    },
    en: {
      title: "Investment incentives and support in Quang Ngai",
      lead: "On top of national incentives, the province offers its own support for high-tech industry, agriculture and tourism.",
      paragraphs: [
        "Investors can receive part of the cost of training workers, building infrastructure outside the project fence and trade promotion. Projects in mountain districts receive higher support.",
        "Applications for support are made online on the province's public services portal.",
      ],
      tags: ["investment incentives", "policy"],
    },
  },
];

/** English-only articles of the English site. */
export const EN_STORIES: Record<"en_news" | "en_investment" | "en_introduction", StoryTemplate[]> = {
  en_news: [
    {
      titles: ["Quang Ngai welcomes a business delegation from {country_en}"],
      leads: [
        "On {date_en}, leaders of Quang Ngai Provincial People's Committee received a delegation of businesses from {country_en} exploring opportunities in Dung Quat Economic Zone.",
      ],
      sections: [
        {
          paragraphs: [
            "The delegation showed interest in supporting industries, renewable energy and logistics. Provincial leaders presented the deep-water port, the available industrial land and the one-stop support offered to investors.",
          ],
        },
      ],
      tags: ["investment", "cooperation"],
    },
    {
      titles: ["Tourist arrivals to Quang Ngai rise in {year}"],
      leads: [
        "Quang Ngai received more visitors in the first months of {year} than a year earlier, led by Ly Son island, My Khe beach and Sa Huynh.",
      ],
      sections: [
        {
          paragraphs: [
            "More high-speed boats now run between Sa Ky port and Ly Son at weekends, and new homestays have opened in mountain districts where visitors discover the culture of the Hre and Cor peoples.",
          ],
        },
      ],
      tags: ["tourism"],
    },
    {
      titles: ["Online public services: more procedures available end to end"],
      leads: [
        "Quang Ngai has added more administrative procedures that citizens and businesses can complete fully online, without visiting an office.",
      ],
      sections: [
        {
          paragraphs: [
            "Applicants sign in with their electronic identity, fill in the form, upload scanned documents and pay fees online. Results are delivered by post or as an electronic copy with legal value.",
          ],
        },
      ],
      tags: ["online services", "digital transformation"],
    },
  ],
  en_investment: [
    {
      titles: ["Industrial parks in Quang Ngai: land ready for investors"],
      leads: [
        "Besides Dung Quat Economic Zone, Quang Ngai has industrial parks with roads, power, water and waste-water treatment ready for new factories.",
      ],
      sections: [
        {
          paragraphs: [
            "VSIP Quang Ngai and Tinh Phong industrial parks are close to National Highway 1 and the Da Nang – Quang Ngai expressway, about 30 minutes from Chu Lai airport.",
          ],
        },
      ],
      tags: ["industrial parks", "investment"],
    },
  ],
  en_introduction: [
    {
      titles: ["Geography and climate of Quang Ngai"],
      leads: [
        "Quang Ngai lies on the south central coast of Viet Nam, between the Truong Son mountains and the East Sea, with a coastline of about 130 kilometres.",
      ],
      sections: [
        {
          paragraphs: [
            "The province has a tropical monsoon climate with a rainy season from September to December. Its main rivers, the Tra Khuc, Ve, Tra Bong and Tra Cau, flow from the western mountains to the sea.",
          ],
        },
      ],
      tags: ["geography"],
    },
    {
      titles: ["History and culture of Quang Ngai"],
      leads: [
        "Quang Ngai is the land of the Sa Huynh culture, which flourished about 2,500 years ago, and of many historic sites of the struggle for independence.",
      ],
      sections: [
        {
          paragraphs: [
            "Every year, Ly Son island holds the Khao le the linh Hoang Sa ceremony, a national intangible heritage that honours the sailors of the Hoang Sa flotilla.",
          ],
        },
      ],
      tags: ["history", "culture"],
    },
    {
      titles: ["Quang Ngai's economy at a glance"],
      leads: [
        "Industry is the main driver of Quang Ngai's economy, led by oil refining, steel and the port services of Dung Quat.",
      ],
      sections: [
        {
          paragraphs: [
            "Agriculture, fisheries and forestry remain important for rural households, with well-known products such as Ly Son garlic and Tra Bong cinnamon. Tourism is growing along the coast and on Ly Son island.",
          ],
        },
      ],
      tags: ["economy"],
    },
  ],
};

export const COUNTRIES_EN = ["Japan", "the Republic of Korea", "Singapore", "Thailand", "Australia"];
