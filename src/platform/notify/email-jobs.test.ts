import { describe, expect, it } from "vitest";
import { isRefusedForGood } from "./email-jobs.js";

const smtpError = (code: string, responseCode?: number) =>
  Object.assign(new Error("refused"), responseCode === undefined ? { code } : { code, responseCode });

describe("isRefusedForGood", () => {
  it("gives up on a 5xx reply to the envelope or the message", () => {
    expect(isRefusedForGood(smtpError("EENVELOPE", 550))).toBe(true);
    expect(isRefusedForGood(smtpError("EMESSAGE", 554))).toBe(true);
  });

  it("retries temporary refusals, network trouble and authentication failures", () => {
    expect(isRefusedForGood(smtpError("EENVELOPE", 451))).toBe(false);
    expect(isRefusedForGood(smtpError("EMESSAGE", 452))).toBe(false);
    expect(isRefusedForGood(smtpError("ECONNECTION"))).toBe(false);
    expect(isRefusedForGood(smtpError("ETIMEDOUT"))).toBe(false);
    expect(isRefusedForGood(smtpError("EAUTH", 535))).toBe(false);
    expect(isRefusedForGood("string thrown")).toBe(false);
  });
});
