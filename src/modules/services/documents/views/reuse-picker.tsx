import { formatDate, t } from "../../../../platform/i18n/index.js";
import { describedByIds, type Errors, FormGroup } from "../../../../platform/ui/components/forms.js";
import type { RankedOffer } from "../domain/matching.js";
import { reuseFieldName, STORE_CONSENT_FIELD } from "../reuse.js";
import type { StoredDocumentRow } from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) =>
  t("vi", `servicesDocuments.${key}`, params);

/** Under a paper slot of the online form: "use a stored document instead", same-name papers first. */
export function ReusePicker({
  documentKey,
  documentName,
  offers,
  value,
  errors,
}: {
  documentKey: string;
  documentName: string;
  offers: readonly RankedOffer<StoredDocumentRow>[];
  value: string;
  errors: Errors;
}) {
  const name = reuseFieldName(documentKey);
  const id = `f-${name}`;
  const error = errors[name];
  const hint = tv("reuse.hint");
  const option = (o: RankedOffer<StoredDocumentRow>) => (
    <option key={o.doc.id} value={o.doc.id} selected={value === o.doc.id}>
      {tv("reuse.option", {
        title: o.doc.title,
        filename: o.doc.filename,
        date: formatDate(o.doc.createdAt),
      })}
    </option>
  );
  const matches = offers.filter((o) => o.match);
  const others = offers.filter((o) => !o.match);
  return (
    <FormGroup id={id} label={tv("reuse.label", { document: documentName })} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedByIds(id, hint, error)}
      >
        <option value="">{tv("reuse.none")}</option>
        {matches.length > 0 ? <optgroup label={tv("reuse.matches")}>{matches.map(option)}</optgroup> : null}
        {others.length > 0 ? <optgroup label={tv("reuse.others")}>{others.map(option)}</optgroup> : null}
      </select>
    </FormGroup>
  );
}

/** Shown until the citizen has consented: ticking it grants consent when the dossier is submitted. */
export function StoreConsentField({ checked }: { checked: boolean }) {
  const id = `f-${STORE_CONSENT_FIELD}`;
  return (
    <div class="form-group">
      <input
        type="checkbox"
        id={id}
        name={STORE_CONSENT_FIELD}
        value="on"
        checked={checked}
        aria-describedby={`${id}-hint`}
      />{" "}
      <label for={id} style="display:inline">
        {tv("reuse.consent")}
      </label>
      <span class="hint" id={`${id}-hint`}>
        {tv("reuse.consentHint")}
      </span>
    </div>
  );
}
