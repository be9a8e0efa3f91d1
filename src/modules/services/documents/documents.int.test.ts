import { createHash } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { citizenBrowser, createTestCitizen } from "../../../../test/support/citizen-session.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { TestBrowser } from "../../citizens/test-support.js";
import {
  insertTestProcedure,
  type MultipartFile,
  multipartBody,
  tinyPdf,
  tinyPng,
  validOnlineFields,
} from "../dossiers/test-fixtures.js";
import { LIFECYCLE_PATHS } from "../lifecycle/paths.js";
import { ensureMainSite, insertUnit } from "../notifications/test-fixtures.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../paths.js";
import { addResultToStore } from "./store.js";

let t: TestApp;
let unitId: string;
let officer: StaffSession;
const CODE = "TEST.KHO.001";
/** Another procedure whose birth-certificate slot is spelt differently: matching folds the names. */
const CODE_OTHER = "TEST.KHO.002";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
  const db = t.services.db;
  unitId = await insertUnit(db, { name: "Sở Tư pháp kho giấy tờ" });
  await ensureMainSite(db);
  await insertTestProcedure(db, { code: CODE, unitId });
  await insertTestProcedure(db, {
    code: CODE_OTHER,
    unitId,
    name: "Đăng ký lại khai sinh",
    documents: [
      { key: "to-khai", name: "Tờ khai đăng ký lại khai sinh", required: true, copies: 1 },
      { key: "chung-sinh", name: "GIẤY CHỨNG  SINH", required: true, copies: 1 },
    ],
  });
  const s = await createStaff(db, {
    username: "motcua.kho",
    unitId,
    grants: [{ role: "one_stop_officer", unitId }],
  });
  officer = await signIn(t.app, {
    username: "motcua.kho",
    password: s.password,
    totpSecret: s.totpSecret,
    remoteAddress: "10.4.0.1",
  });
});

afterAll(async () => {
  await t?.close();
});

async function newCitizen(ip: string) {
  const c = await createTestCitizen(t.services.db);
  return { c, browser: await citizenBrowser(t.app, c.id, ip) };
}

/** Opens the form as the browser (keeps its CSRF cookie) and posts it as multipart. */
async function submit(
  browser: TestBrowser,
  code: string,
  fields: Record<string, string | string[]>,
  files: MultipartFile[],
) {
  const page = await browser.get(SERVICES_PATHS.submit(code));
  expect(page.statusCode).toBe(200);
  const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1]?.replaceAll("&amp;", "&");
  if (!action) throw new Error("no form action");
  const { payload, contentType } = multipartBody(fields, files);
  const res = await t.app.inject({
    method: "POST",
    url: action,
    remoteAddress: browser.remoteAddress,
    headers: { cookie: browser.cookieHeader(), "content-type": contentType },
    payload,
  });
  return { page, res };
}

const papers = (tag: string): MultipartFile[] => [
  {
    field: "doc_to-khai",
    filename: "tờ khai.pdf",
    content: tinyPdf(`to khai ${tag}`),
    type: "application/pdf",
  },
  { field: "doc_giay-chung-sinh", filename: "chung-sinh.png", content: tinyPng(), type: "image/png" },
];

function storeOf(citizenId: string) {
  return t.services.db
    .selectFrom("citizen_documents")
    .selectAll()
    .where("citizen_id", "=", citizenId)
    .orderBy("created_at")
    .orderBy("title")
    .execute();
}

function accessOf(documentId: string) {
  return t.services.db
    .selectFrom("citizen_document_access")
    .selectAll()
    .where("document_id", "=", documentId)
    .orderBy("id")
    .execute();
}

async function dossierByCodeFromRedirect(location: string | undefined) {
  const code = decodeURIComponent(/ho-so\/([^/]+)\/da-nop/.exec(location ?? "")?.[1] ?? "");
  return t.services.db.selectFrom("dossiers").selectAll().where("code", "=", code).executeTakeFirstOrThrow();
}

