/**
 * Closes consultations whose comment period has ended (issue 7 item 3: "a job closes it"). Owned by the consultation
 * admin helper.
 */
import type { Services } from "../../../platform/services.js";

export const CONSULTATION_CLOSING_QUEUE = "participation.consultation-closing";

export function registerConsultationJobs(_services: Services): void {}

export async function ensureConsultationClosing(_services: Services, _now: Date): Promise<void> {}
