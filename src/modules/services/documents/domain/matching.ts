/**
 * Which stored documents to offer for a paper slot of a new submission. A citizen's store is small (tens of papers),
 * so the whole list is ranked in memory: papers submitted under the same paper name first (names are compared folded,
 * because procedures spell the same paper with and without tone marks, in capitals or with odd spacing), newest
 * first among them; then everything else by title in Vietnamese order.
 */
import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";

export function foldDocumentName(name: string): string {
  return stripDiacritics(name.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface Offerable {
  id: string;
  title: string;
  documentName: string | null;
  createdAt: Date;
}

export interface RankedOffer<T extends Offerable> {
  doc: T;
  /** Submitted before as the same paper. */
  match: boolean;
}

export function rankForSlot<T extends Offerable>(
  slotName: string,
  docs: readonly T[],
  collator: Intl.Collator,
): RankedOffer<T>[] {
  const wanted = foldDocumentName(slotName);
  const isMatch = (d: T) =>
    wanted !== "" &&
    (foldDocumentName(d.documentName ?? "") === wanted || foldDocumentName(d.title) === wanted);
  const matches = docs.filter(isMatch).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const rest = docs
    .filter((d) => !isMatch(d))
    .sort((a, b) => collator.compare(a.title, b.title) || b.createdAt.getTime() - a.createdAt.getTime());
  return [...matches.map((doc) => ({ doc, match: true })), ...rest.map((doc) => ({ doc, match: false }))];
}

export interface SubmittedPaper {
  /** The procedure paper's name; null for "other papers". */
  documentName: string | null;
  filename: string;
  sha256: string;
  mime: string;
  size: number;
}

/**
 * The papers of a submission to keep: one entry per content, skipping contents already in the store (a paper sent
 * again, or reused from the store) and the same file sent twice in one dossier.
 */
export function papersToKeep(
  papers: readonly SubmittedPaper[],
  storedHashes: ReadonlySet<string>,
): SubmittedPaper[] {
  const seen = new Set(storedHashes);
  const out: SubmittedPaper[] = [];
  for (const p of papers) {
    if (seen.has(p.sha256)) continue;
    seen.add(p.sha256);
    out.push(p);
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stored document id as sent by a form: a UUID, lower-cased, or null for anything else. */
export function parseDocumentId(raw: unknown): string | null {
  return typeof raw === "string" && UUID.test(raw.trim()) ? raw.trim().toLowerCase() : null;
}
