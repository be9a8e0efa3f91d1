/** One field that differs between the before and after snapshots of an audit entry. */
export interface FieldChange {
  field: string;
  kind: "added" | "removed" | "changed";
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys, so two snapshots that differ only in key order compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whole-value field name used when a snapshot is not an object (a number, a list). */
export const WHOLE_VALUE = "";

/**
 * The fields that changed between two audit snapshots, in the order the "after" (then "before") snapshot lists them.
 * A creation (no before) lists every field as added, a deletion every field as removed; unchanged fields are left
 * out so a reviewer sees only what the action did.
 */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if (b === null && a === null) return [];
  if ((b !== null && !isPlainObject(b)) || (a !== null && !isPlainObject(a))) {
    if (stableJson(b) === stableJson(a)) return [];
    const kind = b === null ? "added" : a === null ? "removed" : "changed";
    return [{ field: WHOLE_VALUE, kind, before: b, after: a }];
  }
  const beforeObj = b ?? {};
  const afterObj = a ?? {};
  const fields = [...new Set([...Object.keys(afterObj), ...Object.keys(beforeObj)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const inBefore = b !== null && Object.hasOwn(beforeObj, field);
    const inAfter = a !== null && Object.hasOwn(afterObj, field);
    const vb = inBefore ? beforeObj[field] : undefined;
    const va = inAfter ? afterObj[field] : undefined;
    if (inBefore && inAfter && stableJson(vb) === stableJson(va)) continue;
    changes.push({
      field,
      kind: !inBefore ? "added" : !inAfter ? "removed" : "changed",
      before: inBefore ? vb : undefined,
      after: inAfter ? va : undefined,
    });
  }
  return changes;
}

const MAX_SHOWN = 300;

/**
 * A snapshot value as a reviewer reads it: text as is, yes/no for booleans, compact JSON for lists and objects,
 * cut at a few hundred characters so one large field cannot swamp the page. Empty when the field did not exist.
 */
export function displayValue(value: unknown, words: { yes: string; no: string; empty: string }): string {
  if (value === undefined || value === null || value === "") return words.empty;
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "boolean") text = value ? words.yes : words.no;
  else if (typeof value === "number" || typeof value === "bigint") text = String(value);
  else text = stableJson(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
