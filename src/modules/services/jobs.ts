import type { Services } from "../../platform/services.js";

/** The durable job handlers of online public services (deadline warnings …), registered at boot. */
export function registerServicesJobs(_services: Services): void {}
