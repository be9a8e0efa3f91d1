import { describe, expect, it } from "vitest";
import { listHref, publicAsker } from "./public-list.js";

describe("public Q&A lists", () => {
  it("name the asker only with consent, a business by its name", () => {
    const citizen = { kind: "citizen" as const, asker_name: "Nguyễn Văn A", business_name: null };
    expect(publicAsker({ ...citizen, show_name: true }, "vi")).toBe("Nguyễn Văn A");
    expect(publicAsker({ ...citizen, show_name: false }, "vi")).toBe("Giấu tên");
    const business = { kind: "business" as const, asker_name: "Trần B", business_name: "Công ty TNHH C" };
    expect(publicAsker({ ...business, show_name: true }, "vi")).toBe("Công ty TNHH C");
    expect(publicAsker({ ...business, show_name: false }, "en")).toBe("Name withheld");
  });

  it("keep the filters in page links", () => {
    expect(listHref("/hoi-dap", { q: "", topic: "", unit: "" }, 1)).toBe("/hoi-dap");
    expect(listHref("/hoi-dap", { q: "đất đai", topic: "dat-dai", unit: "" }, 3)).toBe(
      "/hoi-dap?q=%C4%91%E1%BA%A5t+%C4%91ai&chu-de=dat-dai&trang=3",
    );
  });
});
