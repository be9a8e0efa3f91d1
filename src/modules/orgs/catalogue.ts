import { orgs } from "../../platform/i18n/catalogues/orgs.js";
import { registerCatalogue } from "../../platform/i18n/index.js";

// Imported for its effect by every orgs route file: the module's strings are available once any of them loads.
registerCatalogue(orgs);
