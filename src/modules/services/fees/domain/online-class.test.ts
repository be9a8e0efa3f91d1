import { describe, expect, it } from "vitest";
import { deriveOnlineClass } from "./online-class.js";
import { describeOnlineClass } from "./online-class-words.js";

const s = (
  onlineSubmission: boolean,
  onlinePayment: boolean,
  electronicResult: boolean,
  hasFees: boolean,
) => ({
  onlineSubmission,
  onlinePayment,
  electronicResult,
  hasFees,
});

describe("online class (Decree 42/2022)", () => {
  it("is full only when submission, any fee and the result are all online", () => {
    expect(deriveOnlineClass(s(true, true, true, true))).toBe("full");
    expect(deriveOnlineClass(s(true, false, true, false))).toBe("full");
    expect(deriveOnlineClass(s(true, false, true, true))).toBe("partial");
    expect(deriveOnlineClass(s(false, true, true, true))).toBe("none");
  });
  it("says why in words", () => {
    expect(describeOnlineClass(s(true, true, false, true))).toBe("Một phần: chưa nhận kết quả điện tử");
    expect(describeOnlineClass(s(true, false, false, true))).toBe(
      "Một phần: chưa thanh toán phí, lệ phí trực tuyến, chưa nhận kết quả điện tử",
    );
    expect(describeOnlineClass(s(true, false, true, false))).toContain("Toàn trình");
    expect(describeOnlineClass(s(false, false, false, false))).toContain("Không trực tuyến");
  });
});
