/** Tags as typed in one comma-separated field: trimmed, spaces collapsed, lower case, no duplicates, bounded. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

export function normaliseTag(tag: string): string {
  return tag.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

/** "Quy hoạch, XÂY DỰNG ,quy hoạch,," → ["quy hoạch", "xây dựng"], in the order first typed. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,;\n]/)) {
    const tag = normaliseTag(raw).replace(/^#+/, "").trim();
    if (tag === "" || seen.has(tag)) continue;
    seen.add(tag);
    out.push(tag);
  }
  return out;
}

export type TagProblem = "tooMany" | "tooLong";

export function tagsProblem(tags: readonly string[]): TagProblem | null {
  if (tags.length > MAX_TAGS) return "tooMany";
  if (tags.some((t) => [...t].length > MAX_TAG_LENGTH)) return "tooLong";
  return null;
}
