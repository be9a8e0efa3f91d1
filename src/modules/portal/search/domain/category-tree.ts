/** A category with its depth in the tree, for an indented list of choices. */
export interface TreeEntry<T> {
  node: T;
  depth: number;
}

/**
 * Orders categories as a tree (each parent followed by its children, siblings in the given order) with depths.
 * A category whose parent is missing or inactive is shown at the top level; a cycle cannot loop forever.
 */
export function flattenCategories<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
): TreeEntry<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const out: TreeEntry<T>[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push({ node, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  // Members of a cycle never hang below the root; list them flat rather than lose them.
  for (const node of items) if (!seen.has(node.id)) out.push({ node, depth: 0 });
  return out;
}
