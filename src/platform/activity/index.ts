/** Staff activity for duty tracking (SPEC §F3): sign-ins and site reviews, recorded from real use. */
import "./tables.js";

export { activityMigrations } from "./migrations.js";
export { activityDay, recordStaffActivity, type StaffActivity } from "./record.js";
export { noteSiteReview, registerSiteReviewRoute, reviewedSite, siteReviewPlugin } from "./site-review.js";
export type { StaffActivityKind } from "./tables.js";
