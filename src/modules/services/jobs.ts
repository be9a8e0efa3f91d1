import type { Services } from "../../platform/services.js";
import { registerPaymentJobs } from "./payments/jobs.js";
import { registerDeadlineJobs } from "./workspace/deadline-warnings.js";

export { ensurePaymentJobs } from "./payments/jobs.js";
export { ensureDeadlineSweep } from "./workspace/deadline-warnings.js";

/** The durable job handlers of online public services (deadline warnings …), registered at boot. */
export function registerServicesJobs(services: Services): void {
  registerDeadlineJobs(services);
  registerPaymentJobs(services);
}
