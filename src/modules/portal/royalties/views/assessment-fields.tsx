import type { Errors } from "../../../../platform/ui/components/forms.js";
import { type RoyaltyPanelData, royaltyFieldIds } from "../assessment.js";
import { tr } from "../catalogue.js";

/**
 * The royalty assessment inside a publish or schedule form of the workflow panel. Both forms are on one page, so
 * each gets its own field ids (the error summary links to them); the names are the same for the server.
 */
export function RoyaltyFields({
  data,
  action,
  errors,
}: {
  data: RoyaltyPanelData | null | undefined;
  action: string;
  errors?: Errors | undefined;
}) {
  if (!data) return null;
  const ids = royaltyFieldIds(action);
  if (data.classes.length === 0) return <p class="hint">{tr("portalRoyalties.assess.noClasses")}</p>;
  const classError = errors?.[ids.cls];
  const pointsError = errors?.[ids.points];
  const hintId = `f-${ids.points}-hint`;
  return (
    <fieldset class="royalty-fields">
      <legend>{tr("portalRoyalties.assess.legend")}</legend>
      <input type="hidden" name="royalty_form" value="1" />
      {data.currentText ? <p class="hint">{data.currentText}</p> : null}
      <div class={`form-group${classError ? " has-error" : ""}`}>
        <label for={`f-${ids.cls}`}>{tr("portalRoyalties.assess.class")}</label>
        {classError ? (
          <span class="field-error" id={`f-${ids.cls}-error`}>
            {classError}
          </span>
        ) : null}
        <select
          id={`f-${ids.cls}`}
          name="royalty_class"
          aria-invalid={classError ? "true" : undefined}
          aria-describedby={classError ? `f-${ids.cls}-error` : undefined}
        >
          {data.classes.map((c) => (
            <option key={c.code} value={c.code} selected={c.code === data.classCode}>
              {tr("portalRoyalties.assess.classOption", { name: c.name, min: c.minPoints, max: c.maxPoints })}
            </option>
          ))}
        </select>
      </div>
      <div class={`form-group${pointsError ? " has-error" : ""}`}>
        <label for={`f-${ids.points}`}>{tr("portalRoyalties.assess.points")}</label>
        <span class="hint" id={hintId}>
          {tr("portalRoyalties.assess.pointsHint")}
        </span>
        {pointsError ? (
          <span class="field-error" id={`f-${ids.points}-error`}>
            {pointsError}
          </span>
        ) : null}
        <input
          id={`f-${ids.points}`}
          name="royalty_points"
          type="text"
          inputMode="numeric"
          maxLength={6}
          value={data.points}
          aria-invalid={pointsError ? "true" : undefined}
          aria-describedby={pointsError ? `${hintId} f-${ids.points}-error` : hintId}
        />
      </div>
    </fieldset>
  );
}
