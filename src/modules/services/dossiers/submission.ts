import { v7 as uuidv7 } from "uuid";
import type { Tx } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import type { Services } from "../../../platform/services.js";
import { type ReusePick, recordSubmissionInStore } from "../documents/reuse.js";
import { FEE_EXEMPTION_FIELD, readExemptionChoice } from "../fees/domain/exemption-choice.js";
import { computeFeeNotice } from "../fees/domain/fee-notice.js";
import { createFeeNotice } from "../fees/notice-store.js";
import { recordDossierEvent } from "../lifecycle/events.js";
import { notifyDossierChange } from "../notifications/dossier-notify.js";
import type { Applicant, Channel, Dossier, Procedure } from "../tables.js";
import { newLookupToken } from "./domain/access.js";
import { applicantCoverage, parseSubmissionMeta, type SubmissionMode } from "./domain/applicant-input.js";
import { agencyCodeOf, formatDossierCode, vnIsoDay } from "./domain/dossier-code.js";
import { parseFormData } from "./domain/form-schema.js";
import { nextDossierSequence, type UnitForCode } from "./store.js";
import type { AcceptedFile, CheckedUploads } from "./upload.js";

/** File input of a required document, and of the "other papers" (document keys never contain "_"). */
export const docFieldName = (key: string) => `doc_${key}`;
export const OTHER_PAPERS_FIELD = "doc__other";
/** Counter: the checkboxes of papers received (value = document key). */
export const PAPERS_FIELD = "papers";
export const paperErrorKey = (key: string) => `papers-${key}`;

export interface ValidSubmission {
  formData: Record<string, string>;
  applicant: Applicant;
  receiptChannel: Channel;
  returnChannel: Channel;
  /** Accepted files with the document each stands for (null: other papers). */
  files: { documentKey: string | null; file: AcceptedFile }[];
  /** Counter: the paper documents ticked as received. */
  papers: string[];
  /** The fee exemption claimed (a key the procedure grants), or null. */
  exemptionKey: string | null;
}

function list(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * The one validation of a dossier, online and at the counter: the procedure's form, the applicant and channels, and
 * the documents (online with papers sent as files: every required document attached; at the counter: every required
 * document ticked as received or scanned). Errors come in the form's order, keyed by field name.
 */
export function validateSubmission(
  procedure: Procedure,
  fields: Record<string, string | string[]>,
  uploads: CheckedUploads,
  mode: SubmissionMode,
  /** Document keys answered with a paper from the citizen's store (checked by documents/reuse.ts). */
  reused: ReadonlySet<string> = new Set(),
): { ok: true; value: ValidSubmission } | { ok: false; errors: Record<string, string> } {
  const form = parseFormData(procedure.form_fields, fields);
  const meta = parseSubmissionMeta(fields, procedure, mode, "vi", applicantCoverage(procedure.form_fields));
  // The form's own message wins where a form field also stands for an applicant detail.
  const errors: Record<string, string> = { ...(form.ok ? {} : form.errors) };
  if (!meta.ok) for (const [k, v] of Object.entries(meta.errors)) errors[k] ??= v;
  const channelErrors: Record<string, string> = {};
  for (const k of ["receiptChannel", "returnChannel", "consent"]) {
    const e = errors[k];
    if (e !== undefined) {
      channelErrors[k] = e;
      delete errors[k];
    }
  }

  const docKeys = new Set(procedure.documents.map((d) => d.key));
  const files: ValidSubmission["files"] = [];
  for (const file of uploads.accepted) {
    if (file.field === OTHER_PAPERS_FIELD) files.push({ documentKey: null, file });
    else if (file.field.startsWith("doc_") && docKeys.has(file.field.slice(4)))
      files.push({ documentKey: file.field.slice(4), file });
  }
  const ticked = list(fields[PAPERS_FIELD]).filter((k) => docKeys.has(k));
  // The papers' channel as chosen, even when another part of the form is wrong, so every problem shows at once.
  const receiptRaw = fields.receiptChannel;
  const receiptChannel = meta.ok
    ? meta.value.receiptChannel
    : Array.isArray(receiptRaw)
      ? receiptRaw[0]
      : receiptRaw;
  for (const doc of procedure.documents) {
    const field = docFieldName(doc.key);
    const uploadError = uploads.errors[field];
    if (uploadError) {
      errors[field] = uploadError;
      continue;
    }
    if (!doc.required) continue;
    const hasFile = files.some((f) => f.documentKey === doc.key) || reused.has(doc.key);
    if (mode === "online" && receiptChannel === "online" && !hasFile)
      errors[field] = t("vi", "submission.error.documentMissing", { document: doc.name });
    if (mode === "counter" && !hasFile && !ticked.includes(doc.key))
      errors[paperErrorKey(doc.key)] = t("vi", "submission.error.documentNotTicked", { document: doc.name });
  }
  // A claimed exemption makes its proof paper required, checked like any required document.
  const feeChoice = readExemptionChoice(procedure.fee_exemptions, fields[FEE_EXEMPTION_FIELD]);
  if (!feeChoice.ok) errors[FEE_EXEMPTION_FIELD] = feeChoice.error;
  const proof = feeChoice.ok ? feeChoice.exemption?.proofDocumentKey : undefined;
  const proofDoc = procedure.documents.find((d) => d.key === proof);
  if (feeChoice.ok && feeChoice.exemption && proofDoc && !errors[docFieldName(proofDoc.key)]) {
    const hasProof =
      files.some((f) => f.documentKey === proofDoc.key) ||
      reused.has(proofDoc.key) ||
      (mode === "counter" && ticked.includes(proofDoc.key));
    const params = { exemption: feeChoice.exemption.label, document: proofDoc.name };
    if (!hasProof && (mode === "counter" || receiptChannel === "online"))
      errors[mode === "counter" ? paperErrorKey(proofDoc.key) : docFieldName(proofDoc.key)] = t(
        "vi",
        "fees.error.proofMissing",
        params,
      );
  }
  const otherError = uploads.errors[OTHER_PAPERS_FIELD];
  if (otherError) errors[OTHER_PAPERS_FIELD] = otherError;
  Object.assign(errors, channelErrors);

  if (Object.keys(errors).length > 0 || !form.ok || !meta.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      formData: form.data,
      applicant: meta.value.applicant,
      receiptChannel: meta.value.receiptChannel,
      returnChannel: meta.value.returnChannel,
      files,
      papers: [...new Set(ticked)],
      exemptionKey: feeChoice.ok ? (feeChoice.exemption?.key ?? null) : null,
    },
  };
}

