import type { ColumnType, Selectable } from "kysely";
import type { PostalService, ShipmentDirection, ShipmentStatus } from "./domain/shipment.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface DossierShipmentTable {
  id: string;
  dossier_id: string;
  direction: ShipmentDirection;
  recipient_name: string;
  recipient_phone: string;
  street: string;
  commune: string;
  district: string;
  province: string;
  postal_service: PostalService;
  tracking_number: string | null;
  status: ColumnType<ShipmentStatus, ShipmentStatus | undefined, ShipmentStatus>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DossierShipmentEventTable {
  id: ColumnType<string, never, never>;
  shipment_id: string;
  status: ShipmentStatus;
  note: string | null;
  staff_id: string | null;
  at: Timestamp;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    dossier_shipments: DossierShipmentTable;
    dossier_shipment_events: DossierShipmentEventTable;
  }
}

export type DossierShipment = Selectable<DossierShipmentTable>;
export type DossierShipmentEvent = Selectable<DossierShipmentEventTable>;
