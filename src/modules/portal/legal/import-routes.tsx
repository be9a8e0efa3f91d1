import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, sendAdminPage } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { forbidden } from "../../../platform/http/errors.js";
import type { Errors } from "../../../platform/ui/components/forms.js";
import { formatLimit } from "../media/domain/media-policy.js";
import { REGISTER_ACCESS } from "./admin-routes.js";
import { columnHeaderFor, csvTemplate, readCsv, rowToValues } from "./domain/csv-import.js";
import { todayInVietnam } from "./domain/dates.js";
import { checkDocumentValues } from "./domain/document-input.js";
import { inScope, ownerUnitFor } from "./domain/scope.js";
import { loadRegisterContext, purgeTagsFor, siteForOwner } from "./register.js";
import {
  duplicateKey,
  existingDuplicateKeys,
  insertLegalDocumentsSkippingDuplicates,
  type LegalDocumentPatch,
} from "./store.js";
import { CSV_MAX_BYTES, field, readMultipartForm } from "./upload.js";
import { type ImportMode, ImportPage, ImportResult, type RowError } from "./views/admin-import.js";
import { problemText, tl } from "./views/text.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

type ImportRow = LegalDocumentPatch & { id: string; created_by: string | null };

/**
 * CSV import of the register: every row is checked as the form checks one entry (rules, scope, duplicates in the
 * file and in the database); the valid rows are written in one transaction with one audit entry, or none of them
 * when the person chose "all or nothing". A thousand rows take two multi-row inserts.
 */
