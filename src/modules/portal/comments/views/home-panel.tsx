import { type Lang, t } from "../../../../platform/i18n/index.js";
import type { SiteCommentState } from "../store.js";
import { QUEUE_PATH } from "./paths.js";

const count = new Intl.NumberFormat("vi-VN");

/** The admin home's reminder of comments waiting, per site the person moderates. */
export function PendingPanel({ lang, sites }: { lang: Lang; sites: SiteCommentState[] }) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  const waiting = sites.filter((s) => s.pending > 0);
  return (
    <section class="card" aria-labelledby="comments-panel-title">
      <h2 id="comments-panel-title">{tr("panelTitle")}</h2>
      {waiting.length === 0 ? (
        <p>{tr("panelNone")}</p>
      ) : (
        <ul>
          {waiting.map((s) => (
            <li key={s.siteId}>
              <a href={`${QUEUE_PATH}?site=${s.siteId}`}>
                {tr("panelLine", { site: s.name, count: count.format(s.pending) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={QUEUE_PATH}>{tr("panelLink")}</a>
      </p>
    </section>
  );
}
