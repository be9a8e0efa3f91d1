/**
 * What the applicant is told when their dossier changes (SPEC §B4; seed 003: SMS "when a result is early, late, or
 * needs supplements"). Pure: the caller gathers the facts, these functions write the SMS (no diacritics, ≤ 160
 * characters where the content allows), the Zalo OA message and the email (with diacritics).
 */

import { parseIso } from "../../../../platform/calendar/domain/civil-date.js";
import { formatViDate, type IsoDate } from "../../../../platform/calendar/index.js";
import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";
import type { DossierAction } from "../../lifecycle/domain/state-machine.js";

/** One SMS segment in GSM-7 (no diacritics). Longer texts are sent as concatenated SMS. */
export const SMS_SEGMENT = 160;
/** The payload limit of the message queues. */
export const TEXT_MAX = 1000;

export type NoticeKind =
  | "submitted"
  | "received"
  | "supplement_requested"
  | "supplemented"
  | "rejected"
  | "result_ready"
  | "returned"
  | "withdrawn"
  | "apology";

/** Which notice an event makes, or null when it does not concern the applicant (internal hand-overs). */
export function noticeKindFor(action: DossierAction, receiptChannel: string): NoticeKind | null {
  switch (action) {
    case "submit":
      // A walk-in dossier is received in the same breath: the "received" notice says it all.
      return receiptChannel === "counter" ? null : "submitted";
    case "receive":
      return "received";
    case "request_supplement":
      return "supplement_requested";
    case "supplement":
      return "supplemented";
    case "reject":
      return "rejected";
    case "approve":
    case "result_ready":
      return "result_ready";
    case "return_result":
      return "returned";
    case "withdraw":
      return "withdrawn";
    case "apology":
      return "apology";
    case "assign":
    case "transfer":
    case "submit_for_approval":
    case "send_back":
      return null;
  }
}

export type Timeliness = "early" | "on_time" | "late";

export interface NoticeFacts {
  kind: NoticeKind;
  code: string;
  procedureName: string;
  unitName: string;
  applicantName: string;
  /** yyyy-mm-dd: the appointment date (due date), or the new date of an apology slip. */
  dueOn: IsoDate | null;
  /** The staff's note: what to supplement, why it was rejected, the apology's reason. */
  note: string | null;
  /** For result_ready. */
  timeliness: Timeliness | null;
  /** Public lookup page with the code (and the receipt's token) filled in. */
  lookupUrl: string;
  /** The bare lookup page (the applicant types the code and phone): short enough for one SMS segment. */
  smsLookupUrl: string;
  /** The supplement form with the token, for supplement_requested. */
  supplementUrl: string;
  /** Where the result is collected (return channel). */
  returnChannel: "online" | "counter" | "post";
}

export interface Notice {
  sms: string;
  zalo: string;
  email: { subject: string; text: string };
}

function day(iso: IsoDate | null): string {
  if (!iso) return "";
  const d = parseIso(iso);
  return d === null ? iso : formatViDate(d);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 3) return text.slice(0, Math.max(0, max));
  return `${text.slice(0, max - 3).trimEnd()}...`;
}

/**
 * An SMS from a fixed head and tail around a variable middle (a note, a procedure name): the middle is shortened so
 * the whole fits one segment; when even a short middle does not fit (a long link), it keeps at least `minMiddle`
 * characters and the message goes as a concatenated SMS. Always without diacritics.
 */
export function fitSms(head: string, middle: string, tail: string, minMiddle = 40): string {
  const h = stripDiacritics(head);
  const m = oneLine(stripDiacritics(middle));
  const t = stripDiacritics(tail);
  const room = SMS_SEGMENT - h.length - t.length;
  const kept = cut(m, Math.max(room, Math.min(minMiddle, m.length)));
  return cut(`${h}${kept}${t}`, TEXT_MAX);
}

const RETURN_VI: Record<NoticeFacts["returnChannel"], string> = {
  online: "trực tuyến",
  counter: "tại Bộ phận Một cửa",
  post: "qua bưu chính",
};

const RETURN_SMS: Record<NoticeFacts["returnChannel"], string> = {
  online: "truc tuyen",
  counter: "tai Mot cua",
  post: "qua buu chinh",
};

const TIMELINESS_VI: Record<Timeliness, string> = {
  early: "trước hạn",
  on_time: "đúng hạn",
  late: "quá hạn",
};

