import { z } from "zod";
import type { Executor } from "../db/transaction.js";
import type { EnqueueOptions, JobQueue } from "../jobs/index.js";

/** Durable queues of the SMS and Zalo OA gateways; their handlers are registered by ./gateways (see registerMessageJobs). */
export const SMS_QUEUE = "sms";
export const ZALO_QUEUE = "zalo";

export const textMessagePayload = z.object({
  /** Vietnamese mobile number, E.164 without "+" ("84912345678"). */
  to: z.string().regex(/^84\d{9,10}$/),
  text: z.string().min(1).max(1000),
  /** Ties the message to what caused it (a dossier event, an OTP challenge), for the gateway log. */
  ref: z.string().max(200).optional(),
});
export type TextMessage = z.infer<typeof textMessagePayload>;

/** Puts an SMS on the durable queue inside the caller's transaction (sent only if the write commits, retried on failure). */
export function enqueueSms(
  jobs: JobQueue,
  tx: Executor,
  message: TextMessage,
  opts?: EnqueueOptions,
): Promise<number> {
  return jobs.enqueue(tx, SMS_QUEUE, textMessagePayload.parse(message), opts);
}

/** Puts a Zalo OA message on the durable queue inside the caller's transaction. */
export function enqueueZalo(
  jobs: JobQueue,
  tx: Executor,
  message: TextMessage,
  opts?: EnqueueOptions,
): Promise<number> {
  return jobs.enqueue(tx, ZALO_QUEUE, textMessagePayload.parse(message), opts);
}
