import type { Executor } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import type { Media, MediaKind } from "../tables.js";

// STUB — P2 implements. Other portal areas (content covers, legal-document PDFs, seeds) call this signature.
export interface IngestInput {
  buffer: Buffer;
  originalName: string;
  siteId: string | null;
  uploadedBy: string | null;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  /** Refuse other kinds (e.g. only "pdf" for legal documents). */
  allowedKinds?: readonly MediaKind[];
}

/**
 * Stores a file by content hash (the same bytes twice give the same media row), sniffs its real type, enforces the
 * size limit of its kind and mandatory alt text for images, and generates responsive image sizes. Throws an AppError
 * (4xx, Vietnamese message) for anything the uploader must fix.
 */
export async function ingestFile(_services: Services, _tx: Executor, _input: IngestInput): Promise<Media> {
  throw new Error("not implemented");
}
