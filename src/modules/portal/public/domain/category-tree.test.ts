import { describe, expect, it } from "vitest";
import {
  ancestry,
  flattenTree,
  isVisible,
  MAX_CATEGORY_DEPTH,
  moveProblem,
  reorderSiblings,
  subtreeIds,
  type TreeCategory,
} from "./category-tree.js";

const c = (id: string, parent: string | null, name: string, sort = 0, active = true): TreeCategory => ({
  id,
  parent_id: parent,
  name,
  slug: id,
  sort_order: sort,
  active,
});

// tin (news) ─┬─ kt (economy) ── dn (enterprises)
//             └─ vh (culture, inactive)
// tb (announcements)
const tree = [
  c("tb", null, "Thông báo", 1),
  c("tin", null, "Tin tức", 0),
  c("vh", "tin", "Văn hóa", 0, false),
  c("kt", "tin", "Kinh tế", 0),
  c("dn", "kt", "Doanh nghiệp", 0),
];

describe("category tree", () => {
  it("flattens depth-first, siblings by order then Vietnamese name", () => {
    expect(flattenTree(tree).map((x) => `${x.depth}:${x.node.id}`)).toEqual([
      "0:tin",
      "1:kt",
      "2:dn",
      "1:vh",
      "0:tb",
    ]);
  });

  it("finds ancestry, subtrees and visibility", () => {
    expect(ancestry(tree, "dn").map((x) => x.id)).toEqual(["tin", "kt", "dn"]);
    expect(ancestry(tree, null)).toEqual([]);
    expect(subtreeIds(tree, "tin").sort()).toEqual(["dn", "kt", "tin", "vh"]);
    expect(isVisible(tree, "dn")).toBe(true);
    expect(isVisible(tree, "vh")).toBe(false);
    const hiddenParent = tree.map((x) => (x.id === "tin" ? { ...x, active: false } : x));
    expect(isVisible(hiddenParent, "dn")).toBe(false);
    expect(isVisible(tree, "unknown")).toBe(false);
  });

  it("refuses moves that would break the tree", () => {
    expect(moveProblem(tree, "tin", null)).toBeNull();
    expect(moveProblem(tree, "tin", "tin")).toBe("self");
    expect(moveProblem(tree, "tin", "dn")).toBe("descendant");
    expect(moveProblem(tree, "tb", "nowhere")).toBe("unknownParent");
    expect(moveProblem(tree, "tb", "dn")).toBeNull();
    // A subtree keeps its height when it moves: the deepest of its categories must stay within the maximum.
    const deep = [...tree, c("x4", "dn", "Cấp 4")];
    expect(ancestry(deep, "x4").length).toBe(MAX_CATEGORY_DEPTH);
    expect(moveProblem(deep, null, "x4")).toBe("tooDeep");
    expect(moveProblem(deep, "tb", "dn")).toBeNull();
    expect(moveProblem(deep, "kt", "tb")).toBeNull();
    expect(moveProblem(deep, "tin", "tb")).toBe("tooDeep");
  });

  it("swaps a category with its neighbour and renumbers the siblings", () => {
    expect(reorderSiblings(tree, "tb", "up")).toEqual([
      { id: "tb", sort_order: 0 },
      { id: "tin", sort_order: 1 },
    ]);
    expect(reorderSiblings(tree, "tin", "up")).toBeNull();
    expect(reorderSiblings(tree, "tb", "down")).toBeNull();
    expect(reorderSiblings(tree, "kt", "down")).toEqual([
      { id: "vh", sort_order: 0 },
      { id: "kt", sort_order: 1 },
    ]);
  });
});
