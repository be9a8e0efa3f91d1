import type { OnlineExtras } from "../../lifecycle/online-extras.js";

/** The fee notice on the staff dossier page, with the counter payment form when allowed. Stub (fees part). */
export function FeeSection(_props: {
  dossierId: string;
  extras: OnlineExtras;
  csrf: string;
  canCollect: boolean;
}) {
  return null;
}
