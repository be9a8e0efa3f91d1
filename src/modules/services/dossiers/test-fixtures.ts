import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import { multipartBody as formBody } from "../../portal/legal/test-support.js";
import type { ProcedureDocument } from "../catalogue/domain/procedure.js";
import type { FormField } from "../catalogue/domain/procedure-form.js";
import type { OnlineClass } from "../tables.js";

/** Test helpers of the submission part: multipart bodies and a procedure written straight to the database. */

export interface MultipartFile {
  field: string;
  filename: string;
  content: Buffer;
  type?: string;
}

/** A multipart/form-data body as a browser sends it (the register's helper, with this part's file shape). */
export function multipartBody(
  fields: Record<string, string | string[]>,
  files: MultipartFile[] = [],
): { payload: Buffer; contentType: string } {
  return formBody(
    fields,
    files.map((f) => ({
      field: f.field,
      filename: f.filename,
      contentType: f.type ?? "application/octet-stream",
      data: f.content,
    })),
  );
}

/** A tiny but real PDF (file-type recognises it). */
export function tinyPdf(text = "to khai"): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`, "latin1");
}

/** The 8-byte PNG signature and an IHDR chunk: enough for type sniffing. */
export function tinyPng(): Buffer {
  return Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001",
    "hex",
  );
}

export const TEST_FORM_FIELDS: FormField[] = [
  {
    key: "hoTenCon",
    label: "Họ, chữ đệm, tên người được khai sinh",
    type: "text",
    required: true,
    maxLength: 100,
  },
  { key: "ngaySinh", label: "Ngày, tháng, năm sinh", type: "date", required: true },
  { key: "gioiTinh", label: "Giới tính", type: "select", required: true, options: ["Nam", "Nữ"] },
  { key: "soBanSao", label: "Số bản sao yêu cầu", type: "number", required: false, min: 0, max: 10 },
  { key: "thuLienHe", label: "Thư liên hệ", type: "email", required: false },
  { key: "dienThoaiMe", label: "Điện thoại của mẹ", type: "phone", required: false },
  { key: "cccdMe", label: "Số định danh của mẹ", type: "id_number", required: false },
  { key: "ghiChu", label: "Ghi chú", type: "textarea", required: false, maxLength: 200 },
  { key: "camKet", label: "Cam kết khai đúng sự thật", type: "checkbox", required: true },
];

export const TEST_DOCUMENTS: ProcedureDocument[] = [
  { key: "to-khai", name: "Tờ khai đăng ký khai sinh", required: true, copies: 1 },
  { key: "giay-chung-sinh", name: "Giấy chứng sinh", required: true, copies: 1 },
  { key: "cccd", name: "Căn cước công dân của người đi đăng ký", required: false, copies: 1 },
];

export async function insertTestProcedure(
  db: Db,
  opts: {
    code: string;
    unitId: string;
    name?: string;
    onlineClass?: OnlineClass;
    postalReturn?: boolean;
    processingDays?: number;
    documents?: ProcedureDocument[];
    formFields?: FormField[];
  },
): Promise<string> {
  const id = uuidv7();
  const name = opts.name ?? "Đăng ký khai sinh";
  await db
    .insertInto("procedures")
    .values({
      id,
      code: opts.code,
      name,
      field: "Hộ tịch",
      unit_id: opts.unitId,
      level: opts.onlineClass === "none" ? 2 : 4,
      online_class: opts.onlineClass ?? "full",
      processing_days: opts.processingDays ?? 3,
      postal_return: opts.postalReturn ?? false,
      documents: JSON.stringify(opts.documents ?? TEST_DOCUMENTS),
      form_fields: JSON.stringify(opts.formFields ?? TEST_FORM_FIELDS),
      search_text: `${name} ${opts.code}`
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .toLowerCase(),
    })
    .execute();
  return id;
}

/** A complete, valid online submission (without files). */
export function validOnlineFields(
  extra: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  return {
    fd_hoTenCon: "Nguyễn Gia Bảo",
    fd_ngaySinh: "05/01/2025",
    fd_gioiTinh: "Nam",
    fd_soBanSao: "2",
    fd_camKet: "on",
    ap_fullName: "Nguyễn Thị Lan",
    ap_phone: "0905 123 456",
    ap_email: "lan@example.vn",
    ap_idNumber: "051190001234",
    ap_address: "12 Hùng Vương, TP. Quảng Ngãi",
    receiptChannel: "online",
    returnChannel: "online",
    consent: "on",
    ...extra,
  };
}
