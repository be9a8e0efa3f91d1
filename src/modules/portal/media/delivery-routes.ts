import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isSha256 } from "../../../platform/files/index.js";
import { notFound } from "../../../platform/http/errors.js";
import { etagMatches, parseRange } from "./domain/byte-range.js";
import { findVariant, inlineDisposition, isWebVtt, MIME_OF_FORMAT } from "./domain/media-policy.js";
import { CAPTIONS_TRACK_NAME } from "./responsive-image.js";
import { getMediaBySha } from "./store.js";

/** A stored file never changes under its hash, so browsers and proxies may keep it for a year without asking. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** A caption track is edited in place, so it is revalidated after a few minutes. */
const CAPTIONS_CACHE = "public, max-age=300";

interface FileToSend {
  sha256: string;
  mime: string;
  /** Content-Disposition filename, for PDFs and other documents a browser opens inline. */
  filename?: string;
}

/**
 * Public delivery of the media library: GET /tep/<sha256> (the file) and /tep/<sha256>/<variant> (an image size such
 * as w640.webp, or phu-de.vtt, the caption track). Content-Type comes from the stored row, never from the bytes a
 * browser might sniff; ETag is the hash; Range requests let players seek. Any unknown or malformed hash is a 404.
 */
export async function mediaDeliveryRoutes(app: FastifyInstance): Promise<void> {
  const { db, files } = app.services;

  async function sendFile(request: FastifyRequest, reply: FastifyReply, file: FileToSend) {
    const size = await files.size(file.sha256);
    if (size === null) throw notFound();
    const etag = `"${file.sha256}"`;
    reply
      .header("cache-control", IMMUTABLE_CACHE)
      .header("etag", etag)
      .header("x-content-type-options", "nosniff")
      .header("cross-origin-resource-policy", "cross-origin")
      .header("accept-ranges", "bytes");
    if (file.filename) reply.header("content-disposition", inlineDisposition(file.filename));
    if (etagMatches(request.headers["if-none-match"], etag)) return reply.code(304).send();

    const ifRange = request.headers["if-range"];
    const range =
      ifRange !== undefined && ifRange !== etag
        ? { kind: "whole" as const }
        : parseRange(request.headers.range, size);
    reply.type(file.mime);
    if (range.kind === "unsatisfiable") {
      return reply.code(416).header("content-range", `bytes */${size}`).send();
    }
    if (range.kind === "partial") {
      return reply
        .code(206)
        .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
        .header("content-length", range.end - range.start + 1)
        .send(files.createReadStream(file.sha256, { start: range.start, end: range.end }));
    }
    return reply.header("content-length", size).send(files.createReadStream(file.sha256));
  }

  app.get<{ Params: { sha: string } }>("/tep/:sha", async (request, reply) => {
    const sha = request.params.sha;
    if (!isSha256(sha)) throw notFound();
    const media = await getMediaBySha(db, sha);
    if (!media) throw notFound();
    const inline = media.kind === "pdf" || media.kind === "video" || media.kind === "audio";
    return sendFile(request, reply, {
      sha256: media.sha256,
      mime: media.mime,
      ...(inline ? { filename: media.original_name } : {}),
    });
  });

  app.get<{ Params: { sha: string; variant: string } }>("/tep/:sha/:variant", async (request, reply) => {
    const { sha, variant } = request.params;
    if (!isSha256(sha)) throw notFound();
    const media = await getMediaBySha(db, sha);
    if (!media) throw notFound();
    if (variant === CAPTIONS_TRACK_NAME) {
      if (!isWebVtt(media.captions)) throw notFound();
      const body = media.captions ?? "";
      const etag = `"${createHash("sha256").update(body).digest("hex")}"`;
      reply
        .header("cache-control", CAPTIONS_CACHE)
        .header("etag", etag)
        .header("x-content-type-options", "nosniff")
        .header("cross-origin-resource-policy", "cross-origin");
      if (etagMatches(request.headers["if-none-match"], etag)) return reply.code(304).send();
      return reply.type("text/vtt; charset=utf-8").send(body);
    }
    const found = findVariant(media.variants, variant);
    if (!found) throw notFound();
    return sendFile(request, reply, { sha256: found.sha256, mime: MIME_OF_FORMAT[found.format] });
  });
}
