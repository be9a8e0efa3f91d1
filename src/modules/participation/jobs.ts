import type { Services } from "../../platform/services.js";
import { ensureConsultationClosing, registerConsultationJobs } from "./consultations/closing.js";
import { ensureQuestionDeadlineSweep, registerQuestionJobs } from "./questions/deadline-sweep.js";

/** The durable job handlers of citizen participation, registered at boot (app process and worker). */
export function registerParticipationJobs(services: Services): void {
  registerQuestionJobs(services);
  registerConsultationJobs(services);
}

/** On every start: the daily chains exist (overdue questions, consultations whose period ended). */
export async function ensureParticipationJobs(services: Services, now: Date = new Date()): Promise<void> {
  await ensureQuestionDeadlineSweep(services, now);
  await ensureConsultationClosing(services, now);
}
