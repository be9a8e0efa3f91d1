/** Durable jobs: a table in the platform database, polled by workers in the app process or `npm run worker`. */
export type { BackoffOptions } from "./backoff.js";
export { DEFAULT_BACKOFF, retryDelayMs } from "./backoff.js";
export { PermanentJobError } from "./errors.js";
export { createJobQueue, type JobLogger, type JobQueueOptions } from "./queue.js";
export type { EnqueueOptions, JobHandler, JobQueue } from "./types.js";
