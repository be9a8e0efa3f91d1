/**
 * The dossier code of Circular 01/2018/TT-VPCP: the receiving agency's identifier code (mã định danh, e.g.
 * "000.00.00.H48"), the day of submission in Vietnamese time (yymmdd), and the day's sequence number of that agency
 * (at least 4 digits), e.g. "000.00.00.H48-250315-0042".
 */

const VN_OFFSET_MS = 7 * 3600_000;

/** The civil day in Vietnam (UTC+7, no daylight saving) as "yyyy-mm-dd". */
export function vnIsoDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The same day as yymmdd. */
export function vnYymmdd(at: Date): string {
  const iso = vnIsoDay(at);
  return `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}`;
}

/** The agency part of a code: the unit's identifier code, or its short code when it has none. */
export function agencyCodeOf(unit: { identifier_code: string | null; short_code: string }): string {
  const id = unit.identifier_code?.trim();
  return id ? id : unit.short_code.trim();
}

export function formatDossierCode(agencyCode: string, at: Date, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`bad dossier sequence ${seq}`);
  return `${agencyCode}-${vnYymmdd(at)}-${String(seq).padStart(4, "0")}`;
}

const CODE = /^(.+)-(\d{6})-(\d{4,})$/;

/** Splits a code back into its parts (null when it is not one). */
export function parseDossierCode(code: string): { agencyCode: string; yymmdd: string; seq: number } | null {
  const m = CODE.exec(code);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { agencyCode: m[1], yymmdd: m[2], seq: Number(m[3]) };
}

/** Whether a string could be a dossier code (cheap check before any query). */
export function looksLikeDossierCode(code: string): boolean {
  return code.length <= 80 && CODE.test(code);
}
