import sharp, { type Metadata } from "sharp";
import { AppError } from "../../../platform/http/errors.js";
import type { MediaVariant } from "../tables.js";
import { MAX_IMAGE_PIXELS, variantWidths } from "./domain/media-policy.js";

export interface ProcessedImage {
  /** The bytes to store as the original: re-encoded without metadata (EXIF, GPS, XMP), turned upright. */
  original: Buffer;
  width: number;
  height: number;
  /** Responsive sizes, not yet stored: bytes plus what media.variants records. */
  variants: { buffer: Buffer; width: number; height: number; format: MediaVariant["format"] }[];
}

const WEBP_QUALITY = 78;
const JPEG_QUALITY = 80;
const ORIGINAL_QUALITY = 90;

function unreadable(err: unknown): AppError {
  const message = err instanceof Error ? err.message : "";
  return /pixel limit/i.test(message)
    ? new AppError(422, "image_too_many_pixels", "media.error.tooManyPixels")
    : new AppError(422, "bad_image", "media.error.badImage");
}

/**
 * Reads an image with sharp, strips its metadata and makes the responsive sizes: WebP plus a JPEG fallback (PNG when
 * the image has transparency, which JPEG cannot keep). An animated GIF is kept as uploaded (GIF carries no EXIF) and
 * gets no sizes, since still variants would lose the animation.
 */
export async function processImage(input: Buffer, mime: string): Promise<ProcessedImage> {
  const open = () => sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" });
  let meta: Metadata;
  try {
    meta = await open().metadata();
  } catch (err) {
    throw unreadable(err);
  }
  try {
    if (mime === "image/gif" && (meta.pages ?? 1) > 1) {
      return {
        original: input,
        width: meta.width ?? 0,
        height: meta.pageHeight ?? meta.height ?? 0,
        variants: [],
      };
    }
    // rotate() applies the EXIF orientation before that tag is dropped, so phone photos stay upright.
    const upright = open().rotate();
    const encoded =
      mime === "image/png"
        ? upright.png()
        : mime === "image/webp"
          ? upright.webp({ quality: ORIGINAL_QUALITY })
          : mime === "image/gif"
            ? upright.gif()
            : upright.jpeg({ quality: ORIGINAL_QUALITY, progressive: true });
    const { data: original, info } = await encoded.toBuffer({ resolveWithObject: true });
    const opaque = meta.hasAlpha ? (await sharp(original).stats()).isOpaque : true;
    const fallback: MediaVariant["format"] = opaque ? "jpeg" : "png";

    const variants: ProcessedImage["variants"] = [];
    for (const width of variantWidths(info.width)) {
      const resized = () => sharp(original).resize({ width, withoutEnlargement: true });
      const webp = await resized().webp({ quality: WEBP_QUALITY }).toBuffer({ resolveWithObject: true });
      variants.push({ buffer: webp.data, width: webp.info.width, height: webp.info.height, format: "webp" });
      const other =
        fallback === "jpeg"
          ? resized().flatten({ background: "#ffffff" }).jpeg({ quality: JPEG_QUALITY, progressive: true })
          : resized().png();
      const out = await other.toBuffer({ resolveWithObject: true });
      variants.push({ buffer: out.data, width: out.info.width, height: out.info.height, format: fallback });
    }
    return { original, width: info.width, height: info.height, variants };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(err);
  }
}
