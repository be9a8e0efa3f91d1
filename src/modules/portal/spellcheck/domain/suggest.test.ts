import { describe, expect, it } from "vitest";
import { suggestOneEdit } from "./suggest.js";

const words = new Set([
  "định",
  "thông",
  "ngành",
  "nhành",
  "nghinh",
  "tỉnh",
  "tảng",
  "xã",
  "xa",
  "các",
  "nghiêm",
  "người",
]);
const known = (w: string) => words.has(w);

describe("suggestOneEdit", () => {
  it("explains the usual slips first", () => {
    expect(suggestOneEdit("địnnh", known, 4)[0]).toBe("định");
    expect(suggestOneEdit("thôngg", known, 4)).toEqual(["thông"]);
    expect(suggestOneEdit("nghành", known, 4).slice(0, 2)).toEqual(["ngành", "nhành"]);
    expect(suggestOneEdit("ngiêm", known, 4)[0]).toBe("nghiêm");
    expect(suggestOneEdit("kác", known, 4)[0]).toBe("các");
    expect(suggestOneEdit("tỉng", known, 4)[0]).toBe("tỉnh");
    expect(suggestOneEdit("xãa", known, 4)).toEqual(["xã", "xa"]);
    expect(suggestOneEdit("ngưòi", known, 4)).toEqual(["người"]);
  });

  it("caps the list and finds nothing for what is far from every word", () => {
    expect(suggestOneEdit("nghành", known, 1)).toEqual(["ngành"]);
    expect(suggestOneEdit("doosan", known, 4)).toEqual([]);
  });
});
