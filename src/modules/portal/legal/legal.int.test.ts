import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { createLegalDocument } from "./store.js";
import { pdfPart, postMultipart } from "./test-support.js";

/**
 * The legal-documents register on PostgreSQL through HTTP (SPEC §A4, JOURNEYS 5): registration with a PDF by the
 * Office's clerk, duplicates, scope (403 for another unit's document), replaced-by both ways, public filters and
 * pages, CSV import, audit rows, cache purge and the query budget of the public list.
 */

let t: TestApp;
let clerk: StaffSession;
let sxdClerk: StaffSession;
let admin: StaffSession;

const UBND = demoUnitId("UBND");
const SXD = demoUnitId("SXD");
const UBND_NAME = "Ủy ban nhân dân tỉnh Quảng Ngãi";

function baseFields(over: Record<string, string> = {}): Record<string, string> {
  return {
    number_symbol: "1234/QĐ-UBND",
    doc_type: "quyet-dinh",
    issuer_unit_id: UBND,
    issuer_other: "",
    signer_name: "Trần Phước Hiền",
    signer_position: "Phó Chủ tịch",
    issued_on: "15/03/2024",
    effective_on: "01/04/2024",
    expires_on: "",
    replaced_by: "",
    field: "xay-dung",
    summary: "Về việc phê duyệt quy hoạch chi tiết xây dựng khu dân cư Nghĩa Lộ",
    published: "on",
    ...over,
  };
}

async function docBySymbol(symbol: string, issuer = UBND_NAME) {
  return t.services.db
    .selectFrom("legal_documents")
    .selectAll()
    .where("number_symbol", "=", symbol)
    .where("issuer_name", "=", issuer)
    .executeTakeFirst();
}

function idFromLocation(res: { headers: Record<string, unknown> }): string {
  const m = /^\/admin\/van-ban\/([0-9a-f-]{36})$/.exec(String(res.headers.location));
  if (!m?.[1]) throw new Error(`unexpected redirect ${String(res.headers.location)}`);
  return m[1];
}

function decode(html: string): string {
  return html
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAsAdmin(t.app);
  // The demo clerk of the Office, enrolling TOTP at this first sign-in (JOURNEYS 5).
  clerk = await signIn(t.app, { username: "vanthu.vp", password: DEMO_STAFF_PASSWORD });
  const s = await createStaff(t.services.db, {
    username: "vanthu.sxd.test",
    unitId: SXD,
    grants: [{ role: "clerk", unitId: SXD }],
  });
  sxdClerk = await signIn(t.app, { username: s.username, password: s.password, totpSecret: s.totpSecret });
});

afterAll(async () => {
  await t?.close();
});

let decisionId = "";

