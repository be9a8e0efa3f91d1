/**
 * Text-only reading (SPEC §A5): the article without pictures, video or embedded frames, each picture replaced by its
 * alternative text so nothing it said is lost. Works on the body as stored, which the server sanitised, so attribute
 * values are quoted and already escaped.
 */

/** The query value that asks for the text-only variant of a page: "?che-do=van-ban". */
export const TEXT_ONLY_PARAM = "che-do";
export const TEXT_ONLY_VALUE = "van-ban";

export function wantsTextOnly(query: unknown): boolean {
  if (!query || typeof query !== "object") return false;
  return (query as Record<string, unknown>)[TEXT_ONLY_PARAM] === TEXT_ONLY_VALUE;
}

function altOf(tag: string): string {
  return /\salt="([^"]*)"/i.exec(tag)?.[1]?.trim() ?? "";
}

/** The body with media removed; `label` is "Hình ảnh" / "Image", shown before each picture's alt text. */
export function textOnlyBody(html: string, label: string): string {
  return html
    .replace(/<(video|audio|iframe|object|picture)\b[\s\S]*?<\/\1\s*>/gi, (block) => {
      const img = /<img\b[^>]*>/i.exec(block)?.[0];
      const alt = img ? altOf(img) : "";
      return alt ? `<span class="media-alt">[${label}: ${alt}]</span>` : "";
    })
    .replace(/<(source|track|embed)\b[^>]*>/gi, "")
    .replace(/<img\b[^>]*>/gi, (img) => {
      const alt = altOf(img);
      return alt ? `<span class="media-alt">[${label}: ${alt}]</span>` : "";
    });
}
