import sharp from "sharp";

/**
 * Illustrations of the demo: flat shapes over a gradient (no text, no photos of people), drawn as SVG and encoded
 * by sharp, so the seed needs no image files in the repository and makes the same bytes on every run.
 */
export interface CoverImageSpec {
  key: string;
  fileName: string;
  alt: string;
  caption: string;
  /** Gradient from top to bottom, then the shapes drawn over it. */
  sky: [string, string];
  shapes: string;
}

/** Shapes are drawn on a 1200×675 canvas; the file is 960×540, enough for an article column and quick to resize. */
const W = 1200;
const H = 675;
const OUT_W = 960;
const OUT_H = 540;

export const COVER_IMAGES: CoverImageSpec[] = [
  {
    key: "dung-quat",
    fileName: "minh-hoa-cang-dung-quat.jpg",
    alt: "Hình minh họa cảng biển: mặt biển xanh, cần cẩu và những khối công-te-nơ nhiều màu",
    caption: "Cảng biển nước sâu Dung Quất (ảnh minh họa).",
    sky: ["#8ec5ff", "#1f6fb2"],
    shapes:
      `<rect x="0" y="430" width="${W}" height="245" fill="#0d4f8b"/>` +
      `<rect x="140" y="300" width="70" height="130" fill="#f2a541"/><rect x="120" y="280" width="320" height="24" fill="#f2a541"/>` +
      `<rect x="520" y="360" width="120" height="70" fill="#d1495b"/><rect x="650" y="360" width="120" height="70" fill="#00798c"/>` +
      `<rect x="585" y="290" width="120" height="70" fill="#edae49"/><rect x="780" y="360" width="120" height="70" fill="#30638e"/>` +
      `<polygon points="900,470 1140,470 1110,520 930,520" fill="#2e2e2e"/>`,
  },
  {
    key: "ly-son",
    fileName: "minh-hoa-dao-ly-son.jpg",
    alt: "Hình minh họa đảo Lý Sơn: hòn đảo xanh với miệng núi lửa giữa biển",
    caption: "Huyện đảo Lý Sơn nhìn từ biển (ảnh minh họa).",
    sky: ["#ffd9a0", "#7fc8d8"],
    shapes:
      `<rect x="0" y="420" width="${W}" height="255" fill="#1b8a9e"/>` +
      `<path d="M250 430 Q420 250 600 300 Q760 220 950 430 Z" fill="#3f7d3a"/>` +
      `<path d="M520 300 Q600 260 680 300 Z" fill="#5a4632"/>` +
      `<circle cx="1010" cy="150" r="60" fill="#fff3c4"/>`,
  },
  {
    key: "my-khe",
    fileName: "minh-hoa-bai-bien-my-khe.jpg",
    alt: "Hình minh họa bãi biển: cát vàng, sóng trắng và hàng dương xanh",
    caption: "Bãi biển Mỹ Khê, thành phố Quảng Ngãi (ảnh minh họa).",
    sky: ["#bfe6ff", "#66b7e8"],
    shapes:
      `<rect x="0" y="330" width="${W}" height="140" fill="#2a9fd6"/>` +
      `<path d="M0 470 Q300 440 600 470 T1200 470 V675 H0 Z" fill="#f3d9a4"/>` +
      `<path d="M0 468 Q300 438 600 468 T1200 468" stroke="#ffffff" stroke-width="8" fill="none"/>` +
      `<polygon points="90,470 130,330 170,470" fill="#2f6b3a"/><polygon points="180,470 220,350 260,470" fill="#3b7d45"/>`,
  },
  {
    key: "dong-lua",
    fileName: "minh-hoa-canh-dong-lua.jpg",
    alt: "Hình minh họa cánh đồng lúa chín vàng dưới bầu trời xanh",
    caption: "Cánh đồng lúa vụ hè thu (ảnh minh họa).",
    sky: ["#cfeeff", "#9fd3f0"],
    shapes:
      `<path d="M0 360 Q600 300 1200 360 V675 H0 Z" fill="#e8c547"/>` +
      `<path d="M0 450 Q600 400 1200 450 V675 H0 Z" fill="#c9a227"/>` +
      `<path d="M0 560 Q600 520 1200 560 V675 H0 Z" fill="#a88a1f"/>` +
      `<path d="M0 360 Q200 250 420 330 Q600 230 800 320 Q1000 260 1200 330 V360 H0 Z" fill="#5d8c5a"/>`,
  },
  {
    key: "duong-ven-bien",
    fileName: "minh-hoa-cong-trinh-giao-thong.jpg",
    alt: "Hình minh họa con đường mới trải nhựa uốn lượn ven biển",
    caption: "Tuyến đường ven biển đang được đầu tư xây dựng (ảnh minh họa).",
    sky: ["#e3f2fd", "#a7c7e7"],
    shapes:
      `<rect x="0" y="380" width="${W}" height="295" fill="#7fb77e"/>` +
      `<path d="M420 675 Q560 500 720 380 L780 380 Q660 520 640 675 Z" fill="#4a4a4a"/>` +
      `<path d="M530 675 Q610 520 750 380" stroke="#f5f5f5" stroke-width="6" stroke-dasharray="30 24" fill="none"/>` +
      `<rect x="880" y="320" width="220" height="60" fill="#f2a541"/><rect x="900" y="280" width="80" height="40" fill="#f2a541"/>`,
  },
  {
    key: "hoi-nghi",
    fileName: "minh-hoa-hoi-nghi.jpg",
    alt: "Hình minh họa phòng họp: bàn dài, ghế và màn hình trình chiếu",
    caption: "Hội nghị của Ủy ban nhân dân tỉnh (ảnh minh họa).",
    sky: ["#f6e7d7", "#e0c3a5"],
    shapes:
      `<rect x="360" y="90" width="480" height="220" fill="#3d5a80" rx="8"/>` +
      `<rect x="150" y="430" width="900" height="70" fill="#8d5524" rx="10"/>` +
      `<rect x="200" y="380" width="60" height="60" fill="#c0392b" rx="6"/><rect x="340" y="380" width="60" height="60" fill="#c0392b" rx="6"/>` +
      `<rect x="480" y="380" width="60" height="60" fill="#c0392b" rx="6"/><rect x="620" y="380" width="60" height="60" fill="#c0392b" rx="6"/>` +
      `<rect x="760" y="380" width="60" height="60" fill="#c0392b" rx="6"/><rect x="900" y="380" width="60" height="60" fill="#c0392b" rx="6"/>`,
  },
  {
    key: "chuyen-doi-so",
    fileName: "minh-hoa-chuyen-doi-so.jpg",
    alt: "Hình minh họa chuyển đổi số: các nút mạng kết nối trên nền xanh đậm",
    caption: "Chuyển đổi số trong cơ quan nhà nước (ảnh minh họa).",
    sky: ["#0b2545", "#13315c"],
    shapes:
      `<path d="M200 200 L450 340 L700 180 L950 360 M450 340 L600 520 L950 360 M200 200 L300 520 L600 520" stroke="#8da9c4" stroke-width="5" fill="none"/>` +
      `<circle cx="200" cy="200" r="26" fill="#eef4ed"/><circle cx="450" cy="340" r="32" fill="#f2a541"/>` +
      `<circle cx="700" cy="180" r="26" fill="#eef4ed"/><circle cx="950" cy="360" r="32" fill="#4cc9f0"/>` +
      `<circle cx="600" cy="520" r="26" fill="#eef4ed"/><circle cx="300" cy="520" r="22" fill="#4cc9f0"/>`,
  },
  {
    key: "sa-huynh",
    fileName: "minh-hoa-van-hoa-sa-huynh.jpg",
    alt: "Hình minh họa đồ gốm cổ: những chiếc chum đất nung màu nâu đỏ",
    caption: "Hiện vật Văn hóa Sa Huỳnh (ảnh minh họa).",
    sky: ["#f4e1c1", "#d9b382"],
    shapes:
      `<rect x="0" y="520" width="${W}" height="155" fill="#a0522d"/>` +
      `<ellipse cx="330" cy="400" rx="120" ry="150" fill="#b5652b"/><rect x="270" y="230" width="120" height="40" fill="#8b4513"/>` +
      `<ellipse cx="640" cy="430" rx="100" ry="120" fill="#c47a3a"/><rect x="590" y="300" width="100" height="30" fill="#8b4513"/>` +
      `<ellipse cx="900" cy="450" rx="80" ry="100" fill="#a65a2a"/>`,
  },
];

