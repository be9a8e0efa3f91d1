import { tv } from "../compliance/access.js";
import type { AppendixGroupKey, AppendixRow } from "./domain/appendix.js";

const GROUP_KEYS: Record<AppendixGroupKey, string> = {
  agencies: "govDash.groupAgencies",
  districts: "govDash.groupDistricts",
  communes: "govDash.groupCommunes",
};

export const groupLabel = (key: AppendixGroupKey) => tv(GROUP_KEYS[key]);

/** The merged first row is named as the report names it: the Office runs the main portal and the English site. */
export const appendixRowName = (row: AppendixRow) =>
  row.portal ? tv("govDash.mainRow", { name: tv("govDash.mainRowName") }) : row.name;
