import path from "node:path";
import pino from "pino";
import type { Config } from "../config.js";
import { createSessionStore, type SessionStore } from "./auth/session-store.js";
import type { DbHandle } from "./db/connection.js";
import { createDiskFileStore, type FileStore } from "./files/index.js";
import { PageCache } from "./http/page-cache.js";
import { createJobQueue, type JobQueue } from "./jobs/index.js";
import { createMailer, type Mailer } from "./notify/email.js";
import { createMetrics, type Metrics } from "./observability/metrics.js";
import { createPdfSigner, type PdfSigner } from "./pdf/index.js";

/**
 * The long-lived services of one app process, constructed explicitly at boot and closed at shutdown
 * (never lazily on a first request). Routes reach them through `app.services`.
 */
export interface Services {
  config: Config;
  dbh: DbHandle;
  db: DbHandle["db"];
  sessions: SessionStore;
  jobs: JobQueue;
  mailer: Mailer;
  metrics: Metrics;
  /** Rendered public pages, purged by tag when content changes. */
  pageCache: PageCache;
  /** Uploaded files by content hash, under DATA_DIR/files (SPEC "Files"). */
  files: FileStore;
  /** Signs the receipts and results the system issues (PAdES). */
  signer: PdfSigner;
}

export async function createServices(config: Config, dbh: DbHandle): Promise<Services> {
  const sessions = await createSessionStore({
    db: dbh.db,
    redisUrl: config.redisUrl,
    keyPrefix: config.redisPrefix,
  });
  const jobs = createJobQueue({
    db: dbh.db,
    log: pino({ name: "jobs", level: config.logLevel === "silent" ? "silent" : config.logLevel }),
  });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  const metrics = createMetrics();
  const files = createDiskFileStore(path.join(config.dataDir, "files"));
  const signer = await createPdfSigner({ dataDir: config.dataDir, ...config.signing });
  return {
    config,
    dbh,
    db: dbh.db,
    sessions,
    jobs,
    mailer,
    metrics,
    pageCache: new PageCache(),
    files,
    signer,
  };
}

export async function closeServices(services: Services): Promise<void> {
  await services.jobs.stop();
  await services.sessions.close();
  await services.mailer.close();
  await services.dbh.close();
}

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}
