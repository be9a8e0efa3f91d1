import { randomBytes, timingSafeEqual } from "node:crypto";

/** A random 128-bit secret for the receipt's QR link (base64url, 22 characters). */
export function newLookupToken(): string {
  return randomBytes(16).toString("base64url");
}

function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether the person asking may see a dossier's applicant pages (submitted page, receipt, supplement): its signed-in
 * owner, or anyone holding the lookup token from the receipt. Nobody else learns that the dossier exists.
 */
export function mayOpenAsApplicant(
  dossier: { citizen_id: string | null; lookup_token: string },
  who: { citizenId: string | null; token: string | undefined },
): boolean {
  if (dossier.citizen_id !== null && who.citizenId === dossier.citizen_id) return true;
  return typeof who.token === "string" && who.token !== "" && sameToken(dossier.lookup_token, who.token);
}

/** The lookup link of the receipt's QR code: the public lookup page opened with the code and its token. */
export function receiptLookupUrl(publicUrl: string, lookupPath: string, code: string, token: string): string {
  const q = new URLSearchParams({ ma: code, k: token });
  return `${publicUrl.replace(/\/+$/, "")}${lookupPath}?${q.toString()}`;
}
