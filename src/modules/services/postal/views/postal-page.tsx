import { formatDateTime, t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { SERVICES_PATHS } from "../../paths.js";
import { POSTAL_SERVICES, SHIPMENT_DIRECTIONS, SHIPMENT_FLOW } from "../domain/shipment.js";
import type { ShipmentFormValues } from "../domain/shipment-input.js";
import type { PostalDossier, ShipmentWithHistory } from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export interface StatusFormState {
  shipmentId: string;
  values: { status: string; trackingNumber: string; note: string };
  error: { field: string; message: string };
}

export function PostalPage({
  dossier,
  shipments,
  csrf,
  values,
  errors,
  statusForm,
}: {
  dossier: PostalDossier;
  shipments: ShipmentWithHistory[];
  csrf: string;
  values: ShipmentFormValues;
  errors?: Errors | undefined;
  statusForm?: StatusFormState | undefined;
}) {
  const action = SERVICES_PATHS.dossierPostal(dossier.id);
  return (
    <>
      <p>
        <a href={SERVICES_PATHS.dossier(dossier.id)}>{tv("postal.back")}</a>
      </p>
      <p>
        {dossier.procedure_name} — {dossier.applicant_name}
      </p>
      <h2>{tv("postal.shipments")}</h2>
      {shipments.length === 0 ? <p>{tv("postal.none")}</p> : null}
      {shipments.map((s) => (
        <ShipmentBlock
          key={s.id}
          shipment={s}
          action={`${action}/${s.id}`}
          csrf={csrf}
          form={statusForm?.shipmentId === s.id ? statusForm : undefined}
        />
      ))}
      <h2>{tv("postal.newTitle")}</h2>
      <ErrorSummary errors={errors} lang="vi" />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          name="direction"
          label={tv("postal.direction")}
          value={values.direction}
          errors={errors}
          options={SHIPMENT_DIRECTIONS.map((d) => ({ value: d, label: tv(`postal.direction.${d}`) }))}
        />
        <TextField
          name="recipientName"
          label={tv("postal.recipientName")}
          value={values.recipientName}
          errors={errors}
          autocomplete="name"
        />
        <TextField
          name="recipientPhone"
          label={tv("postal.recipientPhone")}
          value={values.recipientPhone}
          errors={errors}
          type="tel"
          autocomplete="tel"
        />
        <TextField name="street" label={tv("postal.street")} value={values.street} errors={errors} />
        <TextField name="commune" label={tv("postal.commune")} value={values.commune} errors={errors} />
        <TextField name="district" label={tv("postal.district")} value={values.district} errors={errors} />
        <TextField name="province" label={tv("postal.province")} value={values.province} errors={errors} />
        <SelectField
          name="postalService"
          label={tv("postal.service")}
          value={values.postalService}
          errors={errors}
          options={POSTAL_SERVICES.map((s) => ({ value: s, label: tv(`postal.service.${s}`) }))}
        />
        <TextField
          name="trackingNumber"
          label={tv("postal.tracking")}
          hint={tv("postal.trackingHint")}
          value={values.trackingNumber}
          errors={errors}
        />
        <button type="submit" class="button">
          {tv("postal.create")}
        </button>
      </form>
    </>
  );
}

function ShipmentBlock({
  shipment: s,
  action,
  csrf,
  form,
}: {
  shipment: ShipmentWithHistory;
  action: string;
  csrf: string;
  form: StatusFormState | undefined;
}) {
  const next = SHIPMENT_FLOW[s.status];
  const id = (f: string) => `s-${s.id}-${f}`;
  const err = form?.error;
  return (
    <section class="panel" aria-labelledby={id("h")} data-shipment={s.id}>
      <h3 id={id("h")}>
        {tv(`postal.direction.${s.direction}`)} — {tv(`postal.status.${s.status}`)}
      </h3>
      <dl class="facts">
        <dt>{tv("postal.recipientName")}</dt>
        <dd>
          {s.recipient_name} — {s.recipient_phone}
        </dd>
        <dt>{tv("postal.address")}</dt>
        <dd>{[s.street, s.commune, s.district, s.province].join(", ")}</dd>
        <dt>{tv("postal.service")}</dt>
        <dd>{tv(`postal.service.${s.postal_service}`)}</dd>
        <dt>{tv("postal.tracking")}</dt>
        <dd>{s.tracking_number ?? "—"}</dd>
      </dl>
      <table class="data">
        <caption>{tv("postal.history")}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("postal.at")}</th>
            <th scope="col">{tv("postal.status")}</th>
            <th scope="col">{tv("postal.by")}</th>
            <th scope="col">{tv("postal.note")}</th>
          </tr>
        </thead>
        <tbody>
          {s.history.map((h, i) => (
            <tr key={i}>
              <td>{formatDateTime(h.at)}</td>
              <td>{tv(`postal.status.${h.status}`)}</td>
              <td>{h.staff_name ?? "—"}</td>
              <td>{h.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {err ? (
        <p class="field-error" role="alert" id={id("error")}>
          {err.message}
        </p>
      ) : null}
      {next.length > 0 ? (
        <form method="post" action={action} novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="from" value={s.status} />
          <div class="form-group">
            <label for={id("status")}>{tv("postal.newStatus")}</label>
            <select
              id={id("status")}
              name="status"
              aria-invalid={err?.field === "status" ? "true" : undefined}
              aria-describedby={err?.field === "status" ? id("error") : undefined}
            >
              {next.map((st) => (
                <option key={st} value={st} selected={form?.values.status === st}>
                  {tv(`postal.status.${st}`)}
                </option>
              ))}
            </select>
          </div>
          {s.tracking_number === null ? (
            <div class="form-group">
              <label for={id("tracking")}>{tv("postal.tracking")}</label>
              <span class="hint" id={id("tracking-hint")}>
                {tv("postal.trackingHint")}
              </span>
              <input
                id={id("tracking")}
                name="trackingNumber"
                value={form?.values.trackingNumber ?? ""}
                aria-invalid={err?.field === "trackingNumber" ? "true" : undefined}
                aria-describedby={[id("tracking-hint"), err?.field === "trackingNumber" ? id("error") : ""]
                  .filter(Boolean)
                  .join(" ")}
              />
            </div>
          ) : null}
          <div class="form-group">
            <label for={id("note")}>{tv("postal.note")}</label>
            <input
              id={id("note")}
              name="note"
              value={form?.values.note ?? ""}
              aria-invalid={err?.field === "note" ? "true" : undefined}
              aria-describedby={err?.field === "note" ? id("error") : undefined}
            />
          </div>
          <button type="submit" class="button secondary">
            {tv("postal.update")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