export interface CreateDossierInput {
  procedure: Procedure;
  unit: UnitForCode;
  submission: ValidSubmission;
  /** The files' hashes in the file store, same order as submission.files. */
  stored: { sha256: string; size: number }[];
  citizenId: string | null;
  staffId: string | null;
  /** Online, signed in: papers reused from the citizen's store, and consent to keep papers given on the form. */
  store?: { picks: readonly ReusePick[]; grantConsent: boolean };
  at: Date;
}

/**
 * Creates a dossier in state `submitted` inside `tx`: its code from the agency's day counter, its files and papers,
 * the `submit` event, and the applicant's notification. The same path for online and counter dossiers (the counter
 * then receives it in the same transaction).
 */
export async function createDossier(services: Services, tx: Tx, input: CreateDossierInput): Promise<Dossier> {
  const { procedure, unit, submission, at } = input;
  const agency = agencyCodeOf(unit);
  const seq = await nextDossierSequence(tx, agency, vnIsoDay(at));
  const code = formatDossierCode(agency, at, seq);
  const id = uuidv7();
  const a = submission.applicant;
  const dossier = await tx
    .insertInto("dossiers")
    .values({
      id,
      code,
      procedure_id: procedure.id,
      unit_id: procedure.unit_id,
      current_unit_id: procedure.unit_id,
      assignee_id: null,
      citizen_id: input.citizenId,
      applicant: JSON.stringify(a),
      applicant_name: a.fullName,
      applicant_phone: a.phone ?? null,
      applicant_email: a.email ?? null,
      applicant_id_number: a.idNumber ?? null,
      form_data: JSON.stringify(submission.formData),
      receipt_channel: submission.receiptChannel,
      return_channel: submission.returnChannel,
      state: "submitted",
      submitted_at: at,
      registered_by: input.staffId,
      lookup_token: newLookupToken(),
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (submission.files.length > 0) {
    await tx
      .insertInto("dossier_files")
      .values(
        submission.files.map((f, i) => ({
          id: uuidv7(),
          dossier_id: id,
          document_key: f.documentKey,
          kind: "submission" as const,
          sha256: input.stored[i]?.sha256 ?? "",
          filename: f.file.filename,
          mime_type: f.file.mime,
          size_bytes: f.file.buffer.length,
          uploaded_by_staff: input.staffId,
          uploaded_by_citizen: input.citizenId,
          created_at: at,
        })),
      )
      .execute();
  }
  if (input.citizenId)
    await recordSubmissionInStore(tx, {
      citizenId: input.citizenId,
      dossierId: id,
      documents: procedure.documents,
      uploaded: submission.files.map((f, i) => ({
        documentKey: f.documentKey,
        filename: f.file.filename,
        mime: f.file.mime,
        sha256: input.stored[i]?.sha256 ?? "",
        size: f.file.buffer.length,
      })),
      picks: input.store?.picks ?? [],
      grantConsent: input.store?.grantConsent ?? false,
      at,
    });
  if (submission.papers.length > 0) {
    await tx
      .insertInto("dossier_papers")
      .values(submission.papers.map((k) => ({ dossier_id: id, document_key: k })))
      .execute();
  }
  const event = {
    dossier_id: id,
    action: "submit" as const,
    from_state: null,
    to_state: "submitted" as const,
    actor_staff_id: input.staffId,
    actor_citizen_id: input.citizenId,
    from_unit_id: null,
    to_unit_id: procedure.unit_id,
    from_assignee_id: null,
    to_assignee_id: null,
    note: null,
    due_on: null,
    at,
  };
  // Computed here from the stored form and the procedure, never from an amount the browser sent.
  await createFeeNotice(
    tx,
    id,
    computeFeeNotice(procedure, submission.formData, submission.exemptionKey),
    at,
  );
  await recordDossierEvent(tx, event);
  await notifyDossierChange(services, tx, dossier, event);
  return dossier;
}

/** Stores the accepted files by content hash before the transaction (an orphan, should it roll back, is harmless). */
export async function storeFiles(services: Services, files: ValidSubmission["files"]) {
  const out: { sha256: string; size: number }[] = [];
  for (const f of files) out.push(await services.files.put(f.file.buffer));
  return out;
}
