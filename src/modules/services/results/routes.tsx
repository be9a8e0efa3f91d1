import "./catalogue.js";
import { createHash } from "node:crypto";
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import { csrfToken, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom } from "../../../platform/audit/index.js";
import { attachmentDisposition } from "../../../platform/http/content-disposition.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { mainShell } from "../../citizens/index.js";
import { checkUploads, DOSSIER_MULTIPART_LIMITS, readDossierForm } from "../dossiers/upload.js";
import { rolesOverDossier } from "../lifecycle/access.js";
import { UUID } from "../lifecycle/store.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import { holdsSignRole, mayView, SIGN_ROLES, SIGN_STATES, VIEW_ROLES } from "./access.js";
import { maskDossierCode, normalizeVerifyCode } from "./domain/verify-code.js";
import { findByVerifyCode } from "./e-documents.js";
import { UnreadablePdfError } from "./result-stamp.js";
import { issueSignedResult, resultTitle } from "./sign-result.js";
import {
  type DossierForResult,
  documentFile,
  dossierForResult,
  ownerDocumentFile,
  resultPdfFiles,
} from "./store.js";
import { SignResultPage } from "./views/sign-result-page.js";
import {
  type FileCheck,
  type PublicDocument,
  VerifiedDocumentPage,
  VerifyFormPage,
} from "./views/verify-page.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

type IdParams = { Params: { id: string } };
type DocParams = { Params: { id: string; docId: string } };
type OwnerParams = { Params: { code: string; docId: string } };
type CodeParams = { Params: { code: string } };

/** Guessing codes is pointless (60 random bits), but a limit keeps anyone from trying at machine speed. */
const VERIFY_RATE_LIMIT = { max: 60, timeWindow: "10 minutes" };

function contentDisposition(filename: string): string {
  return attachmentDisposition(filename, "van-ban.pdf");
}

