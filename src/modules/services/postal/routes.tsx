import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csrfToken, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { servicesNotify } from "../../../platform/i18n/catalogues/services-notify.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { can } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { unitAncestors } from "../lifecycle/access.js";
import { dossierLinks, enqueueNotice } from "../notifications/dossier-notify.js";
import { SERVICES_PATHS } from "../paths.js";
import { shipmentNotice } from "./domain/notice.js";
import { checkStatusChange } from "./domain/shipment.js";
import {
  checkShipment,
  checkStatusForm,
  SHIPMENT_FIELDS,
  type ShipmentFormValues,
  shipmentValuesFromBody,
  statusValuesFromBody,
} from "./domain/shipment-input.js";
import {
  hasOpenShipment,
  insertShipment,
  listShipments,
  lockShipment,
  type PostalDossier,
  postalDossier,
  setShipmentStatus,
  trackingTaken,
} from "./store.js";
import { PostalPage, type StatusFormState } from "./views/postal-page.js";

registerCatalogue(servicesNotify);

const POSTAL_ROLES: readonly Role[] = ["one_stop_officer"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

type DossierParams = { Params: { id: string } };
type ShipmentParams = { Params: { id: string; shipmentId: string } };

/** A unique-index violation (two officers entering the same tracking number at once). */
function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown })?.code === "23505";
}

class FormRefusal extends Error {
  constructor(
    readonly field: string,
    readonly messageText: string,
  ) {
    super(messageText);
  }
}

/**
 * Postal receipt and return of a dossier (SPEC §B5, QĐ 45/2016/QĐ-TTg) for the one-stop officers of the unit that
 * received it: create a shipment (prefilled from the applicant), then record its hand-over statuses. Every write is
 * audited; a status change of a return shipment tells the applicant.
 */
