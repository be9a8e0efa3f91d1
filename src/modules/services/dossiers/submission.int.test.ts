import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { applyTransition } from "../lifecycle/transitions.js";
import { SERVICES_PATHS } from "../paths.js";
import { MAX_FILE_BYTES } from "./domain/attachments.js";
import { EICAR } from "./domain/virus-scan.js";
import { receiptQrPayload } from "./receipt-pdf.js";
import {
  insertTestProcedure,
  type MultipartFile,
  multipartBody,
  tinyPdf,
  tinyPng,
  validOnlineFields,
} from "./test-fixtures.js";

let t: TestApp;
let stpUnit: { id: string; identifier_code: string | null; short_code: string };
const CODE = "TEST.STP.001";
const CODE_POSTAL = "TEST.STP.002";
const CODE_OFFLINE = "TEST.STP.003";
const CODE_SKHDT = "TEST.SKHDT.001";
let stpProcedureId: string;
let skhdtProcedureId: string;
let officer: StaffSession;
let otherOfficer: StaffSession;
let specialist: StaffSession;

const requiredFiles = (): MultipartFile[] => [
  { field: "doc_to-khai", filename: "to-khai.pdf", content: tinyPdf("a"), type: "application/pdf" },
  { field: "doc_giay-chung-sinh", filename: "chung-sinh.png", content: tinyPng(), type: "image/png" },
];

/** The form page's CSRF cookie and the action with its token, as a browser would have them. */
async function openForm(code: string) {
  const page = await t.app.inject({ url: SERVICES_PATHS.submit(code) });
  expect(page.statusCode).toBe(200);
  const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1]?.replaceAll("&amp;", "&");
  const cookie = page.cookies.find((c) => c.name === "congso_csrf");
  if (!action || !cookie) throw new Error("no form action or CSRF cookie");
  return { action, cookie: `congso_csrf=${cookie.value}`, body: page.body };
}

