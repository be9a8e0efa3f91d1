import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { csrfToken, sendAdminPage } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { badRequest, forbidden } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { readMultipartForm } from "../../portal/legal/upload.js";
import { formatLimit } from "../../portal/media/domain/media-policy.js";
import { SERVICES_PATHS } from "../paths.js";
import {
  columnHeader,
  csvTable,
  errorReportCsv,
  type ImportUnit,
  importTemplateCsv,
  type RawTable,
  type ReadProblem,
  type RowError,
  readTable,
  rowToInput,
} from "./domain/import.js";
import type { ProcedureInput } from "./domain/procedure-input.js";
import { CATALOGUE_ROLES, mayKeepCatalogue } from "./domain/scope.js";
import { xlsxTable } from "./domain/xlsx-rows.js";
import { existingByCodes, listCatalogueUnits, upsertProcedures } from "./store.js";
import {
  IMPORT_REPORT_PATH,
  IMPORT_TEMPLATE_PATH,
  ImportPage,
  ImportResultPage,
} from "./views/admin-pages.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const ACCESS = { access: { roles: CATALOGUE_ROLES } };
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const reportSchema = z
  .array(
    z.object({ row: z.number().int().min(0), column: z.string().max(200), message: z.string().max(1000) }),
  )
  .max(50_000);

function isXlsx(buffer: Buffer, filename: string): boolean {
  // XLSX is a ZIP ("PK\x03\x04"); a CSV never starts so.
  return buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || /\.xlsx$/i.test(filename);
}

/**
 * CSV/XLSX import of the catalogue (SPEC §B1, issue 6 item 1). Row by row: every row is checked as the editor checks
 * a procedure, plus the unit (in the importer's scope, also for the procedure being replaced) and duplicates in the
 * file; the valid rows are written in one transaction (multi-row upserts by code) with one audit row, the others are
 * listed with row number, column and reason, and can be downloaded as CSV.
 */
export async function catalogueImportRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const sizeLabel = formatLimit(IMPORT_MAX_BYTES);

  function sendImportPage(request: FastifyRequest, reply: FastifyReply, errors?: Errors) {
    return sendAdminPage(
      request,
      reply,
      tv("svcCat.import.title"),
      <ImportPage csrf={csrfToken(request)} errors={errors} sizeLabel={sizeLabel} />,
      errors ? 422 : 200,
    );
  }

  app.get(SERVICES_PATHS.adminProcedureImport, { config: ACCESS }, async (request, reply) =>
    sendImportPage(request, reply),
  );

  app.get(IMPORT_TEMPLATE_PATH, { config: ACCESS }, async (_request, reply) =>
    reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="mau-nhap-thu-tuc.csv"')
      .header("cache-control", "no-store")
      .send(importTemplateCsv()),
  );

  app.post(IMPORT_REPORT_PATH, { config: ACCESS }, async (request, reply) => {
    const raw = (request.body as Record<string, unknown> | undefined)?.report;
    let parsed: RowError[] | null = null;
    try {
      const r = reportSchema.safeParse(JSON.parse(typeof raw === "string" ? raw : ""));
      parsed = r.success ? r.data : null;
    } catch {
      parsed = null;
    }
    if (!parsed) throw badRequest("svcCat.import.badReport");
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="bao-cao-loi-nhap-thu-tuc.csv"')
      .header("cache-control", "no-store")
      .send(errorReportCsv(parsed));
  });

  app.post(SERVICES_PATHS.adminProcedureImport, { config: ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const form = await readMultipartForm(request, { maxFileBytes: IMPORT_MAX_BYTES });
    if (form.problem === "tooLarge")
      return sendImportPage(request, reply, { file: tv("svcCat.import.tooLarge", { size: sizeLabel }) });
    const upload = form.files.find((f) => f.fieldname === "file");
    if (!upload || form.problem) return sendImportPage(request, reply, { file: tv("svcCat.import.noFile") });

    let table: RawTable | ReadProblem;
    if (isXlsx(upload.buffer, upload.filename)) table = await xlsxTable(upload.buffer);
    else {
      let text: string;
      try {
        text = strictUtf8.decode(upload.buffer).normalize("NFC");
      } catch {
        return sendImportPage(request, reply, { file: tv("svcCat.import.notUtf8") });
      }
      table = csvTable(text);
    }
    if ("key" in table) return sendImportPage(request, reply, { file: tv(table.key, table.params) });
    const read = readTable(table);
    if (!read.ok) return sendImportPage(request, reply, { file: tv(read.problem.key, read.problem.params) });

    const units = (await listCatalogueUnits(db)).filter((u) => u.active);
    const importUnits: ImportUnit[] = units;
    const existing = await existingByCodes(db, [
      ...new Set(read.rows.map((r) => (r.cells.code ?? "").trim()).filter((c) => c !== "")),
    ]);
    const errors: RowError[] = [];
    const toWrite: { input: ProcedureInput; unitName: string }[] = [];
    const seen = new Map<string, number>();
    let updated = 0;
    for (const row of read.rows) {
      const code = (row.cells.code ?? "").trim();
      const old = existing.get(code);
      const result = rowToInput(row, importUnits, old);
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      const input = result.input;
      const unit = units.find((u) => u.id === input.unitId);
      const allowed =
        unit !== undefined &&
        mayKeepCatalogue(staff, units, unit.id) &&
        (old === undefined || mayKeepCatalogue(staff, units, old.unit_id));
      if (!allowed) {
        errors.push({
          row: row.rowNumber,
          column: columnHeader("unit"),
          message: tv("svcCat.err.unitNotAllowed", { field: columnHeader("unit") }),
        });
        continue;
      }
      const earlier = seen.get(input.code);
      if (earlier !== undefined) {
        errors.push({
          row: row.rowNumber,
          column: columnHeader("code"),
          message: tv("svcCat.import.duplicateInFile", { row: earlier }),
        });
        continue;
      }
      seen.set(input.code, row.rowNumber);
      if (old) updated++;
      toWrite.push({ input, unitName: unit.name_vi });
    }
    errors.sort((a, b) => a.row - b.row);
    const failed = new Set(errors.map((e) => e.row)).size;
    if (toWrite.length > 0) {
      await inTransaction(db, async (tx) => {
        await upsertProcedures(tx, toWrite);
        await recordAudit(tx, actorFrom(request), {
          action: "procedure.import",
          entityType: "procedure",
          entityId: null,
          summary: tv("svcCat.audit.import", {
            created: toWrite.length - updated,
            updated,
            file: upload.filename,
            failed,
          }),
          after: {
            file: upload.filename,
            rows: read.rows.length,
            created: toWrite.length - updated,
            updated,
            failed,
            codes: toWrite.slice(0, 200).map((w) => w.input.code),
          },
        });
      });
    }
    return sendAdminPage(
      request,
      reply,
      tv("svcCat.import.resultTitle"),
      <ImportResultPage
        csrf={csrfToken(request)}
        fileName={upload.filename}
        rows={read.rows.length}
        created={toWrite.length - updated}
        updated={updated}
        errors={errors}
        ignoredHeaders={read.ignoredHeaders}
      />,
      toWrite.length === 0 && errors.length > 0 ? 422 : 200,
    );
  });
}
