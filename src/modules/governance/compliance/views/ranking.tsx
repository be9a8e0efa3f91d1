import { tv } from "../access.js";
import type { SiteReport } from "../report.js";
import { ScoreBar } from "./parts.js";
import { CRITERIA_PATH, siteScoreHref } from "./paths.js";
import { LegalIntro } from "./site-score.js";

/** Sites ranked by score (already ordered by the report), with what each one misses. */
export function RankingView({ sites }: { sites: SiteReport[] }) {
  if (sites.length === 0) return <p>{tv("compliance.noSites")}</p>;
  let rank = 0;
  return (
    <>
      <LegalIntro />
      <table class="data compliance-ranking">
        <caption>{tv("compliance.rankingCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("compliance.colRank")}</th>
            <th scope="col">{tv("compliance.colSite")}</th>
            <th scope="col">{tv("compliance.colScore")}</th>
            <th scope="col">{tv("compliance.colMissing")}</th>
            <th scope="col">{tv("compliance.colStale")}</th>
            <th scope="col">{tv("compliance.colMissingNames")}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => {
            if (s.score !== null) rank += 1;
            const missing = s.items.filter((i) => i.status === "missing").map((i) => i.criterion.name);
            return (
              <tr key={s.id}>
                <td>{s.score === null ? "" : rank}</td>
                <th scope="row">
                  <a href={siteScoreHref(s.id)}>{s.name}</a>
                </th>
                <td>
                  <ScoreBar score={s.score} />
                </td>
                <td>{s.score === null ? "" : s.missing}</td>
                <td>{s.score === null ? "" : s.stale}</td>
                <td>{missing.length === 0 ? tv("compliance.none") : missing.join("; ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={CRITERIA_PATH}>{tv("compliance.toCriteria")}</a>
      </p>
    </>
  );
}
