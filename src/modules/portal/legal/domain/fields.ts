import { searchFold } from "./text.js";

/** A field (lĩnh vực) of the register. The stored value is the Vietnamese label, which is also searched. */
export interface LegalField {
  key: string;
  vi: string;
  en: string;
}

/** The fixed list of fields the province files documents under; "Khác" catches the rest. */
export const LEGAL_FIELDS: readonly LegalField[] = [
  { key: "xay-dung", vi: "Xây dựng", en: "Construction" },
  { key: "giao-thong", vi: "Giao thông", en: "Transport" },
  { key: "tai-chinh", vi: "Tài chính", en: "Finance" },
  { key: "dat-dai", vi: "Đất đai", en: "Land" },
  { key: "tai-nguyen-moi-truong", vi: "Tài nguyên và môi trường", en: "Natural resources and environment" },
  { key: "giao-duc", vi: "Giáo dục", en: "Education" },
  { key: "y-te", vi: "Y tế", en: "Health" },
  { key: "noi-vu", vi: "Nội vụ", en: "Home affairs" },
  { key: "tu-phap", vi: "Tư pháp", en: "Justice" },
  { key: "cong-nghe-thong-tin", vi: "Công nghệ thông tin", en: "Information technology" },
  { key: "dau-tu", vi: "Kế hoạch và đầu tư", en: "Planning and investment" },
  { key: "cong-thuong", vi: "Công thương", en: "Industry and trade" },
  { key: "nong-nghiep", vi: "Nông nghiệp", en: "Agriculture" },
  { key: "lao-dong-xa-hoi", vi: "Lao động – xã hội", en: "Labour and social affairs" },
  { key: "van-hoa-du-lich", vi: "Văn hóa, thể thao và du lịch", en: "Culture, sports and tourism" },
  { key: "khac", vi: "Khác", en: "Other" },
];

const BY_KEY = new Map(LEGAL_FIELDS.map((f) => [f.key, f]));
const BY_LABEL = new Map(LEGAL_FIELDS.map((f) => [searchFold(f.vi), f]));

export function legalFieldByKey(key: string): LegalField | undefined {
  return BY_KEY.get(key);
}

/** The field a stored label or a CSV cell names: key, or label with or without diacritics. */
export function legalFieldFromText(text: string): LegalField | undefined {
  const trimmed = text.trim();
  return BY_KEY.get(trimmed.toLowerCase()) ?? BY_LABEL.get(searchFold(trimmed));
}
