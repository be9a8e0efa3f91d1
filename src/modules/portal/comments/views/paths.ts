export const QUEUE_PATH = "/admin/binh-luan";
export const BULK_PATH = "/admin/binh-luan/duyet";
export const SETTINGS_PATH = "/admin/binh-luan/cai-dat";
export const SITE_SWITCH_PATH = "/admin/binh-luan/cai-dat/trang";
export const WORDS_PATH = "/admin/binh-luan/tu-cam";

export function itemSwitchPath(contentId: string): string {
  return `/admin/binh-luan/bai-viet/${contentId}`;
}
