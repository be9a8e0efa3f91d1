import type { Readable } from "node:stream";

/** A SHA-256 in lower-case hex: the name of every stored file. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256_PATTERN.test(value);
}

export interface StoredFile {
  sha256: string;
  size: number;
}

/** An inclusive byte range of a stored file, as an HTTP Range header asks for it. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Files stored by the SHA-256 of their bytes (SPEC "Files"): the same bytes are kept once, a name never changes
 * meaning, so a file can be cached forever. The disk store is the default; an S3-compatible store would implement the
 * same interface.
 */
export interface FileStore {
  /** Stores the bytes (a no-op when they are already stored) and returns their hash and size. */
  put(buffer: Buffer): Promise<StoredFile>;
  has(sha256: string): Promise<boolean>;
  /** Size in bytes, or null when no such file is stored. */
  size(sha256: string): Promise<number | null>;
  read(sha256: string): Promise<Buffer>;
  createReadStream(sha256: string, range?: ByteRange): Readable;
  /** Removes a file; nothing happens when it is not there. */
  remove(sha256: string): Promise<void>;
  /** Where the file lives on disk (for tools and diagnostics). */
  path(sha256: string): string;
}
