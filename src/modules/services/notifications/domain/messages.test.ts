import { describe, expect, it } from "vitest";
import { mobileMsisdn } from "../../../../platform/i18n/vietnamese-phone.js";
import {
  buildNotice,
  comparablePhone,
  fitSms,
  type NoticeFacts,
  noticeKindFor,
  SMS_SEGMENT,
} from "./messages.js";

const base: NoticeFacts = {
  kind: "received",
  code: "000.00.00.H48-260302-0042",
  procedureName: "Cấp phiếu lý lịch tư pháp cho công dân Việt Nam",
  unitName: "Sở Tư pháp",
  applicantName: "Nguyễn Thị Hồng",
  dueOn: "2026-03-16",
  note: null,
  timeliness: null,
  lookupUrl: "https://dichvucong.quangngai.gov.vn/dich-vu-cong/tra-cuu?ma=000.00.00.H48-260302-0042&k=abc",
  smsLookupUrl: "https://dichvucong.quangngai.gov.vn/dich-vu-cong/tra-cuu",
  supplementUrl:
    "https://dichvucong.quangngai.gov.vn/dich-vu-cong/ho-so/000.00.00.H48-260302-0042/bo-sung?k=abc",
  returnChannel: "counter",
};

const ascii = /^[\x20-\x7e]*$/;

describe("noticeKindFor", () => {
  it("tells the applicant about what concerns them and nothing about internal hand-overs", () => {
    expect(noticeKindFor("submit", "online")).toBe("submitted");
    expect(noticeKindFor("submit", "post")).toBe("submitted");
    expect(noticeKindFor("submit", "counter")).toBeNull();
    expect(noticeKindFor("receive", "counter")).toBe("received");
    expect(noticeKindFor("request_supplement", "online")).toBe("supplement_requested");
    expect(noticeKindFor("supplement", "online")).toBe("supplemented");
    expect(noticeKindFor("reject", "online")).toBe("rejected");
    expect(noticeKindFor("approve", "online")).toBe("result_ready");
    expect(noticeKindFor("result_ready", "online")).toBe("result_ready");
    expect(noticeKindFor("return_result", "online")).toBe("returned");
    expect(noticeKindFor("withdraw", "online")).toBe("withdrawn");
    expect(noticeKindFor("apology", "online")).toBe("apology");
    for (const a of ["assign", "transfer", "submit_for_approval", "send_back"] as const) {
      expect(noticeKindFor(a, "online")).toBeNull();
    }
  });
});