describe("registering a document", () => {
  it("lets the Office's clerk register Quyết định 1234/QĐ-UBND with its PDF, audited", async () => {
    const form = await clerk.get("/admin/van-ban/moi");
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(UBND_NAME);
    expect(form.body).not.toContain(">Sở Xây dựng<");

    const res = await postMultipart(t.app, clerk, "/admin/van-ban", baseFields(), [pdfPart()]);
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    decisionId = idFromLocation(res);

    const row = await docBySymbol("1234/QĐ-UBND");
    expect(row).toMatchObject({
      id: decisionId,
      doc_type: "Quyết định",
      issuer_unit_id: UBND,
      owner_unit_id: UBND,
      signer_name: "Trần Phước Hiền",
      issued_on: "2024-03-15",
      effective_on: "2024-04-01",
      field: "Xây dựng",
      published: true,
    });
    const files = await t.services.db
      .selectFrom("legal_document_files")
      .innerJoin("media", "media.id", "legal_document_files.media_id")
      .select(["media.kind", "media.sha256", "media.original_name"])
      .where("document_id", "=", decisionId)
      .execute();
    expect(files).toHaveLength(1);
    expect(files[0]?.kind).toBe("pdf");
    const file = await t.app.inject({ url: `/tep/${files[0]?.sha256}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toContain("application/pdf");

    const audit = await t.services.db
      .selectFrom("audit_log")
      .select(["action", "actor_name", "entity_id"])
      .where("entity_id", "=", decisionId)
      .execute();
    expect(audit).toEqual([
      { action: "legal_document.create", actor_name: "Nguyễn Thị Thu Hà", entity_id: decisionId },
    ]);

    const edit = await clerk.get(`/admin/van-ban/${decisionId}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="15/03/2024"');
    expect(edit.body).toContain("1234-QD-UBND.pdf");
  });

  it("shows the document publicly with issuer, signer, dates and the PDF", async () => {
    const res = await t.app.inject({ url: `/van-ban/${decisionId}` });
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain("<h1>Quyết định 1234/QĐ-UBND</h1>");
    expect(html).toContain(UBND_NAME);
    expect(html).toContain("Trần Phước Hiền");
    expect(html).toContain("Phó Chủ tịch");
    expect(html).toContain("15/03/2024");
    expect(html).toContain("01/04/2024");
    expect(html).toMatch(/href="\/tep\/[0-9a-f]{64}"[^>]*>1234-QD-UBND\.pdf \(PDF, \d+ KB\)/);
    expect(html).toContain("Còn hiệu lực");
    expect(res.headers.etag).toBeTruthy();
  });

  it("refuses the same number/symbol, issuer and year with a clear message, keeping what was typed", async () => {
    const res = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({ summary: "Bản đăng ký trùng lặp", issued_on: "20/03/2024", effective_on: "" }),
    );
    expect(res.statusCode).toBe(422);
    const html = decode(res.body);
    expect(html).toContain("error-summary");
    expect(html).toContain(`Đã có văn bản 1234/QĐ-UBND của ${UBND_NAME} ban hành năm 2024`);
    expect(html).toContain("Bản đăng ký trùng lặp");
    expect(html).toContain('value="20/03/2024"');
    const count = await t.services.db
      .selectFrom("legal_documents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("number_symbol", "=", "1234/QĐ-UBND")
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    // Another year is another document.
    const other = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({ issued_on: "15/03/2023", effective_on: "", summary: "Quyết định cùng số năm 2023" }),
    );
    expect(other.statusCode).toBe(303);
  });

  it("refuses bad input with the GOV.UK pattern and 422", async () => {
    const res = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({
        number_symbol: "77/CT-UBND",
        issued_on: "31/02/2024",
        expires_on: "01/01/2020",
        summary: "x".repeat(20_000),
      }),
    );
    expect(res.statusCode).toBe(422);
    const html = decode(res.body);
    expect(html).toContain("“CT” là chữ viết tắt của Chỉ thị, không phải Quyết định");
    expect(html).toContain("Ngày phải có dạng dd/mm/yyyy");
    expect(html).toContain("Không được quá 2000 ký tự");
    expect(html).toContain('value="77/CT-UBND"');
    expect(html).toContain('href="#f-number_symbol"');

    const notPdf = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({ number_symbol: "78/QĐ-UBND" }),
      [
        {
          field: "files",
          filename: "ghi-chu.txt",
          contentType: "text/plain",
          data: Buffer.from("không phải PDF"),
        },
      ],
    );
    expect(notPdf.statusCode).toBe(422);
    expect(decode(notPdf.body)).toContain("Tệp “ghi-chu.txt”");
    expect(await docBySymbol("78/QĐ-UBND")).toBeUndefined();

    const noToken = await t.app.inject({
      method: "POST",
      url: "/admin/van-ban",
      headers: { cookie: clerk.cookie, "content-type": "multipart/form-data; boundary=x" },
      payload: "--x--\r\n",
    });
    expect(noToken.statusCode).toBe(403);
  });

  it("keeps a clerk to their own unit's register: another unit's document is 403", async () => {
    expect((await sxdClerk.get(`/admin/van-ban/${decisionId}`)).statusCode).toBe(403);
    const post = await postMultipart(
      t.app,
      sxdClerk,
      `/admin/van-ban/${decisionId}`,
      baseFields({ summary: "Sửa trái phép" }),
    );
    expect(post.statusCode).toBe(403);
    expect((await docBySymbol("1234/QĐ-UBND"))?.summary).not.toBe("Sửa trái phép");
    const list = await sxdClerk.get("/admin/van-ban?q=1234");
    expect(list.body).not.toContain(decisionId);
    // Nor may they register in the committee's name.
    const res = await postMultipart(
      t.app,
      sxdClerk,
      "/admin/van-ban",
      baseFields({ number_symbol: "555/QĐ-UBND" }),
    );
    expect(res.statusCode).toBe(422);
    expect(decode(res.body)).toContain("Bạn không được đăng ký văn bản của cơ quan ban hành này.");
    // Their own unit's documents are fine, an outside body's too (filed under their unit).
    const own = await postMultipart(
      t.app,
      sxdClerk,
      "/admin/van-ban",
      baseFields({
        number_symbol: "45/KH-SXD",
        doc_type: "ke-hoach",
        issuer_unit_id: SXD,
        signer_name: "Đặng Quốc Bảo",
        signer_position: "Phó Giám đốc",
        field: "giao-thong",
        issued_on: "10/02/2022",
        effective_on: "",
        summary: "Kế hoạch kiểm tra an toàn giao thông đường thủy nội địa",
      }),
    );
    expect(own.statusCode).toBe(303);
    const outside = await postMultipart(
      t.app,
      sxdClerk,
      "/admin/van-ban",
      baseFields({
        number_symbol: "06/2021/TT-BXD",
        doc_type: "thong-tu",
        issuer_unit_id: "khac",
        issuer_other: "Bộ Xây dựng",
        issued_on: "30/06/2021",
        effective_on: "15/08/2021",
        summary: "Thông tư quy định về phân cấp công trình xây dựng",
      }),
    );
    expect(outside.statusCode, outside.body.slice(0, 2000)).toBe(303);
    expect(await docBySymbol("06/2021/TT-BXD", "Bộ Xây dựng")).toMatchObject({
      issuer_unit_id: null,
      owner_unit_id: SXD,
    });
    // The system admin sees both.
    const all = await admin.get("/admin/van-ban?q=45%2FKH-SXD");
    expect(decode(all.body)).toContain("45/KH-SXD");
  });
});

