import type { UnitKind } from "../tables.js";

/** What the placement rules need to know about a unit. */
export interface TreeNode {
  id: string;
  parent_id: string | null;
  kind: UnitKind;
}

export const UNIT_KINDS: readonly UnitKind[] = ["province", "office", "department", "district", "commune"];

/**
 * Where each kind of unit may sit (SPEC §1): the province is the one root; its office, departments/boards and
 * districts sit directly under it; communes sit under a district.
 */
export const PARENT_KIND: Record<UnitKind, UnitKind | null> = {
  province: null,
  office: "province",
  department: "province",
  district: "province",
  commune: "district",
};

export type PlacementProblem =
  | "secondProvince"
  | "provinceHasParent"
  | "parentRequired"
  | "parentMissing"
  | "wrongParentKind"
  | "cycle"
  | "childrenDoNotFit";

/**
 * Whether a unit of `kind` may sit under `parentId` in `nodes` (every unit, the moving one included when it exists).
 * `unitId` is the unit being placed (absent on create): it cannot go under itself or its own descendants, and its
 * current children must still fit under its (possibly new) kind.
 */
export function placementProblem(
  nodes: readonly TreeNode[],
  placing: { unitId?: string | undefined; kind: UnitKind; parentId: string | null },
): PlacementProblem | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const { unitId, kind, parentId } = placing;

  if (kind === "province") {
    if (parentId !== null) return "provinceHasParent";
    const otherRoot = nodes.some((n) => n.kind === "province" && n.id !== unitId);
    if (otherRoot) return "secondProvince";
  } else {
    if (parentId === null) return "parentRequired";
    const parent = byId.get(parentId);
    if (!parent) return "parentMissing";
    if (unitId !== undefined && isSelfOrDescendant(byId, parentId, unitId)) return "cycle";
    if (parent.kind !== PARENT_KIND[kind]) return "wrongParentKind";
  }

  if (unitId !== undefined) {
    const children = nodes.filter((n) => n.parent_id === unitId);
    if (children.some((c) => PARENT_KIND[c.kind] !== kind)) return "childrenDoNotFit";
  }
  return null;
}

/** Whether `candidate` is `unitId` itself or below it, walking up from the candidate (guarded against bad data). */
function isSelfOrDescendant(byId: Map<string, TreeNode>, candidate: string, unitId: string): boolean {
  const seen = new Set<string>();
  let current: string | null = candidate;
  while (current !== null && !seen.has(current)) {
    if (current === unitId) return true;
    seen.add(current);
    current = byId.get(current)?.parent_id ?? null;
  }
  return false;
}

/** Units a unit may move under: those of the right kind that are not itself or below it. */
export function possibleParents<T extends TreeNode>(
  nodes: readonly T[],
  unit: { id: string; kind: UnitKind },
): T[] {
  return nodes.filter(
    (n) => placementProblem(nodes, { unitId: unit.id, kind: unit.kind, parentId: n.id }) === null,
  );
}

/** The ids of a unit's ancestors, nearest first (for unit-scoped grants that cover sub-units). */
export function ancestorIds(nodes: readonly TreeNode[], unitId: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  const seen = new Set<string>([unitId]);
  let current = byId.get(unitId)?.parent_id ?? null;
  while (current !== null && !seen.has(current)) {
    out.push(current);
    seen.add(current);
    current = byId.get(current)?.parent_id ?? null;
  }
  return out;
}

/**
 * Depth-first order for showing the tree: children after their parent, siblings by sort_order then by Vietnamese
 * collation of the name. Units whose parent is not in the list (a filtered view) start their own branch at depth 0.
 */
export function flattenTree<T extends TreeNode & { sort_order: number; name_vi: string }>(
  nodes: readonly T[],
  collator: Intl.Collator,
): { node: T; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const n of nodes) {
    const key = n.parent_id !== null && ids.has(n.parent_id) ? n.parent_id : null;
    const list = children.get(key) ?? [];
    list.push(n);
    children.set(key, list);
  }
  const compare = (a: T, b: T) => a.sort_order - b.sort_order || collator.compare(a.name_vi, b.name_vi);
  for (const list of children.values()) list.sort(compare);

  const out: { node: T; depth: number }[] = [];
  const visited = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      if (visited.has(n.id)) continue;
      visited.add(n.id);
      out.push({ node: n, depth });
      walk(n.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
