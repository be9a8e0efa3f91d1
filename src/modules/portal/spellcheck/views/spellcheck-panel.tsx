import { ts } from "../catalogue.js";
import type { SpellReport, SpellWarning } from "../domain/checker.js";

export const WORDS_PATH = "/admin/chinh-ta";

export interface SpellcheckPanelProps {
  report: SpellReport;
  /** Whether the report is for the saved item or for text the editor has not saved yet. */
  source: "saved" | "unsaved";
  /** The approver's view: the editor saw the same warnings before submitting. */
  forApprover?: boolean;
  /** Shown to those who may edit the province's word list. */
  canEditWords?: boolean;
}

function WarningRow({ w }: { w: SpellWarning }) {
  return (
    <tr>
      <th scope="row">{w.word}</th>
      <td class="numeric">{w.count}</td>
      <td>{ts(`portalSpellcheck.field.${w.field}`)}</td>
      <td>
        {w.before}
        <mark>{w.word}</mark>
        {w.after}
      </td>
      <td>{w.suggestions.length > 0 ? w.suggestions.join(", ") : ts("portalSpellcheck.noSuggestion")}</td>
    </tr>
  );
}

/**
 * The spell check's warnings on the content page. Advisory only: nothing here blocks saving, submitting or publishing.
 * The flagged word is marked in its context and also named in its own column, so the meaning never rests on colour.
 */
export function SpellcheckPanel(props: SpellcheckPanelProps) {
  const { report } = props;
  const hidden = report.flagged - report.warnings.length;
  return (
    <section class="content-panel spellcheck-panel" id="kiem-tra-chinh-ta" aria-labelledby="spellcheck-title">
      <h2 id="spellcheck-title">{ts("portalSpellcheck.panelTitle")}</h2>
      <p class="hint">
        {ts(props.source === "saved" ? "portalSpellcheck.sourceSaved" : "portalSpellcheck.sourceUnsaved")}
      </p>
      {report.flagged === 0 ? (
        <p>{ts("portalSpellcheck.clean")}</p>
      ) : (
        <>
          <p role="status">
            <strong>{ts("portalSpellcheck.summary", { count: report.flagged })}</strong>{" "}
            {props.forApprover ? ts("portalSpellcheck.approverNote") : ts("portalSpellcheck.advisory")}
          </p>
          <div class="table-wrap">
            <table class="spellcheck-warnings">
              <caption>{ts("portalSpellcheck.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{ts("portalSpellcheck.colWord")}</th>
                  <th scope="col">{ts("portalSpellcheck.colCount")}</th>
                  <th scope="col">{ts("portalSpellcheck.colField")}</th>
                  <th scope="col">{ts("portalSpellcheck.colContext")}</th>
                  <th scope="col">{ts("portalSpellcheck.colSuggestions")}</th>
                </tr>
              </thead>
              <tbody>
                {report.warnings.map((w) => (
                  <WarningRow key={w.word} w={w} />
                ))}
              </tbody>
            </table>
          </div>
          {hidden > 0 ? <p>{ts("portalSpellcheck.more", { count: hidden })}</p> : null}
        </>
      )}
      {props.canEditWords ? (
        <p>
          <a href={WORDS_PATH}>{ts("portalSpellcheck.wordsLink")}</a>
        </p>
      ) : null}
    </section>
  );
}

/**
 * Sits inside the content form: it sends the unsaved fields to the re-check address instead of saving them, so it
 * works without JavaScript (the page comes back with the form as typed and the panel for that text).
 */
export function SpellcheckRecheckButton({ action }: { action: string }) {
  return (
    <button type="submit" class="button secondary" formaction={action} formnovalidate>
      {ts("portalSpellcheck.recheck")}
    </button>
  );
}

/** The count shown on the content list (e.g. among submitted items, for the approver). */
export function SpellcheckCount({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return (
    <>{count === 0 ? ts("portalSpellcheck.listClean") : ts("portalSpellcheck.listWarnings", { count })}</>
  );
}

export function SpellcheckCountHeading() {
  return <th scope="col">{ts("portalSpellcheck.colSpelling")}</th>;
}