describe("replaced-by", () => {
  let olderId = "";
  let newerId = "";

  it("links the replaced document and its replacement both ways", async () => {
    const older = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({
        number_symbol: "9001/QĐ-UBND",
        issued_on: "10/01/2024",
        effective_on: "",
        summary: "Quy chế cũ",
      }),
    );
    olderId = idFromLocation(older);
    const newer = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({
        number_symbol: "9002/QĐ-UBND",
        issued_on: "20/05/2024",
        effective_on: "",
        summary: "Quy chế mới",
      }),
    );
    newerId = idFromLocation(newer);
    const edit = await postMultipart(
      t.app,
      clerk,
      `/admin/van-ban/${olderId}`,
      baseFields({
        number_symbol: "9001/QĐ-UBND",
        issued_on: "10/01/2024",
        effective_on: "",
        summary: "Quy chế cũ",
        replaced_by: "9002/qđ-ubnd",
      }),
    );
    expect(edit.statusCode, edit.body.slice(0, 2000)).toBe(303);
    expect((await docBySymbol("9001/QĐ-UBND"))?.replaced_by_id).toBe(newerId);

    const oldPage = decode((await t.app.inject({ url: `/van-ban/${olderId}` })).body);
    expect(oldPage).toContain("Đã được thay thế bởi");
    expect(oldPage).toContain(`href="/van-ban/${newerId}">Quyết định 9002/QĐ-UBND</a>`);
    expect(oldPage).toContain("Hết hiệu lực");
    const newPage = decode((await t.app.inject({ url: `/van-ban/${newerId}` })).body);
    expect(newPage).toContain("Văn bản này thay thế");
    expect(newPage).toContain(`href="/van-ban/${olderId}">Quyết định 9001/QĐ-UBND</a>`);

    const audit = await t.services.db
      .selectFrom("audit_log")
      .select(["action", "before", "after"])
      .where("entity_id", "=", olderId)
      .where("action", "=", "legal_document.update")
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ replaced_by_id: newerId });
    expect(audit.before).toMatchObject({ replaced_by_id: null });
  });

  it("refuses a cycle, an unknown reference and an ambiguous one", async () => {
    const cycle = await postMultipart(
      t.app,
      clerk,
      `/admin/van-ban/${newerId}`,
      baseFields({
        number_symbol: "9002/QĐ-UBND",
        issued_on: "20/05/2024",
        effective_on: "",
        summary: "Quy chế mới",
        replaced_by: "9001/QĐ-UBND",
      }),
    );
    expect(cycle.statusCode).toBe(422);
    expect(decode(cycle.body)).toContain("đã được thay thế (trực tiếp hoặc gián tiếp) bởi văn bản này");

    const unknown = await postMultipart(
      t.app,
      clerk,
      `/admin/van-ban/${newerId}`,
      baseFields({
        number_symbol: "9002/QĐ-UBND",
        issued_on: "20/05/2024",
        effective_on: "",
        summary: "Quy chế mới",
        replaced_by: "8888/QĐ-XYZ",
      }),
    );
    expect(decode(unknown.body)).toContain("Không tìm thấy văn bản có số, ký hiệu “8888/QĐ-XYZ”");

    // 1234/QĐ-UBND exists in 2023 and 2024: the date picks one.
    const ambiguous = await postMultipart(
      t.app,
      clerk,
      `/admin/van-ban/${olderId}`,
      baseFields({
        number_symbol: "9001/QĐ-UBND",
        issued_on: "10/01/2024",
        effective_on: "",
        summary: "Quy chế cũ",
        replaced_by: "1234/QĐ-UBND",
      }),
    );
    expect(ambiguous.statusCode).toBe(422);
    expect(decode(ambiguous.body)).toContain("1234/QĐ-UBND ngày 15/03/2024");
    const picked = await postMultipart(
      t.app,
      clerk,
      `/admin/van-ban/${olderId}`,
      baseFields({
        number_symbol: "9001/QĐ-UBND",
        issued_on: "10/01/2024",
        effective_on: "",
        summary: "Quy chế cũ",
        replaced_by: "1234/QĐ-UBND ngày 15/03/2024",
      }),
    );
    expect(picked.statusCode).toBe(303);
    expect((await docBySymbol("9001/QĐ-UBND"))?.replaced_by_id).toBe(decisionId);
  });
});

