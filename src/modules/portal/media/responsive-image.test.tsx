import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { MediaVariant } from "../tables.js";
import { MediaPlayer, mediaUrl, ResponsiveImage, thumbnailUrl } from "./responsive-image.js";

const SHA = "ab".repeat(32);
const v = (width: number, format: MediaVariant["format"]): MediaVariant => ({
  width,
  height: Math.round((width * 2) / 3),
  format,
  sha256: `${width}${format}`.padEnd(64, "0"),
  sizeBytes: width * 10,
});
const image = {
  sha256: SHA,
  width: 1200,
  height: 800,
  variants: [
    v(1024, "jpeg"),
    v(320, "webp"),
    v(320, "jpeg"),
    v(640, "webp"),
    v(640, "jpeg"),
    v(1024, "webp"),
  ],
};

describe("ResponsiveImage", () => {
  it("lists every size with its width, WebP first, a middle-size fallback, and no layout shift", () => {
    const html = render(
      <ResponsiveImage media={image} alt="Cầu Trà Khúc" sizes="(min-width: 60rem) 40rem, 100vw" />,
    );
    expect(html).toContain(
      `<source type="image/webp" srcset="/tep/${SHA}/w320.webp 320w, /tep/${SHA}/w640.webp 640w, /tep/${SHA}/w1024.webp 1024w" sizes="(min-width: 60rem) 40rem, 100vw"/>`,
    );
    expect(html).toContain(`src="/tep/${SHA}/w1024.jpg"`);
    expect(html).toContain(
      `srcset="/tep/${SHA}/w320.jpg 320w, /tep/${SHA}/w640.jpg 640w, /tep/${SHA}/w1024.jpg 1024w"`,
    );
    expect(html).toContain('width="1200" height="800" alt="Cầu Trà Khúc" loading="lazy" decoding="async"');
    expect(html.startsWith("<picture>")).toBe(true);
  });

  it("falls back to the original when an image has no sizes (an animated GIF)", () => {
    // Preact writes an empty alt as a bare attribute, which HTML reads as alt="" (a decorative image).
    const html = render(<ResponsiveImage media={{ ...image, variants: [] }} alt="" loading="eager" />);
    expect(html).toBe(
      `<img src="/tep/${SHA}" width="1200" height="800" alt loading="eager" decoding="async"/>`,
    );
    expect(thumbnailUrl({ sha256: SHA, variants: [] })).toBe(mediaUrl(SHA));
    expect(thumbnailUrl(image)).toBe(`/tep/${SHA}/w320.webp`);
  });
});

describe("MediaPlayer", () => {
  const base = {
    sha256: SHA,
    mime: "video/mp4",
    size_bytes: 2 * 1024 * 1024,
    original_name: "Hội nghị.mp4",
    width: null,
    height: null,
    variants: [],
    alt: null,
    caption: "Hội nghị trực tuyến",
  };

  it("gives a video its caption track when the captions are WebVTT", () => {
    const html = render(
      <MediaPlayer
        media={{ ...base, kind: "video", captions: "WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào" }}
      />,
    );
    expect(html).toContain(`<video controls preload="metadata" aria-label="Hội nghị.mp4"`);
    expect(html).toContain(
      `<track kind="captions" src="/tep/${SHA}/phu-de.vtt" srclang="vi" label="Tiếng Việt" default`,
    );
    expect(html).not.toContain("Bản ghi lời");
    expect(html).toContain("<figcaption>Hội nghị trực tuyến</figcaption>");
  });

  it("shows a transcript below audio when the captions are plain text", () => {
    const html = render(
      <MediaPlayer
        media={{ ...base, kind: "audio", mime: "audio/mpeg", captions: "Đoạn một.\n\nĐoạn <hai>." }}
      />,
    );
    expect(html).toContain("<audio");
    expect(html).not.toContain("<track");
    expect(html).toContain("<summary>Bản ghi lời</summary><p>Đoạn một.</p><p>Đoạn &lt;hai>.</p>");
  });

  it("links a PDF with its name and size", () => {
    const html = render(
      <MediaPlayer media={{ ...base, kind: "pdf", mime: "application/pdf", captions: null }} />,
    );
    expect(html).toBe(
      `<a href="/tep/${SHA}" type="application/pdf">Mở tài liệu PDF: Hội nghị.mp4 (2,0 MB)</a>`,
    );
  });
});
