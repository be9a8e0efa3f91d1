import { describe, expect, it } from "vitest";
import { isVietnamesePhone } from "../../../platform/i18n/vietnamese-phone.js";
import { isValidSlug } from "../domain/slug.js";
import { isIdentifierCode, isShortCode } from "../domain/unit-codes.js";
import { placementProblem } from "../domain/unit-tree.js";
import { demoUnits, ENGLISH_SITE, leadersFor, MAIN_SITE, unitPhone } from "./demo-data.js";

describe("demo province data", () => {
  const units = demoUnits();

  it("has the province, its office, 20 departments/boards, 14 districts and some communes", () => {
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect(count("province")).toBe(1);
    expect(count("office")).toBe(1);
    expect(count("department")).toBe(20);
    expect(count("district")).toBe(14);
    expect(count("commune")).toBeGreaterThanOrEqual(3);
  });

  it("uses the names and short codes other modules rely on", () => {
    const byCode = new Map(units.map((u) => [u.short_code, u]));
    expect(byCode.get("UBND")?.name_vi).toBe("Ủy ban nhân dân tỉnh Quảng Ngãi");
    expect(byCode.get("UBND")?.identifier_code).toBe("000.00.00.H48");
    expect(byCode.get("VP")?.name_vi).toBe("Văn phòng Ủy ban nhân dân tỉnh");
    expect(byCode.get("SXD")?.name_vi).toBe("Sở Xây dựng");
    expect(byCode.get("STP")?.name_vi).toBe("Sở Tư pháp");
    expect(byCode.get("SKHDT")?.name_vi).toBe("Sở Kế hoạch và Đầu tư");
    expect(byCode.get("STTTT")?.name_vi).toBe("Sở Thông tin và Truyền thông");
    const districts = units.filter((u) => u.kind === "district").map((u) => u.name_vi);
    expect(districts).toContain("Thành phố Quảng Ngãi");
    expect(districts).toContain("Huyện Đức Phổ");
    expect(districts).toContain("Huyện Tây Trà");
    expect(units.find((u) => u.name_vi === "Huyện Ba Tơ")?.site?.slug).toBe("huyen-ba-to");
    expect(units.find((u) => u.short_code === "BQLKKT")?.site?.slug).toBe("ban-quan-ly-kkt-dung-quat");
  });

  it("has unique, well-formed codes, slugs and valid placements", () => {
    const codes = units.map((u) => u.short_code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = units.map((u) => u.identifier_code);
    expect(new Set(ids).size).toBe(ids.length);
    const slugs = [MAIN_SITE.slug, ENGLISH_SITE.slug, ...units.flatMap((u) => (u.site ? [u.site.slug] : []))];
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const u of units) {
      expect(isShortCode(u.short_code), u.short_code).toBe(true);
      expect(isIdentifierCode(u.identifier_code), u.identifier_code).toBe(true);
      if (u.site) expect(isValidSlug(u.site.slug), u.site.slug).toBe(true);
      expect(u.name_vi).toBe(u.name_vi.normalize("NFC"));
    }
    const nodes = units.map((u) => ({ id: u.short_code, parent_id: u.parent, kind: u.kind }));
    for (const n of nodes) {
      expect(placementProblem(nodes, { unitId: n.id, kind: n.kind, parentId: n.parent_id }), n.id).toBeNull();
    }
  });

  it("gives every office, department and district a site, plus some communes", () => {
    for (const u of units.filter((x) => x.kind !== "province" && x.kind !== "commune")) {
      expect(u.site, u.short_code).toBeDefined();
    }
    expect(units.filter((u) => u.kind === "commune" && u.site).length).toBeGreaterThanOrEqual(1);
  });

  it("generates valid phones and one or two leaders per unit, the same on every call", () => {
    units.forEach((u, i) => {
      expect(isVietnamesePhone(unitPhone(i)), unitPhone(i)).toBe(true);
      const leaders = leadersFor(u, i);
      expect(leaders.length).toBeGreaterThanOrEqual(1);
      expect(leaders.length).toBeLessThanOrEqual(2);
      for (const l of leaders) if (l.phone) expect(isVietnamesePhone(l.phone)).toBe(true);
    });
    expect(demoUnits()).toEqual(units);
    expect(leadersFor(units[3]!, 3)).toEqual(leadersFor(demoUnits()[3]!, 3));
  });
});