/** The three texts of one notice. */
export function buildNotice(f: NoticeFacts): Notice {
  const due = day(f.dueOn);
  const note = f.note ? oneLine(f.note) : "";
  const greet = `Kính gửi ông/bà ${f.applicantName},`;
  const sign = `\n\nTrân trọng,\n${f.unitName}`;
  const lookup = `Tra cứu hồ sơ: ${f.lookupUrl}`;
  switch (f.kind) {
    case "submitted":
      return {
        sms: fitSms(`Ho so ${f.code} da duoc nop, cho tiep nhan. `, "", `Tra cuu: ${f.smsLookupUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) đã được nộp tới ${f.unitName} và đang chờ tiếp nhận. ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} đã được nộp`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — đã được nộp tới ${f.unitName} và đang chờ tiếp nhận.\n${lookup}${sign}`,
        },
      };
    case "received": {
      const when = due ? `, hen tra ket qua ${due}` : "";
      return {
        sms: fitSms(`Ho so ${f.code} da duoc tiep nhan${when}. `, "", `Tra cuu: ${f.smsLookupUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) đã được ${f.unitName} tiếp nhận.${due ? ` Ngày hẹn trả kết quả: ${due}.` : ""} ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} đã được tiếp nhận`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — đã được ${f.unitName} tiếp nhận.${due ? `\nNgày hẹn trả kết quả: ${due}.` : ""}\n${lookup}${sign}`,
        },
      };
    }
    case "supplement_requested":
      return {
        sms: fitSms(`Ho so ${f.code} can bo sung: `, note, `. Bo sung tai: ${f.supplementUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) cần bổ sung: ${note}. Thời hạn giải quyết tạm dừng cho đến khi ông/bà bổ sung. Bổ sung trực tuyến: ${f.supplementUrl}`,
        email: {
          subject: `Hồ sơ ${f.code} cần bổ sung`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — cần bổ sung:\n${note}\n\nThời hạn giải quyết tạm dừng cho đến khi ông/bà bổ sung.\nBổ sung trực tuyến: ${f.supplementUrl}${sign}`,
        },
      };
    case "supplemented": {
      const when = due ? `, hen tra ket qua moi ${due}` : "";
      return {
        sms: fitSms(`Ho so ${f.code} da nhan bo sung${when}. `, "", `Tra cuu: ${f.smsLookupUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) đã nhận giấy tờ bổ sung.${due ? ` Ngày hẹn trả kết quả mới: ${due}.` : ""} ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} đã nhận bổ sung`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — đã nhận giấy tờ bổ sung.${due ? `\nNgày hẹn trả kết quả mới: ${due}.` : ""}\n${lookup}${sign}`,
        },
      };
    }
    case "rejected":
      return {
        sms: fitSms(`Ho so ${f.code} bi tu choi. Ly do: `, note, `. Tra cuu: ${f.smsLookupUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) bị từ chối. Lý do: ${note}. ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} bị từ chối`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — bị từ chối.\nLý do: ${note}\n${lookup}${sign}`,
        },
      };
    case "result_ready": {
      const tl = f.timeliness ?? "on_time";
      const sorry = tl === "late" ? " Chúng tôi thành thật xin lỗi vì sự chậm trễ." : "";
      const where = RETURN_VI[f.returnChannel];
      return {
        sms: fitSms(
          `Ho so ${f.code} co ket qua ${stripDiacritics(TIMELINESS_VI[tl])}${tl === "late" ? ", xin loi ong/ba" : ""}. Nhan ${RETURN_SMS[f.returnChannel]}. `,
          "",
          `Tra cuu: ${f.smsLookupUrl}`,
        ),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) đã có kết quả ${TIMELINESS_VI[tl]}${due ? ` (hẹn trả ${due})` : ""}.${sorry} Ông/bà nhận kết quả ${where}. ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} đã có kết quả (${TIMELINESS_VI[tl]})`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — đã có kết quả ${TIMELINESS_VI[tl]}${due ? ` (ngày hẹn trả: ${due})` : ""}.${sorry}\nÔng/bà nhận kết quả ${where}.\n${lookup}${sign}`,
        },
      };
    }
    case "returned":
      return {
        sms: fitSms(`Ho so ${f.code} da tra ket qua. Cam on ong/ba. `, "", `Tra cuu: ${f.smsLookupUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) đã được trả kết quả. Cảm ơn ông/bà đã sử dụng dịch vụ. ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} đã được trả kết quả`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — đã được trả kết quả. Cảm ơn ông/bà đã sử dụng dịch vụ.\n${lookup}${sign}`,
        },
      };
    case "withdrawn":
      return {
        sms: fitSms(`Ho so ${f.code} da duoc rut theo de nghi. `, "", `Tra cuu: ${f.smsLookupUrl}`),
        zalo: `Hồ sơ ${f.code} (${f.procedureName}) đã được rút theo đề nghị.${note ? ` Ghi chú: ${note}.` : ""} ${lookup}`,
        email: {
          subject: `Hồ sơ ${f.code} đã được rút`,
          text: `${greet}\n\nHồ sơ ${f.code} — ${f.procedureName} — đã được rút theo đề nghị.${note ? `\nGhi chú: ${note}` : ""}\n${lookup}${sign}`,
        },
      };
    case "apology":
      return {
        sms: fitSms(
          `Xin loi ong/ba: ho so ${f.code} cham tra, hen lai ngay ${due}. Ly do: `,
          note,
          `. Tra cuu: ${f.smsLookupUrl}`,
          30,
        ),
        zalo: `${f.unitName} xin lỗi ông/bà: hồ sơ ${f.code} (${f.procedureName}) chưa có kết quả đúng hẹn. Ngày hẹn trả kết quả mới: ${due}.${note ? ` Lý do: ${note}.` : ""} ${lookup}`,
        email: {
          subject: `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${f.code}`,
          text: `${greet}\n\n${f.unitName} xin lỗi ông/bà vì hồ sơ ${f.code} — ${f.procedureName} — chưa có kết quả đúng hẹn.\nNgày hẹn trả kết quả mới: ${due}.${note ? `\nLý do: ${note}` : ""}\n${lookup}${sign}`,
        },
      };
  }
}

/** A phone number in comparable form (mobile or landline, any prefix): "0905 123 456" and "+84905123456" agree. */
export function comparablePhone(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.replace(/[\s.\-()]/g, "");
  const m = /^(?:\+84|84|0)(2\d{9}|[35789]\d{8})$/.exec(compact);
  return m ? `0${m[1]}` : null;
}
