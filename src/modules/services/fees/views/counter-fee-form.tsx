import { t } from "../../../../platform/i18n/index.js";
import { formatVnd } from "../../../../platform/i18n/money.js";
import { CsrfField, type Errors, TextField } from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export const COUNTER_AMOUNT_FIELD = "amount";

/** "Thu phí tại quầy": the officer types the total received in cash, which must equal the notice's total. */
export function CounterFeeForm(props: {
  dossierId: string;
  csrf: string;
  totalVnd: number;
  value?: string;
  errors?: Errors;
}) {
  return (
    <form method="post" action={SERVICES_PATHS.dossierFee(props.dossierId)} class="action-form">
      <h3>{tv("fees.counter.title")}</h3>
      <CsrfField token={props.csrf} />
      <TextField
        name={COUNTER_AMOUNT_FIELD}
        label={tv("fees.counter.amount")}
        hint={tv("fees.counter.hint", { total: formatVnd(props.totalVnd) })}
        errors={props.errors}
        value={props.value ?? ""}
        inputMode="numeric"
      />
      <button type="submit" class="button">
        {tv("fees.counter.submit")}
      </button>
    </form>
  );
}
