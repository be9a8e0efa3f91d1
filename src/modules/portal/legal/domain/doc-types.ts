import { stripSymbolAccents } from "./text.js";

/**
 * Kinds of documents the register holds, as data. Abbreviations follow Decree 30/2020/NĐ-CP (Phụ lục III, "Chữ viết
 * tắt tên loại văn bản"); the legal normative kinds (Luật, Pháp lệnh, Nghị định, Thông tư …) follow the Law on
 * Promulgation of Legal Documents 80/2015/QH13. `abbreviation: null` means the kind's number/symbol carries no type
 * abbreviation: a Công văn reads "909/VP-CBTH", a Luật "59/2020/QH14".
 */
export interface DocType {
  /** Stable key used in URLs and the CSV template ("quyet-dinh"). */
  key: string;
  vi: string;
  en: string;
  abbreviation: string | null;
  /**
   * The abbreviation may be left out: resolutions of the National Assembly are numbered "30/2021/QH15" while those of
   * a People's Council read "12/2020/NQ-HĐND".
   */
  abbreviationOptional?: true;
}

export const DOC_TYPES: readonly DocType[] = [
  { key: "quyet-dinh", vi: "Quyết định", en: "Decision", abbreviation: "QĐ" },
  { key: "chi-thi", vi: "Chỉ thị", en: "Directive", abbreviation: "CT" },
  { key: "cong-van", vi: "Công văn", en: "Official letter", abbreviation: null },
  { key: "bao-cao", vi: "Báo cáo", en: "Report", abbreviation: "BC" },
  { key: "ke-hoach", vi: "Kế hoạch", en: "Plan", abbreviation: "KH" },
  { key: "thong-bao", vi: "Thông báo", en: "Notice", abbreviation: "TB" },
  { key: "nghi-quyet", vi: "Nghị quyết", en: "Resolution", abbreviation: "NQ", abbreviationOptional: true },
  { key: "to-trinh", vi: "Tờ trình", en: "Submission", abbreviation: "TTr" },
  { key: "huong-dan", vi: "Hướng dẫn", en: "Guidance", abbreviation: "HD" },
  { key: "quy-dinh", vi: "Quy định", en: "Regulation", abbreviation: "QyĐ" },
  { key: "quy-che", vi: "Quy chế", en: "Rules", abbreviation: "QC" },
  { key: "chuong-trinh", vi: "Chương trình", en: "Programme", abbreviation: "CTr" },
  { key: "de-an", vi: "Đề án", en: "Scheme", abbreviation: "ĐA" },
  { key: "phuong-an", vi: "Phương án", en: "Option plan", abbreviation: "PA" },
  { key: "cong-dien", vi: "Công điện", en: "Official dispatch", abbreviation: "CĐ" },
  { key: "thong-cao", vi: "Thông cáo", en: "Communiqué", abbreviation: "TC" },
  { key: "bien-ban", vi: "Biên bản", en: "Minutes", abbreviation: "BB" },
  { key: "giay-moi", vi: "Giấy mời", en: "Invitation", abbreviation: "GM" },
  { key: "luat", vi: "Luật", en: "Law", abbreviation: null },
  { key: "phap-lenh", vi: "Pháp lệnh", en: "Ordinance", abbreviation: null },
  { key: "nghi-dinh", vi: "Nghị định", en: "Decree", abbreviation: "NĐ" },
  { key: "thong-tu", vi: "Thông tư", en: "Circular", abbreviation: "TT" },
  { key: "thong-tu-lien-tich", vi: "Thông tư liên tịch", en: "Joint circular", abbreviation: "TTLT" },
  { key: "van-ban-khac", vi: "Văn bản khác", en: "Other document", abbreviation: null },
];

const BY_KEY = new Map(DOC_TYPES.map((t) => [t.key, t]));
const BY_NAME = new Map(DOC_TYPES.map((t) => [stripSymbolAccents(t.vi), t]));

export function docTypeByKey(key: string): DocType | undefined {
  return BY_KEY.get(key);
}

/** The kind named by its Vietnamese name as stored ("Quyết định"), or typed without diacritics ("quyet dinh"). */
export function docTypeByName(name: string): DocType | undefined {
  return BY_NAME.get(stripSymbolAccents(name.trim().replace(/\s+/g, " ")));
}

/** The kind a cell of a CSV names: its key, its Vietnamese name (with or without diacritics) or its abbreviation. */
export function docTypeFromText(text: string): DocType | undefined {
  const trimmed = text.trim();
  return (
    BY_KEY.get(trimmed.toLowerCase()) ??
    docTypeByName(trimmed) ??
    DOC_TYPES.find((t) => t.abbreviation !== null && t.abbreviation === trimmed)
  );
}

/**
 * The kind whose abbreviation a symbol segment is: an exact match first ("QĐ"), else the same letters without
 * diacritics or case ("QD", "qđ") reported as not exact, so the caller can ask for the spelling of the Decree.
 */
export function docTypeByAbbreviation(segment: string): { type: DocType; exact: boolean } | undefined {
  const exact = DOC_TYPES.find((t) => t.abbreviation === segment);
  if (exact) return { type: exact, exact: true };
  const folded = stripSymbolAccents(segment);
  const near = DOC_TYPES.find(
    (t) => t.abbreviation !== null && stripSymbolAccents(t.abbreviation) === folded,
  );
  return near ? { type: near, exact: false } : undefined;
}
