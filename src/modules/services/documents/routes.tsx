import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requestCsrfToken } from "../../../platform/auth/request-state.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { attachmentDisposition } from "../../../platform/http/content-disposition.js";
import { badRequest, notFound } from "../../../platform/http/errors.js";
import { servicesDocuments } from "../../../platform/i18n/catalogues/services-documents.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { bodyField, type CitizenPrincipal, mainShell, sendCitizenPage } from "../../citizens/index.js";
import { CITIZEN_PATHS } from "../paths.js";
import { parseDocumentId } from "./domain/matching.js";
import {
  countKeptPapers,
  getConsent,
  getOwnDocument,
  grantConsent,
  listAccess,
  listStoredDocuments,
  logAccess,
  softDeleteDocument,
  withdrawConsent,
} from "./store.js";
import { ConfirmWithdrawPage, StoredDocumentPage, StorePage } from "./views/store-pages.js";

registerCatalogue(servicesDocuments);

export const STORE_PAGE_SIZE = 50;

type IdRequest = { Params: { id: string } };

/** A signed-out visitor is sent to sign in and brought back (to the store after a form post). */
function requireCitizen(request: FastifyRequest, reply: FastifyReply): CitizenPrincipal | null {
  if (request.citizen) return request.citizen;
  const next = request.method === "GET" ? (request.url.split("#")[0] ?? "") : CITIZEN_PATHS.documentStore;
  void reply.redirect(
    `${CITIZEN_PATHS.signIn}?thong_bao=can-dang-nhap&next=${encodeURIComponent(next)}`,
    303,
  );
  return null;
}

/** What the store page says after a redirect (kept in the address, as the profile page does). */
function noticeOf(query: Record<string, string | undefined>): string | null {
  switch (query.thong_bao) {
    case "da-dong-y":
      return t("vi", "servicesDocuments.granted");
    case "da-rut":
      return t("vi", "servicesDocuments.withdrawn", { count: Number(query.so ?? "0") || 0 });
    case "da-xoa":
      return t("vi", "servicesDocuments.deleted");
    default:
      return null;
  }
}

/**
 * The citizen's document store (issue 8 item 5): results and kept papers, consent, each document's page with its
 * access log, download and delete. Only the owner ever sees a document here; anyone else's id is a 404.
 */
export async function documentStoreRoutes(app: FastifyInstance): Promise<void> {
  const { db, files } = app.services;

  async function base(request: FastifyRequest, citizen: CitizenPrincipal) {
    return { shell: await mainShell(request), csrf: requestCsrfToken(request), citizen };
  }

  async function ownDocument(citizen: CitizenPrincipal, rawId: string) {
    const id = parseDocumentId(rawId);
    const doc = id ? await getOwnDocument(db, citizen.id, id) : undefined;
    if (!doc) throw notFound();
    return doc;
  }

  app.get<{ Querystring: Record<string, string | undefined> }>(
    CITIZEN_PATHS.documentStore,
    async (request, reply) => {
      const citizen = requireCitizen(request, reply);
      if (!citizen) return reply;
      const requested = Number(request.query.trang ?? "1");
      const wanted = Number.isInteger(requested) && requested >= 1 ? requested : 1;
      const consent = await getConsent(db, citizen.id);
      let list = await listStoredDocuments(db, citizen.id, {
        limit: STORE_PAGE_SIZE,
        offset: (wanted - 1) * STORE_PAGE_SIZE,
      });
      const pages = Math.max(1, Math.ceil(list.total / STORE_PAGE_SIZE));
      const page = Math.min(wanted, pages);
      if (page !== wanted)
        list = await listStoredDocuments(db, citizen.id, {
          limit: STORE_PAGE_SIZE,
          offset: (page - 1) * STORE_PAGE_SIZE,
        });
      return sendCitizenPage(
        reply,
        <StorePage
          {...(await base(request, citizen))}
          consent={consent}
          notice={noticeOf(request.query)}
          rows={list.rows}
          total={list.total}
          page={page}
          pages={pages}
        />,
      );
    },
  );

  app.post(CITIZEN_PATHS.documentStoreConsent, async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const action = bodyField(request.body, "action", 20);
    const at = new Date();
    if (action === "grant") {
      await grantConsent(db, citizen.id, at);
      return reply.redirect(`${CITIZEN_PATHS.documentStore}?thong_bao=da-dong-y`, 303);
    }
    if (action !== "withdraw") throw badRequest("errors.validation");
    if (bodyField(request.body, "confirm", 10) !== "yes") {
      const papers = await countKeptPapers(db, citizen.id);
      return sendCitizenPage(
        reply,
        <ConfirmWithdrawPage {...(await base(request, citizen))} papers={papers} />,
      );
    }
    const removed = await inTransaction(db, (tx) => withdrawConsent(tx, citizen.id, at));
    return reply.redirect(`${CITIZEN_PATHS.documentStore}?thong_bao=da-rut&so=${removed}`, 303);
  });

  app.get<IdRequest>(CITIZEN_PATHS.storedDocument(":id"), async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const doc = await ownDocument(citizen, request.params.id);
    await logAccess(db, {
      documentId: doc.id,
      actor: { kind: "citizen", citizenId: citizen.id },
      action: "view",
      dossierId: null,
      at: new Date(),
    });
    const log = await listAccess(db, doc.id);
    return sendCitizenPage(
      reply,
      <StoredDocumentPage {...(await base(request, citizen))} doc={doc} log={log} />,
    );
  });

  app.get<IdRequest>(CITIZEN_PATHS.storedDocumentFile(":id"), async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const doc = await ownDocument(citizen, request.params.id);
    if (!(await files.has(doc.sha256))) throw notFound();
    await logAccess(db, {
      documentId: doc.id,
      actor: { kind: "citizen", citizenId: citizen.id },
      action: "download",
      dossierId: null,
      at: new Date(),
    });
    return reply
      .type(doc.mimeType)
      .header("cache-control", "private, no-store")
      .header("x-content-type-options", "nosniff")
      .header("content-disposition", attachmentDisposition(doc.filename, "tep"))
      .send(files.createReadStream(doc.sha256));
  });

  app.post<IdRequest>(CITIZEN_PATHS.storedDocumentDelete(":id"), async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const id = parseDocumentId(request.params.id);
    const done = id
      ? await inTransaction(db, (tx) => softDeleteDocument(tx, citizen.id, id, new Date()))
      : false;
    if (!done) throw notFound();
    return reply.redirect(`${CITIZEN_PATHS.documentStore}?thong_bao=da-xoa`, 303);
  });
}
