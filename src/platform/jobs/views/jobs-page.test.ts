import { describe, expect, it } from "vitest";
import { describeError } from "../queue.js";
import { pivotCounts } from "./jobs-page.js";

describe("pivotCounts", () => {
  it("makes one row per queue with a column per status, and totals", () => {
    const { queues, totals } = pivotCounts([
      { queue: "email", status: "done", count: 10 },
      { queue: "email", status: "dead", count: 2 },
      { queue: "exchange", status: "pending", count: 3 },
      { queue: "email", status: "pending", count: 1 },
    ]);
    expect(queues).toEqual([
      { queue: "email", counts: { pending: 1, running: 0, done: 10, dead: 2 } },
      { queue: "exchange", counts: { pending: 3, running: 0, done: 0, dead: 0 } },
    ]);
    expect(totals).toEqual({ pending: 4, running: 0, done: 10, dead: 2 });
  });

  it("is empty without jobs", () => {
    expect(pivotCounts([])).toEqual({ queues: [], totals: { pending: 0, running: 0, done: 0, dead: 0 } });
  });
});

describe("describeError", () => {
  it("keeps the message with the SMTP reply code or the system error code", () => {
    const smtp = Object.assign(new Error("Can't send mail - all recipients were rejected"), {
      responseCode: 451,
    });
    expect(describeError(smtp)).toBe("Can't send mail - all recipients were rejected [451]");
    const net = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ECONNREFUSED" });
    expect(describeError(net)).toBe("connect ECONNREFUSED 127.0.0.1:25 [ECONNREFUSED]");
    expect(describeError(new TypeError("x is undefined"))).toBe("TypeError: x is undefined");
    expect(describeError("plain")).toBe("plain");
  });
});