describe("consent and keeping papers", () => {
  it("keeps nothing without consent; the form offers the consent box", async () => {
    const { c, browser } = await newCitizen("10.4.1.1");
    const { page, res } = await submit(browser, CODE, validOnlineFields(), papers("a"));
    expect(page.body).toContain("Lưu giấy tờ vào kho để dùng lại lần sau");
    expect(res.statusCode).toBe(303);
    expect(await storeOf(c.id)).toHaveLength(0);
  });

  it("ticking the box grants consent and keeps each paper once, in the same submission", async () => {
    const { c, browser } = await newCitizen("10.4.1.2");
    const files = [
      ...papers("b"),
      // The same content again as "other papers": kept once.
      {
        field: "doc__other",
        filename: "ban-sao.pdf",
        content: tinyPdf("to khai b"),
        type: "application/pdf",
      },
    ];
    const { res } = await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), files);
    expect(res.statusCode).toBe(303);
    const dossier = await dossierByCodeFromRedirect(res.headers.location as string);
    const kept = await storeOf(c.id);
    expect(kept.map((k) => [k.kind, k.title, k.document_name])).toEqual(
      expect.arrayContaining([
        ["paper", "Tờ khai đăng ký khai sinh", "Tờ khai đăng ký khai sinh"],
        ["paper", "Giấy chứng sinh", "Giấy chứng sinh"],
      ]),
    );
    expect(kept).toHaveLength(2);
    expect(kept.every((k) => k.source_dossier_id === dossier.id)).toBe(true);
    const consent = await t.services.db
      .selectFrom("citizen_document_consents")
      .selectAll()
      .where("citizen_id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect(consent.granted_at).not.toBeNull();

    // A second submission with the same papers adds nothing; the box is no longer shown.
    const again = await submit(browser, CODE, validOnlineFields(), papers("b"));
    expect(again.page.body).not.toContain("Lưu giấy tờ vào kho để dùng lại lần sau");
    expect(again.res.statusCode).toBe(303);
    expect(await storeOf(c.id)).toHaveLength(2);
  });

  it("grant and withdraw on the store page: withdrawing asks first, removes papers, keeps results and dossier files", async () => {
    const { c, browser } = await newCitizen("10.4.1.3");
    const store = await browser.get(CITIZEN_PATHS.documentStore);
    expect(store.statusCode).toBe(200);
    expect(store.body).toContain("Chỉ bạn xem được kho của mình");
    expect(store.body).toContain("Bạn chưa đồng ý");
    const granted = await browser.post(CITIZEN_PATHS.documentStoreConsent, { action: "grant" });
    expect(granted.statusCode).toBe(303);
    const { res } = await submit(browser, CODE, validOnlineFields(), papers("c"));
    const dossier = await dossierByCodeFromRedirect(res.headers.location as string);
    await insertResult(c.id, dossier.id);
    expect(await storeOf(c.id)).toHaveLength(3);

    await browser.get(CITIZEN_PATHS.documentStore);
    const ask = await browser.post(CITIZEN_PATHS.documentStoreConsent, { action: "withdraw" });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain("sẽ xoá 2 giấy tờ đã lưu");
    expect((await storeOf(c.id)).filter((d) => d.deleted_at === null)).toHaveLength(3);

    const done = await browser.post(CITIZEN_PATHS.documentStoreConsent, {
      action: "withdraw",
      confirm: "yes",
    });
    expect(done.statusCode).toBe(303);
    const after = await storeOf(c.id);
    expect(after.filter((d) => d.deleted_at === null).map((d) => d.kind)).toEqual(["result"]);
    const files = await t.services.db
      .selectFrom("dossier_files")
      .select("id")
      .where("dossier_id", "=", dossier.id)
      .where("kind", "=", "submission")
      .execute();
    expect(files).toHaveLength(2);
    const page = await browser.get(`${CITIZEN_PATHS.documentStore}?thong_bao=da-rut&so=2`);
    expect(page.body).toContain("Đã rút đồng ý và xoá 2 giấy tờ");
    expect(page.body).toContain("Bạn đã rút đồng ý ngày");
    // Papers sent after withdrawing are not kept.
    await submit(browser, CODE, validOnlineFields(), papers("c2"));
    expect((await storeOf(c.id)).filter((d) => d.deleted_at === null)).toHaveLength(1);
  });

  it("refuses a consent post without the CSRF token", async () => {
    const { browser } = await newCitizen("10.4.1.4");
    await browser.get(CITIZEN_PATHS.documentStore);
    const res = await browser.post(CITIZEN_PATHS.documentStoreConsent, { action: "grant" }, { csrf: false });
    expect(res.statusCode).toBe(403);
  });
});

