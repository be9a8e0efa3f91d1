import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requestCsrfToken } from "../../../platform/auth/request-state.js";
import { notFound } from "../../../platform/http/errors.js";
import { formatDate } from "../../../platform/i18n/index.js";
import { type CitizenPrincipal, mainShell, sendCitizenPage } from "../../citizens/index.js";
import { publicHistory } from "../notifications/domain/lookup.js";
import { CITIZEN_PATHS } from "../paths.js";
import "./catalogue.js";
import { pendingSupplementNote } from "./domain/dossier-view.js";
import { dossierExtras, ownDossier } from "./store.js";
import { MyDossierPage } from "./views/dossier-page.js";

/** A signed-out visitor is sent to sign in and brought back here. */
function requireCitizen(request: FastifyRequest, reply: FastifyReply): CitizenPrincipal | null {
  if (request.citizen) return request.citizen;
  const next = request.url.split("#")[0] ?? CITIZEN_PATHS.myDossiers;
  void reply.redirect(
    `${CITIZEN_PATHS.signIn}?thong_bao=can-dang-nhap&next=${encodeURIComponent(next)}`,
    303,
  );
  return null;
}

type CodeRequest = { Params: { code: string }; Querystring: Record<string, string | undefined> };

/**
 * The citizen's own dossier page (issue 8): state and dates, the public history, the supplement link, the itemised
 * fee notice with the online payment form and the payment attempts, receipts and results with their verify codes.
 * Owner only; six statements (dossier, events, notice, orders, documents, shell) whatever the dossier holds.
 */
export async function citizenDossierRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;

  app.get<CodeRequest>(decodeURIComponent(CITIZEN_PATHS.myDossier(":code")), async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const code = request.params.code.trim().slice(0, 80);
    const dossier = await ownDossier(db, code, citizen.id);
    if (!dossier) throw notFound();
    const extras = await dossierExtras(db, dossier.id);
    return sendCitizenPage(
      reply,
      <MyDossierPage
        shell={await mainShell(request)}
        csrf={requestCsrfToken(request)}
        citizen={citizen}
        dossier={dossier}
        history={publicHistory(extras.events, (iso) => formatDate(iso))}
        supplementNote={pendingSupplementNote(dossier.state, extras.events)}
        notice={extras.notice}
        orders={extras.orders}
        documents={extras.documents}
        canPayOnline={config.payment.mode !== "off"}
      />,
    );
  });
}
