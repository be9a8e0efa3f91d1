import { t } from "../../../../platform/i18n/index.js";
import { ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { FeeNoticeRow } from "../notice-store.js";
import { CounterFeeForm } from "./counter-fee-form.js";
import { FeeNoticeTable, feeStatusText } from "./fee-section.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The counter form again with its problem (wrong amount), the notice beside it, and the way back to the dossier. */
export function CounterFeePage(props: {
  dossier: { id: string; code: string };
  fee: FeeNoticeRow;
  csrf: string;
  value: string;
  errors: Errors;
}) {
  const { dossier, fee } = props;
  return (
    <>
      <h1>{tv("fees.counter.pageTitle", { code: dossier.code })}</h1>
      <ErrorSummary errors={props.errors} lang="vi" />
      <FeeNoticeTable fee={fee} />
      <p>
        <strong>{tv("fees.section.status")}:</strong> {feeStatusText(fee)}
      </p>
      {fee.status === "unpaid" ? (
        <CounterFeeForm
          dossierId={dossier.id}
          csrf={props.csrf}
          totalVnd={Number(fee.total_vnd)}
          value={props.value}
          errors={props.errors}
        />
      ) : null}
      <p>
        <a href={SERVICES_PATHS.dossier(dossier.id)}>{tv("fees.counter.back", { code: dossier.code })}</a>
      </p>
    </>
  );
}