async function submitOnline(
  code: string,
  fields: Record<string, string | string[]>,
  files: MultipartFile[] = requiredFiles(),
  remoteAddress = "10.1.0.1",
) {
  const { action, cookie } = await openForm(code);
  const { payload, contentType } = multipartBody(fields, files);
  return t.app.inject({
    method: "POST",
    url: action,
    remoteAddress,
    headers: { cookie, "content-type": contentType },
    payload,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  const db = t.services.db;
  const units = await db
    .selectFrom("units")
    .select(["id", "short_code", "identifier_code"])
    .where("short_code", "in", ["STP", "SKHDT"])
    .execute();
  const stp = units.find((u) => u.short_code === "STP");
  const skhdt = units.find((u) => u.short_code === "SKHDT");
  if (!stp || !skhdt) throw new Error("demo units missing");
  stpUnit = stp;
  stpProcedureId = await insertTestProcedure(db, { code: CODE, unitId: stp.id });
  await insertTestProcedure(db, {
    code: CODE_POSTAL,
    unitId: stp.id,
    name: "Cấp bản sao trích lục hộ tịch",
    onlineClass: "partial",
    postalReturn: true,
  });
  await insertTestProcedure(db, {
    code: CODE_OFFLINE,
    unitId: stp.id,
    name: "Chứng thực chữ ký",
    onlineClass: "none",
  });
  skhdtProcedureId = await insertTestProcedure(db, {
    code: CODE_SKHDT,
    unitId: skhdt.id,
    name: "Đăng ký thành lập doanh nghiệp tư nhân",
  });
  const mk = async (
    username: string,
    grants: Parameters<typeof createStaff>[1]["grants"],
    unitId: string,
  ) => {
    const s = await createStaff(db, { username, grants, unitId });
    return signIn(t.app, {
      username,
      password: s.password,
      totpSecret: s.totpSecret,
      remoteAddress: "10.9.0.1",
    });
  };
  officer = await mk("test.motcua.stp", [{ role: "one_stop_officer", unitId: stp.id }], stp.id);
  otherOfficer = await mk("test.motcua.skhdt", [{ role: "one_stop_officer", unitId: skhdt.id }], skhdt.id);
  specialist = await mk("test.cv.stp", [{ role: "specialist", unitId: stp.id }], stp.id);
});

afterAll(async () => {
  await t?.close();
});

describe("the online form", () => {
  it("renders the procedure's fields with labels, required marks, documents and channels", async () => {
    const { body } = await openForm(CODE);
    expect(body).toContain("Họ, chữ đệm, tên người được khai sinh (bắt buộc)");
    expect(body).toContain('name="fd_ngaySinh"');
    expect(body).toContain('name="doc_to-khai"');
    expect(body).toContain('name="doc__other"');
    expect(body).toContain('enctype="multipart/form-data"');
    // Full-online procedure without postal return: no "by post" for the result.
    expect(body).toContain('id="f-returnChannel-online"');
    expect(body).not.toContain('id="f-returnChannel-post"');
  });

  it("is not offered for a procedure that is not online, and unknown procedures are 404", async () => {
    const page = await t.app.inject({ url: SERVICES_PATHS.submit(CODE_OFFLINE) });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("chưa hỗ trợ nộp hồ sơ trực tuyến");
    expect((await t.app.inject({ url: SERVICES_PATHS.submit("KHONG-CO") })).statusCode).toBe(404);
  });

  it("refuses a POST without the CSRF token", async () => {
    const { payload, contentType } = multipartBody(validOnlineFields(), requiredFiles());
    const res = await t.app.inject({
      method: "POST",
      url: SERVICES_PATHS.submit(CODE),
      headers: { "content-type": contentType },
      payload,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe("online submission", () => {
  it("creates the dossier, its files and submit event, and redirects to the submitted page", async () => {
    const res = await submitOnline(
      CODE,
      validOnlineFields(),
      [
        ...requiredFiles(),
        { field: "doc__other", filename: "them.pdf", content: tinyPdf("other"), type: "application/pdf" },
      ],
      "10.1.0.2",
    );
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    const m = /^\/dich-vu-cong\/ho-so\/([^/]+)\/da-nop\?k=([A-Za-z0-9_-]{22})$/.exec(location);
    expect(m).not.toBeNull();
    const code = decodeURIComponent(m?.[1] ?? "");
    const agency = stpUnit.identifier_code ?? stpUnit.short_code;
    expect(code.startsWith(`${agency}-`)).toBe(true);
    expect(code).toMatch(/-\d{6}-\d{4}$/);
    const db = t.services.db;
    const dossier = await db
      .selectFrom("dossiers")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    expect(dossier).toMatchObject({
      state: "submitted",
      unit_id: stpUnit.id,
      current_unit_id: stpUnit.id,
      citizen_id: null,
      registered_by: null,
      receipt_channel: "online",
      return_channel: "online",
      applicant_name: "Nguyễn Thị Lan",
      applicant_phone: "0905 123 456",
      applicant_email: "lan@example.vn",
      applicant_id_number: "051190001234",
      lookup_token: m?.[2],
    });
    expect(dossier.form_data).toMatchObject({
      hoTenCon: "Nguyễn Gia Bảo",
      ngaySinh: "05/01/2025",
      camKet: "true",
    });
    const files = await db
      .selectFrom("dossier_files")
      .selectAll()
      .where("dossier_id", "=", dossier.id)
      .execute();
    expect(files.map((f) => [f.document_key, f.kind, f.mime_type]).sort()).toEqual(
      [
        ["giay-chung-sinh", "submission", "image/png"],
        ["to-khai", "submission", "application/pdf"],
        [null, "submission", "application/pdf"],
      ].sort(),
    );
    for (const f of files) expect(await t.services.files.has(f.sha256)).toBe(true);
    const events = await db
      .selectFrom("dossier_events")
      .selectAll()
      .where("dossier_id", "=", dossier.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "submit",
      from_state: null,
      to_state: "submitted",
      to_unit_id: stpUnit.id,
    });

    // The submitted page: only with the token.
    const page = await t.app.inject({ url: location });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(code);
    expect(page.body).toContain("3 ngày làm việc");
    expect(page.body).toContain(`${SERVICES_PATHS.receiptPdf(code)}?k=`);
    expect((await t.app.inject({ url: SERVICES_PATHS.submitted(code) })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `${SERVICES_PATHS.submitted(code)}?k=AAAAAAAAAAAAAAAAAAAAAA` })).statusCode,
    ).toBe(404);

    // The receipt PDF, for the token holder only.
    const pdfRes = await t.app.inject({
      url: `${SERVICES_PATHS.receiptPdf(code)}?k=${dossier.lookup_token}`,
    });
    expect(pdfRes.statusCode).toBe(200);
    expect(pdfRes.headers["content-type"]).toBe("application/pdf");
    const pdf = await PDFDocument.load(pdfRes.rawPayload);
    expect(pdf.getTitle()).toBe("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    expect(pdf.getSubject()).toBe(code);
    expect(receiptQrPayload(t.services.config.publicUrl, dossier)).toBe(
      `${t.services.config.publicUrl}${SERVICES_PATHS.lookup}?ma=${encodeURIComponent(code)}&k=${dossier.lookup_token}`,
    );
    expect((await t.app.inject({ url: SERVICES_PATHS.receiptPdf(code) })).statusCode).toBe(404);

    // Staff of the dossier's unit print it; an officer of another unit may not.
    const staffPdf = await officer.get(SERVICES_PATHS.dossierReceiptPdf(dossier.id));
    expect(staffPdf.statusCode).toBe(200);
    expect((await PDFDocument.load(staffPdf.rawPayload)).getTitle()).toBe(
      "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    );
    expect((await otherOfficer.get(SERVICES_PATHS.dossierReceiptPdf(dossier.id))).statusCode).toBe(403);
    expect((await t.app.inject({ url: SERVICES_PATHS.dossierReceiptPdf(dossier.id) })).statusCode).not.toBe(
      200,
    );
  });

  it("hides a signed-in citizen's dossier from anyone without the token", async () => {
    const db = t.services.db;
    const citizenId = crypto.randomUUID();
    await db
      .insertInto("citizens")
      .values({ id: citizenId, full_name: "Công dân A", email: "a@example.vn" })
      .execute();
    const res = await submitOnline(CODE, validOnlineFields(), requiredFiles(), "10.1.0.3");
    const code = decodeURIComponent(/ho-so\/([^/]+)\/da-nop/.exec(String(res.headers.location))?.[1] ?? "");
    await db.updateTable("dossiers").set({ citizen_id: citizenId }).where("code", "=", code).execute();
    expect((await t.app.inject({ url: SERVICES_PATHS.submitted(code) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: SERVICES_PATHS.receiptPdf(code) })).statusCode).toBe(404);
  });

  it("gives every one of 50 concurrent submissions its own code", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submitOnline(
          CODE,
          validOnlineFields({ ap_fullName: `Người nộp ${i}` }),
          requiredFiles(),
          `10.2.${i}.1`,
        ),
      ),
    );
    const codes = results.map((r) => {
      expect(r.statusCode).toBe(303);
      return decodeURIComponent(/ho-so\/([^/]+)\/da-nop/.exec(String(r.headers.location))?.[1] ?? "");
    });
    expect(new Set(codes).size).toBe(50);
    const seqs = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    // Sequences are consecutive (no gaps, no duplicates) after the ones used by the earlier tests.
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe((seqs[i - 1] ?? 0) + 1);
  });
});

describe("validation (422, everything typed kept)", () => {
  it("reports each field type with a Vietnamese message and keeps the values", async () => {
    const res = await submitOnline(
      CODE,
      validOnlineFields({
        fd_hoTenCon: "",
        fd_ngaySinh: "31/02/2025",
        fd_gioiTinh: "Khác",
        fd_soBanSao: "mười",
        fd_thuLienHe: "sai-thu",
        fd_dienThoaiMe: "123",
        fd_cccdMe: "12345",
        fd_ghiChu: "x".repeat(201),
        fd_camKet: [],
        ap_phone: "0123",
        ap_fullName: "Trần Văn Giữ Nguyên",
      }),
      requiredFiles(),
      "10.1.1.1",
    );
    expect(res.statusCode).toBe(422);
    const body = res.body;
    for (const msg of [
      "Vui lòng nhập Họ, chữ đệm, tên người được khai sinh.",
      "Ngày, tháng, năm sinh phải là một ngày có thật",
      "Vui lòng chọn Giới tính trong danh sách.",
      "Số bản sao yêu cầu phải là một số.",
      "Thư liên hệ không đúng dạng thư điện tử",
      "Điện thoại của mẹ không đúng dạng số điện thoại Việt Nam",
      "Số định danh của mẹ phải gồm đúng 12 chữ số.",
      "Ghi chú không được dài quá 200 ký tự.",
      "Vui lòng đánh dấu Cam kết khai đúng sự thật.",
      "Số điện thoại không đúng dạng số điện thoại Việt Nam",
    ])
      expect(body).toContain(msg);
    expect(body).toContain('value="Trần Văn Giữ Nguyên"');
    expect(body).toContain('value="31/02/2025"');
    expect(body).toContain('value="sai-thu"');
    expect(body).toContain('value="0123"');
    expect(body).toContain("vui lòng chọn lại các tệp đính kèm");
    expect(
      await t.services.db
        .selectFrom("dossiers")
        .select("id")
        .where("applicant_name", "=", "Trần Văn Giữ Nguyên")
        .execute(),
    ).toEqual([]);
  });

  it("needs a phone or an email, the consent, and the required documents", async () => {
    const res = await submitOnline(
      CODE,
      validOnlineFields({ ap_phone: "", ap_email: "", consent: [] }),
      [],
      "10.1.1.2",
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Vui lòng nhập số điện thoại hoặc thư điện tử");
    expect(res.body).toContain("Vui lòng đánh dấu cam đoan");
    expect(res.body).toContain("Vui lòng đính kèm Tờ khai đăng ký khai sinh.");
    expect(res.body).toContain("Vui lòng đính kèm Giấy chứng sinh.");
    // Papers sent by post: the files are not required then, but the address is.
    const post = await submitOnline(
      CODE,
      validOnlineFields({ receiptChannel: "post", ap_address: "" }),
      [],
      "10.1.1.3",
    );
    expect(post.statusCode).toBe(422);
    expect(post.body).not.toContain("Vui lòng đính kèm Tờ khai");
    expect(post.body).toContain("Vui lòng nhập địa chỉ để gửi và nhận qua bưu chính.");
  });

  it("applies the channel rules of the procedure", async () => {
    const noPost = await submitOnline(
      CODE,
      validOnlineFields({ returnChannel: "post" }),
      requiredFiles(),
      "10.1.2.1",
    );
    expect(noPost.statusCode).toBe(422);
    expect(noPost.body).toContain("Thủ tục này không trả kết quả qua bưu chính.");
    // A partial-online procedure: no online result; by post is allowed there.
    const partialOnline = await submitOnline(CODE_POSTAL, validOnlineFields(), requiredFiles(), "10.1.2.2");
    expect(partialOnline.statusCode).toBe(422);
    expect(partialOnline.body).toContain("Vui lòng chọn Cách nhận kết quả.");
    const byPost = await submitOnline(
      CODE_POSTAL,
      validOnlineFields({ returnChannel: "post" }),
      requiredFiles(),
      "10.1.2.3",
    );
    expect(byPost.statusCode).toBe(303);
  });

  it("refuses a file too large, of a wrong type, disguised, or infected — with the file named", async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1024, 0x20);
    tinyPdf().copy(big);
    const tooLarge = await submitOnline(
      CODE,
      validOnlineFields({ ap_fullName: "Người Gửi Tệp Lớn" }),
      [
        { field: "doc_to-khai", filename: "to-khai-lon.pdf", content: big, type: "application/pdf" },
        requiredFiles()[1] as MultipartFile,
      ],
      "10.1.3.1",
    );
    expect(tooLarge.statusCode).toBe(422);
    expect(tooLarge.headers["content-type"]).toContain("text/html");
    expect(tooLarge.body).toContain("Tệp “to-khai-lon.pdf” nặng hơn 10 MB, vượt quá 10 MB cho mỗi tệp.");
    expect(tooLarge.body).toContain('value="Người Gửi Tệp Lớn"');

    const refused: [MultipartFile[], string, string][] = [
      [
        [
          {
            field: "doc_to-khai",
            filename: "to-khai.pdf",
            content: Buffer.from("chỉ là văn bản"),
            type: "application/pdf",
          },
        ],
        "10.1.3.2",
        "Tệp “to-khai.pdf” không thuộc loại được nhận",
      ],
      [
        [{ field: "doc_to-khai", filename: "to-khai.pdf", content: tinyPng(), type: "application/pdf" }],
        "10.1.3.3",
        "Tệp “to-khai.pdf” có phần mở rộng không khớp với nội dung thật (PNG)",
      ],
      [
        [
          ...requiredFiles(),
          {
            field: "doc__other",
            filename: "eicar.pdf",
            content: Buffer.from(EICAR),
            type: "application/pdf",
          },
        ],
        "10.1.3.4",
        "Tệp “eicar.pdf” bị phát hiện mã độc (EICAR-Test-File)",
      ],
    ];
    for (const [files, ip, message] of refused) {
      const res = await submitOnline(CODE, validOnlineFields(), files, ip);
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(message);
    }
  });
});

describe("counter walk-ins", () => {
  it("lets only one-stop officers in, and only for their unit's procedures", async () => {
    const list = await officer.get(SERVICES_PATHS.counterNew);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(CODE);
    expect(list.body).not.toContain(CODE_SKHDT);
    const search = await officer.get(`${SERVICES_PATHS.counterNew}?q=${encodeURIComponent("chung thuc")}`);
    expect(search.body).toContain(CODE_OFFLINE);
    expect(search.body).not.toContain(`<td>${CODE}</td>`);
    expect((await officer.get(`${SERVICES_PATHS.counterNew}?thu_tuc=${stpProcedureId}`)).statusCode).toBe(
      200,
    );
    expect((await officer.get(`${SERVICES_PATHS.counterNew}?thu_tuc=${skhdtProcedureId}`)).statusCode).toBe(
      403,
    );
    expect((await specialist.get(SERVICES_PATHS.counterNew)).statusCode).toBe(403);
    expect((await t.app.inject({ url: SERVICES_PATHS.counterNew })).statusCode).not.toBe(200);

    const { payload, contentType } = multipartBody(
      { ...validOnlineFields(), procedureId: skhdtProcedureId },
      [],
    );
    const res = await t.app.inject({
      method: "POST",
      url: `${SERVICES_PATHS.counterNew}?_csrf=${officer.csrf}`,
      headers: { cookie: officer.cookie, "content-type": contentType },
      payload,
    });
    expect(res.statusCode).toBe(403);
  });

  it("needs the required papers ticked, keeping what was typed", async () => {
    const { payload, contentType } = multipartBody({
      ...validOnlineFields({ ap_fullName: "Khách Tại Quầy" }),
      procedureId: stpProcedureId,
      returnChannel: "counter",
      papers: ["to-khai"],
    });
    const res = await t.app.inject({
      method: "POST",
      url: `${SERVICES_PATHS.counterNew}?_csrf=${officer.csrf}`,
      headers: { cookie: officer.cookie, "content-type": contentType },
      payload,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Chưa đánh dấu đã nhận Giấy chứng sinh.");
    expect(res.body).not.toContain("Chưa đánh dấu đã nhận Tờ khai");
    expect(res.body).toContain('value="Khách Tại Quầy"');
  });

  it("registers a walk-in through the same path and receives it in the same transaction", async () => {
    const { payload, contentType } = multipartBody(
      {
        ...validOnlineFields({ ap_fullName: "Phạm Văn Quầy" }),
        procedureId: stpProcedureId,
        returnChannel: "counter",
        papers: ["to-khai", "giay-chung-sinh"],
      },
      [{ field: "doc_cccd", filename: "cccd.png", content: tinyPng(), type: "image/png" }],
    );
    const res = await t.app.inject({
      method: "POST",
      url: `${SERVICES_PATHS.counterNew}?_csrf=${officer.csrf}`,
      headers: { cookie: officer.cookie, "content-type": contentType },
      payload,
    });
    expect(res.statusCode).toBe(303);
    const db = t.services.db;
    const dossier = await db
      .selectFrom("dossiers")
      .selectAll()
      .where("applicant_name", "=", "Phạm Văn Quầy")
      .executeTakeFirstOrThrow();
    expect(res.headers.location).toBe(SERVICES_PATHS.dossier(dossier.id));
    expect(dossier).toMatchObject({
      receipt_channel: "counter",
      return_channel: "counter",
      state: "received",
    });
    expect(dossier.registered_by).not.toBeNull();
    expect(dossier.due_on).not.toBeNull();
    const papers = await db
      .selectFrom("dossier_papers")
      .select("document_key")
      .where("dossier_id", "=", dossier.id)
      .execute();
    expect(papers.map((p) => p.document_key).sort()).toEqual(["giay-chung-sinh", "to-khai"]);
    const events = await db
      .selectFrom("dossier_events")
      .select(["action", "actor_staff_id"])
      .where("dossier_id", "=", dossier.id)
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["submit", "receive"]);
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", dossier.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain("dossier.register");
  });
});

describe("citizen supplement", () => {
  it("shows the request to the token holder, takes the papers and restarts the dossier", async () => {
    const res = await submitOnline(
      CODE,
      validOnlineFields({ ap_fullName: "Người Bổ Sung" }),
      requiredFiles(),
      "10.1.4.1",
    );
    const location = String(res.headers.location);
    const code = decodeURIComponent(/ho-so\/([^/]+)\/da-nop/.exec(location)?.[1] ?? "");
    const token = /k=([^&]+)/.exec(location)?.[1] ?? "";
    const db = t.services.db;
    const dossier = await db
      .selectFrom("dossiers")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    const officerId = (
      await db
        .selectFrom("staff_users")
        .select("id")
        .where("username", "=", "test.motcua.stp")
        .executeTakeFirstOrThrow()
    ).id;

    // Nothing to supplement yet.
    const early = await t.app.inject({ url: `${SERVICES_PATHS.supplement(code)}?k=${token}` });
    expect(early.statusCode).toBe(200);
    expect(early.body).toContain("không ở trạng thái chờ bổ sung");

    await inTransaction(db, (tx) =>
      applyTransition(t.services, tx, {
        dossierId: dossier.id,
        action: "request_supplement",
        actor: { kind: "staff", staffId: officerId },
        note: "Thiếu bản sao giấy đăng ký kết hôn của cha mẹ.",
      }),
    );
    expect((await t.app.inject({ url: SERVICES_PATHS.supplement(code) })).statusCode).toBe(404);
    const page = await t.app.inject({ url: `${SERVICES_PATHS.supplement(code)}?k=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Thiếu bản sao giấy đăng ký kết hôn của cha mẹ.");
    const action =
      /<form method="post" action="([^"]+)"/.exec(page.body)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const cookie = `congso_csrf=${page.cookies.find((c) => c.name === "congso_csrf")?.value ?? ""}`;
    expect(action).toContain(`k=${token}`);

    const empty = multipartBody({ note: "" }, []);
    const none = await t.app.inject({
      method: "POST",
      url: action,
      headers: { cookie, "content-type": empty.contentType },
      payload: empty.payload,
    });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain("Vui lòng đính kèm ít nhất một tệp giấy tờ bổ sung.");

    const good = multipartBody({ note: "Đã bổ sung" }, [
      { field: "doc__other", filename: "ket-hon.pdf", content: tinyPdf("ket hon"), type: "application/pdf" },
    ]);
    const sent = await t.app.inject({
      method: "POST",
      url: action,
      headers: { cookie, "content-type": good.contentType },
      payload: good.payload,
    });
    expect(sent.statusCode).toBe(303);
    expect(String(sent.headers.location)).toContain(SERVICES_PATHS.lookup);
    const after = await db
      .selectFrom("dossiers")
      .selectAll()
      .where("id", "=", dossier.id)
      .executeTakeFirstOrThrow();
    // Never received: back to submitted.
    expect(after.state).toBe("submitted");
    const files = await db
      .selectFrom("dossier_files")
      .select(["kind", "filename"])
      .where("dossier_id", "=", dossier.id)
      .where("kind", "=", "supplement")
      .execute();
    expect(files).toEqual([{ kind: "supplement", filename: "ket-hon.pdf" }]);
    const events = await db
      .selectFrom("dossier_events")
      .select("action")
      .where("dossier_id", "=", dossier.id)
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["submit", "request_supplement", "supplement"]);
  });
});
