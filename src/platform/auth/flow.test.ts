import { describe, expect, it } from "vitest";
import { afterSignInPath } from "./flow.js";

describe("where sign-in leads", () => {
  it("goes back to the admin page asked for, never elsewhere", () => {
    expect(afterSignInPath("/admin/can-bo?q=ha")).toBe("/admin/can-bo?q=ha");
    expect(afterSignInPath(undefined)).toBe("/admin");
    expect(afterSignInPath("https://evil.example/admin")).toBe("/admin");
    expect(afterSignInPath("//evil.example/admin")).toBe("/admin");
    expect(afterSignInPath("/so-xay-dung")).toBe("/admin");
    expect(afterSignInPath("/administrator")).toBe("/admin");
    expect(afterSignInPath("/admin/dang-xuat")).toBe("/admin");
  });
});