/** A signed result as the results part issues it, put in the store through addResultToStore. */
async function insertResult(citizenId: string, dossierId: string): Promise<string> {
  const bytes = tinyPdf(`ket qua ${dossierId}`);
  const stored = await t.services.files.put(bytes);
  const fileId = uuidv7();
  const docId = uuidv7();
  const at = new Date();
  return inTransaction(t.services.db, async (tx) => {
    await tx
      .insertInto("dossier_files")
      .values({
        id: fileId,
        dossier_id: dossierId,
        document_key: null,
        kind: "result",
        sha256: stored.sha256,
        filename: "ket-qua.pdf",
        mime_type: "application/pdf",
        size_bytes: bytes.length,
        uploaded_by_staff: null,
        uploaded_by_citizen: null,
        created_at: at,
      })
      .execute();
    await tx
      .insertInto("electronic_documents")
      .values({
        id: docId,
        verify_code: `KQ${docId.slice(-10)}`,
        kind: "result",
        dossier_id: dossierId,
        dossier_file_id: fileId,
        title: "Trích lục khai sinh",
        sha256: stored.sha256,
        issuer_unit_id: unitId,
        issuer_name: "Sở Tư pháp kho giấy tờ",
        signer_subject: "CN=Thử nghiệm",
        cert_fingerprint: "ab".repeat(32),
        signed_at: at,
        signed_by: null,
        revoked_at: null,
        revoked_reason: null,
      } as never)
      .execute();
    return addResultToStore(tx, {
      citizenId,
      dossierId,
      electronicDocumentId: docId,
      title: "Trích lục khai sinh",
      sha256: stored.sha256,
      filename: "ket-qua.pdf",
      sizeBytes: bytes.length,
      at,
    });
  });
}

describe("addResultToStore", () => {
  it("stores a result whatever the consent, logs 'store', and is idempotent per electronic document", async () => {
    const { c, browser } = await newCitizen("10.4.2.1");
    const { res } = await submit(browser, CODE, validOnlineFields(), papers("r"));
    const dossier = await dossierByCodeFromRedirect(res.headers.location as string);
    const id = await insertResult(c.id, dossier.id);
    const [doc] = await storeOf(c.id);
    expect(doc).toMatchObject({
      id,
      kind: "result",
      title: "Trích lục khai sinh",
      mime_type: "application/pdf",
    });
    expect((await accessOf(id)).map((a) => a.action)).toEqual(["store"]);
    const again = await inTransaction(t.services.db, (tx) =>
      addResultToStore(tx, {
        citizenId: c.id,
        dossierId: dossier.id,
        electronicDocumentId: doc?.electronic_document_id ?? "",
        title: "x",
        sha256: doc?.sha256 ?? "",
        filename: "x.pdf",
        sizeBytes: 1,
        at: new Date(),
      }),
    );
    expect(again).toBe(id);
    expect(await storeOf(c.id)).toHaveLength(1);
  });
});

