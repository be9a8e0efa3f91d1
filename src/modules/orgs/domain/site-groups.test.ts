import { describe, expect, it } from "vitest";
import { groupSites } from "./site-groups.js";

describe("portal home groups", () => {
  it("groups by unit kind and sorts with Vietnamese collation", () => {
    const groups = groupSites(
      [
        { unitKind: "department", name: "Sở Y tế" },
        { unitKind: "district", name: "Huyện Đức Phổ" },
        { unitKind: "office", name: "Văn phòng Ủy ban nhân dân tỉnh" },
        { unitKind: "department", name: "Ban Dân tộc" },
        { unitKind: "district", name: "Huyện Dung" },
        { unitKind: "commune", name: "Xã An Vĩnh" },
        { unitKind: "province", name: "UBND" },
      ],
      new Intl.Collator("vi"),
    );
    expect(groups.agencies.map((s) => s.name)).toEqual([
      "Ban Dân tộc",
      "Sở Y tế",
      "Văn phòng Ủy ban nhân dân tỉnh",
    ]);
    expect(groups.districts.map((s) => s.name)).toEqual(["Huyện Dung", "Huyện Đức Phổ"]);
    expect(groups.communes.map((s) => s.name)).toEqual(["Xã An Vĩnh"]);
  });
});
