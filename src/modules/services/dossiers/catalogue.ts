import { servicesSubmission } from "../../../platform/i18n/catalogues/services-submission.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";

/** Imported for its effect: the submission strings are registered wherever this part's code runs. */
registerCatalogue(servicesSubmission);
