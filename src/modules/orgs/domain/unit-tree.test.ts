import { describe, expect, it } from "vitest";
import { ancestorIds, flattenTree, placementProblem, possibleParents, type TreeNode } from "./unit-tree.js";

const nodes: (TreeNode & { name_vi: string; sort_order: number })[] = [
  { id: "p", parent_id: null, kind: "province", name_vi: "UBND tỉnh", sort_order: 0 },
  { id: "vp", parent_id: "p", kind: "office", name_vi: "Văn phòng", sort_order: 0 },
  { id: "sxd", parent_id: "p", kind: "department", name_vi: "Sở Xây dựng", sort_order: 1 },
  { id: "sytt", parent_id: "p", kind: "department", name_vi: "Sở Y tế", sort_order: 1 },
  { id: "ban", parent_id: "p", kind: "department", name_vi: "Ban Dân tộc", sort_order: 1 },
  { id: "bt", parent_id: "p", kind: "district", name_vi: "Huyện Ba Tơ", sort_order: 2 },
  { id: "ls", parent_id: "p", kind: "district", name_vi: "Huyện Lý Sơn", sort_order: 2 },
  { id: "bth", parent_id: "bt", kind: "commune", name_vi: "Xã Ba Thành", sort_order: 0 },
];

describe("unit placement", () => {
  it("allows the expected placements", () => {
    expect(placementProblem(nodes, { kind: "department", parentId: "p" })).toBeNull();
    expect(placementProblem(nodes, { kind: "district", parentId: "p" })).toBeNull();
    expect(placementProblem(nodes, { kind: "commune", parentId: "ls" })).toBeNull();
    expect(placementProblem(nodes, { unitId: "bth", kind: "commune", parentId: "ls" })).toBeNull();
  });

  it("keeps one province root", () => {
    expect(placementProblem(nodes, { kind: "province", parentId: null })).toBe("secondProvince");
    expect(placementProblem(nodes, { kind: "province", parentId: "p" })).toBe("provinceHasParent");
    expect(placementProblem(nodes, { unitId: "p", kind: "province", parentId: null })).toBeNull();
    expect(placementProblem([], { kind: "province", parentId: null })).toBeNull();
  });

  it("refuses impossible placements", () => {
    expect(placementProblem(nodes, { kind: "commune", parentId: "p" })).toBe("wrongParentKind");
    expect(placementProblem(nodes, { kind: "commune", parentId: "sxd" })).toBe("wrongParentKind");
    expect(placementProblem(nodes, { kind: "department", parentId: "bt" })).toBe("wrongParentKind");
    expect(placementProblem(nodes, { kind: "district", parentId: "ls" })).toBe("wrongParentKind");
    expect(placementProblem(nodes, { kind: "department", parentId: null })).toBe("parentRequired");
    expect(placementProblem(nodes, { kind: "department", parentId: "nope" })).toBe("parentMissing");
  });

  it("refuses cycles: a unit under itself or its descendants", () => {
    expect(placementProblem(nodes, { unitId: "bt", kind: "district", parentId: "bt" })).toBe("cycle");
    expect(placementProblem(nodes, { unitId: "bt", kind: "district", parentId: "bth" })).toBe("cycle");
    // Even with corrupt data (a loop that does not include the unit) the walk ends.
    const loop: TreeNode[] = [
      { id: "a", parent_id: "b", kind: "district" },
      { id: "b", parent_id: "a", kind: "district" },
      { id: "x", parent_id: null, kind: "commune" },
    ];
    expect(placementProblem(loop, { unitId: "x", kind: "commune", parentId: "a" })).toBeNull();
  });

  it("refuses a kind change that leaves children misplaced", () => {
    expect(placementProblem(nodes, { unitId: "bt", kind: "department", parentId: "p" })).toBe(
      "childrenDoNotFit",
    );
    expect(placementProblem(nodes, { unitId: "ls", kind: "department", parentId: "p" })).toBeNull();
  });

  it("lists possible parents", () => {
    expect(possibleParents(nodes, { id: "bth", kind: "commune" }).map((n) => n.id)).toEqual(["bt", "ls"]);
    expect(possibleParents(nodes, { id: "sxd", kind: "department" }).map((n) => n.id)).toEqual(["p"]);
    expect(possibleParents(nodes, { id: "p", kind: "province" })).toEqual([]);
  });

  it("finds ancestors nearest first", () => {
    expect(ancestorIds(nodes, "bth")).toEqual(["bt", "p"]);
    expect(ancestorIds(nodes, "p")).toEqual([]);
  });
});

describe("tree order", () => {
  const collator = new Intl.Collator("vi");
  it("puts children after parents, siblings by sort order then Vietnamese collation", () => {
    const order = flattenTree(nodes, collator).map((r) => `${r.depth}:${r.node.id}`);
    expect(order).toEqual(["0:p", "1:vp", "1:ban", "1:sxd", "1:sytt", "1:bt", "2:bth", "1:ls"]);
  });

  it("sorts Đ after D and Ư after U", () => {
    const list = ["Xã Đức", "Xã Dung", "Xã Ưu", "Xã Uy"].map((name, i) => ({
      id: String(i),
      parent_id: null,
      kind: "commune" as const,
      name_vi: name,
      sort_order: 0,
    }));
    expect(flattenTree(list, collator).map((r) => r.node.name_vi)).toEqual([
      "Xã Dung",
      "Xã Đức",
      "Xã Uy",
      "Xã Ưu",
    ]);
  });

  it("starts a branch for a unit whose parent was filtered out", () => {
    const filtered = nodes.filter((n) => n.id === "bth" || n.id === "sxd");
    expect(flattenTree(filtered, collator).map((r) => [r.node.id, r.depth])).toEqual([
      ["bth", 0],
      ["sxd", 0],
    ]);
  });
});
