/**
 * Online public services in the benchmark: dossiers to look up (read from the database before the server starts) and
 * a ready-made online submission of the demo Sở Tư pháp procedure, built the way a browser sends the form.
 */

import type { ProcedureDocument } from "../src/modules/services/catalogue/domain/procedure.js";
import type { FormField } from "../src/modules/services/catalogue/domain/procedure-form.js";
import { DEMO_STP_PROCEDURE_CODE } from "../src/modules/services/catalogue/seed.js";
import { applicantFieldName, channelRules } from "../src/modules/services/dossiers/domain/applicant-input.js";
import { formFieldName } from "../src/modules/services/dossiers/domain/form-schema.js";
import { docFieldName } from "../src/modules/services/dossiers/submission.js";
import { SERVICES_PATHS } from "../src/modules/services/paths.js";
import type { OnlineClass } from "../src/modules/services/tables.js";
import { openDatabase } from "../src/platform/db/connection.js";

export interface DossierLookup {
  code: string;
  phone: string;
  token: string;
}

export interface ServicesBenchData {
  dossiers: number;
  /** Dossiers with a phone, in a fixed order: the lookups rotate over them. */
  lookups: DossierLookup[];
  procedure: {
    code: string;
    fields: FormField[];
    documents: ProcedureDocument[];
    online_class: OnlineClass;
    postal_return: boolean;
  };
}

export async function loadServicesBenchData(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  rotate: number;
}): Promise<ServicesBenchData> {
  const dbh = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    const db = dbh.db;
    const procedure = await db
      .selectFrom("procedures")
      .select(["code", "form_fields", "documents", "online_class", "postal_return"])
      .where("code", "=", DEMO_STP_PROCEDURE_CODE)
      .executeTakeFirst();
    if (!procedure)
      throw new Error(`Không có thủ tục mẫu ${DEMO_STP_PROCEDURE_CODE}: dữ liệu mẫu chưa được nạp.`);
    const rows = await db
      .selectFrom("dossiers")
      .select(["code", "applicant_phone", "lookup_token"])
      .where("applicant_phone", "is not", null)
      .orderBy("id")
      .limit(opts.rotate)
      .execute();
    const count = await db
      .selectFrom("dossiers")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    return {
      dossiers: Number(count.n),
      // As a citizen types it ("09…"); the lookup normalises either way of writing a number.
      lookups: rows.map((r) => {
        const phone = r.applicant_phone ?? "";
        return {
          code: r.code,
          phone: phone.startsWith("84") ? `0${phone.slice(2)}` : phone,
          token: r.lookup_token,
        };
      }),
      procedure: {
        code: procedure.code,
        fields: procedure.form_fields,
        documents: procedure.documents,
        online_class: procedure.online_class,
        postal_return: procedure.postal_return,
      },
    };
  } finally {
    await dbh.close();
  }
}

/** A value a careful applicant would type for a field of the procedure's form. */
function sampleValue(field: FormField): string {
  switch (field.type) {
    case "phone":
      return "0912345678";
    case "email":
      return "cong.dan@example.vn";
    case "id_number":
      return "051090001234";
    case "date":
      return "15/03/1990";
    case "number":
      return String(field.min ?? 1);
    case "select":
      return field.options?.[0] ?? "";
    case "checkbox":
      return "on";
    default:
      return "Nguyễn Văn An";
  }
}

/** A one-page PDF, small and valid enough for the type sniffing. */
const SAMPLE_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export interface PreparedSubmission {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Opens the submission form once, as a browser would (its CSRF cookie and the form's action with the token), and
 * encodes one complete submission: every field, a PDF per required document, papers sent online.
 */
export async function prepareSubmission(
  baseUrl: string,
  data: ServicesBenchData,
): Promise<PreparedSubmission> {
  const page = await fetch(`${baseUrl}${SERVICES_PATHS.submit(data.procedure.code)}`);
  if (page.status !== 200) throw new Error(`Trang nộp hồ sơ trả về ${page.status}.`);
  const html = await page.text();
  const action = /<form[^>]+action="([^"]*nop-ho-so[^"]*)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  if (!action) throw new Error("Không thấy biểu mẫu nộp hồ sơ trên trang.");
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const form = new FormData();
  form.set(applicantFieldName("fullName"), "Nguyễn Văn An");
  form.set(applicantFieldName("phone"), "0912345678");
  form.set(applicantFieldName("email"), "cong.dan@example.vn");
  form.set(applicantFieldName("idNumber"), "051090001234");
  form.set(applicantFieldName("address"), "12 Hùng Vương, phường Trần Phú, TP. Quảng Ngãi");
  for (const field of data.procedure.fields) form.set(formFieldName(field.key), sampleValue(field));
  for (const doc of data.procedure.documents) {
    form.set(docFieldName(doc.key), new Blob([SAMPLE_PDF], { type: "application/pdf" }), `${doc.key}.pdf`);
  }
  // Papers online; the result online where the procedure allows it, else at the centre.
  form.set("receiptChannel", "online");
  form.set("returnChannel", channelRules(data.procedure, "online").return[0] ?? "counter");
  form.set("consent", "on");
  const encoded = new Request("http://bench.invalid/", { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const headers = { cookie, "content-type": encoded.headers.get("content-type") ?? "" };
  // One real submission first: the bench must measure a dossier being filed, not a form re-shown with errors.
  const probe = await fetch(`${baseUrl}${action}`, { method: "POST", headers, body, redirect: "manual" });
  if (probe.status !== 303) {
    const text = await probe.text();
    const errors = [...text.matchAll(/class="field-error"[^>]*>([\s\S]*?)<\/span>/g)].map((m) =>
      (m[1] ?? "").replace(/<[^>]+>/g, "").trim(),
    );
    const message = errors.length > 0 ? errors.join("; ") : text.replace(/<[^>]+>/g, " ").slice(0, 300);
    throw new Error(`Nộp hồ sơ thử trả về ${probe.status} thay vì 303: ${message}`);
  }
  return { path: action, headers, body };
}

export interface PreparedLookup {
  headers: Record<string, string>;
  /** Form bodies (urlencoded) for code + phone, one per dossier. */
  bodies: string[];
}

/** The lookup form's CSRF cookie and token, and a body per dossier (code + phone), as the public form posts them. */
export async function prepareLookups(baseUrl: string, data: ServicesBenchData): Promise<PreparedLookup> {
  const page = await fetch(`${baseUrl}${SERVICES_PATHS.lookup}`);
  const html = await page.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error("Không thấy mã CSRF trên trang tra cứu.");
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    bodies: data.lookups.map((l) =>
      new URLSearchParams({ _csrf: csrf, code: l.code, phone: l.phone }).toString(),
    ),
  };
}
