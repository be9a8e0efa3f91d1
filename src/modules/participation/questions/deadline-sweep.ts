/**
 * Daily overdue sweep of questions and feedback (issue 7 item 1: deadlines and overdue lists). Owned by the Q&A
 * workflow helper.
 */
import type { Services } from "../../../platform/services.js";

export const QUESTION_SWEEP_QUEUE = "participation.question-sweep";

export function registerQuestionJobs(_services: Services): void {}

export async function ensureQuestionDeadlineSweep(_services: Services, _now: Date): Promise<void> {}
