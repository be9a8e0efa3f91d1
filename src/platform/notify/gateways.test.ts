import { describe, expect, it } from "vitest";
import { classifyGatewayStatus, GatewayError, isPermanentGatewayFailure } from "./gateways.js";

describe("classifyGatewayStatus", () => {
  it("counts any 2xx as sent", () => {
    for (const s of [200, 201, 202, 204]) expect(classifyGatewayStatus(s)).toBe("sent");
  });

  it("retries timeouts, throttling and server errors", () => {
    for (const s of [408, 429, 500, 502, 503, 504]) expect(classifyGatewayStatus(s)).toBe("retry");
  });

  it("gives up on other client errors and on redirects", () => {
    for (const s of [301, 302, 400, 401, 403, 404, 410, 413, 422])
      expect(classifyGatewayStatus(s)).toBe("permanent");
  });
});

describe("isPermanentGatewayFailure", () => {
  it("is true only for a gateway answer that retrying cannot change", () => {
    expect(isPermanentGatewayFailure(new GatewayError("sms", 401, "invalid token"))).toBe(true);
    expect(isPermanentGatewayFailure(new GatewayError("zalo", 400, ""))).toBe(true);
    expect(isPermanentGatewayFailure(new GatewayError("sms", 503, "busy"))).toBe(false);
    expect(isPermanentGatewayFailure(new GatewayError("zalo", 429, ""))).toBe(false);
    expect(isPermanentGatewayFailure(new Error("SMS gateway unreachable: ECONNREFUSED"))).toBe(false);
    expect(isPermanentGatewayFailure(new DOMException("timeout", "TimeoutError"))).toBe(false);
  });

  it("names the channel and status in the message the dead-letter view shows", () => {
    expect(new GatewayError("sms", 401, "invalid token").message).toBe(
      "SMS gateway answered HTTP 401: invalid token",
    );
    expect(new GatewayError("zalo", 503, "").message).toBe("Zalo OA gateway answered HTTP 503");
  });
});
