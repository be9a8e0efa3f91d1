import { t } from "../../../../platform/i18n/index.js";
import { type Errors, SelectField } from "../../../../platform/ui/components/forms.js";
import type { Procedure } from "../../tables.js";
import { FEE_EXEMPTION_FIELD } from "../domain/exemption-choice.js";
import { describeExemption, describeFee } from "../domain/fee-words.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/**
 * The fee block of the submission form (online and counter): the lines with their rules in words, the exemption
 * select when the procedure grants any, and a note that the amount is computed on the server after sending.
 */
export function FeeFormBlock({
  procedure,
  value,
  errors,
}: {
  procedure: Procedure;
  value: string;
  errors: Errors;
}) {
  if (procedure.fees.length === 0 && procedure.fee_exemptions.length === 0) return null;
  return (
    <fieldset class="form-group">
      <legend>{tv("fees.form.legend")}</legend>
      {procedure.fees.length > 0 ? (
        <ul>
          {procedure.fees.map((f, i) => (
            <li key={`${i}-${f.label}`}>
              {f.label}: {describeFee(f, procedure.form_fields)}
            </li>
          ))}
        </ul>
      ) : null}
      {procedure.fee_exemptions.length > 0 ? (
        <SelectField
          name={FEE_EXEMPTION_FIELD}
          label={tv("fees.form.exemption")}
          hint={tv("fees.form.exemptionHint")}
          errors={errors}
          value={value}
          emptyLabel={tv("fees.form.noExemption")}
          options={procedure.fee_exemptions.map((e) => ({
            value: e.key,
            label: describeExemption(e, procedure.documents),
          }))}
        />
      ) : null}
      <p class="hint">{tv("fees.form.note")}</p>
    </fieldset>
  );
}
