import type { Media } from "../tables.js";

// STUB — P2 implements: <img> with srcset of the generated sizes, width/height to avoid layout shift, lazy loading.
export function mediaUrl(sha256: string, variant?: string): string {
  return variant ? `/tep/${sha256}/${variant}` : `/tep/${sha256}`;
}

export function ResponsiveImage({
  media,
  alt,
  sizes = "100vw",
}: {
  media: Pick<Media, "sha256" | "width" | "height" | "variants">;
  alt: string;
  sizes?: string;
}) {
  return <img src={mediaUrl(media.sha256)} alt={alt} sizes={sizes} loading="lazy" />;
}
