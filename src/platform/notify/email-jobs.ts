import type { Services } from "../services.js";

// STUB — the jobs/email work replaces it: the "email" queue handler that sends through services.mailer.
export function registerEmailJobs(_services: Services): void {}
