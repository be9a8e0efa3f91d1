import { describe, expect, it } from "vitest";
import { createHttpGateway } from "./http-gateway.js";
import { sign } from "./protocol.js";

const SECRET = "khoa-bi-mat-thu-nghiem-0123456789";
const settings = {
  name: "gateway",
  gatewayUrl: "https://bank.example.vn/gw",
  merchantId: "CONGSOQN",
  secret: SECRET,
  returnUrl: "https://dvc.example.vn/thanh-toan/ket-qua",
  callbackUrl: "https://dvc.example.vn/thanh-toan/ipn",
};
const REF = "260305ABCDEF012345";

function answer(over: Record<string, string | number> = {}, secret = SECRET) {
  const body = {
    orderRef: REF,
    amount: 50_000,
    responseCode: "00",
    transactionNo: "123",
    status: "paid",
    ...over,
  };
  const text = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
  return { ...body, signature: sign(text, secret) };
}

function gatewayAnswering(respond: (body: Record<string, string>) => Response | Promise<Response>) {
  const seen: { url: string; body: Record<string, string> }[] = [];
  const fetchStub = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Record<string, string>;
    seen.push({ url, body });
    return respond(body);
  }) as unknown as typeof fetch;
  return { gateway: createHttpGateway({ ...settings, fetch: fetchStub, timeoutMs: 50 }), seen };
}

describe("status query", () => {
  it("posts a signed request to {gateway}/query and checks the signed answer", async () => {
    const { gateway, seen } = gatewayAnswering(() => Response.json(answer()));
    const outcome = await gateway.queryStatus(REF);
    expect(outcome).toMatchObject({ ok: true, answer: { status: "paid", amount: 50_000 } });
    expect(seen[0]?.url).toBe("https://bank.example.vn/gw/query");
    const { signature, ...rest } = seen[0]?.body ?? {};
    expect(Object.keys(rest).sort()).toEqual(["merchant", "orderRef", "requestId"]);
    expect(signature).toBe(sign(rest, SECRET));
  });

  it("refuses an answer signed with another key, about another order, or not JSON", async () => {
    expect(
      await gatewayAnswering(() => Response.json(answer({}, "other-secret-0123456789"))).gateway.queryStatus(
        REF,
      ),
    ).toEqual({ ok: false, problem: "bad_signature" });
    expect(
      await gatewayAnswering(() => Response.json(answer({ orderRef: "OTHER12345" }))).gateway.queryStatus(
        REF,
      ),
    ).toEqual({ ok: false, problem: "other order" });
    expect(await gatewayAnswering(() => new Response("<html>")).gateway.queryStatus(REF)).toEqual({
      ok: false,
      problem: "not json",
    });
    expect(await gatewayAnswering(() => new Response("", { status: 502 })).gateway.queryStatus(REF)).toEqual({
      ok: false,
      problem: "http 502",
    });
  });

  it("gives up after the timeout instead of hanging", async () => {
    const hanging = createHttpGateway({
      ...settings,
      timeoutMs: 20,
      fetch: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener("abort", () => reject(new Error("aborted")));
        })) as unknown as typeof fetch,
    });
    expect(await hanging.queryStatus(REF)).toMatchObject({ ok: false });
  });
});

describe("pay URL and verification", () => {
  it("builds the pay URL from the settings and verifies results with the same secret", () => {
    const { gateway } = gatewayAnswering(() => Response.json({}));
    const url = new URL(
      gateway.payUrl({
        orderRef: REF,
        amountVnd: 50_000,
        orderInfo: "Phí hồ sơ",
        createdAt: new Date("2026-03-05T01:00:00Z"),
        expiresAt: new Date("2026-03-05T01:15:00Z"),
      }),
    );
    expect(url.searchParams.get("returnUrl")).toBe(settings.returnUrl);
    expect(url.searchParams.get("callbackUrl")).toBe(settings.callbackUrl);
    expect(gateway.verify(null)).toEqual({ ok: false, problem: "malformed" });
  });
});