/** The JPEG of one illustration. */
export async function renderCoverImage(spec: CoverImageSpec): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OUT_W}" height="${OUT_H}" viewBox="0 0 ${W} ${H}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${spec.sky[0]}"/><stop offset="1" stop-color="${spec.sky[1]}"/></linearGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#g)"/>${spec.shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: false }).toBuffer();
}

/** Illustrations by what a story is about, tried in order on its title, then its lead. */
const BY_SUBJECT: [RegExp, string][] = [
  [/Lý Sơn|Ly Son/u, "ly-son"],
  [/Sa Huỳnh|Sa Huynh|di sản|khảo cổ|history|culture/iu, "sa-huynh"],
  [/Mỹ Khê|My Khe|du lịch|tourist|tourism/iu, "my-khe"],
  [/dự án đường|đường ven biển|cầu Trà Khúc|Quốc lộ|giao thông|road|highway/iu, "duong-ven-bien"],
  [/Dung Quất|Dung Quat|cảng|khu công nghiệp|xuất khẩu|industrial|investor/iu, "dung-quat"],
  [/lúa|nông nghiệp|nông thôn|OCOP|tỏi|agricultur|garlic/iu, "dong-lua"],
  [/chuyển đổi số|kỹ năng số|công nghệ thông tin|trực tuyến|digital|online/iu, "chuyen-doi-so"],
  [/hội nghị|đối thoại|tiếp công dân|tiếp và làm việc|tập huấn|sơ kết|delegation/iu, "hoi-nghi"],
];

/** The illustration for a story: by its subject, else the usual one of its kind of category. */
export function coverFor(title: string, lead: string, theme: string): string | undefined {
  for (const text of [title, lead]) {
    for (const [pattern, key] of BY_SUBJECT) if (pattern.test(text)) return key;
  }
  return COVERS_BY_THEME[theme]?.[0];
}

/** Which illustrations suit which kind of story; the first is the usual choice. */
export const COVERS_BY_THEME: Record<string, string[]> = {
  leaders: ["hoi-nghi", "duong-ven-bien", "dung-quat"],
  direction: ["hoi-nghi", "chuyen-doi-so", "duong-ven-bien"],
  economy: ["dung-quat", "ly-son", "my-khe", "dong-lua"],
  society: ["sa-huynh", "ly-son", "hoi-nghi"],
  planning: ["duong-ven-bien", "chuyen-doi-so"],
  projects: ["duong-ven-bien", "dung-quat"],
  unit_news: ["hoi-nghi", "chuyen-doi-so", "dong-lua"],
  en_news: ["dung-quat", "my-khe", "chuyen-doi-so"],
  en_investment: ["dung-quat", "duong-ven-bien"],
  en_introduction: ["ly-son", "sa-huynh", "dong-lua"],
};
