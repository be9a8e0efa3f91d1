import { formatDateTime, hasMessage, type Lang, t } from "../../i18n/index.js";
import { CsrfField, ErrorSummary, type Errors } from "../../ui/components/forms.js";
import { Pager } from "../../ui/components/pager.js";
import type { DeadJob, JobCount, JobStatus } from "../store.js";

export const JOBS_PATH = "/admin/cong-viec";
const STATUSES: readonly JobStatus[] = ["pending", "running", "done", "dead"];

export interface QueueCounts {
  queue: string;
  counts: Record<JobStatus, number>;
}

/** Rows of (queue, status, count) → one row per queue with a column per status, plus the totals. */
export function pivotCounts(rows: readonly JobCount[]): {
  queues: QueueCounts[];
  totals: Record<JobStatus, number>;
} {
  const byQueue = new Map<string, Record<JobStatus, number>>();
  const totals: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, dead: 0 };
  for (const r of rows) {
    const counts = byQueue.get(r.queue) ?? { pending: 0, running: 0, done: 0, dead: 0 };
    counts[r.status] += r.count;
    totals[r.status] += r.count;
    byQueue.set(r.queue, counts);
  }
  const queues = [...byQueue.entries()]
    .map(([queue, counts]) => ({ queue, counts }))
    .sort((a, b) => a.queue.localeCompare(b.queue));
  return { queues, totals };
}

/** The error key of one row's discard note, so the error summary links to that row's field (#f-note-<id>). */
export function noteErrorKey(id: number): string {
  return `note-${id}`;
}

function queueLabel(lang: Lang, queue: string): string {
  const key = `jobs.queue.${queue}`;
  return hasMessage(lang, key) || hasMessage("vi", key) ? `${t(lang, key)} (${queue})` : queue;
}

export interface JobsPageProps {
  lang: Lang;
  csrfToken: string;
  counts: readonly JobCount[];
  dead: DeadJob[];
  olderHref?: string | undefined;
  firstHref?: string | undefined;
  errors?: Errors | undefined;
  /** The discard note typed for the job whose form had an error, shown back. */
  noteInput?: { id: number; note: string } | undefined;
}

export function JobsPage(props: JobsPageProps) {
  const { lang, counts, dead, errors } = props;
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const { queues, totals } = pivotCounts(counts);
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("operations.jobs.intro")}</p>
      <h2>{tr("operations.jobs.countsTitle")}</h2>
      {queues.length === 0 ? (
        <p>{tr("operations.jobs.noJobs")}</p>
      ) : (
        <table class="data job-counts">
          <thead>
            <tr>
              <th scope="col">{tr("operations.jobs.queue")}</th>
              {STATUSES.map((s) => (
                <th scope="col" key={s}>
                  {tr(`operations.jobs.status.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => (
              <tr key={q.queue} data-queue={q.queue}>
                <th scope="row">{queueLabel(lang, q.queue)}</th>
                {STATUSES.map((s) => (
                  <td key={s} data-status={s}>
                    {q.counts[s]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{tr("operations.jobs.total")}</th>
              {STATUSES.map((s) => (
                <td key={s} data-total={s}>
                  {totals[s]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}

      <h2 id="loi">{tr("operations.jobs.deadTitle")}</h2>
      {dead.length === 0 ? (
        <p>{tr("operations.jobs.deadEmpty")}</p>
      ) : (
        <table class="data dead-jobs">
          <thead>
            <tr>
              <th scope="col">{tr("operations.jobs.id")}</th>
              <th scope="col">{tr("operations.jobs.queue")}</th>
              <th scope="col">{tr("operations.jobs.attempts")}</th>
              <th scope="col">{tr("operations.jobs.lastError")}</th>
              <th scope="col">{tr("operations.jobs.failedAt")}</th>
              <th scope="col">{tr("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {dead.map((job) => (
              <DeadJobRow key={job.id} {...props} job={job} />
            ))}
          </tbody>
        </table>
      )}
      <Pager
        label={tr("operations.jobs.pagination")}
        first={props.firstHref ? { href: props.firstHref, text: tr("operations.jobs.first") } : null}
        next={
          props.olderHref ? { href: props.olderHref, text: tr("operations.jobs.older"), rel: "next" } : null
        }
      />
    </>
  );
}

function DeadJobRow({ lang, csrfToken, job, errors, noteInput }: JobsPageProps & { job: DeadJob }) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const noteName = "note";
  const fieldKey = noteErrorKey(job.id);
  const fieldId = `f-${fieldKey}`;
  const error = errors?.[fieldKey];
  const finished = job.finished_at ? new Date(job.finished_at) : null;
  return (
    <tr id={`job-${job.id}`} data-job-id={job.id}>
      <td>#{job.id}</td>
      <td>{queueLabel(lang, job.queue)}</td>
      <td>{tr("operations.jobs.attemptsValue", { attempts: job.attempts, max: job.max_attempts })}</td>
      <td class="job-error">
        <code>{job.last_error ?? ""}</code>
      </td>
      <td>{finished ? <time datetime={finished.toISOString()}>{formatDateTime(finished)}</time> : ""}</td>
      <td>
        <form method="post" action={`${JOBS_PATH}/${job.id}/thu-lai`} class="job-action">
          <CsrfField token={csrfToken} />
          <button type="submit" class="button" aria-label={tr("operations.jobs.retryLabel", { id: job.id })}>
            {tr("operations.jobs.retry")}
          </button>
        </form>
        <form method="post" action={`${JOBS_PATH}/${job.id}/bo`} class="job-action">
          <CsrfField token={csrfToken} />
          <div class={`form-group${error ? " has-error" : ""}`}>
            <label for={fieldId}>
              {tr("operations.jobs.noteField")}
              <span class="visually-hidden"> {tr("operations.jobs.noteFor", { id: job.id })}</span>
            </label>
            {error ? (
              <span class="field-error" id={`${fieldId}-error`}>
                {error}
              </span>
            ) : null}
            <input
              id={fieldId}
              name={noteName}
              type="text"
              maxLength={500}
              value={noteInput?.id === job.id ? noteInput.note : ""}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
            />
          </div>
          <button
            type="submit"
            class="button warning"
            aria-label={tr("operations.jobs.discardLabel", { id: job.id })}
          >
            {tr("operations.jobs.discard")}
          </button>
        </form>
      </td>
    </tr>
  );
}