export async function postalRoutes(app: FastifyInstance): Promise<void> {
  const services = app.services;
  const { db } = services;
  const path = SERVICES_PATHS.dossierPostal(":id");

  async function dossierFor(request: FastifyRequest<DossierParams>): Promise<PostalDossier> {
    const id = request.params.id;
    if (!UUID.test(id)) throw notFound();
    const dossier = await postalDossier(db, id.toLowerCase());
    if (!dossier) throw notFound();
    const ancestors = await unitAncestors(db, dossier.unit_id);
    if (!can(request.staff, POSTAL_ROLES, { unitId: dossier.unit_id }, ancestors)) throw forbidden();
    return dossier;
  }

  function prefill(d: PostalDossier): ShipmentFormValues {
    return {
      direction: "return",
      recipientName: d.applicant_name,
      recipientPhone: d.applicant_phone ?? "",
      street: d.applicant_address ?? "",
      commune: "",
      district: "",
      province: "Quảng Ngãi",
      postalService: "vnpost",
      trackingNumber: "",
    };
  }

  async function sendPage(
    request: FastifyRequest,
    reply: FastifyReply,
    d: PostalDossier,
    opts: { values?: ShipmentFormValues; errors?: FieldErrors; statusForm?: StatusFormState } = {},
  ) {
    const shipments = await listShipments(db, d.id);
    const status = opts.errors || opts.statusForm ? 422 : 200;
    return sendAdminPage(
      request,
      reply,
      tv("postal.title", { code: d.code }),
      <PostalPage
        dossier={d}
        shipments={shipments}
        csrf={csrfToken(request)}
        values={opts.values ?? prefill(d)}
        errors={opts.errors}
        statusForm={opts.statusForm}
      />,
      status,
    );
  }

  app.get<DossierParams>(path, { config: { access: { roles: POSTAL_ROLES } } }, async (request, reply) => {
    const d = await dossierFor(request);
    return sendPage(request, reply, d);
  });

  app.post<DossierParams>(path, { config: { access: { roles: POSTAL_ROLES } } }, async (request, reply) => {
    const d = await dossierFor(request);
    const values = shipmentValuesFromBody(request.body);
    const checked = checkShipment(values);
    if (!checked.ok) {
      const errors: FieldErrors = {};
      for (const f of SHIPMENT_FIELDS) {
        const p = checked.problems[f];
        if (p) errors[f] = tv(p.key, { field: tv(fieldLabelKey(f)).toLowerCase(), ...p.params });
      }
      return sendPage(request, reply, d, { values, errors });
    }
    const input = checked.input;
    try {
      await inTransaction(db, async (tx) => {
        // Serialise shipments of one dossier: lock the dossier row.
        await tx.selectFrom("dossiers").select("id").where("id", "=", d.id).forUpdate().execute();
        if (await hasOpenShipment(tx, d.id, input.direction)) {
          throw new FormRefusal("direction", tv("postal.error.openExists"));
        }
        if (input.trackingNumber && (await trackingTaken(tx, input.postalService, input.trackingNumber))) {
          throw new FormRefusal("trackingNumber", tv("postal.error.tracking.taken"));
        }
        const row = await insertShipment(tx, d.id, input, request.staff?.id ?? null, new Date());
        await recordAudit(tx, actorFrom(request), {
          action: "dossier_shipment.create",
          entityType: "dossier",
          entityId: d.id,
          summary: `Hồ sơ ${d.code}: tạo bưu gửi (${tv(`postal.direction.${input.direction}`)})`,
          before: null,
          after: row,
        });
      });
    } catch (err) {
      if (err instanceof FormRefusal)
        return sendPage(request, reply, d, { values, errors: { [err.field]: err.messageText } });
      if (isUniqueViolation(err)) {
        return sendPage(request, reply, d, {
          values,
          errors: { trackingNumber: tv("postal.error.tracking.taken") },
        });
      }
      throw err;
    }
    await setFlash(request, tv("postal.created"));
    return reply.redirect(SERVICES_PATHS.dossierPostal(d.id), 303);
  });

  app.post<ShipmentParams>(
    `${path}/:shipmentId`,
    { config: { access: { roles: POSTAL_ROLES } } },
    async (request, reply) => {
      const d = await dossierFor(request);
      const shipmentId = request.params.shipmentId;
      if (!UUID.test(shipmentId)) throw notFound();
      const values = statusValuesFromBody(request.body);
      const refuse = (field: string, message: string) =>
        sendPage(request, reply, d, {
          statusForm: {
            shipmentId: shipmentId.toLowerCase(),
            values: { status: values.status, trackingNumber: values.trackingNumber, note: values.note },
            error: { field, message },
          },
        });
      try {
        await inTransaction(db, async (tx) => {
          const s = await lockShipment(tx, d.id, shipmentId.toLowerCase());
          if (!s) throw notFound();
          if (values.from !== "" && values.from !== s.status)
            throw new FormRefusal("status", tv("postal.error.stale"));
          const form = checkStatusForm(values, s.postal_service);
          if (!form.ok) {
            throw new FormRefusal(
              form.field,
              tv(form.problem.key, {
                field: tv(fieldLabelKey(form.field)).toLowerCase(),
                ...form.problem.params,
              }),
            );
          }
          const tracking = s.tracking_number ?? form.tracking;
          const change = checkStatusChange(s.status, form.status, tracking !== null);
          if (!change.ok) {
            throw new FormRefusal(
              change.reason === "tracking_required" ? "trackingNumber" : "status",
              tv(`postal.error.status.${change.reason}`, {
                from: tv(`postal.status.${s.status}`),
                to: tv(`postal.status.${form.status}`),
              }),
            );
          }
          if (
            !s.tracking_number &&
            form.tracking &&
            (await trackingTaken(tx, s.postal_service, form.tracking, s.id))
          ) {
            throw new FormRefusal("trackingNumber", tv("postal.error.tracking.taken"));
          }
          const at = new Date();
          const updated = await setShipmentStatus(
            tx,
            s.id,
            { status: form.status, tracking: s.tracking_number ? null : form.tracking, note: form.note },
            request.staff?.id ?? null,
            at,
          );
          await recordAudit(tx, actorFrom(request), {
            action: "dossier_shipment.status",
            entityType: "dossier",
            entityId: d.id,
            summary: `Hồ sơ ${d.code}: bưu gửi ${updated.tracking_number ?? ""} — ${tv(`postal.status.${form.status}`)}`,
            before: { status: s.status, tracking_number: s.tracking_number },
            after: { status: updated.status, tracking_number: updated.tracking_number, note: form.note },
          });
          const notice = shipmentNotice({
            direction: updated.direction,
            status: updated.status,
            code: d.code,
            service: updated.postal_service,
            tracking: updated.tracking_number ?? "",
            ...dossierLinks(services.config.publicUrl, d),
          });
          if (notice) {
            await enqueueNotice(
              services,
              tx,
              { phone: d.applicant_phone, email: d.applicant_email },
              notice,
              `${d.id}:postal:${updated.id}:${updated.status}`,
              `dossier:${d.code}:postal:${updated.status}`,
            );
          }
        });
      } catch (err) {
        if (err instanceof FormRefusal) return refuse(err.field, err.messageText);
        if (isUniqueViolation(err)) return refuse("trackingNumber", tv("postal.error.tracking.taken"));
        throw err;
      }
      await setFlash(request, tv("postal.updated"));
      return reply.redirect(SERVICES_PATHS.dossierPostal(d.id), 303);
    },
  );
}

function fieldLabelKey(field: string): string {
  switch (field) {
    case "direction":
      return "postal.direction";
    case "recipientName":
      return "postal.recipientName";
    case "recipientPhone":
      return "postal.recipientPhone";
    case "postalService":
      return "postal.service";
    case "trackingNumber":
      return "postal.tracking";
    case "status":
      return "postal.newStatus";
    case "note":
      return "postal.note";
    default:
      return `postal.${field}`;
  }
}
