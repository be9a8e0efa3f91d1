/**
 * A site's categories form a tree (parent_id). Sites hold a few dozen categories, so the tree is loaded whole in one
 * query and walked in memory: breadcrumbs, sub-categories, "this category and everything under it", and the checks
 * that keep it a tree when a category moves.
 */
export interface TreeCategory {
  id: string;
  parent_id: string | null;
  name: string;
  slug: string;
  sort_order: number;
  active: boolean;
}

/** Deepest nesting the admin allows (1 = top level): deeper trees do not fit a portal's menus. */
export const MAX_CATEGORY_DEPTH = 4;

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function bySortThenName(a: TreeCategory, b: TreeCategory): number {
  return a.sort_order - b.sort_order || collator.compare(a.name, b.name);
}

export function childrenOf<T extends TreeCategory>(all: readonly T[], parentId: string | null): T[] {
  return all.filter((c) => c.parent_id === parentId).sort(bySortThenName);
}

/** Depth-first, siblings in display order; a category whose parent is missing is treated as top level. */
export function flattenTree<T extends TreeCategory>(all: readonly T[]): { node: T; depth: number }[] {
  const ids = new Set(all.map((c) => c.id));
  const out: { node: T; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const c of all
      .filter((x) =>
        parentId === null ? x.parent_id === null || !ids.has(x.parent_id) : x.parent_id === parentId,
      )
      .sort(bySortThenName)) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ node: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The chain from the top-level category down to this one (inclusive); empty when the id is unknown. */
export function ancestry<T extends TreeCategory>(all: readonly T[], id: string | null): T[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const chain: T[] = [];
  let current = id ? byId.get(id) : undefined;
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    current = current.parent_id ? byId.get(current.parent_id) : undefined;
  }
  return chain;
}

/** This category and every category below it. */
export function subtreeIds(all: readonly TreeCategory[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) {
    for (const c of all) if (c.parent_id === out[i] && !out.includes(c.id)) out.push(c.id);
  }
  return out;
}

/** Readers see a category only when it and every category above it are active. */
export function isVisible(all: readonly TreeCategory[], id: string): boolean {
  const chain = ancestry(all, id);
  return chain.length > 0 && chain.every((c) => c.active);
}

/** How many levels the subtree under (and including) a category spans. */
export function subtreeHeight(all: readonly TreeCategory[], id: string): number {
  const kids = all.filter((c) => c.parent_id === id);
  return 1 + Math.max(0, ...kids.map((k) => subtreeHeight(all, k.id)));
}

export type MoveProblem = "self" | "descendant" | "tooDeep" | "unknownParent";

/** Why a category cannot be placed under `parentId` (null = top level), or null when it can. */
export function moveProblem(
  all: readonly TreeCategory[],
  id: string | null,
  parentId: string | null,
): MoveProblem | null {
  if (parentId === null) return null;
  if (!all.some((c) => c.id === parentId)) return "unknownParent";
  if (id !== null) {
    if (parentId === id) return "self";
    if (subtreeIds(all, id).includes(parentId)) return "descendant";
  }
  const parentDepth = ancestry(all, parentId).length;
  const height = id === null ? 1 : subtreeHeight(all, id);
  return parentDepth + height > MAX_CATEGORY_DEPTH ? "tooDeep" : null;
}

/**
 * New sort orders for a category's siblings after moving it one place up or down: the siblings are renumbered
 * 0..n-1 in their current display order with the two neighbours swapped. Null when it is already at that end.
 */
export function reorderSiblings(
  all: readonly TreeCategory[],
  id: string,
  direction: "up" | "down",
): { id: string; sort_order: number }[] | null {
  const me = all.find((c) => c.id === id);
  if (!me) return null;
  const siblings = childrenOf(all, me.parent_id);
  const i = siblings.findIndex((c) => c.id === id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (j < 0 || j >= siblings.length) return null;
  const order = siblings.map((c) => c.id);
  [order[i], order[j]] = [order[j] as string, order[i] as string];
  return order.map((cid, index) => ({ id: cid, sort_order: index }));
}
