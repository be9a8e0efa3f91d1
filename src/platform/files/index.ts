export { createDiskFileStore } from "./disk-store.js";
export { type ByteRange, type FileStore, isSha256, SHA256_PATTERN, type StoredFile } from "./file-store.js";
