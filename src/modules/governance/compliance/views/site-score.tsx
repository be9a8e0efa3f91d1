import { formatDate } from "../../../../platform/i18n/index.js";
import { tv } from "../access.js";
import { DECREE_42, DECREE_43_ART_10 } from "../domain/criteria-data.js";
import type { ItemResult } from "../domain/scoring.js";
import type { MappedPlace, SiteReport } from "../report.js";
import { ScoreBar, StatusTag } from "./parts.js";
import {
  CRITERIA_PATH,
  categoryAdminHref,
  contentAdminHref,
  mappingHref,
  newCategoryHref,
  newContentHref,
  newLegalDocumentHref,
  PROVINCE_PATH,
} from "./paths.js";

export interface SiteScoreProps {
  site: SiteReport;
  canMap: boolean;
  canSeeProvince: boolean;
}

export function LegalIntro() {
  return <p>{tv("compliance.legalIntro", { decree: DECREE_42, old: DECREE_43_ART_10 })}</p>;
}

/** One site's score and every item: present, missing or stale, and where it should be published. */
export function SiteScoreView({ site, canMap, canSeeProvince }: SiteScoreProps) {
  const present = site.items.filter((i) => i.status === "present").length;
  return (
    <>
      <LegalIntro />
      <p class="compliance-total">
        {tv("compliance.scoreLabel")}: <ScoreBar score={site.score} />
      </p>
      {site.score === null ? (
        <p>{tv("compliance.notApplicable")}</p>
      ) : (
        <>
          <p>
            {tv("compliance.summary", {
              present,
              missing: site.missing,
              stale: site.stale,
              total: site.items.length,
            })}
          </p>
          <table class="data compliance-items">
            <caption>{tv("compliance.itemsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{tv("compliance.colItem")}</th>
                <th scope="col">{tv("compliance.colStatus")}</th>
                <th scope="col">{tv("compliance.colFound")}</th>
                <th scope="col">{tv("compliance.colWhere")}</th>
              </tr>
            </thead>
            <tbody>
              {site.items.map((item) => (
                <ItemRow
                  key={item.criterion.key}
                  item={item}
                  siteId={site.id}
                  places={site.places.get(item.criterion.key) ?? []}
                  canMap={canMap}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      <ul class="compliance-links">
        {canMap ? (
          <li>
            <a href={mappingHref(site.id)}>{tv("compliance.editMappings")}</a>
          </li>
        ) : null}
        <li>
          <a href={CRITERIA_PATH}>{tv("compliance.toCriteria")}</a>
        </li>
        {canSeeProvince ? (
          <li>
            <a href={PROVINCE_PATH}>{tv("compliance.toProvince")}</a>
          </li>
        ) : null}
      </ul>
    </>
  );
}

function ItemRow({
  item,
  siteId,
  places,
  canMap,
}: {
  item: ItemResult;
  siteId: string;
  places: MappedPlace[];
  canMap: boolean;
}) {
  const { criterion, evidence, status } = item;
  const register = criterion.detection === "legal_register";
  return (
    <tr id={`muc-${criterion.key}`}>
      <th scope="row">
        {criterion.name}
        <br />
        <small>{criterion.basis}</small>
      </th>
      <td>
        <StatusTag status={status} />
        {status === "stale" && criterion.freshnessDays !== null ? (
          <>
            <br />
            <small>{tv("compliance.staleHint", { days: criterion.freshnessDays })}</small>
          </>
        ) : null}
      </td>
      <td>
        {evidence.count === 0
          ? tv("compliance.foundNone")
          : evidence.newest
            ? tv("compliance.found", { count: evidence.count, date: formatDate(evidence.newest) })
            : tv("compliance.foundNoDate", { count: evidence.count })}
      </td>
      <td>
        <ul class="compliance-list">
          {register ? <li>{tv("compliance.register")}</li> : null}
          {places.map((p) => (
            <li key={p.mappingId}>
              <a href={p.kind === "category" ? categoryAdminHref(siteId, p.id) : contentAdminHref(p.id)}>
                {p.name}
              </a>
            </li>
          ))}
          {places.length === 0 && !register ? <li>{tv("compliance.notMapped")}</li> : null}
        </ul>
        {status === "present" ? null : (
          <ul class="compliance-list compliance-actions">
            {register ? (
              <li>
                <a href={newLegalDocumentHref()}>{tv("compliance.addDocument")}</a>
              </li>
            ) : null}
            {places.length > 0 ? (
              <li>
                <a href={newContentHref(siteId)}>{tv("compliance.writeArticle")}</a>
              </li>
            ) : canMap ? (
              <>
                <li>
                  <a href={newCategoryHref(siteId, criterion)}>{tv("compliance.createCategory")}</a>
                </li>
                <li>
                  <a href={mappingHref(siteId, criterion.key)}>{tv("compliance.mapIt")}</a>
                </li>
              </>
            ) : null}
          </ul>
        )}
      </td>
    </tr>
  );
}