describe("public list", () => {
  let hiddenId = "";

  beforeAll(async () => {
    const hidden = await createLegalDocument(t.services.db, {
      numberSymbol: "9100/QĐ-UBND",
      docTypeKey: "quyet-dinh",
      issuerUnitId: UBND,
      issuedOn: "2024-02-02",
      summary: "Văn bản nội bộ chưa công khai về xây dựng",
      published: false,
    });
    hiddenId = hidden.id;
  });

  it("filters by type and year without JavaScript", async () => {
    const res = await t.app.inject({ url: "/van-ban?loai=quyet-dinh&nam=2024" });
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain('<form method="get" action="/van-ban"');
    expect(html).toContain(`href="/van-ban/${decisionId}">1234/QĐ-UBND</a>`);
    expect(html).toContain("15/03/2024");
    expect(html).not.toContain("45/KH-SXD");
    expect(html).not.toContain(hiddenId);
    const other = decode((await t.app.inject({ url: "/van-ban?loai=ke-hoach&nam=2022" })).body);
    expect(other).toContain("45/KH-SXD");
    expect(other).not.toContain("1234/QĐ-UBND");
  });

  it("filters by issuer and field", async () => {
    const byIssuer = decode(
      (await t.app.inject({ url: `/van-ban?co_quan=${encodeURIComponent("Bộ Xây dựng")}` })).body,
    );
    expect(byIssuer).toContain("06/2021/TT-BXD");
    expect(byIssuer).not.toContain("1234/QĐ-UBND");
    expect(byIssuer).toContain("Tìm thấy 1 văn bản.");
    const byField = decode((await t.app.inject({ url: "/van-ban?linh_vuc=giao-thong&nam=2022" })).body);
    expect(byField).toContain("45/KH-SXD");
    expect(byField).not.toContain("1234/QĐ-UBND");
  });

  it("finds text without diacritics, and by part of a number/symbol", async () => {
    const res = decode((await t.app.inject({ url: "/van-ban?q=quyet+dinh+xay+dung+nghia+lo" })).body);
    expect(res).toContain(`/van-ban/${decisionId}`);
    expect(res).not.toContain("45/KH-SXD");
    const upper = decode(
      (await t.app.inject({ url: `/van-ban?q=${encodeURIComponent("ĐƯỜNG THỦY NỘI ĐỊA")}` })).body,
    );
    expect(upper).toContain("45/KH-SXD");
    const symbol = decode((await t.app.inject({ url: `/van-ban?q=${encodeURIComponent("1234/QĐ")}` })).body);
    expect(symbol).toContain(`/van-ban/${decisionId}`);
    const none = decode((await t.app.inject({ url: "/van-ban?q=khong+co+van+ban+nao+nhu+vay" })).body);
    expect(none).toContain("Không có văn bản nào khớp");
  });

  it("lists only the site's unit and sub-units on a component site", async () => {
    const sxd = decode((await t.app.inject({ url: "/so-xay-dung/van-ban?nam=2022" })).body);
    expect(sxd).toContain("45/KH-SXD");
    const sxdAll = decode(
      (await t.app.inject({ url: "/so-xay-dung/van-ban?loai=quyet-dinh&nam=2024" })).body,
    );
    expect(sxdAll).not.toContain("1234/QĐ-UBND");
    expect((await t.app.inject({ url: `/so-xay-dung/van-ban/${decisionId}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/khong-co-trang/van-ban" })).statusCode).toBe(404);
  });

  it("has an English listing with English labels", async () => {
    const res = await t.app.inject({ url: "/en/documents?loai=quyet-dinh&nam=2024" });
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Legal documents");
    expect(html).toContain("Document type");
    expect(html).toContain("In force");
    expect(html).toContain(`href="/en/documents/${decisionId}"`);
    const detail = decode((await t.app.inject({ url: `/en/documents/${decisionId}` })).body);
    expect(detail).toContain("<h1>Decision 1234/QĐ-UBND</h1>");
    expect(detail).toContain("Quang Ngai Provincial People&#39;s Committee".replace("&#39;", "'"));
  });

  it("answers 404 for unknown, unpublished and malformed ids", async () => {
    for (const url of [
      `/van-ban/${hiddenId}`,
      "/van-ban/0190aaaa-0000-7000-8000-000000000099",
      "/van-ban/khong-phai-uuid",
      "/van-ban/'%20or%201=1",
      "/en/documents/123",
    ]) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    }
    expect((await admin.get("/admin/van-ban/khong-phai-uuid")).statusCode).toBe(404);
    const odd = await t.app.inject({ url: `/van-ban?nam=abcd&loai=${"x".repeat(5000)}&trang=-3` });
    expect(odd.statusCode).toBe(200);
  });

  it("runs a bounded number of queries whatever the data", async () => {
    const first = await countQueries(() => t.app.inject({ url: "/van-ban?nam=2024&trang=1" }));
    expect(first.result.statusCode).toBe(200);
    expect(first.queries).toBeLessThanOrEqual(4);
    const component = await countQueries(() => t.app.inject({ url: "/so-xay-dung/van-ban?nam=2022" }));
    expect(component.queries).toBeLessThanOrEqual(5);
  });

  it("is cached and purged when the register changes", async () => {
    const before = decode((await t.app.inject({ url: "/van-ban?loai=chi-thi&nam=2024" })).body);
    expect(before).not.toContain("9200/CT-UBND");
    const cached = await countQueries(() => t.app.inject({ url: "/van-ban?loai=chi-thi&nam=2024" }));
    expect(cached.queries).toBe(1);
    const res = await postMultipart(
      t.app,
      clerk,
      "/admin/van-ban",
      baseFields({
        number_symbol: "9200/CT-UBND",
        doc_type: "chi-thi",
        issued_on: "05/05/2024",
        effective_on: "",
        summary: "Chỉ thị về phòng chống thiên tai",
      }),
    );
    expect(res.statusCode).toBe(303);
    const after = decode((await t.app.inject({ url: "/van-ban?loai=chi-thi&nam=2024" })).body);
    expect(after).toContain("9200/CT-UBND");
  });
});

describe("CSV import", () => {
  const header =
    "Số ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Chức vụ người ký,Ngày ban hành,Ngày có hiệu lực,Lĩnh vực,Trích yếu";

  function csvFile(
    lines: string[],
    bom = false,
  ): { field: string; filename: string; contentType: string; data: Buffer } {
    const text = `${bom ? "\uFEFF" : ""}${[header, ...lines].join("\r\n")}\r\n`;
    return {
      field: "file",
      filename: "van-ban.csv",
      contentType: "text/csv",
      data: Buffer.from(text, "utf8"),
    };
  }

  it("offers a template and documents the columns", async () => {
    const page = await clerk.get("/admin/van-ban/nhap");
    expect(page.statusCode).toBe(200);
    expect(decode(page.body)).toContain("Ngày có hiệu lực");
    const template = await clerk.get("/admin/van-ban/nhap/mau.csv");
    expect(template.statusCode).toBe(200);
    expect(template.headers["content-type"]).toContain("text/csv");
    expect(template.body.startsWith("\uFEFFSố ký hiệu,Loại văn bản")).toBe(true);
  });

  it("imports the good rows and reports each bad one by row and column", async () => {
    const res = await postMultipart(t.app, clerk, "/admin/van-ban/nhap", { mode: "valid" }, [
      csvFile(
        [
          "9301/QĐ-UBND,Quyết định,UBND,Trần Phước Hiền,Phó Chủ tịch,02/01/2024,,Tài chính,Giao dự toán ngân sách năm 2024",
          "9302/CT-UBND,Quyết định,UBND,,,03/01/2024,,,Chỉ thị ghi nhầm loại",
          "9303/TB-VP,Thông báo,VP,,,04/01/2024,,Nội vụ,Thông báo lịch tiếp công dân",
          "9304/KH-UBND,Kế hoạch,UBND,,,31/02/2024,,,Ngày không có thật",
          "1234/QĐ-UBND,Quyết định,UBND,,,15/03/2024,,,Trùng với văn bản đã có",
          "9305/KH-UBND,Kế hoạch,Sở Xây dựng,,,05/01/2024,,,Không thuộc phạm vi của văn thư",
          "9306/QĐ-UBND,quyet dinh,Ủy ban nhân dân tỉnh Quảng Ngãi,,,06/01/2024,,dat dai,Giao đất cho dự án",
          "9301/QĐ-UBND,Quyết định,UBND,,,07/01/2024,,,Trùng dòng 2 trong tệp",
        ],
        true,
      ),
    ]);
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain("8 dòng; đã nhập 3 văn bản; 5 dòng lỗi");
    const rows = [...html.matchAll(/<tr><td>(\d+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map(
      (m) => [Number(m[1]), m[2]],
    );
    expect(rows).toEqual([
      [3, "Số ký hiệu"],
      [5, "Ngày ban hành"],
      [6, "Số ký hiệu"],
      [7, "Cơ quan ban hành"],
      [9, "Số ký hiệu"],
    ]);
    expect(html).toContain("Trùng số, ký hiệu, cơ quan ban hành và năm với dòng 2.");
    expect(await docBySymbol("9301/QĐ-UBND")).toMatchObject({ field: "Tài chính", owner_unit_id: UBND });
    expect(await docBySymbol("9303/TB-VP", "Văn phòng Ủy ban nhân dân tỉnh")).toBeTruthy();
    expect(await docBySymbol("9306/QĐ-UBND")).toMatchObject({ doc_type: "Quyết định", field: "Đất đai" });
    expect(await docBySymbol("9302/CT-UBND")).toBeUndefined();
    const audit = await t.services.db
      .selectFrom("audit_log")
      .select(["after", "actor_name"])
      .where("action", "=", "legal_document.import")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ imported: 3, failed: 5, rows: 8 });
  });

  it("imports nothing when all-or-nothing is chosen and a row is bad", async () => {
    const res = await postMultipart(t.app, clerk, "/admin/van-ban/nhap", { mode: "all" }, [
      csvFile([
        "9401/QĐ-UBND,Quyết định,UBND,,,02/01/2024,,,Dòng tốt",
        "9402/QĐ-UBND,Quyết định,UBND,,,02/01/2024,01/01/2024,,Hiệu lực trước ngày ban hành",
      ]),
    ]);
    expect(res.statusCode).toBe(422);
    expect(decode(res.body)).toContain("Không dòng nào được nhập");
    expect(await docBySymbol("9401/QĐ-UBND")).toBeUndefined();
  });

  it("refuses files it cannot read", async () => {
    const latin1 = await postMultipart(t.app, clerk, "/admin/van-ban/nhap", { mode: "valid" }, [
      {
        field: "file",
        filename: "a.csv",
        contentType: "text/csv",
        data: Buffer.from("Số ký hiệu\n", "latin1"),
      },
    ]);
    expect(latin1.statusCode).toBe(422);
    expect(decode(latin1.body)).toContain("không phải mã UTF-8");
    const missing = await postMultipart(t.app, clerk, "/admin/van-ban/nhap", { mode: "valid" }, [
      {
        field: "file",
        filename: "a.csv",
        contentType: "text/csv",
        data: Buffer.from("Số ký hiệu,Trích yếu\n1/QĐ-UBND,x\n"),
      },
    ]);
    expect(decode(missing.body)).toContain(
      "Tệp thiếu cột bắt buộc: Loại văn bản, Cơ quan ban hành, Ngày ban hành",
    );
    const none = await postMultipart(t.app, clerk, "/admin/van-ban/nhap", { mode: "valid" });
    expect(none.statusCode).toBe(422);
  });

  it("imports a thousand rows in one request", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      lines.push(
        `${20001 + i}/TB-VP,Thông báo,VP,,,${day}/02/2023,,Nội vụ,Thông báo số ${i + 1} về lịch công tác`,
      );
    }
    const res = await postMultipart(t.app, clerk, "/admin/van-ban/nhap", { mode: "all" }, [csvFile(lines)]);
    expect(res.statusCode).toBe(200);
    expect(decode(res.body)).toContain("đã nhập 1000 văn bản; 0 dòng lỗi");
    const n = await t.services.db
      .selectFrom("legal_documents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("number_symbol", "like", "%/TB-VP")
      .where("issued_on", ">=", "2023-02-01")
      .where("issued_on", "<=", "2023-02-28")
      .where("summary", "like", "Thông báo số %")
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1000);
  });
});

describe("site roles", () => {
  it("lets a component site's editor register for the site's unit only", async () => {
    const s = await createStaff(t.services.db, {
      username: "bientap.sxd.legal",
      grants: [{ role: "editor", siteId: demoSiteId("so-xay-dung") }],
    });
    const editor = await signIn(t.app, {
      username: s.username,
      password: s.password,
      totpSecret: s.totpSecret,
    });
    const form = decode((await editor.get("/admin/van-ban/moi")).body);
    expect(form).toContain(`<option value="${SXD}"`);
    expect(form).not.toContain(`<option value="${UBND}"`);
    expect((await editor.get(`/admin/van-ban/${decisionId}`)).statusCode).toBe(403);
    const leader = await createStaff(t.services.db, {
      username: "lanhdao.legal",
      grants: [{ role: "leader", unitId: UBND }],
    });
    const leaderSession = await signIn(t.app, {
      username: leader.username,
      password: leader.password,
      totpSecret: leader.totpSecret,
    });
    expect((await leaderSession.get("/admin/van-ban")).statusCode).toBe(403);
  });
});
