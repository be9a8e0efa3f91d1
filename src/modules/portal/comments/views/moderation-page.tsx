import { formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import {
  ColumnHeads,
  CommentCell,
  ModerationButtons,
  SelectCell,
} from "../../../../platform/ui/components/comment-queue.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
} from "../../../../platform/ui/components/forms.js";
import { contentHref } from "../../public/domain/paths.js";
import { STATUS_FILTERS, type StatusFilter } from "../domain/moderation.js";
import type { QueueRow, SiteCommentState } from "../store.js";
import { BULK_PATH, itemSwitchPath, QUEUE_PATH, SETTINGS_PATH } from "./paths.js";

export interface QueueFilters {
  site: string;
  status: StatusFilter;
  page: number;
}

export function queueHref(f: QueueFilters, page = f.page): string {
  const params = new URLSearchParams();
  if (f.site) params.set("site", f.site);
  if (f.status !== "pending") params.set("status", f.status);
  if (page > 1) params.set("trang", String(page));
  const q = params.toString();
  return q ? `${QUEUE_PATH}?${q}` : QUEUE_PATH;
}

const count = new Intl.NumberFormat("vi-VN");

/**
 * The moderation queue: pending counts per site, filters (site, status), and one form whose checkboxes and two
 * buttons approve or reject many comments in one POST. Comments are shown as text (escaped), flagged ones say
 * which banned words they hit (in words, not only by colour).
 */
export function ModerationPage({
  lang,
  csrf,
  filters,
  sites,
  rows,
  total,
  pages,
  canSettings,
  errors,
}: {
  lang: Lang;
  csrf: string;
  filters: QueueFilters;
  sites: SiteCommentState[];
  rows: QueueRow[];
  total: number;
  pages: number;
  canSettings: boolean;
  errors?: Errors | undefined;
}) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  const back = queueHref(filters);
  if (sites.length === 0) return <p>{tr("noSites")}</p>;
  const withPending = sites.filter((s) => s.pending > 0);
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("intro")}</p>
      {canSettings ? (
        <p>
          <a href={SETTINGS_PATH}>{tr("settingsLink")}</a>
        </p>
      ) : null}
      <h2>{tr("pendingBySite")}</h2>
      {withPending.length === 0 ? (
        <p>{tr("panelNone")}</p>
      ) : (
        <ul class="status-counts">
          {withPending.map((s) => (
            <li key={s.siteId}>
              <a href={queueHref({ site: s.siteId, status: "pending", page: 1 })}>
                {tr("panelLine", { site: s.name, count: count.format(s.pending) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <form method="get" action={QUEUE_PATH} class="filters" aria-label={tr("filters")}>
        {sites.length > 1 ? (
          <SelectField
            name="site"
            label={tr("site")}
            value={filters.site}
            options={sites.map((s) => ({ value: s.siteId, label: s.name }))}
            emptyLabel={tr("allSites")}
          />
        ) : null}
        <SelectField
          name="status"
          label={tr("status")}
          value={filters.status}
          options={STATUS_FILTERS.map((s) => ({ value: s, label: tr(`status.${s}`) }))}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tr("apply")}
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        <p>{tr("empty")}</p>
      ) : (
        <form method="post" action={BULK_PATH} id="bulk-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="back" value={back} />
          <table class="stats-table comment-queue">
            <caption>{tr("caption", { count: count.format(total) })}</caption>
            <ColumnHeads
              labels={[
                tr("col.select"),
                tr("col.comment"),
                tr("col.article"),
                tr("col.sent"),
                tr("col.status"),
              ]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <SelectCell id={r.id} idPrefix="c" label={tr("selectOne", { name: r.name })} />
                  <CommentCell
                    name={r.name}
                    detail={r.email}
                    body={r.body}
                    flagged={
                      r.flaggedWords.length > 0 ? tr("flagged", { words: r.flaggedWords.join(", ") }) : null
                    }
                  />
                  <td>
                    <a
                      href={contentHref(
                        { slug: r.siteSlug, lang: r.siteLang },
                        { kind: r.contentKind, slug: r.contentSlug },
                      )}
                    >
                      {r.contentTitle}
                    </a>
                    <br />
                    <span class="muted">{r.siteName}</span>
                  </td>
                  <td>{formatDateTime(r.createdAt)}</td>
                  <td>
                    {tr(`status.${r.status}`)}
                    {r.moderatedAt && r.moderatorName ? (
                      <span class="muted">
                        <br />
                        {tr("moderatedBy", {
                          status: tr(`status.${r.status}`),
                          name: r.moderatorName,
                          when: formatDateTime(r.moderatedAt),
                        })}
                      </span>
                    ) : null}
                    <br />
                    <button type="submit" class="button secondary" form={`switch-${r.id}`}>
                      {r.itemClosed ? tr("turnOnItem") : tr("turnOffItem")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ModerationButtons approve={tr("approve")} reject={tr("reject")} />
        </form>
      )}
      {/* The per-article switches are separate forms (forms cannot nest), submitted by the buttons above. */}
      {rows.map((r) => (
        <form key={r.id} id={`switch-${r.id}`} method="post" action={itemSwitchPath(r.contentId)} hidden>
          <CsrfField token={csrf} />
          <input type="hidden" name="closed" value={r.itemClosed ? "0" : "1"} />
          <input type="hidden" name="back" value={back} />
        </form>
      ))}
      {pages > 1 ? (
        <nav class="pager" aria-label={tr("pager", { page: filters.page, pages })}>
          <p>{tr("pager", { page: filters.page, pages })}</p>
          {filters.page > 1 ? <a href={queueHref(filters, filters.page - 1)}>{tr("prev")}</a> : null}{" "}
          {filters.page < pages ? <a href={queueHref(filters, filters.page + 1)}>{tr("next")}</a> : null}
        </nav>
      ) : null}
    </>
  );
}
