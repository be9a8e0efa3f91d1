/** The demo's question topics, each with the unit that usually answers it (short code of a demo unit). */
export interface DemoTopic {
  slug: string;
  name_vi: string;
  name_en: string;
  unit: string;
}

export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    slug: "dau-tu-kinh-doanh",
    name_vi: "Đầu tư – kinh doanh",
    name_en: "Investment and business",
    unit: "SKHDT",
  },
  { slug: "dat-dai", name_vi: "Đất đai", name_en: "Land", unit: "STNMT" },
  { slug: "xay-dung", name_vi: "Xây dựng", name_en: "Construction", unit: "SXD" },
  { slug: "thue-phi", name_vi: "Thuế – phí, lệ phí", name_en: "Taxes and fees", unit: "STC" },
  {
    slug: "lao-dong-viec-lam",
    name_vi: "Lao động – việc làm",
    name_en: "Labour and employment",
    unit: "SLDTBXH",
  },
  { slug: "giao-duc", name_vi: "Giáo dục", name_en: "Education", unit: "SGDDT" },
  { slug: "y-te", name_vi: "Y tế", name_en: "Health", unit: "SYT" },
  { slug: "giao-thong", name_vi: "Giao thông", name_en: "Transport", unit: "SGTVT" },
  {
    slug: "tu-phap-ho-tich",
    name_vi: "Tư pháp – hộ tịch",
    name_en: "Justice and civil status",
    unit: "STP",
  },
  { slug: "nong-nghiep", name_vi: "Nông nghiệp", name_en: "Agriculture", unit: "SNNPTNT" },
];
