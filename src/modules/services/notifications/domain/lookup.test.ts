import { describe, expect, it } from "vitest";
import {
  type HistoryEvent,
  isPlausibleCode,
  matchesApplicant,
  normaliseCode,
  normaliseIdNumber,
  publicHistory,
  tokenMatches,
} from "./lookup.js";

describe("lookup inputs", () => {
  it("normalises and recognises dossier codes", () => {
    expect(normaliseCode(" 000.00.01.h48-260302-0042 ")).toBe("000.00.01.H48-260302-0042");
    expect(isPlausibleCode("000.00.01.H48-260302-0042")).toBe(true);
    expect(isPlausibleCode("000.12.34.H48-251231-0001")).toBe(true);
    expect(isPlausibleCode("H48-260302")).toBe(false);
    expect(isPlausibleCode("'; drop table dossiers; --")).toBe(false);
    expect(isPlausibleCode("")).toBe(false);
  });

  it("normalises ID numbers", () => {
    expect(normaliseIdNumber("051 090 000 123")).toBe("051090000123");
    expect(normaliseIdNumber("212345678")).toBe("212345678");
    expect(normaliseIdNumber("12345")).toBeNull();
    expect(normaliseIdNumber("abc")).toBeNull();
  });
});

describe("matchesApplicant", () => {
  const applicant = { phone: "0905 123 456", idNumber: "051090000123" };

  it("accepts the phone in any usual writing, or the ID number", () => {
    expect(matchesApplicant(applicant, { phone: "+84905123456", idNumber: "" })).toBe(true);
    expect(matchesApplicant(applicant, { phone: "0905.123.456", idNumber: "" })).toBe(true);
    expect(matchesApplicant(applicant, { phone: "", idNumber: "051090000123" })).toBe(true);
    expect(matchesApplicant(applicant, { phone: "0905123456", idNumber: "051 090 000 123" })).toBe(true);
  });

  it("refuses a wrong part, nothing given, or a dossier without that contact", () => {
    expect(matchesApplicant(applicant, { phone: "0905123457", idNumber: "" })).toBe(false);
    expect(matchesApplicant(applicant, { phone: "", idNumber: "051090000124" })).toBe(false);
    expect(matchesApplicant(applicant, { phone: "0905123456", idNumber: "051090000124" })).toBe(false);
    expect(matchesApplicant(applicant, { phone: "", idNumber: "" })).toBe(false);
    expect(matchesApplicant({ phone: null, idNumber: null }, { phone: "garbage", idNumber: "" })).toBe(false);
    expect(
      matchesApplicant({ phone: null, idNumber: "051090000123" }, { phone: "0905123456", idNumber: "" }),
    ).toBe(false);
  });
});

describe("tokenMatches", () => {
  it("compares the receipt's secret exactly", () => {
    expect(tokenMatches("AbC_123-xyz", "AbC_123-xyz")).toBe(true);
    expect(tokenMatches("AbC_123-xyz", "abc_123-xyz")).toBe(false);
    expect(tokenMatches("AbC_123-xyz", "")).toBe(false);
    expect(tokenMatches("AbC_123-xyz", undefined)).toBe(false);
    expect(tokenMatches("AbC_123-xyz", "x".repeat(500))).toBe(false);
  });
});

describe("publicHistory", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 2, d, 2));
  const ev = (
    action: HistoryEvent["action"],
    d: number,
    note: string | null = null,
    due_on: string | null = null,
  ) => ({
    action,
    at: at(d),
    note,
    due_on,
  });
  const fmt = (iso: string) => iso.split("-").reverse().join("/");

  it("shows the applicant's steps, hides hand-overs and internal notes", () => {
    const rows = publicHistory(
      [
        ev("submit", 2),
        ev("receive", 3, "Nhận đủ bản chính"),
        ev("assign", 3, "Giao anh Bình xử lý"),
        ev("transfer", 4, "Chuyển Sở Xây dựng"),
        ev("request_supplement", 5, "Thiếu bản sao giấy khai sinh"),
        ev("supplement", 6),
        ev("submit_for_approval", 7, "Trình ký"),
        ev("send_back", 8, "Sửa lại số liệu"),
        ev("apology", 9, "Cần xác minh", "2026-03-20"),
        ev("approve", 10),
        ev("return_result", 11),
      ],
      fmt,
    );
    expect(rows.map((r) => r.key)).toEqual([
      "lookup.event.submit",
      "lookup.event.receive",
      "lookup.event.processing",
      "lookup.event.request_supplement",
      "lookup.event.supplement",
      "lookup.event.processing",
      "lookup.event.apology",
      "lookup.event.result_ready",
      "lookup.event.return_result",
    ]);
    expect(rows.map((r) => r.note).filter(Boolean)).toEqual(["Thiếu bản sao giấy khai sinh"]);
    expect(rows[6]?.params).toEqual({ date: "20/03/2026" });
    const text = JSON.stringify(rows);
    for (const secret of ["Giao anh Bình", "Chuyển Sở", "Trình ký", "Sửa lại", "Cần xác minh", "Nhận đủ"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("shows the reason of a rejection", () => {
    const rows = publicHistory([ev("submit", 2), ev("reject", 3, "Không thuộc thẩm quyền")], fmt);
    expect(rows[1]).toMatchObject({ key: "lookup.event.reject", note: "Không thuộc thẩm quyền" });
  });
});
