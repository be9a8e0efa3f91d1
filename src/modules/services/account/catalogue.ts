import { servicesAccount } from "../../../platform/i18n/catalogues/services-account.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";

// Imported by every view that uses these strings, so they are registered whichever route module loads first.
registerCatalogue(servicesAccount);
