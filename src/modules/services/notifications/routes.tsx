import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken } from "../../../platform/admin/shell.js";
import { notFound } from "../../../platform/http/errors.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { servicesLifecycle } from "../../../platform/i18n/catalogues/services-lifecycle.js";
import { servicesNotify } from "../../../platform/i18n/catalogues/services-notify.js";
import { formatDate, registerCatalogue, t } from "../../../platform/i18n/index.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { SERVICES_PATHS } from "../paths.js";
import { publicShipments } from "../postal/store.js";
import {
  isPlausibleCode,
  LOOKUP_RATE,
  matchesApplicant,
  normaliseCode,
  publicHistory,
  tokenMatches,
} from "./domain/lookup.js";
import { dossierByCode, dossierHistory, type LookupDossier, takeLookupSlot } from "./store.js";
import { LookupPage, type LookupResult, type LookupValues } from "./views/lookup-page.js";

registerCatalogue(servicesLifecycle);
registerCatalogue(servicesNotify);

function str(source: unknown, key: string, max: number): string {
  const v = source && typeof source === "object" ? (source as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v.slice(0, max) : "";
}

/**
 * Public dossier lookup (SPEC §B4) at SERVICES_PATHS.lookup: by code + the applicant's phone or ID number (a POST
 * form, so neither lands in logs or history), or from the receipt's QR (`?ma=<code>&k=<token>`). Any wrong
 * combination gets one message that does not say which part was wrong (422). Lookups are limited per address in the
 * database (429). Never cached: every answer is personal.
 */
export async function lookupRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  async function sendPage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    props: {
      values: LookupValues;
      errors?: FieldErrors;
      notice?: { title?: string; text: string };
      result?: LookupResult;
    },
  ) {
    const found = await loadSiteWithUnit(db, "");
    if (!found) throw notFound();
    const shell = buildShell(request, found.site, found.unit);
    const html = renderDocument(<LookupPage shell={shell} csrf={csrfToken(request)} {...props} />);
    return reply
      .code(status)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .header("referrer-policy", "no-referrer")
      .send(html);
  }

  /** The slot is taken before the dossier is read, so a guesser learns nothing past the limit. */
  async function limited(request: FastifyRequest, reply: FastifyReply, values: LookupValues) {
    const decision = await takeLookupSlot(db, request.ip);
    if (decision.allowed) return null;
    reply.header("retry-after", String(decision.retryAfterSeconds));
    return sendPage(request, reply, 429, {
      values,
      notice: {
        title: t("vi", "lookup.tooManyTitle"),
        text: t("vi", "lookup.error.tooMany", {
          max: LOOKUP_RATE.max,
          minutes: LOOKUP_RATE.windowMs / 60_000,
          retry: Math.max(1, Math.ceil(decision.retryAfterSeconds / 60)),
        }),
      },
    });
  }

  function noMatch(request: FastifyRequest, reply: FastifyReply, values: LookupValues) {
    return sendPage(request, reply, 422, { values, notice: { text: t("vi", "lookup.error.notFound") } });
  }

  async function resultFor(d: LookupDossier, withToken: boolean): Promise<LookupResult> {
    const events = await dossierHistory(db, d.id);
    const history = publicHistory(events, (iso) => formatDate(iso));
    const lastRequest = [...events].reverse().find((e) => e.action === "request_supplement");
    const waiting = d.state === "supplement_requested";
    return {
      dossier: d,
      history,
      shipments: await publicShipments(db, d.id),
      supplementNote: waiting ? (lastRequest?.note ?? null) : null,
      supplementHref:
        waiting && withToken
          ? `${SERVICES_PATHS.supplement(d.code)}?${new URLSearchParams({ k: d.lookup_token }).toString()}`
          : null,
    };
  }

  app.get(SERVICES_PATHS.lookup, async (request, reply) => {
    const query = request.query;
    const code = normaliseCode(str(query, "ma", 100));
    const token = str(query, "k", 300);
    const values: LookupValues = { code, phone: "", idNumber: "" };
    if (code === "" || token === "") return sendPage(request, reply, 200, { values });
    const over = await limited(request, reply, values);
    if (over) return over;
    const d = isPlausibleCode(code) ? await dossierByCode(db, code) : undefined;
    // Compare even when there is no such dossier, so the time taken says nothing about the code.
    const ok = tokenMatches(d?.lookup_token ?? "\u0000no-dossier", token);
    if (!d || !ok) return noMatch(request, reply, values);
    return sendPage(request, reply, 200, { values, result: await resultFor(d, true) });
  });

  app.post(SERVICES_PATHS.lookup, async (request, reply) => {
    const body = request.body;
    const values: LookupValues = {
      code: str(body, "code", 100).trim(),
      phone: str(body, "phone", 40).trim(),
      idNumber: str(body, "idNumber", 40).trim(),
    };
    const errors: FieldErrors = {};
    const code = normaliseCode(values.code);
    if (code === "") errors.code = t("vi", "lookup.error.code");
    else if (!isPlausibleCode(code)) errors.code = t("vi", "lookup.error.codeFormat");
    if (values.phone === "" && values.idNumber === "") errors.phone = t("vi", "lookup.error.secret");
    if (Object.keys(errors).length > 0) return sendPage(request, reply, 422, { values, errors });

    const over = await limited(request, reply, values);
    if (over) return over;
    const d = await dossierByCode(db, code);
    const ok = matchesApplicant(
      { phone: d?.applicant_phone ?? null, idNumber: d?.applicant_id_number ?? null },
      { phone: values.phone, idNumber: values.idNumber },
    );
    if (!d || !ok) return noMatch(request, reply, values);
    return sendPage(request, reply, 200, { values, result: await resultFor(d, false) });
  });
}
