import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { type ByteRange, type FileStore, isSha256, type StoredFile } from "./file-store.js";

/** A hash from outside (a URL, a database row) is checked before it becomes part of a path. */
function checked(sha256: string): string {
  if (!isSha256(sha256)) throw new Error(`not a SHA-256 file name: ${JSON.stringify(sha256.slice(0, 80))}`);
  return sha256;
}

/**
 * Files under `<root>/<ab>/<cd>/<sha256>`: two levels of 256 folders keep each folder small at millions of files.
 * A file is written to a temporary name in the root and renamed into place (atomic on one file system), so a crash
 * never leaves a half-written file under a hash name.
 */
export function createDiskFileStore(root: string): FileStore {
  fs.mkdirSync(path.join(root, "tmp"), { recursive: true });

  const pathOf = (sha256: string) => {
    const sha = checked(sha256);
    return path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  };

  async function size(sha256: string): Promise<number | null> {
    try {
      const stat = await fsp.stat(pathOf(sha256));
      return stat.isFile() ? stat.size : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  return {
    path: pathOf,

    async put(buffer: Buffer): Promise<StoredFile> {
      const sha256 = createHash("sha256").update(buffer).digest("hex");
      const target = pathOf(sha256);
      if ((await size(sha256)) === buffer.length) return { sha256, size: buffer.length };
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(root, "tmp", `${sha256}.${randomBytes(6).toString("hex")}`);
      try {
        const handle = await fsp.open(temp, "wx", 0o644);
        try {
          await handle.writeFile(buffer);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fsp.rename(temp, target);
      } catch (err) {
        await fsp.rm(temp, { force: true });
        throw err;
      }
      return { sha256, size: buffer.length };
    },

    async has(sha256: string): Promise<boolean> {
      return (await size(sha256)) !== null;
    },

    size,

    read(sha256: string): Promise<Buffer> {
      return fsp.readFile(pathOf(sha256));
    },

    createReadStream(sha256: string, range?: ByteRange): Readable {
      return fs.createReadStream(pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    },

    async remove(sha256: string): Promise<void> {
      await fsp.rm(pathOf(sha256), { force: true });
    },
  };
}
