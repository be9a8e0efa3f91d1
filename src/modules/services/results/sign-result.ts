/**
 * Issuing a dossier's electronic result: the uploaded PDF gets the electronic-copy stamp (verify code + QR), is signed
 * with the unit's certificate and recorded; the owner finds it in their account and their document store, and is told.
 */
import "./catalogue.js";
import { type AuditActor, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { conflict } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import { slugFromText } from "../../../platform/i18n/vietnamese-slug.js";
import type { Services } from "../../../platform/services.js";
import { addResultToStore } from "../documents/store.js";
import { enqueueNotice } from "../notifications/dossier-notify.js";
import { CITIZEN_PATHS } from "../paths.js";
import { SIGN_STATES } from "./access.js";
import { resultIssuedNotice } from "./domain/result-notice.js";
import { generateVerifyCode } from "./domain/verify-code.js";
import { recordElectronicDocument } from "./e-documents.js";
import { verifyUrl } from "./receipt-pdf.js";
import { stampResultPdf } from "./result-stamp.js";
import type { DossierForResult } from "./store.js";

export interface IssuedResult {
  id: string;
  verifyCode: string;
}

/** The result's name as the public verification page shows it: never the dossier's code (shown masked there). */
export function resultTitle(d: Pick<DossierForResult, "procedure_name" | "result_type">): string {
  const type = d.result_type.trim();
  return type !== "" ? type : t("vi", "results.sign.defaultTitle", { procedure: d.procedure_name });
}

/**
 * Throws UnreadablePdfError (from the stamp) when the file is not a PDF pdf-lib can open, and a 409 when the dossier
 * left the states in which a result is signed while the form was open.
 */
export async function issueSignedResult(
  services: Services,
  d: DossierForResult,
  input: { pdf: Buffer; staffId: string; actor: AuditActor; at: Date },
): Promise<IssuedResult> {
  const verifyCode = generateVerifyCode();
  const stamped = await stampResultPdf(input.pdf, {
    text: t("vi", "results.stamp", { unit: d.current_unit_name, code: verifyCode }),
    qrUrl: verifyUrl(services.config.publicUrl, verifyCode),
  });
  const signed = await services.signer.sign(stamped, {
    reason: t("vi", "results.sign.reasonResult"),
    location: t("vi", "results.sign.location"),
    name: d.current_unit_name,
    signedAt: input.at,
  });
  // Stored before the rows: if the transaction rolls back, an unreferenced file is harmless.
  const stored = await services.files.put(signed);
  const title = resultTitle(d);
  const filename = `ket-qua-${slugFromText(d.code, 60) || "ho-so"}.pdf`;
  return inTransaction(services.db, async (tx) => {
    const locked = await tx
      .selectFrom("dossiers")
      .select(["state", "citizen_id"])
      .where("id", "=", d.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!SIGN_STATES.includes(locked.state)) throw conflict("results.error.notNow");
    const doc = await recordElectronicDocument(tx, {
      dossierId: d.id,
      kind: "result",
      title,
      filename,
      sha256: stored.sha256,
      sizeBytes: stored.size,
      issuerUnitId: d.current_unit_id,
      issuerName: d.current_unit_name,
      signer: services.signer,
      signedBy: input.staffId,
      verifyCode,
      at: input.at,
    });
    if (locked.citizen_id) {
      await addResultToStore(tx, {
        citizenId: locked.citizen_id,
        dossierId: d.id,
        electronicDocumentId: doc.id,
        title,
        sha256: stored.sha256,
        filename,
        sizeBytes: stored.size,
        at: input.at,
      });
      const citizen = await tx
        .selectFrom("citizens")
        .select(["email", "phone"])
        .where("id", "=", locked.citizen_id)
        .executeTakeFirst();
      if (citizen) {
        const base = services.config.publicUrl.replace(/\/+$/, "");
        await enqueueNotice(
          services,
          tx,
          { phone: citizen.phone, email: citizen.email },
          resultIssuedNotice({
            code: d.code,
            procedureName: d.procedure_name,
            unitName: d.current_unit_name,
            verifyCode,
            dossierUrl: `${base}${CITIZEN_PATHS.myDossier(d.code)}`,
          }),
          `${d.id}:e-result:${doc.id}`,
          `dossier:${d.code}:e-result`,
        );
      }
    }
    await recordAudit(tx, input.actor, {
      action: "dossier.result_signed",
      entityType: "dossier",
      entityId: d.id,
      summary: t("vi", "results.audit.signed", { code: d.code, verifyCode }),
      after: { electronic_document_id: doc.id, sha256: stored.sha256, verify_code: verifyCode },
    });
    return { id: doc.id, verifyCode };
  });
}