describe("reusing stored papers", () => {
  it("offers stored papers per slot, same-name first, and attaches one without upload", async () => {
    const { c, browser } = await newCitizen("10.4.3.1");
    const first = await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("d"));
    expect(first.res.statusCode).toBe(303);
    const kept = await storeOf(c.id);
    const birth = kept.find((k) => k.document_name === "Giấy chứng sinh");
    const form = kept.find((k) => k.document_name === "Tờ khai đăng ký khai sinh");
    if (!birth || !form) throw new Error("papers not kept");

    const page = await browser.get(SERVICES_PATHS.submit(CODE_OTHER));
    const select = /<select id="f-reuse_chung-sinh"[\s\S]*?<\/select>/.exec(page.body)?.[0] ?? "";
    expect(select).toContain("Cùng loại giấy tờ");
    // The birth certificate is the first offer for "GIẤY CHỨNG  SINH".
    expect(select.indexOf(birth.id)).toBeLessThan(select.indexOf(form.id));
    expect(select.indexOf(birth.id)).toBeGreaterThan(0);

    const tokhai = tinyPdf("to khai lai");
    const { res } = await submit(browser, CODE_OTHER, validOnlineFields({ "reuse_chung-sinh": birth.id }), [
      { field: "doc_to-khai", filename: "to-khai-lai.pdf", content: tokhai, type: "application/pdf" },
    ]);
    expect(res.statusCode).toBe(303);
    const dossier = await dossierByCodeFromRedirect(res.headers.location as string);
    const files = await t.services.db
      .selectFrom("dossier_files")
      .selectAll()
      .where("dossier_id", "=", dossier.id)
      .execute();
    const reused = files.find((f) => f.document_key === "chung-sinh");
    expect(reused).toMatchObject({
      sha256: birth.sha256,
      filename: birth.filename,
      mime_type: birth.mime_type,
      size_bytes: birth.size_bytes,
      citizen_document_id: birth.id,
      uploaded_by_citizen: c.id,
    });
    // The file store holds the very bytes the hash names.
    const chunks: Buffer[] = [];
    for await (const chunk of t.services.files.createReadStream(birth.sha256)) chunks.push(chunk as Buffer);
    expect(sha(Buffer.concat(chunks))).toBe(birth.sha256);
    expect((await accessOf(birth.id)).map((a) => [a.action, a.dossier_id])).toEqual([
      ["store", expect.any(String)],
      ["reuse", dossier.id],
    ]);
    // The new upload is kept (consent given before); the reused paper is not duplicated.
    const now = await storeOf(c.id);
    expect(now).toHaveLength(3);
    expect(now.filter((d) => d.sha256 === birth.sha256)).toHaveLength(1);
  });

  it("refuses another citizen's, a deleted and a garbage id with 422 on the slot, keeps the choice, writes nothing", async () => {
    const owner = await newCitizen("10.4.3.2");
    await submit(owner.browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("e"));
    const foreign = (await storeOf(owner.c.id))[0];
    const { c, browser } = await newCitizen("10.4.3.3");
    await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("f"));
    const mine = await storeOf(c.id);
    const deleted = mine[0];
    if (!foreign || !deleted) throw new Error("fixtures");
    await t.services.db
      .updateTable("citizen_documents")
      .set({ deleted_at: new Date() })
      .where("id", "=", deleted.id)
      .execute();
    const before = await t.services.db
      .selectFrom("dossiers")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const upload = [papers("g")[0] as MultipartFile];
    for (const bad of [foreign.id, deleted.id, "khong-phai-ma"]) {
      const { res } = await submit(
        browser,
        CODE_OTHER,
        validOnlineFields({ "reuse_chung-sinh": bad }),
        upload,
      );
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain("Giấy tờ đã chọn cho GIẤY CHỨNG  SINH không có trong kho của bạn");
      expect(res.body).toContain('href="#f-reuse_chung-sinh"');
    }
    // A valid choice refused for another reason comes back selected.
    const live = mine[1];
    if (!live) throw new Error("fixtures");
    const kept = await submit(
      browser,
      CODE_OTHER,
      validOnlineFields({ "reuse_chung-sinh": live.id, fd_hoTenCon: "" }),
      upload,
    );
    expect(kept.res.statusCode).toBe(422);
    expect(kept.res.body).toContain(`<option value="${live.id}" selected`);
    // Both a file and a stored paper for one slot: refused too.
    const both = await submit(
      browser,
      CODE,
      validOnlineFields({ "reuse_giay-chung-sinh": live.id }),
      papers("h"),
    );
    expect(both.res.statusCode).toBe(422);
    expect(both.res.body).toContain("không cả hai");
    const after = await t.services.db
      .selectFrom("dossiers")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await accessOf(foreign.id)).toHaveLength(1);
  });

  it("an anonymous submission cannot reuse anything and sees no store", async () => {
    const owner = await newCitizen("10.4.3.4");
    await submit(owner.browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("i"));
    const doc = (await storeOf(owner.c.id))[0];
    if (!doc) throw new Error("fixtures");
    const page = await t.app.inject({ url: SERVICES_PATHS.submit(CODE_OTHER) });
    expect(page.body).not.toContain("reuse_");
    expect(page.body).not.toContain("Lưu giấy tờ vào kho");
    const anon = new TestBrowser(t.app, "10.4.3.5");
    const { res } = await submit(anon, CODE_OTHER, validOnlineFields({ "reuse_chung-sinh": doc.id }), [
      papers("j")[0] as MultipartFile,
    ]);
    expect(res.statusCode).toBe(422);
  });
});

