import { diffWordsWithSpace } from "diff";

/** One run of a word-level comparison between an older and a newer text. */
export interface DiffSegment {
  kind: "same" | "added" | "removed";
  text: string;
}

/** A very long body could make the diff slow; past this budget the texts are shown as one removal and one addition. */
const DIFF_TIMEOUT_MS = 1500;

/**
 * Word-level diff of two texts (whitespace kept, so paragraph breaks of a body still show). Adjacent runs of the same
 * kind are merged, so the page shows few, readable <ins>/<del> spans.
 */
export function diffText(older: string, newer: string): DiffSegment[] {
  if (older === newer) return older === "" ? [] : [{ kind: "same", text: older }];
  const changes = diffWordsWithSpace(older, newer, { timeout: DIFF_TIMEOUT_MS });
  const segments: DiffSegment[] = [];
  if (!changes) {
    if (older !== "") segments.push({ kind: "removed", text: older });
    if (newer !== "") segments.push({ kind: "added", text: newer });
    return segments;
  }
  for (const c of changes) {
    const kind = c.added ? "added" : c.removed ? "removed" : "same";
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else segments.push({ kind, text: c.value });
  }
  return segments;
}

export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((s) => s.kind !== "same");
}
