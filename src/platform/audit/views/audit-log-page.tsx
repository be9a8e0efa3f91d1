import type { AuditEntry } from "../../db/platform-tables.js";
import { formatDateTime, hasMessage, type Lang, t } from "../../i18n/index.js";
import { DateRangeFields } from "../../ui/components/date-range-fields.js";
import { ErrorSummary, type Errors, TextField } from "../../ui/components/forms.js";
import { Pager } from "../../ui/components/pager.js";
import { diffFields, displayValue, WHOLE_VALUE } from "./field-diff.js";

export const AUDIT_PATH = "/admin/nhat-ky";

/** A label from any catalogue when one exists ("audit.action.unit.create"). */
function labelFor(lang: Lang, key: string): string | undefined {
  return hasMessage(lang, key) || hasMessage("vi", key) ? t(lang, key) : undefined;
}

export interface AuditLogPageProps {
  lang: Lang;
  /** The filters as typed, shown back in the form. */
  input: Record<string, string>;
  errors?: Errors | undefined;
  entries: AuditEntry[];
  newerHref?: string | undefined;
  olderHref?: string | undefined;
  newestHref?: string | undefined;
}

export function AuditLogPage(props: AuditLogPageProps) {
  const { lang, input, errors } = props;
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("operations.audit.intro")}</p>
      <form method="get" action={AUDIT_PATH} class="filters" aria-label={tr("operations.audit.filters")}>
        <TextField
          name="actor"
          label={tr("operations.audit.actor")}
          hint={tr("operations.audit.actorHint")}
          value={input.actor}
          errors={errors}
          maxLength={100}
        />
        <TextField
          name="action"
          label={tr("operations.audit.action")}
          hint={tr("operations.audit.actionHint")}
          value={input.action}
          errors={errors}
          maxLength={100}
        />
        <TextField
          name="entityType"
          label={tr("operations.audit.entityType")}
          hint={tr("operations.audit.entityTypeHint")}
          value={input.entityType}
          errors={errors}
          maxLength={100}
        />
        <TextField
          name="entityId"
          label={tr("operations.audit.entityId")}
          value={input.entityId}
          errors={errors}
          maxLength={200}
        />
        <DateRangeFields
          value={input}
          labels={{
            from: tr("operations.audit.from"),
            to: tr("operations.audit.to"),
            hint: tr("operations.audit.dateHint"),
          }}
          errors={errors}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tr("operations.audit.apply")}
          </button>{" "}
          <a href={AUDIT_PATH}>{tr("operations.audit.clear")}</a>
        </div>
      </form>
      {errors && Object.keys(errors).length > 0 ? null : <AuditTable {...props} />}
    </>
  );
}

function AuditTable({ lang, entries, newerHref, olderHref, newestHref }: AuditLogPageProps) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  if (entries.length === 0) {
    return (
      <>
        <p>{tr("operations.audit.empty")}</p>
        <Pagination lang={lang} newerHref={newerHref} olderHref={olderHref} newestHref={newestHref} />
      </>
    );
  }
  return (
    <>
      <p class="muted">{tr("operations.audit.count", { count: entries.length })}</p>
      <table class="data audit-log">
        <thead>
          <tr>
            <th scope="col">{tr("operations.audit.colTime")}</th>
            <th scope="col">{tr("operations.audit.colActor")}</th>
            <th scope="col">{tr("operations.audit.colAction")}</th>
            <th scope="col">{tr("operations.audit.colChanges")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <AuditRow key={e.id} lang={lang} entry={e} />
          ))}
        </tbody>
      </table>
      <Pagination lang={lang} newerHref={newerHref} olderHref={olderHref} newestHref={newestHref} />
    </>
  );
}

function AuditRow({ lang, entry }: { lang: Lang; entry: AuditEntry }) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const at = new Date(entry.at);
  const changes = diffFields(entry.before, entry.after);
  const actionLabel = labelFor(lang, `audit.action.${entry.action}`);
  const words = { yes: tr("common.yes"), no: tr("common.no"), empty: tr("operations.audit.emptyValue") };
  return (
    <tr id={`nk-${entry.id}`} data-audit-id={entry.id}>
      <td>
        <time datetime={at.toISOString()}>{formatDateTime(at)}</time>
      </td>
      <td>
        {entry.actor_name ?? tr("operations.audit.system")}
        {entry.ip ? (
          <>
            <br />
            <span class="muted">{tr("operations.audit.ip", { ip: entry.ip })}</span>
          </>
        ) : null}
      </td>
      <td>
        {actionLabel ? (
          <>
            <strong>{actionLabel}</strong>
            <br />
          </>
        ) : null}
        <code>{entry.action}</code>
        <br />
        <span>
          {labelFor(lang, `audit.entity.${entry.entity_type}`) ?? entry.entity_type}
          {entry.entity_id ? (
            <>
              {" "}
              <code>{entry.entity_id}</code>
            </>
          ) : null}
        </span>
        {entry.summary ? <p class="audit-summary">{entry.summary}</p> : null}
      </td>
      <td>
        {changes.length === 0 ? (
          <span class="muted">{tr("operations.audit.noChanges")}</span>
        ) : (
          <table class="data audit-diff">
            <caption class="visually-hidden">{tr("operations.audit.changesOf", { id: entry.id })}</caption>
            <thead>
              <tr>
                <th scope="col">{tr("operations.audit.field")}</th>
                <th scope="col">{tr("operations.audit.before")}</th>
                <th scope="col">{tr("operations.audit.after")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field} class={`change-${c.kind}`}>
                  <th scope="row">
                    <code>{c.field === WHOLE_VALUE ? tr("operations.audit.wholeValue") : c.field}</code>
                  </th>
                  <td>{c.kind === "added" ? words.empty : displayValue(c.before, words)}</td>
                  <td>{c.kind === "removed" ? words.empty : displayValue(c.after, words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </td>
    </tr>
  );
}

function Pagination({
  lang,
  newerHref,
  olderHref,
  newestHref,
}: {
  lang: Lang;
  newerHref?: string | undefined;
  olderHref?: string | undefined;
  newestHref?: string | undefined;
}) {
  if (!newerHref && !olderHref) return null;
  return (
    <Pager
      label={t(lang, "operations.audit.pagination")}
      first={newestHref ? { href: newestHref, text: t(lang, "operations.audit.newest") } : null}
      prev={newerHref ? { href: newerHref, text: t(lang, "operations.audit.newer"), rel: "prev" } : null}
      next={olderHref ? { href: olderHref, text: t(lang, "operations.audit.older"), rel: "next" } : null}
    />
  );
}