describe("the store pages and the access log", () => {
  it("lists, shows and downloads the owner's documents with a log; staff views are logged with their unit", async () => {
    const { c, browser } = await newCitizen("10.4.4.1");
    await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("k"));
    const birth = (await storeOf(c.id)).find((d) => d.document_name === "Giấy chứng sinh");
    if (!birth) throw new Error("fixtures");
    const { res } = await submit(browser, CODE_OTHER, validOnlineFields({ "reuse_chung-sinh": birth.id }), [
      papers("l")[0] as MultipartFile,
    ]);
    const dossier = await dossierByCodeFromRedirect(res.headers.location as string);
    const file = await t.services.db
      .selectFrom("dossier_files")
      .select("id")
      .where("dossier_id", "=", dossier.id)
      .where("citizen_document_id", "=", birth.id)
      .executeTakeFirstOrThrow();
    const staffDownload = await officer.get(LIFECYCLE_PATHS.file(dossier.id, file.id));
    expect(staffDownload.statusCode).toBe(200);

    const list = await browser.get(CITIZEN_PATHS.documentStore);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(CITIZEN_PATHS.storedDocument(birth.id));
    expect(list.body).toContain("Kho giấy tờ");

    const download = await browser.get(CITIZEN_PATHS.storedDocumentFile(birth.id));
    expect(download.statusCode).toBe(200);
    expect(sha(download.rawPayload)).toBe(birth.sha256);

    const detail = await browser.get(CITIZEN_PATHS.storedDocument(birth.id));
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain("Cán bộ");
    expect(detail.body).toContain("Sở Tư pháp kho giấy tờ");
    expect(detail.body).toContain(dossier.code);
    expect(detail.body).toContain("Bạn");
    const log = await accessOf(birth.id);
    expect(log.map((a) => [a.action, a.actor_kind])).toEqual([
      ["store", "citizen"],
      ["reuse", "citizen"],
      ["view", "staff"],
      ["download", "citizen"],
      ["view", "citizen"],
    ]);
    expect(log[2]?.dossier_id).toBe(dossier.id);
  });

  it("is owner only: another citizen gets 404, an anonymous visitor is sent to sign in", async () => {
    const { c, browser } = await newCitizen("10.4.4.2");
    await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("m"));
    const doc = (await storeOf(c.id))[0];
    if (!doc) throw new Error("fixtures");
    const other = await newCitizen("10.4.4.3");
    expect((await other.browser.get(CITIZEN_PATHS.storedDocument(doc.id))).statusCode).toBe(404);
    expect((await other.browser.get(CITIZEN_PATHS.storedDocumentFile(doc.id))).statusCode).toBe(404);
    expect((await other.browser.get(CITIZEN_PATHS.storedDocument("rac"))).statusCode).toBe(404);
    await other.browser.get(CITIZEN_PATHS.documentStore);
    expect((await other.browser.post(CITIZEN_PATHS.storedDocumentDelete(doc.id), {})).statusCode).toBe(404);
    const anon = await t.app.inject({ url: CITIZEN_PATHS.storedDocument(doc.id) });
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toContain(CITIZEN_PATHS.signIn);
    expect((await t.app.inject({ url: CITIZEN_PATHS.documentStore })).headers.location).toContain(
      CITIZEN_PATHS.signIn,
    );
    expect(await accessOf(doc.id)).toHaveLength(1);
  });

  it("the owner deletes (soft): gone from the list and the form, logged", async () => {
    const { c, browser } = await newCitizen("10.4.4.4");
    await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("n"));
    const doc = (await storeOf(c.id))[0];
    if (!doc) throw new Error("fixtures");
    await browser.get(CITIZEN_PATHS.storedDocument(doc.id));
    const res = await browser.post(CITIZEN_PATHS.storedDocumentDelete(doc.id), {});
    expect(res.statusCode).toBe(303);
    const row = (await storeOf(c.id)).find((d) => d.id === doc.id);
    expect(row?.deleted_at).not.toBeNull();
    expect((await accessOf(doc.id)).at(-1)?.action).toBe("delete");
    expect((await browser.get(CITIZEN_PATHS.storedDocument(doc.id))).statusCode).toBe(404);
    expect((await browser.get(SERVICES_PATHS.submit(CODE_OTHER))).body).not.toContain(doc.id);
  });

  it("pages by 50 and runs the same number of queries whatever the store holds", async () => {
    const { c, browser } = await newCitizen("10.4.4.5");
    await submit(browser, CODE, validOnlineFields({ storeConsent: "on" }), papers("o"));
    const small = await countQueries(() => browser.get(CITIZEN_PATHS.documentStore));
    const smallForm = await countQueries(() => browser.get(SERVICES_PATHS.submit(CODE_OTHER)));
    const base = new Date("2026-01-01T00:00:00Z").getTime();
    await t.services.db
      .insertInto("citizen_documents")
      .values(
        Array.from({ length: 60 }, (_, i) => ({
          id: uuidv7(),
          citizen_id: c.id,
          kind: "paper" as const,
          title: `Giấy tờ số ${i + 1}`,
          document_name: `Giấy tờ số ${i + 1}`,
          sha256: createHash("sha256").update(`so ${i}`).digest("hex"),
          filename: `so-${i + 1}.pdf`,
          mime_type: "application/pdf",
          size_bytes: 100,
          source_dossier_id: null,
          electronic_document_id: null,
          created_at: new Date(base + i * 1000),
        })),
      )
      .execute();
    const big = await countQueries(() => browser.get(CITIZEN_PATHS.documentStore));
    expect(big.queries).toBe(small.queries);
    expect(big.result.body.match(/<tr data-id=/g)).toHaveLength(50);
    expect(big.result.body).toContain("62 giấy tờ");
    const bigForm = await countQueries(() => browser.get(SERVICES_PATHS.submit(CODE_OTHER)));
    expect(bigForm.queries).toBe(smallForm.queries);
    const second = await browser.get(`${CITIZEN_PATHS.documentStore}?trang=2`);
    expect(second.body.match(/<tr data-id=/g)).toHaveLength(12);
  });
});
