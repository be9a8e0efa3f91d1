import { t } from "../../../platform/i18n/index.js";
import type { StatsSectionKey } from "./domain/table.js";

const KEYS: Record<StatsSectionKey, string> = {
  agencies: "servicesStats.groupAgencies",
  districts: "servicesStats.groupDistricts",
  communes: "servicesStats.groupCommunes",
  all: "servicesStats.total",
};

export const sectionLabel = (key: StatsSectionKey) => t("vi", KEYS[key]);
