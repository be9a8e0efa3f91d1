/** Whether a document is in force on a day, as the public list shows it. */
export type LegalStatus = "in_force" | "expired" | "not_yet";

export interface StatusInput {
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  /** The document that replaces this one, if any: it ends this one from the day it takes effect. */
  replacement: { issuedOn: string; effectiveOn: string | null } | null;
}

/**
 * Computed from the dates and replaced-by as of `today` (ISO, Vietnam's date), never stored, so it changes on its own
 * at midnight. A document without an effective date is taken to be in force from its issue date; it stops on its
 * expiry date, or on the day its replacement takes effect.
 */
export function legalStatus(doc: StatusInput, today: string): LegalStatus {
  const start = doc.effectiveOn ?? doc.issuedOn;
  if (today < start) return "not_yet";
  if (doc.expiresOn !== null && today >= doc.expiresOn) return "expired";
  if (doc.replacement) {
    const replacedFrom = doc.replacement.effectiveOn ?? doc.replacement.issuedOn;
    if (today >= replacedFrom) return "expired";
  }
  return "in_force";
}
