import { t } from "../../../../platform/i18n/index.js";
import { viDate } from "../domain/days.js";
import type { ObligationStatus } from "../store.js";

export const MY_DUTIES_PATH = "/admin/nhiem-vu-cua-toi";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function StatusCell({ s }: { s: ObligationStatus }) {
  if (s.status.overdue)
    return <span class="tag off">{tv("duties.mine.overdue", { due: viDate(s.status.dueOn) })}</span>;
  if (s.status.remindNow)
    return <span class="tag pending">{tv("duties.mine.dueSoon", { due: viDate(s.status.dueOn) })}</span>;
  return <span class="tag ok">{tv("duties.mine.onTrack", { due: viDate(s.status.dueOn) })}</span>;
}

/** The duties that bind the signed-in person, each with its next due day and, for site reviews, a link to do it. */
export function MyDutiesView({ rows }: { rows: ObligationStatus[] }) {
  if (rows.length === 0) return <p>{tv("duties.mine.none")}</p>;
  return (
    <table class="data">
      <caption>{tv("duties.mine.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{tv("duties.col.title")}</th>
          <th scope="col">{tv("duties.col.site")}</th>
          <th scope="col">{tv("duties.breaches.col.last")}</th>
          <th scope="col">{tv("duties.col.status")}</th>
          <th scope="col">{tv("duties.col.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={`${s.rule.id}-${s.siteKey}`}>
            <th scope="row">{s.rule.title}</th>
            <td>{s.siteKey === "*" ? tv("duties.breaches.anySite") : s.siteName}</td>
            <td>{s.status.lastActivity ? viDate(s.status.lastActivity) : tv("duties.never")}</td>
            <td>
              <StatusCell s={s} />
            </td>
            <td>
              {s.siteKey !== "*" ? (
                <a href={`${MY_DUTIES_PATH}/trang/${s.siteKey}`}>
                  {tv("duties.mine.review")}
                  <span class="visually-hidden"> {s.siteName}</span>
                </a>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ReviewSite {
  id: string;
  name: string;
  href: string;
}

/** The site-review page: opening it is the review; it points to the public site and the site's own admin pages. */
export function SiteReviewView({ site, statuses }: { site: ReviewSite; statuses: ObligationStatus[] }) {
  return (
    <>
      <p>{tv("duties.mine.reviewIntro", { site: site.name })}</p>
      <ul>
        <li>
          <a href={site.href}>{tv("duties.mine.publicSite", { site: site.name })}</a>
        </li>
        <li>
          <a href={`/admin/noi-dung?site=${site.id}`}>{tv("duties.mine.content")}</a>
        </li>
        <li>
          <a href={`/admin/thong-ke?site=${site.id}`}>{tv("duties.mine.stats")}</a>
        </li>
      </ul>
      {statuses.length > 0 ? (
        <p role="status">{tv("duties.mine.recorded", { due: viDate(statuses[0]?.status.dueOn ?? "") })}</p>
      ) : null}
      <p>
        <a href={MY_DUTIES_PATH}>{tv("duties.mine.back")}</a>
      </p>
    </>
  );
}
