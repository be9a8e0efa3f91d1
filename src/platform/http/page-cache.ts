/**
 * Rendered public pages kept in memory so a hot article costs a map lookup, not queries and rendering.
 * Entries carry tags ("site:<id>", "content:<id>") and publishing purges by tag; a TTL bounds staleness on other
 * app nodes (each node has its own cache; see docs/operations.md).
 */
export interface CachedPage {
  /** Encoded once when stored: a hit writes these bytes as they are (encoding 30 kB of HTML per hit cost a quarter
   * of the CPU of a cached page). */
  body: Buffer;
  /** The same page gzipped once (see content-coding.ts), for the clients that take it. */
  gzip?: Buffer | undefined;
  etag: string;
  contentType: string;
  expiresAt: number;
  tags: readonly string[];
  /** What the route needs to know again on a hit without querying (e.g. which site and item a view counts for). */
  meta?: Readonly<Record<string, string | null>> | undefined;
}

/** The tag of a page that any purge must drop, whatever changed (search results span every site and item). */
export const ANY_CHANGE = "*";

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so Map order tracks recency (least recently used first).
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, page: Omit<CachedPage, "expiresAt">, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { ...page, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /**
   * Drops every page carrying any of the tags, and every page tagged ANY_CHANGE (pages that draw on all content, such
   * as search results); returns how many.
   */
  purge(tags: readonly string[]): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((t) => t === ANY_CHANGE || tags.includes(t))) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