function str(source: unknown, key: string, max: number): string {
  const v = source && typeof source === "object" ? (source as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v.slice(0, max) : "";
}

/** Receipts and electronic results: signing, downloads, public verification (issue 8). */
export async function resultRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;
  await app.register(multipart, { limits: DOSSIER_MULTIPART_LIMITS });

  function sendPdf(reply: FastifyReply, file: { sha256: string; filename: string }) {
    return reply
      .type("application/pdf")
      .header("cache-control", "private, no-store")
      .header("x-content-type-options", "nosniff")
      .header("content-disposition", contentDisposition(file.filename))
      .send(services.files.createReadStream(file.sha256));
  }

  /** The dossier and the viewer's roles over it; 404 for an unknown id, 403 for staff of other units. */
  async function loadForStaff(request: FastifyRequest, id: string) {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const d = UUID.test(id) ? await dossierForResult(db, id) : undefined;
    if (!d) throw notFound();
    const roles = await rolesOverDossier(db, staff.grants, d);
    return { d, roles, staffId: staff.id };
  }

  async function sendSignPage(
    request: FastifyRequest,
    reply: FastifyReply,
    d: DossierForResult,
    opts: { errors?: Errors; chosen?: string; status?: number } = {},
  ) {
    const files = await resultPdfFiles(db, d.id);
    return sendAdminPage(
      request,
      reply,
      tv("results.signPage.title", { code: d.code }),
      <SignResultPage
        dossierId={d.id}
        code={d.code}
        unitName={d.current_unit_name}
        title={resultTitle(d)}
        files={files}
        csrf={csrfToken(request)}
        chosen={opts.chosen}
        errors={opts.errors}
      />,
      opts.status ?? 200,
    );
  }

  const signAccess = { config: { access: { roles: SIGN_ROLES } } };

  app.get<IdParams>(SERVICES_PATHS.dossierSignResult(":id"), signAccess, async (request, reply) => {
    const { d, roles } = await loadForStaff(request, request.params.id);
    if (!holdsSignRole(roles)) throw forbidden();
    if (!SIGN_STATES.includes(d.state)) return reply.redirect(SERVICES_PATHS.dossier(d.id), 303);
    return sendSignPage(request, reply, d);
  });

  app.post<IdParams>(SERVICES_PATHS.dossierSignResult(":id"), signAccess, async (request, reply) => {
    const { d, roles, staffId } = await loadForStaff(request, request.params.id);
    if (!holdsSignRole(roles)) throw forbidden();
    if (!SIGN_STATES.includes(d.state)) {
      return sendAdminPage(
        request,
        reply,
        tv("results.signPage.title", { code: d.code }),
        <p role="alert">{tv("results.error.notNow")}</p>,
        409,
      );
    }
    const form = await readDossierForm(request);
    const chosen = str(form.fields, "fileId", 40);
    const uploads = form.files.filter((f) => f.field === "resultFile");
    let pdf: Buffer | undefined;
    if (uploads.length > 0) {
      const checked = await checkUploads(uploads);
      const refused = Object.values(checked.errors)[0];
      const file = checked.accepted[0];
      if (refused || !file)
        return sendSignPage(request, reply, d, { errors: { resultFile: refused ?? "" }, status: 422 });
      if (file.mime !== "application/pdf") {
        return sendSignPage(request, reply, d, {
          errors: { resultFile: tv("results.error.notPdf", { name: file.filename }) },
          status: 422,
        });
      }
      pdf = file.buffer;
    } else if (chosen !== "") {
      const file = (await resultPdfFiles(db, d.id)).find((f) => f.id === chosen);
      if (!file)
        return sendSignPage(request, reply, d, {
          errors: { fileId: tv("results.error.unknownFile") },
          status: 422,
        });
      pdf = await services.files.read(file.sha256);
    }
    if (!pdf) {
      const field = (await resultPdfFiles(db, d.id)).length > 0 ? "fileId" : "resultFile";
      return sendSignPage(request, reply, d, {
        errors: { [field]: tv("results.error.choose") },
        status: 422,
      });
    }
    try {
      const issued = await issueSignedResult(services, d, {
        pdf,
        staffId,
        actor: actorFrom(request),
        at: new Date(),
      });
      await setFlash(request, tv("results.signPage.flash", { code: issued.verifyCode }));
    } catch (err) {
      if (!(err instanceof UnreadablePdfError)) throw err;
      const field = uploads.length > 0 ? "resultFile" : "fileId";
      return sendSignPage(request, reply, d, {
        errors: { [field]: tv("results.error.unreadable") },
        chosen,
        status: 422,
      });
    }
    return reply.redirect(SERVICES_PATHS.dossier(d.id), 303);
  });

  app.get<DocParams>(
    SERVICES_PATHS.dossierElectronicDocument(":id", ":docId"),
    { config: { access: { roles: VIEW_ROLES } } },
    async (request, reply) => {
      const { d, roles } = await loadForStaff(request, request.params.id);
      if (!mayView(roles)) throw forbidden();
      const file = UUID.test(request.params.docId)
        ? await documentFile(db, d.id, request.params.docId)
        : undefined;
      if (!file) throw notFound();
      return sendPdf(reply, file);
    },
  );

  // The owner only; anyone else (another citizen, a visitor, a wrong code/document pair) gets the same 404.
  app.get<OwnerParams>(
    decodeURIComponent(CITIZEN_PATHS.myDossierDocument(":code", ":docId")),
    async (request, reply) => {
      const citizen = request.citizen;
      const { code, docId } = request.params;
      if (!citizen || !UUID.test(docId)) throw notFound();
      const file = await ownerDocumentFile(db, code.trim().slice(0, 80), docId, citizen.id);
      if (!file) throw notFound();
      return sendPdf(reply, file);
    },
  );

  function sendVerifyPage(reply: FastifyReply, status: number, page: JSX.Element) {
    return reply
      .code(status)
      .type("text/html; charset=utf-8")
      .header("cache-control", "private, no-store")
      .header("referrer-policy", "no-referrer")
      .send(renderDocument(page));
  }

  async function publicDocument(code: string): Promise<PublicDocument | undefined> {
    const row = await findByVerifyCode(db, code);
    if (!row) return undefined;
    return {
      verifyCode: row.verify_code,
      kind: row.kind,
      title: row.title,
      issuerName: row.issuer_name,
      signedAt: row.signed_at,
      signerSubject: row.signer_subject,
      certFingerprint: row.cert_fingerprint,
      sha256: row.sha256,
      revokedAt: row.revoked_at,
      revokedReason: row.revoked_reason,
      maskedDossierCode: maskDossierCode(row.dossier_code),
    };
  }

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    props: { code: string; errors?: Errors; notFoundCode?: string },
  ) {
    return sendVerifyPage(
      reply,
      status,
      <VerifyFormPage shell={await mainShell(request)} csrf={csrfToken(request)} {...props} />,
    );
  }

  const verifyRoute = { config: { rateLimit: VERIFY_RATE_LIMIT } };

  app.get(SERVICES_PATHS.verify, verifyRoute, async (request, reply) =>
    formPage(request, reply, 200, { code: "" }),
  );

  app.post(SERVICES_PATHS.verify, verifyRoute, async (request, reply) => {
    const typed = str(request.body, "code", 40).trim();
    if (typed === "")
      return formPage(request, reply, 422, {
        code: typed,
        errors: { code: tv("results.verify.codeRequired") },
      });
    const code = normalizeVerifyCode(typed);
    if (!code)
      return formPage(request, reply, 422, {
        code: typed,
        errors: { code: tv("results.verify.codeFormat") },
      });
    if (!(await findByVerifyCode(db, code)))
      return formPage(request, reply, 404, { code: typed, notFoundCode: code });
    return reply.redirect(SERVICES_PATHS.verifyCode(code), 303);
  });

  const codePath = decodeURIComponent(SERVICES_PATHS.verifyCode(":code"));

  /** The document of a code in the path, or the answer already sent (422 malformed, 404 unknown). */
  async function documentOr(request: FastifyRequest<CodeParams>, reply: FastifyReply) {
    const typed = request.params.code.slice(0, 40);
    const code = normalizeVerifyCode(typed);
    if (!code) {
      await formPage(request, reply, 422, { code: typed, errors: { code: tv("results.verify.codeFormat") } });
      return null;
    }
    const doc = await publicDocument(code);
    if (!doc) {
      await formPage(request, reply, 404, { code: typed, notFoundCode: code });
      return null;
    }
    return doc;
  }

  app.get<CodeParams>(codePath, verifyRoute, async (request, reply) => {
    const doc = await documentOr(request, reply);
    if (!doc) return reply;
    return sendVerifyPage(
      reply,
      200,
      <VerifiedDocumentPage shell={await mainShell(request)} csrf={csrfToken(request)} doc={doc} />,
    );
  });

  app.post<CodeParams>(codePath, verifyRoute, async (request, reply) => {
    const doc = await documentOr(request, reply);
    if (!doc) return reply;
    const form = await readDossierForm(request);
    const file = form.files.find((f) => f.field === "file");
    let errors: Errors | undefined;
    let check: FileCheck | undefined;
    if (!file || file.buffer.length === 0) errors = { file: tv("results.verify.fileRequired") };
    else if (file.truncated) errors = { file: tv("results.verify.fileTooLarge") };
    else {
      const sha256 = createHash("sha256").update(file.buffer).digest("hex");
      check = sha256 === doc.sha256 ? { outcome: "match" } : { outcome: "mismatch", sha256 };
    }
    return sendVerifyPage(
      reply,
      errors ? 422 : 200,
      <VerifiedDocumentPage
        shell={await mainShell(request)}
        csrf={csrfToken(request)}
        doc={doc}
        check={check}
        errors={errors}
      />,
    );
  });
}
