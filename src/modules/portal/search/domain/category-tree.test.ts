import { describe, expect, it } from "vitest";
import { flattenCategories } from "./category-tree.js";

describe("flattenCategories", () => {
  it("puts children under their parents, keeping sibling order", () => {
    const items = [
      { id: "b", parentId: null },
      { id: "a1", parentId: "a" },
      { id: "a", parentId: null },
      { id: "a2", parentId: "a" },
      { id: "a1x", parentId: "a1" },
    ];
    expect(flattenCategories(items).map((e) => `${e.depth}:${e.node.id}`)).toEqual([
      "0:b",
      "0:a",
      "1:a1",
      "2:a1x",
      "1:a2",
    ]);
  });

  it("shows orphans at the top and does not loop on a cycle", () => {
    const items = [
      { id: "o", parentId: "missing" },
      { id: "c1", parentId: "c2" },
      { id: "c2", parentId: "c1" },
    ];
    expect(flattenCategories(items).map((e) => `${e.depth}:${e.node.id}`)).toEqual(["0:o", "0:c1", "0:c2"]);
  });
});
