import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../admin/shell.js";
import { actorFrom, recordAudit } from "../audit/index.js";
import { inTransaction, type Tx } from "../db/transaction.js";
import { AppError, notFound } from "../http/errors.js";
import { validate } from "../http/validation.js";
import { operations } from "../i18n/catalogues/operations.js";
import { registerCatalogue, t } from "../i18n/index.js";
import type { Role } from "../rbac/roles.js";
import { countJobs, discardJob, type JobSnapshot, listDeadJobs, lockJob, requeueJob } from "./store.js";
import { JOBS_PATH, JobsPage, noteErrorKey } from "./views/jobs-page.js";

registerCatalogue(operations);

const JOBS_ROLES: readonly Role[] = ["system_admin"];
/** Dead jobs per page. */
export const DEAD_PAGE_SIZE = 50;

/** Job ids are bigint identities; anything else in the URL is an unknown page, not a database error. */
function parseJobId(raw: unknown): number | null {
  if (typeof raw !== "string" || !/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

const discardSchema = z.object({
  note: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string()
      .max(500)
      // PostgreSQL text cannot hold NUL.
      .refine((v) => !v.includes(String.fromCharCode(0)), { message: "validation.invalid" })
      .optional(),
  ),
});

async function renderJobsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: {
    beforeId?: number | undefined;
    errors?: Record<string, string>;
    noteInput?: { id: number; note: string };
  },
  status = 200,
): Promise<FastifyReply> {
  const { db } = request.server.services;
  const lang = request.lang;
  // Two queries whatever the table holds: the grouped counts and one page of dead jobs.
  const [counts, deadPlusOne] = await Promise.all([
    countJobs(db),
    listDeadJobs(db, { beforeId: opts.beforeId, limit: DEAD_PAGE_SIZE + 1 }),
  ]);
  const dead = deadPlusOne.slice(0, DEAD_PAGE_SIZE);
  const last = dead[dead.length - 1];
  return sendAdminPage(
    request,
    reply,
    t(lang, "operations.jobs.title"),
    <JobsPage
      lang={lang}
      csrfToken={csrfToken(request)}
      counts={counts}
      dead={dead}
      olderHref={
        deadPlusOne.length > DEAD_PAGE_SIZE && last ? `${JOBS_PATH}?before=${last.id}#loi` : undefined
      }
      firstHref={opts.beforeId !== undefined ? JOBS_PATH : undefined}
      errors={opts.errors}
      noteInput={opts.noteInput}
    />,
    status,
  );
}

type DeadJobChange = { ok: true; job: JobSnapshot } | { ok: false; reason: "missing" | "not_dead" };

/** Locks the job, checks it is still dead, applies the change and its audit row in one transaction. */
async function changeDeadJob(
  request: FastifyRequest,
  id: number,
  apply: (tx: Tx, job: JobSnapshot, now: Date) => Promise<{ action: string; after: Record<string, unknown> }>,
): Promise<DeadJobChange> {
  return inTransaction(request.server.services.db, async (tx) => {
    const job = await lockJob(tx, id);
    if (!job) return { ok: false, reason: "missing" };
    if (job.status !== "dead") return { ok: false, reason: "not_dead" };
    const { action, after } = await apply(tx, job, new Date());
    await recordAudit(tx, actorFrom(request), {
      action,
      entityType: "job",
      entityId: String(id),
      summary: `${job.queue} #${id}`,
      before: { status: job.status, attempts: job.attempts, last_error: job.last_error },
      after,
    });
    return { ok: true, job };
  });
}

function refuse(result: Extract<DeadJobChange, { ok: false }>, id: number): never {
  if (result.reason === "missing") throw notFound();
  throw new AppError(409, "conflict", "operations.jobs.notDead", { id });
}

/** Background jobs and the dead-letter list (issue 3 item 7), for system administrators. */
export async function jobsAdminRoutes(app: FastifyInstance): Promise<void> {
  registerAdminNav({ label: t("vi", "operations.jobs.nav"), href: JOBS_PATH, roles: JOBS_ROLES, order: 910 });
  const access = { access: { roles: JOBS_ROLES } };

  app.get(JOBS_PATH, { config: access }, async (request, reply) => {
    const raw = (request.query as Record<string, unknown> | undefined)?.before;
    let beforeId: number | undefined;
    if (raw !== undefined && raw !== "") {
      const parsed = parseJobId(raw);
      if (parsed === null) {
        return renderJobsPage(
          request,
          reply,
          { errors: { _: t(request.lang, "operations.jobs.badCursor") } },
          400,
        );
      }
      beforeId = parsed;
    }
    return renderJobsPage(request, reply, { beforeId });
  });

  app.post(`${JOBS_PATH}/:id/thu-lai`, { config: access }, async (request, reply) => {
    const id = parseJobId((request.params as Record<string, unknown>).id);
    if (id === null) throw notFound();
    const result = await changeDeadJob(request, id, async (tx, _job, now) => {
      await requeueJob(tx, id, now);
      return { action: "job.retry", after: { status: "pending", attempts: 0 } };
    });
    if (!result.ok) refuse(result, id);
    request.server.services.jobs.wake();
    await setFlash(request, t(request.lang, "operations.jobs.retried", { id }));
    return reply.redirect(`${JOBS_PATH}#loi`, 303);
  });

  app.post(`${JOBS_PATH}/:id/bo`, { config: access }, async (request, reply) => {
    const id = parseJobId((request.params as Record<string, unknown>).id);
    if (id === null) throw notFound();
    const lang = request.lang;
    const parsed = validate(discardSchema, request.body, lang, {
      note: t(lang, "operations.jobs.noteLabel"),
    });
    if (!parsed.ok) {
      const body = request.body as Record<string, unknown> | undefined;
      const note = typeof body?.note === "string" ? body.note.slice(0, 500) : "";
      const message = parsed.errors.note ?? Object.values(parsed.errors)[0] ?? t(lang, "errors.validation");
      return renderJobsPage(
        request,
        reply,
        { errors: { [noteErrorKey(id)]: message }, noteInput: { id, note } },
        422,
      );
    }
    const note = parsed.data.note || t("vi", "operations.jobs.defaultNote");
    const result = await changeDeadJob(request, id, async (tx, _job, now) => {
      await discardJob(tx, id, now, note);
      return { action: "job.discard", after: { status: "done", note } };
    });
    if (!result.ok) refuse(result, id);
    await setFlash(request, t(lang, "operations.jobs.discarded", { id }));
    return reply.redirect(`${JOBS_PATH}#loi`, 303);
  });
}
