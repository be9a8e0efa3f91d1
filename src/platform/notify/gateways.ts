import type { Services } from "../services.js";

/** Registers the "sms" and "zalo" queue handlers (gateway adapters). Implemented by the notifications part. */
export function registerMessageJobs(_services: Services): void {}