describe("buildNotice", () => {
  it("received: code, due date dd/mm/yyyy and the lookup link; SMS without diacritics in one segment", () => {
    const n = buildNotice(base);
    expect(n.sms).toMatch(ascii);
    expect(n.sms.length).toBeLessThanOrEqual(SMS_SEGMENT);
    expect(n.sms).toContain("000.00.00.H48-260302-0042");
    expect(n.sms).toContain("16/03/2026");
    expect(n.sms).toContain(base.smsLookupUrl);
    expect(n.zalo).toContain("Ngày hẹn trả kết quả: 16/03/2026");
    expect(n.zalo).toContain(base.lookupUrl);
    expect(n.email.subject).toBe("Hồ sơ 000.00.00.H48-260302-0042 đã được tiếp nhận");
    expect(n.email.text).toContain("Kính gửi ông/bà Nguyễn Thị Hồng");
    expect(n.email.text).toContain("Sở Tư pháp");
  });

  it("supplement requested: what is missing and the supplement link with its token", () => {
    const note =
      "Bản sao căn cước công dân còn mờ, đề nghị nộp lại bản rõ nét; bổ sung giấy ủy quyền có chứng thực";
    const n = buildNotice({ ...base, kind: "supplement_requested", note });
    expect(n.sms).toMatch(ascii);
    expect(n.sms).toContain("can bo sung: Ban sao can cuoc cong dan");
    expect(n.sms).toContain(base.supplementUrl);
    expect(n.zalo).toContain(note);
    expect(n.zalo).toContain(base.supplementUrl);
    expect(n.email.text).toContain(note);
    expect(n.email.subject).toContain("cần bổ sung");
  });

  it("rejected: the reason", () => {
    const n = buildNotice({ ...base, kind: "rejected", note: "Không thuộc thẩm quyền giải quyết" });
    expect(n.sms).toContain("Ly do: Khong thuoc tham quyen giai quyet");
    expect(n.sms.length).toBeLessThanOrEqual(SMS_SEGMENT);
    expect(n.email.text).toContain("Lý do: Không thuộc thẩm quyền giải quyết");
  });

  it("result ready: early, on time and late have their own wording; late apologises", () => {
    const early = buildNotice({ ...base, kind: "result_ready", timeliness: "early" });
    const onTime = buildNotice({ ...base, kind: "result_ready", timeliness: "on_time" });
    const late = buildNotice({ ...base, kind: "result_ready", timeliness: "late", returnChannel: "post" });
    expect(early.sms).toContain("co ket qua truoc han");
    expect(onTime.sms).toContain("co ket qua dung han");
    expect(late.sms).toContain("co ket qua qua han, xin loi ong/ba");
    expect(late.sms).toContain("qua buu chinh");
    for (const n of [early, onTime, late]) {
      expect(n.sms).toMatch(ascii);
      expect(n.sms.length).toBeLessThanOrEqual(SMS_SEGMENT);
    }
    expect(early.zalo).toContain("trước hạn");
    expect(late.zalo).toContain("xin lỗi");
    expect(late.email.subject).toContain("quá hạn");
    expect(onTime.zalo).not.toContain("xin lỗi");
  });

  it("apology: the new date and the reason", () => {
    const n = buildNotice({
      ...base,
      kind: "apology",
      dueOn: "2026-03-20",
      note: "Cần xác minh thêm tại địa phương",
    });
    expect(n.sms).toContain("hen lai ngay 20/03/2026");
    expect(n.sms).toMatch(ascii);
    expect(n.zalo).toContain("Ngày hẹn trả kết quả mới: 20/03/2026");
    expect(n.email.subject).toContain("Xin lỗi");
  });

  it("submitted, supplemented, returned and withdrawn each produce all three texts", () => {
    for (const kind of ["submitted", "supplemented", "returned", "withdrawn"] as const) {
      const n = buildNotice({ ...base, kind });
      expect(n.sms).toMatch(ascii);
      expect(n.sms.length).toBeLessThanOrEqual(SMS_SEGMENT);
      expect(n.sms).toContain(base.code);
      expect(n.zalo).toContain(base.code);
      expect(n.email.subject).toContain(base.code);
    }
    expect(buildNotice({ ...base, kind: "returned" }).zalo).toContain("đã được trả kết quả");
  });
});

describe("fitSms", () => {
  it("shortens the middle so the whole fits one segment", () => {
    const s = fitSms("Ho so X can bo sung: ", "á".repeat(300), ". Link: http://x");
    expect(s.length).toBe(SMS_SEGMENT);
    expect(s).toMatch(/a\.\.\.\. Link: http:\/\/x$/);
  });

  it("keeps at least a readable middle when the fixed parts are long (a concatenated SMS then)", () => {
    const s = fitSms("H: ", "b".repeat(100), ` ${"u".repeat(150)}`, 40);
    expect(s).toContain(`${"b".repeat(37)}...`);
    expect(s.length).toBeGreaterThan(SMS_SEGMENT);
  });

  it("leaves a short message alone", () => {
    expect(fitSms("Đã nhận ", "hồ sơ", ".")).toBe("Da nhan ho so.");
  });
});

describe("phone numbers", () => {
  it("mobileMsisdn turns the ways people write a mobile into 84…, and refuses landlines", () => {
    expect(mobileMsisdn("0905 123 456")).toBe("84905123456");
    expect(mobileMsisdn("+84 905.123.456")).toBe("84905123456");
    expect(mobileMsisdn("84905123456")).toBe("84905123456");
    expect(mobileMsisdn("(090) 512-3456")).toBe("84905123456");
    expect(mobileMsisdn("0255 3822 158")).toBeNull();
    expect(mobileMsisdn("1900 1234")).toBeNull();
    expect(mobileMsisdn("0123")).toBeNull();
    expect(mobileMsisdn(null)).toBeNull();
  });

  it("comparablePhone makes the same number written differently compare equal", () => {
    expect(comparablePhone("+84 905 123 456")).toBe("0905123456");
    expect(comparablePhone("0905.123.456")).toBe("0905123456");
    expect(comparablePhone("0255 3822 158")).toBe("02553822158");
    expect(comparablePhone("905123456")).toBeNull();
    expect(comparablePhone("")).toBeNull();
  });
});
