import { type Lang, t } from "../../../platform/i18n/index.js";
import type { Media, MediaVariant } from "../tables.js";
import "./catalogue.js";
import { formatSize, isWebVtt, variantName } from "./domain/media-policy.js";

/** The public URL of a stored file (`/tep/<sha256>`) or one of its sizes (`/tep/<sha256>/w640.webp`). */
export function mediaUrl(sha256: string, variant?: string): string {
  return variant ? `/tep/${sha256}/${variant}` : `/tep/${sha256}`;
}

/** The URL name of the caption track of a video/audio file. */
export const CAPTIONS_TRACK_NAME = "phu-de.vtt";

type ImageMedia = Pick<Media, "sha256" | "width" | "height" | "variants">;

function byWidth(
  variants: readonly MediaVariant[],
  format: MediaVariant["format"] | "fallback",
): MediaVariant[] {
  return variants
    .filter((v) => (format === "fallback" ? v.format !== "webp" : v.format === format))
    .sort((a, b) => a.width - b.width);
}

function srcset(sha256: string, variants: readonly MediaVariant[]): string {
  return variants.map((v) => `${mediaUrl(sha256, variantName(v))} ${v.width}w`).join(", ");
}

/** The variant a browser without srcset loads: the largest no wider than 1024 px, else the smallest. */
export function middleVariant(variants: readonly MediaVariant[]): MediaVariant | undefined {
  const fitting = variants.filter((v) => v.width <= 1024);
  return fitting[fitting.length - 1] ?? variants[0];
}

/** The smallest size of an image in a format browsers show everywhere (for lists and pickers). */
export function thumbnailUrl(media: Pick<Media, "sha256" | "variants">): string {
  const smallest = byWidth(media.variants, "webp")[0];
  return smallest ? mediaUrl(media.sha256, variantName(smallest)) : mediaUrl(media.sha256);
}

/**
 * An image with its responsive sizes: a <picture> with a WebP source and a JPEG (or PNG) fallback, the original's
 * width/height so the page does not jump while it loads, lazy loading and async decoding. `alt` is required; pass
 * "" only for an image that is purely decorative.
 */
export function ResponsiveImage({
  media,
  alt,
  sizes = "100vw",
  class: className,
  loading = "lazy",
}: {
  media: ImageMedia;
  alt: string;
  sizes?: string;
  class?: string;
  /** "eager" for the lead image at the top of a page (it is the largest content paint). */
  loading?: "lazy" | "eager";
}) {
  const webp = byWidth(media.variants ?? [], "webp");
  const fallback = byWidth(media.variants ?? [], "fallback");
  const img = (src: string, set?: string) => (
    <img
      src={src}
      srcset={set}
      sizes={set ? sizes : undefined}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={alt}
      loading={loading}
      decoding="async"
      class={className}
    />
  );
  const middle = middleVariant(fallback);
  if (!middle) return img(mediaUrl(media.sha256));
  return (
    <picture>
      {webp.length > 0 ? (
        <source type="image/webp" srcset={srcset(media.sha256, webp)} sizes={sizes} />
      ) : null}
      {img(mediaUrl(media.sha256, variantName(middle)), srcset(media.sha256, fallback))}
    </picture>
  );
}

type PlayableMedia = Pick<
  Media,
  | "sha256"
  | "kind"
  | "mime"
  | "size_bytes"
  | "original_name"
  | "width"
  | "height"
  | "variants"
  | "alt"
  | "caption"
  | "captions"
>;

/**
 * A file as a reader meets it (SPEC §A5): video/audio in a native player with its caption track (<track>, from a
 * WebVTT text) or its transcript below, PDFs as a link that says what it opens, images as a ResponsiveImage.
 */
export function MediaPlayer({
  media,
  title,
  lang = "vi",
  sizes,
}: {
  media: PlayableMedia;
  /** Names the player for screen readers (e.g. the caption of the video). */
  title?: string;
  lang?: Lang;
  sizes?: string;
}) {
  const src = mediaUrl(media.sha256);
  const download = (
    <a href={src} download={media.original_name}>
      {t(lang, "media.player.download", { size: formatSize(Number(media.size_bytes)) })}
    </a>
  );
  if (media.kind === "image") return <ResponsiveImage media={media} alt={media.alt ?? ""} sizes={sizes} />;
  if (media.kind === "pdf") {
    return (
      <a href={src} type="application/pdf">
        {t(lang, "media.pdf.open", { name: media.original_name, size: formatSize(Number(media.size_bytes)) })}
      </a>
    );
  }
  const vtt = isWebVtt(media.captions);
  const track = vtt ? (
    <track
      kind="captions"
      src={mediaUrl(media.sha256, CAPTIONS_TRACK_NAME)}
      srclang="vi"
      label={t(lang, "media.player.captionsLabel")}
      default
    />
  ) : null;
  const label = title ?? media.alt ?? media.original_name;
  const player =
    media.kind === "video" ? (
      // biome-ignore lint/a11y/useMediaCaption: the track is added when captions exist; otherwise the transcript follows
      <video controls preload="metadata" aria-label={label} class="media-player">
        <source src={src} type={media.mime} />
        {track}
        <p>
          {t(lang, "media.player.noSupport")} {download}
        </p>
      </video>
    ) : (
      // biome-ignore lint/a11y/useMediaCaption: the track is added when captions exist; otherwise the transcript follows
      <audio controls preload="metadata" aria-label={label} class="media-player">
        <source src={src} type={media.mime} />
        {track}
        <p>
          {t(lang, "media.player.noSupport")} {download}
        </p>
      </audio>
    );
  return (
    <figure class="media-figure">
      {player}
      {media.captions && !vtt ? (
        <details class="media-transcript">
          <summary>{t(lang, "media.player.transcript")}</summary>
          {media.captions.split(/\r?\n\s*\r?\n/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </details>
      ) : null}
      <p class="media-download">{download}</p>
      {media.caption ? <figcaption>{media.caption}</figcaption> : null}
    </figure>
  );
}
