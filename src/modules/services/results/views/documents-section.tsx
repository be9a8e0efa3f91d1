import type { OnlineExtras } from "../../lifecycle/online-extras.js";

/** Receipts and signed results on the staff dossier page, with the sign-result form when allowed. Stub (results part). */
export function ElectronicDocumentsSection(_props: {
  dossierId: string;
  extras: OnlineExtras;
  csrf: string;
  canSignResult: boolean;
}) {
  return null;
}
