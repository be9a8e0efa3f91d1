import { Fragment } from "preact";
import { formatDate, formatDateTime, t } from "../../../../platform/i18n/index.js";
import {
  CsrfField,
  describedByIds,
  ErrorSummary,
  type Errors,
  FormGroup,
} from "../../../../platform/ui/components/forms.js";
import { FeeSection } from "../../fees/views/fee-section.js";
import { SERVICES_PATHS } from "../../paths.js";
import { ElectronicDocumentsSection } from "../../results/views/documents-section.js";
import type { Lateness } from "../domain/clock.js";
import { type HandoverLabels, handoverOf } from "../domain/handover.js";
import { actionLabel, stateLabel } from "../domain/labels.js";
import type { TransitionAction } from "../domain/state-machine.js";
import type { OnlineExtras } from "../online-extras.js";
import { LIFECYCLE_PATHS } from "../paths.js";
import type { DossierView } from "../store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export interface ActionFormState {
  action: TransitionAction | "apology" | "result";
  values: Record<string, string>;
  errors?: Errors | undefined;
}

export interface DossierPageProps {
  view: DossierView;
  csrf: string;
  daysLeft: number | null;
  lateness: Lateness;
  needsApology: boolean;
  /** The actions this viewer may take now (state machine ∩ roles); empty for read-only viewers. */
  actions: TransitionAction[];
  canApologise: boolean;
  canUploadResult: boolean;
  assignees: { id: string; full_name: string }[];
  units: { id: string; name: string }[];
  handoverLabels: HandoverLabels;
  form?: ActionFormState | undefined;
  /** A refusal (409) to show at the top. */
  problem?: string | undefined;
  /** Fee notice, payments, receipts and signed results (issue 8). */
  online: OnlineExtras;
  /** The viewer may take a fee at the counter / sign the result (the one-stop officer; the unit holding it). */
  canCollectFee: boolean;
  canSignResult: boolean;
}

const LATENESS_CLASS: Record<Lateness, string> = { on_time: "ok", due_soon: "pending", overdue: "off" };

function NoteField({
  action,
  required,
  value,
  error,
}: {
  action: string;
  required: boolean;
  value: string | undefined;
  error: string | undefined;
}) {
  const id = `f-${action}-note`;
  return (
    <FormGroup id={id} label={tv(required ? "lifecycle.page.reason" : "lifecycle.page.note")} error={error}>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={2000}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedByIds(id, false, Boolean(error))}
      >
        {value ?? ""}
      </textarea>
    </FormGroup>
  );
}