export async function legalImportRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const sizeLimit = formatLimit(CSV_MAX_BYTES);

  function sendImportPage(request: FastifyRequest, reply: FastifyReply, mode: ImportMode, errors?: Errors) {
    return sendAdminPage(
      request,
      reply,
      tl("legal.import.title"),
      <ImportPage
        csrf={csrfToken(request)}
        mode={mode}
        sizeLimit={sizeLimit}
        {...(errors ? { errors } : {})}
      />,
      errors ? 422 : 200,
    );
  }

  app.get("/admin/van-ban/nhap", { config: REGISTER_ACCESS }, async (request, reply) =>
    sendImportPage(request, reply, "valid"),
  );

  app.get("/admin/van-ban/nhap/mau.csv", { config: REGISTER_ACCESS }, async (_request, reply) =>
    reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="mau-nhap-van-ban.csv"')
      .header("cache-control", "no-store")
      .send(csvTemplate()),
  );

  app.post("/admin/van-ban/nhap", { config: REGISTER_ACCESS }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) throw forbidden();
    const form = await readMultipartForm(request, { maxFileBytes: CSV_MAX_BYTES });
    const mode: ImportMode = field(form, "mode") === "all" ? "all" : "valid";
    if (form.problem === "tooLarge")
      return sendImportPage(request, reply, mode, { file: tl("legal.import.tooLarge", { size: sizeLimit }) });
    const upload = form.files.find((f) => f.fieldname === "file");
    if (!upload || form.problem)
      return sendImportPage(request, reply, mode, { file: tl("legal.import.noFile") });
    let text: string;
    try {
      text = strictUtf8.decode(upload.buffer).normalize("NFC");
    } catch {
      return sendImportPage(request, reply, mode, { file: tl("legal.import.notUtf8") });
    }
    const read = readCsv(text);
    if (!read.ok) return sendImportPage(request, reply, mode, { file: problemText(read.problem) });

    const ctx = await loadRegisterContext(db, staff);
    const today = todayInVietnam(new Date());
    const errors: RowError[] = [];
    const candidates: { rowNumber: number; row: ImportRow }[] = [];
    const seen = new Map<string, number>();
    for (const row of read.rows) {
      const { values, problems } = rowToValues(row, ctx.units);
      const rowErrors: RowError[] = Object.entries(problems).map(([f, p]) => ({
        row: row.rowNumber,
        column: columnHeaderFor(f),
        message: problemText(p),
      }));
      const checked = checkDocumentValues(values, today);
      if (!checked.ok) {
        for (const [f, p] of Object.entries(checked.problems)) {
          rowErrors.push({ row: row.rowNumber, column: columnHeaderFor(f), message: problemText(p) });
        }
      }
      let issuerUnitId: string | null = null;
      let issuerName = "";
      if (checked.ok) {
        const issuer = checked.data.issuer;
        if (issuer.kind === "unit") {
          const unit = ctx.units.find((u) => u.id === issuer.unitId);
          if (!unit?.active || !inScope(ctx.scope, unit.id)) {
            rowErrors.push({
              row: row.rowNumber,
              column: columnHeaderFor("issuer_unit_id"),
              message: tl("legal.issuer.notAllowed"),
            });
          } else {
            issuerUnitId = unit.id;
            issuerName = unit.name_vi;
          }
        } else issuerName = issuer.name;
      }
      if (!checked.ok || rowErrors.length > 0) {
        errors.push(...rowErrors);
        continue;
      }
      const data = checked.data;
      const key = duplicateKey(data.numberSymbol.text, issuerName, Number(data.issuedOn.slice(0, 4)));
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.push({
          row: row.rowNumber,
          column: columnHeaderFor("number_symbol"),
          message: tl("legal.import.duplicateInFile", { row: earlier }),
        });
        continue;
      }
      seen.set(key, row.rowNumber);
      const owner = issuerUnitId ?? ownerUnitFor(null, staff.unitId, ctx.scope, ctx.units);
      candidates.push({
        rowNumber: row.rowNumber,
        row: {
          id: uuidv7(),
          created_by: staff.id,
          number_symbol: data.numberSymbol.text,
          doc_type: data.type.vi,
          issuer_unit_id: issuerUnitId,
          issuer_name: issuerName,
          owner_unit_id: owner,
          site_id: siteForOwner(ctx.sites, owner),
          signer_name: data.signerName,
          signer_position: data.signerPosition,
          issued_on: data.issuedOn,
          effective_on: data.effectiveOn,
          expires_on: data.expiresOn,
          replaced_by_id: null,
          field: data.field?.vi ?? null,
          summary: data.summary,
          published: data.published,
        },
      });
    }

    const existing = await existingDuplicateKeys(
      db,
      candidates.map((c) => c.row.number_symbol),
    );
    const toInsert: typeof candidates = [];
    for (const c of candidates) {
      const r = c.row;
      const year = Number(r.issued_on.slice(0, 4));
      if (existing.has(duplicateKey(r.number_symbol, r.issuer_name, year))) {
        errors.push({
          row: c.rowNumber,
          column: columnHeaderFor("number_symbol"),
          message: tl("legal.import.duplicateExisting", { ns: r.number_symbol, issuer: r.issuer_name, year }),
        });
      } else toInsert.push(c);
    }

    const failedRows = () => new Set(errors.map((e) => e.row)).size;
    let imported = 0;
    if (toInsert.length > 0 && !(mode === "all" && errors.length > 0)) {
      const written = await inTransaction(db, async (tx) => {
        const ids = await insertLegalDocumentsSkippingDuplicates(
          tx,
          toInsert.map((c) => c.row),
        );
        for (const c of toInsert) {
          if (ids.has(c.row.id)) continue;
          // Registered by someone else between our check and our insert.
          errors.push({
            row: c.rowNumber,
            column: columnHeaderFor("number_symbol"),
            message: tl("legal.import.duplicateExisting", {
              ns: c.row.number_symbol,
              issuer: c.row.issuer_name,
              year: c.row.issued_on.slice(0, 4),
            }),
          });
        }
        if (mode === "all" && ids.size < toInsert.length) throw new AllOrNothingRollback();
        await recordAudit(tx, actorFrom(request), {
          action: "legal_document.import",
          entityType: "legal_document",
          entityId: null,
          summary: tl("legal.import.audit", {
            imported: ids.size,
            file: upload.filename,
            failed: failedRows(),
          }),
          after: {
            file: upload.filename,
            rows: read.rows.length,
            imported: ids.size,
            failed: failedRows(),
            mode,
            ids: [...ids].slice(0, 100),
          },
        });
        return ids.size;
      }).catch((err: unknown) => {
        if (err instanceof AllOrNothingRollback) return 0;
        throw err;
      });
      imported = written;
      if (imported > 0) {
        const owners = [...new Set(toInsert.map((c) => c.row.owner_unit_id))];
        app.services.pageCache.purge(purgeTagsFor(ctx.units, ctx.sites, owners));
      }
    }
    errors.sort((a, b) => a.row - b.row);
    return sendAdminPage(
      request,
      reply,
      tl("legal.import.resultTitle"),
      <ImportResult
        fileName={upload.filename}
        rows={read.rows.length}
        imported={imported}
        errors={errors}
        mode={mode}
        ignoredHeaders={read.ignoredHeaders}
      />,
      imported === 0 && errors.length > 0 ? 422 : 200,
    );
  });
}

class AllOrNothingRollback extends Error {}
