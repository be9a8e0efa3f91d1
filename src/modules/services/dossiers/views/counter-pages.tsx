import { t } from "../../../../platform/i18n/index.js";
import { DataTable } from "../../../../platform/ui/components/admin-list.js";
import { ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";
import type { Procedure } from "../../tables.js";
import { DossierFormFields, type FormValues } from "./dossier-form.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export interface CounterProcedureRow {
  id: string;
  code: string;
  name: string;
  processing_days: number;
  unit_name: string;
}

/** Step 1 at the counter: find the procedure (name or code, with or without diacritics). */
export function CounterPickView({ q, rows }: { q: string; rows: CounterProcedureRow[] }) {
  return (
    <>
      <form method="get" action={SERVICES_PATHS.counterNew}>
        <div class="form-group">
          <label for="f-q">{tv("counter.search")}</label>
          <input id="f-q" name="q" type="search" value={q} maxLength={200} />
        </div>
        <button type="submit" class="button secondary">
          {tv("counter.searchButton")}
        </button>
      </form>
      <DataTable
        class="admin-table"
        caption={tv("counter.pick")}
        headings={[
          tv("counter.col.code"),
          tv("counter.col.name"),
          tv("counter.col.unit"),
          tv("counter.col.days"),
          tv("counter.col.action"),
        ]}
        emptyText={tv("counter.none")}
        rows={rows}
        renderRow={(r) => (
          <tr key={r.id}>
            <td>{r.code}</td>
            <td>{r.name}</td>
            <td>{r.unit_name}</td>
            <td>{r.processing_days}</td>
            <td>
              <a href={`${SERVICES_PATHS.counterNew}?thu_tuc=${encodeURIComponent(r.id)}`}>
                {tv("counter.choose")}
                <span class="visually-hidden">: {r.name}</span>
              </a>
            </td>
          </tr>
        )}
      />
    </>
  );
}

/** Step 2: the same dossier form as online, with the papers ticked as received and optional scans. */
export function CounterFormView({
  procedure,
  action,
  values,
  errors,
  filesRefused,
}: {
  procedure: Procedure;
  action: string;
  values: FormValues;
  errors: Errors;
  filesRefused: boolean;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <p>{tv("submission.processingDays", { days: procedure.processing_days })}</p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="procedureId" value={procedure.id} />
        <DossierFormFields
          procedure={procedure}
          mode="counter"
          values={values}
          errors={errors}
          filesRefused={filesRefused}
        />
        <button type="submit" class="button">
          {tv("counter.submit")}
        </button>
      </form>
    </>
  );
}