function Select({
  id,
  name,
  label,
  options,
  value,
  error,
  emptyLabel,
}: {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  error: string | undefined;
  emptyLabel: string;
}) {
  return (
    <FormGroup id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedByIds(id, false, Boolean(error))}
      >
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

const NOTE_REQUIRED: readonly string[] = ["reject", "request_supplement", "send_back", "withdraw"];

function ActionForm({ props, action }: { props: DossierPageProps; action: TransitionAction }) {
  const { view, csrf } = props;
  const mine = props.form?.action === action ? props.form : undefined;
  const err = (field: string) => mine?.errors?.[`${action}-${field}`];
  const assigneeOptions = props.assignees.map((a) => ({ value: a.id, label: a.full_name }));
  return (
    <form
      method="post"
      action={LIFECYCLE_PATHS.action(view.dossier.id, action)}
      class="dossier-action"
      data-action={action}
    >
      <CsrfField token={csrf} />
      <input type="hidden" name="expectedVersion" value={String(view.dossier.version)} />
      <h3>{tv(`lifecycle.page.form.${action}`)}</h3>
      {action === "assign" ? (
        <Select
          id={`f-${action}-toAssigneeId`}
          name="toAssigneeId"
          label={tv("lifecycle.page.assignee")}
          options={assigneeOptions}
          value={mine?.values.toAssigneeId ?? view.dossier.assignee_id ?? undefined}
          error={err("toAssigneeId")}
          emptyLabel={tv("lifecycle.page.choose")}
        />
      ) : null}
      {action === "transfer" ? (
        <Select
          id={`f-${action}-toUnitId`}
          name="toUnitId"
          label={tv("lifecycle.page.toUnit")}
          options={props.units
            .filter((u) => u.id !== view.dossier.current_unit_id)
            .map((u) => ({ value: u.id, label: u.name }))}
          value={mine?.values.toUnitId}
          error={err("toUnitId")}
          emptyLabel={tv("lifecycle.page.choose")}
        />
      ) : null}
      {action === "assign" ||
      action === "receive" ||
      action === "supplement" ||
      action === "approve" ||
      action === "submit_for_approval" ||
      action === "result_ready" ||
      action === "return_result" ? null : (
        <NoteField
          action={action}
          required={NOTE_REQUIRED.includes(action)}
          value={mine?.values.note}
          error={err("note")}
        />
      )}
      <button
        type="submit"
        class={action === "reject" || action === "withdraw" ? "button secondary" : "button"}
      >
        {tv(`lifecycle.page.do.${action}`)}
      </button>
    </form>
  );
}

function ApologyForm({ props }: { props: DossierPageProps }) {
  const mine = props.form?.action === "apology" ? props.form : undefined;
  const err = (f: string) => mine?.errors?.[`apology-${f}`];
  return (
    <form method="post" action={LIFECYCLE_PATHS.apology(props.view.dossier.id)} class="dossier-action">
      <CsrfField token={props.csrf} />
      <h3>{tv("lifecycle.page.apology.title")}</h3>
      <p>{tv("lifecycle.page.apology.intro")}</p>
      <FormGroup id="f-apology-reason" label={tv("lifecycle.page.apology.reason")} error={err("reason")}>
        <textarea
          id="f-apology-reason"
          name="reason"
          rows={3}
          maxLength={2000}
          aria-invalid={err("reason") ? "true" : undefined}
          aria-describedby={describedByIds("f-apology-reason", false, Boolean(err("reason")))}
        >
          {mine?.values.reason ?? ""}
        </textarea>
      </FormGroup>
      <FormGroup
        id="f-apology-newDate"
        label={tv("lifecycle.page.apology.newDate")}
        hint={tv("lifecycle.page.dateHint")}
        error={err("newDate")}
      >
        <input
          type="text"
          id="f-apology-newDate"
          name="newDate"
          inputMode="numeric"
          maxLength={10}
          value={mine?.values.newDate ?? ""}
          aria-invalid={err("newDate") ? "true" : undefined}
          aria-describedby={describedByIds("f-apology-newDate", true, Boolean(err("newDate")))}
        />
      </FormGroup>
      <button type="submit" class="button">
        {tv("lifecycle.page.apology.submit")}
      </button>
    </form>
  );
}

function ResultForm({ props }: { props: DossierPageProps }) {
  const error = props.form?.action === "result" ? props.form.errors?.["result-file"] : undefined;
  const id = "f-result-file";
  return (
    <form
      method="post"
      action={`${LIFECYCLE_PATHS.resultFile(props.view.dossier.id)}?_csrf=${encodeURIComponent(props.csrf)}`}
      enctype="multipart/form-data"
      class="dossier-action"
    >
      <h3>{tv("lifecycle.page.result.title")}</h3>
      <FormGroup
        id={id}
        label={tv("lifecycle.page.result.file")}
        hint={tv("lifecycle.page.result.hint")}
        error={error}
      >
        <input
          type="file"
          id={id}
          name="resultFile"
          accept=".pdf,.docx,.doc,.jpg,.jpeg,.png"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedByIds(id, true, Boolean(error))}
        />
      </FormGroup>
      <button type="submit" class="button secondary">
        {tv("lifecycle.page.result.submit")}
      </button>
    </form>
  );
}

