import { describe, expect, it } from "vitest";
import { transitionRequestFromBody } from "../transition-input.js";
import { type HandoverEvent, handoverOf } from "./handover.js";

const labels = {
  applicant: "Người nộp",
  desk: "Bộ phận tiếp nhận và trả kết quả",
  leader: "Lãnh đạo",
  citizen: "Công dân",
};
const base: HandoverEvent = {
  action: "assign",
  actor_name: "Ngô Thị Kim Oanh",
  from_unit_name: "Sở Tư pháp",
  to_unit_name: "Sở Tư pháp",
  from_assignee_name: null,
  to_assignee_name: "Trương Văn Lộc",
};

describe("handoverOf", () => {
  it("names who hands the dossier to whom", () => {
    expect(handoverOf(base, "Trần An", labels)).toEqual({
      from: "Ngô Thị Kim Oanh — Sở Tư pháp",
      to: "Trương Văn Lộc — Sở Tư pháp",
    });
    expect(handoverOf({ ...base, action: "receive", to_assignee_name: null }, "Trần An", labels)).toEqual({
      from: "Người nộp Trần An",
      to: "Ngô Thị Kim Oanh — Bộ phận tiếp nhận và trả kết quả — Sở Tư pháp",
    });
    expect(
      handoverOf(
        { ...base, action: "transfer", to_unit_name: "Sở Kế hoạch và Đầu tư", to_assignee_name: null },
        "A",
        labels,
      ).to,
    ).toBe("Sở Kế hoạch và Đầu tư");
    expect(handoverOf({ ...base, action: "submit_for_approval" }, "A", labels).to).toBe(
      "Lãnh đạo — Sở Tư pháp",
    );
    expect(handoverOf({ ...base, action: "approve" }, "A", labels).to).toBe(labels.desk);
    expect(handoverOf({ ...base, action: "return_result" }, "Trần An", labels).to).toBe("Người nộp Trần An");
    expect(handoverOf({ ...base, action: "supplement", actor_name: null }, "Trần An", labels)).toEqual({
      from: "Người nộp Trần An",
      to: "Trương Văn Lộc — Sở Tư pháp",
    });
  });
});

describe("transitionRequestFromBody", () => {
  it("reads the form's fields and keeps bad ids refusable", () => {
    expect(
      transitionRequestFromBody({
        note: "  lý do  ",
        toUnitId: "nope",
        toAssigneeId: "0190A4B2-1111-7222-8333-444455556666",
        expectedVersion: "3",
      }),
    ).toEqual({
      note: "lý do",
      toUnitId: "00000000-0000-0000-0000-000000000000",
      toAssigneeId: "0190a4b2-1111-7222-8333-444455556666",
      expectedVersion: 3,
    });
    expect(transitionRequestFromBody({ expectedVersion: "-1", note: "" })).toEqual({});
    expect(transitionRequestFromBody(null)).toEqual({});
    expect(transitionRequestFromBody({ expectedVersion: ["2", "5"] })).toEqual({ expectedVersion: 2 });
  });
});
