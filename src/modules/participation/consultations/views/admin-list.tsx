import { viDate } from "../../../../platform/calendar/vn-day.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import { daysLeft, effectiveStatus } from "../domain/period.js";
import type { ConsultationRow } from "../store.js";
import { tc } from "./admin-text.js";

export const NEW_PATH = `${PARTICIPATION_PATHS.adminConsultations}/moi`;

/** The drafts of the units the person works for, newest first, with effective status and comment counts. */
export function AdminListPage({
  rows,
  today,
  canCreate,
}: {
  rows: ConsultationRow[];
  today: string;
  canCreate: boolean;
}) {
  return (
    <>
      <p>{tc("intro")}</p>
      {canCreate ? (
        <p>
          <a class="button" href={NEW_PATH}>
            {tc("new")}
          </a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{tc("empty")}</p>
      ) : (
        <table class="stats-table">
          <caption>{tc("caption", { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{tc("col.title")}</th>
              <th scope="col">{tc("col.unit")}</th>
              <th scope="col">{tc("col.period")}</th>
              <th scope="col">{tc("col.status")}</th>
              <th scope="col">{tc("col.comments")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const status = effectiveStatus(r, today);
              const left = daysLeft(r, today);
              return (
                <tr key={r.id}>
                  <th scope="row">
                    <a href={PARTICIPATION_PATHS.adminConsultation(r.id)}>{r.title}</a>
                    <br />
                    <span class="muted">{r.doc_type}</span>
                  </th>
                  <td>{r.unit_name}</td>
                  <td>{tc("period", { from: viDate(r.opens_on), to: viDate(r.closes_on) })}</td>
                  <td>
                    {tc(`status.${status}`)}
                    {left > 0 ? (
                      <>
                        <br />
                        <span class="muted">{tc("daysLeft", { days: left })}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <a href={PARTICIPATION_PATHS.adminConsultationComments(r.id)}>
                      {tc("counts", { pending: r.pending, approved: r.approved })}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
