import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asciiOrderInfo,
  callbackAnswer,
  canonical,
  checkPayRequest,
  checkQueryAnswer,
  checkResult,
  gatewayTime,
  type MerchantSettings,
  paramsFromSearch,
  parseGatewayTime,
  payParams,
  payUrl,
  resultKind,
  sign,
  verify,
  withSignature,
} from "./protocol.js";

const SECRET = "khoa-bi-mat-thu-nghiem-0123456789";
const merchant: MerchantSettings = {
  gatewayUrl: "https://bank.example.vn/gw/",
  merchantId: "CONGSOQN",
  secret: SECRET,
  returnUrl: "https://dichvucong.example.vn/thanh-toan/ket-qua",
  callbackUrl: "https://dichvucong.example.vn/thanh-toan/ipn",
};
const order = {
  orderRef: "260305ABCDEF0123456789",
  amountVnd: 1_250_000,
  orderInfo: "Lệ phí hồ sơ 000.00.00.H48-260305-0042 — Đăng ký khai sinh",
  createdAt: new Date("2026-03-04T17:05:09Z"),
  expiresAt: new Date("2026-03-04T17:20:09Z"),
};

const vietnamese = fc
  .array(
    fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯ 0123456789-.,",
    ),
    { minLength: 1, maxLength: 80 },
  )
  .map((cs) => cs.join(""));

describe("gateway time (yyyyMMddHHmmss, Vietnam time)", () => {
  it("formats and parses in UTC+7", () => {
    expect(gatewayTime(new Date("2026-03-04T17:05:09Z"))).toBe("20260305000509");
    expect(parseGatewayTime("20260305000509")?.toISOString()).toBe("2026-03-04T17:05:09.000Z");
  });
  it("refuses impossible times", () => {
    for (const bad of ["20260230000000", "20261301000000", "20260305246000", "2026030500050", "abc"]) {
      expect(parseGatewayTime(bad)).toBeNull();
    }
  });
});

describe("orderInfo folded to ASCII", () => {
  it("folds Vietnamese letters", () => {
    expect(asciiOrderInfo("Lệ phí Đăng ký khai sinh")).toBe("Le phi Dang ky khai sinh");
  });
  it("is always printable ASCII", () => {
    fc.assert(fc.property(vietnamese, (s) => /^[\x20-\x7e]*$/.test(asciiOrderInfo(s))));
  });
});

describe("signature", () => {
  it("sorts parameters by name and encodes values", () => {
    expect(canonical({ b: "x y", a: "1", signature: "ignored" })).toBe("a=1&b=x%20y");
  });

  it("sign → verify round-trips for any Vietnamese orderInfo folded to ASCII", () => {
    fc.assert(
      fc.property(vietnamese, fc.integer({ min: 1, max: 10_000_000_000 }), (info, amount) => {
        const params = payParams({ ...order, orderInfo: info, amountVnd: amount }, merchant);
        return verify(params, SECRET) && checkPayRequest(params, SECRET).ok;
      }),
    );
  });

  it("changing any parameter, or the secret, invalidates it", () => {
    const params = payParams(order, merchant);
    const names = Object.keys(params).filter((k) => k !== "signature");
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 10 }), (name, suffix) => {
        const changed = { ...params, [name]: `${params[name]}${suffix}` };
        return !verify(changed, SECRET);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (other) => {
        fc.pre(other !== SECRET);
        return !verify(params, other);
      }),
    );
  });

  it("refuses a signature of the wrong shape without throwing", () => {
    const params = payParams(order, merchant);
    expect(verify({ ...params, signature: "abc" }, SECRET)).toBe(false);
    expect(verify({ ...params, signature: "" }, SECRET)).toBe(false);
    expect(verify({ ...params, signature: (params.signature ?? "").toUpperCase() }, SECRET)).toBe(true);
  });
});

describe("pay URL", () => {
  it("points at {gateway}/pay with every parameter signed", () => {
    const url = new URL(payUrl(order, merchant));
    expect(`${url.origin}${url.pathname}`).toBe("https://bank.example.vn/gw/pay");
    const params = paramsFromSearch(url.search);
    expect(params).not.toBeNull();
    expect(params?.amount).toBe("1250000");
    expect(params?.currency).toBe("VND");
    expect(params?.orderInfo).toBe("Le phi ho so 000.00.00.H48-260305-0042 Dang ky khai sinh");
    expect(params?.createdAt).toBe("20260305000509");
    expect(params?.expiresAt).toBe("20260305002009");
    expect(checkPayRequest(params, SECRET).ok).toBe(true);
  });
});

function callback(over: Record<string, string> = {}) {
  return withSignature(
    {
      merchant: "CONGSOQN",
      orderRef: order.orderRef,
      amount: "1250000",
      responseCode: "00",
      transactionNo: "14012345",
      bankCode: "NCB",
      payDate: "20260305001000",
      ...over,
    },
    SECRET,
  );
}

describe("callback parsing", () => {
  it("accepts a well-formed signed callback", () => {
    const checked = checkResult(callback(), SECRET);
    expect(checked.ok).toBe(true);
  });
  it("refuses unknown parameters, missing ones and bad formats as malformed", () => {
    expect(checkResult(callback({ extra: "1" }), SECRET)).toEqual({ ok: false, problem: "malformed" });
    const { bankCode: _b, ...missing } = callback();
    expect(checkResult(missing, SECRET)).toEqual({ ok: false, problem: "malformed" });
    expect(checkResult(callback({ amount: "12.5" }), SECRET)).toEqual({ ok: false, problem: "malformed" });
    expect(checkResult(callback({ payDate: "20261399000000" }), SECRET)).toEqual({
      ok: false,
      problem: "malformed",
    });
    expect(checkResult(null, SECRET)).toEqual({ ok: false, problem: "malformed" });
  });
  it("tells a forged signature from a malformed request", () => {
    const forged = { ...callback(), amount: "1" };
    expect(checkResult(forged, SECRET)).toEqual({
      ok: false,
      problem: "bad_signature",
      orderRef: order.orderRef,
    });
    expect(checkResult(callback(), "another-secret-0123456789")).toMatchObject({ problem: "bad_signature" });
  });
  it("refuses a parameter given twice", () => {
    expect(paramsFromSearch("a=1&b=2")).toEqual({ a: "1", b: "2" });
    expect(paramsFromSearch("a=1&a=2")).toBeNull();
  });
});

describe("query answer", () => {
  it("checks the signature over numbers as decimal text", () => {
    const body = {
      orderRef: order.orderRef,
      amount: 1250000,
      responseCode: "00",
      transactionNo: "1",
      status: "paid",
    };
    const signature = sign(Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])), SECRET);
    expect(checkQueryAnswer({ ...body, signature }, SECRET).ok).toBe(true);
    expect(checkQueryAnswer({ ...body, amount: 1, signature }, SECRET).ok).toBe(false);
    expect(checkQueryAnswer({ ...body, status: "maybe", signature }, SECRET)).toEqual({
      ok: false,
      problem: "malformed",
    });
    expect(checkQueryAnswer("nope", SECRET).ok).toBe(false);
  });
});

describe("response codes", () => {
  it("maps 00, 24 and the rest", () => {
    expect(resultKind("00")).toBe("paid");
    expect(resultKind("24")).toBe("cancelled");
    expect(resultKind("51")).toBe("failed");
    expect(resultKind("11")).toBe("failed");
    expect(callbackAnswer("97")).toEqual({ RspCode: "97", Message: "Invalid signature" });
  });
});
