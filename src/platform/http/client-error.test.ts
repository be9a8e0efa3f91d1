import { describe, expect, it } from "vitest";
import { clientErrorResponse, clientErrorStatus } from "./client-error.js";

describe("answers to requests Node refuses", () => {
  it("maps Node's parser errors to 431, 408 or 400", () => {
    expect(clientErrorStatus("HPE_HEADER_OVERFLOW")).toBe(431);
    expect(clientErrorStatus("ERR_HTTP_REQUEST_TIMEOUT")).toBe(408);
    expect(clientErrorStatus("HPE_INVALID_METHOD")).toBe(400);
    expect(clientErrorStatus(undefined)).toBe(400);
  });

  it("writes a complete HTTP response whose length counts the Vietnamese bytes", () => {
    const raw = clientErrorResponse(431);
    const [head, body] = raw.split("\r\n\r\n") as [string, string];
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(body).toContain("Địa chỉ hoặc phần đầu yêu cầu quá dài");
    const length = Number(/Content-Length: (\d+)/.exec(head)?.[1]);
    expect(length).toBe(Buffer.byteLength(body, "utf8"));
  });
});