function DueLine({ props }: { props: DossierPageProps }) {
  const d = props.view.dossier;
  if (!d.due_on) return <dd>{tv("lifecycle.page.noDue")}</dd>;
  const paused = d.state === "supplement_requested";
  const left = props.daysLeft;
  const leftText =
    left === null
      ? null
      : left > 0
        ? tv("lifecycle.page.daysLeft", { days: left })
        : left === 0
          ? tv("lifecycle.page.dueToday")
          : tv("lifecycle.page.daysLate", { days: -left });
  return (
    <dd data-testid="due">
      <span data-due-on={d.due_on}>{formatDate(d.due_on)}</span>
      {leftText ? (
        <>
          {" "}
          <span class={`tag ${LATENESS_CLASS[props.lateness]}`} data-lateness={props.lateness}>
            {leftText}
          </span>
        </>
      ) : null}
      {paused ? (
        <>
          {" "}
          <span class="tag pending" data-paused="true">
            {tv("lifecycle.page.paused", { since: d.paused_at ? formatDate(d.paused_at) : "" })}
          </span>
        </>
      ) : null}
      {d.apology_due_on ? (
        <>
          <br />
          {tv("lifecycle.page.apologyDue", { date: formatDate(d.apology_due_on) })}
        </>
      ) : null}
    </dd>
  );
}

