export const SHEET_PATH = "/admin/nhuan-but";
export const SHEET_XLSX_PATH = "/admin/nhuan-but/bang-ke.xlsx";
export const RATES_PATH = "/admin/nhuan-but/bang-nhuan-but";
export const POINT_VALUE_PATH = "/admin/nhuan-but/bang-nhuan-but/gia-tri-diem";
export const CLASS_NEW_PATH = "/admin/nhuan-but/loai-tac-pham/moi";
export const classPath = (code: string) => `/admin/nhuan-but/loai-tac-pham/${encodeURIComponent(code)}`;
