import type { FastifyInstance } from "fastify";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import type { Db } from "../../../platform/db/connection.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { setViewSink, type ViewRequest } from "../../../platform/http/view-sink.js";
import type { Services } from "../../../platform/services.js";
import { isHumanView } from "./domain/visitor.js";
import { addPageViews, type ViewBucket } from "./store.js";

/** How often buffered counts are written. A crash loses at most this much of the counts, never a request. */
export const FLUSH_INTERVAL_MS = 5_000;
/** Distinct (day, site, content) keys held at most while the database is unreachable; beyond, views are dropped. */
const MAX_BUCKETS = 100_000;

interface Logger {
  warn(obj: object, msg: string): void;
}

/**
 * Page views counted in memory per (Vietnamese day, site, content) and written in batches: 42,000 visits a day
 * (seed 003) become a few upserts every few seconds instead of one write per request. One counter per app.
 */
export class ViewCounter {
  private buckets = new Map<string, ViewBucket>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(siteId: string, contentId: string | null): void {
    const day = vnDay(this.now());
    const key = `${day}|${siteId}|${contentId ?? ""}`;
    const bucket = this.buckets.get(key);
    if (bucket) {
      bucket.views += 1;
      return;
    }
    if (this.buckets.size >= MAX_BUCKETS) return;
    this.buckets.set(key, { day, siteId, contentId, views: 1 });
  }

  /** Views counted but not yet written. */
  pending(): number {
    let n = 0;
    for (const b of this.buckets.values()) n += b.views;
    return n;
  }

  /** Writes what has been counted so far; flushes never overlap, and a failed batch is kept for the next one. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce());
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    if (this.buckets.size === 0) return;
    const batch = this.buckets;
    this.buckets = new Map();
    try {
      await addPageViews(this.db, [...batch.values()]);
    } catch (err) {
      this.log.warn({ err, buckets: batch.size }, "page views not written; kept for the next flush");
      for (const [key, b] of batch) {
        const current = this.buckets.get(key);
        if (current) current.views += b.views;
        else if (this.buckets.size < MAX_BUCKETS) this.buckets.set(key, b);
      }
    }
  }

  start(intervalMs = FLUSH_INTERVAL_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), intervalMs);
    // The timer alone must not keep a process (a CLI command, a test) alive.
    this.timer.unref();
  }

  /** Stops the timer and writes the rest; the app's onClose runs it before the database closes. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}

/**
 * The counter of each app, found from any request through the app's services object (shared by every plugin
 * context), so each app — and each test app — has its own and no module-level buffer is shared.
 */
const counters = new WeakMap<Services, ViewCounter>();

/** Creates the app's counter, starts its flush timer, and flushes on close. Called once by the stats plugin. */
export function attachViewCounter(app: FastifyInstance): ViewCounter {
  const existing = counters.get(app.services);
  if (existing) return existing;
  const counter = new ViewCounter(app.services.db, app.log);
  counters.set(app.services, counter);
  counter.start();
  setViewSink(app.services, (request, siteId, contentId) =>
    countViewOf(app.services, request, siteId, contentId),
  );
  app.addHook("onClose", async () => {
    await counter.close();
    counters.delete(app.services);
    setViewSink(app.services, undefined);
  });
  return counter;
}

/** The app's counter (tests flush it instead of waiting for the timer). */
export function viewCounterOf(app: FastifyInstance): ViewCounter | undefined {
  return counters.get(app.services);
}

function header(request: ViewRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Counts one human view of a public page of a site (and of a content item when given), for a request Fastify saw
 * or one the page-cache front answered. Reached through the view sink (platform/http/view-sink.ts). May throw.
 */
export function countViewOf(
  services: Services,
  request: ViewRequest,
  siteId: string,
  contentId: string | null,
): void {
  const counter = counters.get(services);
  if (!counter || !UUID_PATTERN.test(siteId) || (contentId !== null && !UUID_PATTERN.test(contentId))) return;
  const human = isHumanView({
    method: request.method ?? "GET",
    userAgent: header(request, "user-agent"),
    purpose: header(request, "purpose"),
    secPurpose: header(request, "sec-purpose"),
    xPurpose: header(request, "x-purpose"),
    xMoz: header(request, "x-moz"),
  });
  if (human) counter.add(siteId, contentId);
}