export function DossierPage(props: DossierPageProps) {
  const { view } = props;
  const d = view.dossier;
  const fieldLabel = new Map(view.procedure.form_fields.map((f) => [f.key, f.label]));
  const formEntries = Object.entries(d.form_data ?? {});
  const applicant = d.applicant;
  return (
    <>
      {props.problem ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{tv("lifecycle.page.refused")}</h2>
          <p>{props.problem}</p>
        </div>
      ) : null}
      <ErrorSummary errors={prefixErrors(props.form)} lang="vi" />
      {props.needsApology ? (
        <p class="error-summary" role="status">
          {tv("lifecycle.page.needsApology")}
        </p>
      ) : props.lateness === "due_soon" ? (
        <p role="status">{tv("lifecycle.page.dueSoonWarning")}</p>
      ) : null}
      <dl class="summary-list">
        <dt>{tv("lifecycle.page.code")}</dt>
        <dd>
          <strong>{d.code}</strong>
        </dd>
        <dt>{tv("lifecycle.page.state")}</dt>
        <dd data-state={d.state}>{stateLabel(d.state)}</dd>
        <dt>{tv("lifecycle.page.procedure")}</dt>
        <dd>
          {view.procedure.name} ({view.procedure.code})
        </dd>
        <dt>{tv("lifecycle.page.receivingUnit")}</dt>
        <dd>{view.receivingUnit.name}</dd>
        <dt>{tv("lifecycle.page.currentUnit")}</dt>
        <dd>{view.currentUnit.name}</dd>
        <dt>{tv("lifecycle.page.assigneeNow")}</dt>
        <dd>{view.assigneeName ?? "—"}</dd>
        <dt>{tv("lifecycle.page.submitted")}</dt>
        <dd>{formatDateTime(d.submitted_at)}</dd>
        <dt>{tv("lifecycle.page.received")}</dt>
        <dd>{d.received_at ? formatDateTime(d.received_at) : "—"}</dd>
        <dt>{tv("lifecycle.page.due")}</dt>
        <DueLine props={props} />
        <dt>{tv("lifecycle.page.channels")}</dt>
        <dd>
          {tv("lifecycle.page.channelsValue", {
            receipt: tv(`lifecycle.channel.${d.receipt_channel}`),
            ret: tv(`lifecycle.channel.${d.return_channel}`),
          })}
        </dd>
        {d.end_reason ? (
          <>
            <dt>{tv("lifecycle.page.endReason")}</dt>
            <dd>{d.end_reason}</dd>
          </>
        ) : null}
      </dl>

      <h2>{tv("lifecycle.page.applicant")}</h2>
      <dl class="summary-list">
        <dt>{tv("lifecycle.page.applicantName")}</dt>
        <dd>{applicant.fullName}</dd>
        {applicant.businessName ? (
          <>
            <dt>{tv("lifecycle.page.businessName")}</dt>
            <dd>{applicant.businessName}</dd>
          </>
        ) : null}
        <dt>{tv("lifecycle.page.idNumber")}</dt>
        <dd>{applicant.idNumber ?? "—"}</dd>
        <dt>{tv("lifecycle.page.phone")}</dt>
        <dd>{applicant.phone ?? "—"}</dd>
        <dt>{tv("lifecycle.page.email")}</dt>
        <dd>{applicant.email ?? "—"}</dd>
        <dt>{tv("lifecycle.page.address")}</dt>
        <dd>{applicant.address ?? "—"}</dd>
      </dl>

      {formEntries.length > 0 ? (
        <>
          <h2>{tv("lifecycle.page.formData")}</h2>
          <dl class="summary-list">
            {formEntries.map(([k, v]) => (
              <Fragment key={k}>
                <dt>{fieldLabel.get(k) ?? k}</dt>
                <dd>{String(v)}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : null}

      <h2>{tv("lifecycle.page.files")}</h2>
      {view.files.length === 0 ? (
        <p>{tv("lifecycle.page.noFiles")}</p>
      ) : (
        <ul>
          {view.files.map((f) => (
            <li key={f.id}>
              <a href={LIFECYCLE_PATHS.file(d.id, f.id)}>{f.filename}</a> (
              {tv(`lifecycle.fileKind.${f.kind}`)}, {Math.max(1, Math.round(f.size_bytes / 1024))} KB,{" "}
              {formatDateTime(f.created_at)})
            </li>
          ))}
        </ul>
      )}

      <FeeSection dossierId={d.id} extras={props.online} csrf={props.csrf} canCollect={props.canCollectFee} />
      <ElectronicDocumentsSection
        dossierId={d.id}
        extras={props.online}
        csrf={props.csrf}
        canSignResult={props.canSignResult}
      />

      <h2>{tv("lifecycle.page.slips")}</h2>
      <ul>
        <li>
          <a href={SERVICES_PATHS.dossierReceiptPdf(d.id)}>{tv("lifecycle.page.receiptPdf")}</a>
        </li>
        <li>
          <a href={SERVICES_PATHS.dossierControlSlipPdf(d.id)}>{tv("lifecycle.page.controlPdf")}</a>
        </li>
        {d.receipt_channel === "post" || d.return_channel === "post" ? (
          <li>
            <a href={SERVICES_PATHS.dossierPostal(d.id)}>{tv("lifecycle.page.postal")}</a>
          </li>
        ) : null}
        {view.apologies.map((a) => (
          <li key={a.id}>
            <a href={SERVICES_PATHS.dossierApologyPdf(d.id, a.id)}>
              {tv("lifecycle.page.apologyPdf", { date: formatDate(a.new_due_on) })}
            </a>
          </li>
        ))}
      </ul>

      {props.actions.length > 0 || props.canApologise || props.canUploadResult ? (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{tv("lifecycle.page.actions")}</h2>
          {props.actions.map((a) => (
            <ActionForm key={a} props={props} action={a} />
          ))}
          {props.canUploadResult ? <ResultForm props={props} /> : null}
          {props.canApologise ? <ApologyForm props={props} /> : null}
        </section>
      ) : null}

      <h2 id="history-title">{tv("lifecycle.page.history")}</h2>
      <table class="data" aria-labelledby="history-title">
        <caption>{tv("lifecycle.page.historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tv("lifecycle.slip.col.at")}</th>
            <th scope="col">{tv("lifecycle.page.col.action")}</th>
            <th scope="col">{tv("lifecycle.slip.col.from")}</th>
            <th scope="col">{tv("lifecycle.slip.col.to")}</th>
            <th scope="col">{tv("lifecycle.page.col.state")}</th>
            <th scope="col">{tv("lifecycle.slip.col.note")}</th>
          </tr>
        </thead>
        <tbody>
          {view.events.map((e) => {
            const h = handoverOf(e, d.applicant_name, props.handoverLabels);
            return (
              <tr key={e.id} data-action={e.action}>
                <td>{formatDateTime(e.at)}</td>
                <td>{actionLabel(e.action)}</td>
                <td>{h.from}</td>
                <td>{h.to}</td>
                <td>
                  {e.from_state ? `${stateLabel(e.from_state)} → ` : ""}
                  {stateLabel(e.to_state)}
                </td>
                <td>{e.note ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={SERVICES_PATHS.workspace}>{tv("lifecycle.page.back")}</a>
      </p>
    </>
  );
}

/** The form's errors keyed by the field ids of this page (`f-<action>-<field>`), for the error summary's links. */
function prefixErrors(form: ActionFormState | undefined): Errors | undefined {
  if (!form?.errors) return undefined;
  return form.errors;
}
