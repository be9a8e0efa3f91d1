import { describe, expect, it } from "vitest";
import {
  asciiFilename,
  classifyUpload,
  exceedsLimit,
  findVariant,
  inlineDisposition,
  isWebVtt,
  MAX_UPLOAD_BYTES,
  MB,
  parseVariantName,
  SIZE_LIMITS,
  sanitizeFilename,
  variantName,
  variantWidths,
} from "./media-policy.js";

const none = Buffer.alloc(0);

describe("type policy", () => {
  it("maps every accepted sniffed type to its kind and served type", () => {
    expect(classifyUpload("image/jpeg", none)).toEqual({
      ok: true,
      kind: "image",
      mime: "image/jpeg",
      ext: "jpg",
    });
    expect(classifyUpload("image/gif", none)).toMatchObject({ ok: true, kind: "image" });
    expect(classifyUpload("application/pdf", none)).toMatchObject({ ok: true, kind: "pdf", ext: "pdf" });
    expect(classifyUpload("video/webm", none)).toMatchObject({ ok: true, kind: "video" });
    expect(classifyUpload("audio/x-m4a", none)).toEqual({
      ok: true,
      kind: "audio",
      mime: "audio/mp4",
      ext: "m4a",
    });
    expect(classifyUpload("audio/ogg; codecs=opus", none)).toMatchObject({
      ok: true,
      kind: "audio",
      mime: "audio/ogg",
    });
  });

  it("refuses other types, and SVG by name whatever file-type called it", () => {
    expect(classifyUpload("application/zip", none)).toEqual({
      ok: false,
      reason: "unknown",
      detected: "application/zip",
    });
    expect(classifyUpload("image/tiff", none)).toMatchObject({ ok: false, reason: "unknown" });
    expect(classifyUpload(undefined, Buffer.from("plain text"))).toEqual({ ok: false, reason: "unknown" });
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(classifyUpload("application/xml", svg)).toEqual({ ok: false, reason: "svg" });
    expect(classifyUpload(undefined, Buffer.from('\uFEFF  <svg onload="alert(1)">'))).toEqual({
      ok: false,
      reason: "svg",
    });
    expect(classifyUpload(undefined, Buffer.from("<!DOCTYPE html><p>x</p><svg></svg>"))).toEqual({
      ok: false,
      reason: "svg",
    });
  });

  it("honours a caller's allowed kinds (a legal document takes PDFs only)", () => {
    expect(classifyUpload("image/png", none, ["pdf"])).toEqual({
      ok: false,
      reason: "notAllowed",
      detected: "image/png",
    });
    expect(classifyUpload("application/pdf", none, ["pdf"])).toMatchObject({ ok: true, kind: "pdf" });
  });
});

describe("size policy", () => {
  it("sets one limit per kind, and the transport limit is the largest", () => {
    expect(SIZE_LIMITS).toEqual({ image: 10 * MB, pdf: 30 * MB, audio: 50 * MB, video: 200 * MB });
    expect(MAX_UPLOAD_BYTES).toBe(200 * MB);
    expect(exceedsLimit("image", 10 * MB)).toBe(false);
    expect(exceedsLimit("image", 10 * MB + 1)).toBe(true);
    expect(exceedsLimit("pdf", 11 * MB)).toBe(false);
    expect(exceedsLimit("audio", 51 * MB)).toBe(true);
    expect(exceedsLimit("video", 199 * MB)).toBe(false);
  });
});

describe("variant widths", () => {
  it("never upscales, and a small image still gets one size", () => {
    expect(variantWidths(4000)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(1600)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(1599)).toEqual([320, 640, 1024]);
    expect(variantWidths(700)).toEqual([320, 640]);
    expect(variantWidths(320)).toEqual([320]);
    expect(variantWidths(200)).toEqual([200]);
    expect(variantWidths(0)).toEqual([]);
  });

  it("names variants for URLs and reads those names back, nothing else", () => {
    expect(variantName({ width: 640, format: "webp" })).toBe("w640.webp");
    expect(variantName({ width: 640, format: "jpeg" })).toBe("w640.jpg");
    expect(parseVariantName("w1024.png")).toEqual({ width: 1024, format: "png" });
    for (const bad of [
      "w640.jpeg",
      "w0.webp",
      "640.webp",
      "w640.webp.exe",
      "../w640.webp",
      "w123456.jpg",
      "",
    ]) {
      expect(parseVariantName(bad), bad).toBeNull();
    }
    const variants = [
      { width: 320, height: 200, format: "webp" as const, sha256: "a".repeat(64), sizeBytes: 1 },
      { width: 320, height: 200, format: "jpeg" as const, sha256: "b".repeat(64), sizeBytes: 1 },
    ];
    expect(findVariant(variants, "w320.jpg")?.sha256).toBe("b".repeat(64));
    expect(findVariant(variants, "w640.jpg")).toBeUndefined();
  });
});

describe("file names", () => {
  it("drops folders, control and quote characters, and takes the sniffed extension", () => {
    expect(sanitizeFilename("C:\\Users\\a\\Ảnh cầu Trà Khúc.JPG", "jpg")).toBe("Ảnh cầu Trà Khúc.jpg");
    expect(sanitizeFilename("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFilename('bao "cao"\r\n<script>.exe', "pdf")).toBe("bao cao script.pdf");
    expect(sanitizeFilename("bao-cao.jpg", "pdf")).toBe("bao-cao.pdf");
    expect(sanitizeFilename("", "png")).toBe("tep.png");
    expect(sanitizeFilename("...", "png")).toBe("tep.png");
    expect(sanitizeFilename("a".repeat(500), "pdf")).toHaveLength(124);
    // Decomposed input (macOS) is stored composed.
    expect(sanitizeFilename("Quang Nga\u0303i.pdf", "pdf")).toBe("Quang Ngãi.pdf");
  });

  it("sends an ASCII fallback and the UTF-8 name in Content-Disposition", () => {
    expect(asciiFilename("Quyết định số 12.pdf")).toBe("Quyet dinh so 12.pdf");
    expect(asciiFilename("Đề án.pdf")).toBe("De an.pdf");
    expect(inlineDisposition("Đề án.pdf")).toBe(
      `inline; filename="De an.pdf"; filename*=UTF-8''${encodeURIComponent("Đề án.pdf")}`,
    );
  });
});

describe("caption texts", () => {
  it("tells a WebVTT track from a transcript", () => {
    expect(isWebVtt("WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào")).toBe(true);
    expect(isWebVtt("\uFEFFWEBVTT - Phụ đề\n")).toBe(true);
    expect(isWebVtt("WEBVTTX")).toBe(false);
    expect(isWebVtt("Xin chào quý vị")).toBe(false);
    expect(isWebVtt(null)).toBe(false);
  });
});
