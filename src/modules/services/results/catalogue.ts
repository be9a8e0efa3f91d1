import { servicesResults } from "../../../platform/i18n/catalogues/services-results.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";

/** Imported for its effect: the results strings are registered wherever this part's code runs (routes, jobs, seed). */
registerCatalogue(servicesResults);
