import type { FastifyInstance } from "fastify";
import { registerAdminNav, sendAdminPage } from "../admin/shell.js";
import { validate } from "../http/validation.js";
import { operations } from "../i18n/catalogues/operations.js";
import { registerCatalogue, t } from "../i18n/index.js";
import type { Role } from "../rbac/roles.js";
import { auditFilterSchema, filterParams, toAuditQuery } from "./views/audit-filters.js";
import { AUDIT_PATH, AuditLogPage } from "./views/audit-log-page.js";
import { listAuditEntries } from "./views/audit-log-query.js";

registerCatalogue(operations);

const AUDIT_ROLES: readonly Role[] = ["system_admin", "inspector"];
/** Entries per page: enough to scan a day's work, small enough for one quick query and page. */
export const AUDIT_PAGE_SIZE = 50;

/** Only strings are shown back in the form; anything else (a repeated key) is left out and reported. */
function typedInput(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (typeof v === "string") out[k] = v.slice(0, 200);
  return out;
}

function href(params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${AUDIT_PATH}?${qs}` : AUDIT_PATH;
}

/** The filterable audit log (issue 3 item 6), for system administrators and inspectors. */
export async function auditAdminRoutes(app: FastifyInstance): Promise<void> {
  registerAdminNav({
    label: t("vi", "operations.audit.nav"),
    href: AUDIT_PATH,
    roles: AUDIT_ROLES,
    order: 900,
  });

  app.get(AUDIT_PATH, { config: { access: { roles: AUDIT_ROLES } } }, async (request, reply) => {
    const lang = request.lang;
    const title = t(lang, "operations.audit.title");
    const query = (request.query ?? {}) as Record<string, unknown>;
    const input = typedInput(query);
    const labels = {
      actor: t(lang, "operations.audit.actor"),
      action: t(lang, "operations.audit.action"),
      entityType: t(lang, "operations.audit.entityType"),
      entityId: t(lang, "operations.audit.entityId"),
      from: t(lang, "operations.audit.from"),
      to: t(lang, "operations.audit.to"),
    };
    const parsed = validate(auditFilterSchema, query, lang, labels);
    if (!parsed.ok) {
      const errors = { ...parsed.errors };
      // The pagination cursors are not form fields: point the reader at the start instead.
      for (const key of ["before", "after"]) {
        if (errors[key]) {
          delete errors[key];
          errors._ = t(lang, "operations.audit.badCursor");
        }
      }
      return sendAdminPage(
        request,
        reply,
        title,
        <AuditLogPage lang={lang} input={input} errors={errors} entries={[]} />,
        422,
      );
    }

    const page = await listAuditEntries(
      request.server.services.db,
      toAuditQuery(parsed.data),
      AUDIT_PAGE_SIZE,
    );
    const filters = filterParams(input);
    const first = page.entries[0];
    const last = page.entries[page.entries.length - 1];
    const link = (key: "before" | "after", id: number) => {
      const p = new URLSearchParams(filters);
      p.set(key, String(id));
      return href(p);
    };
    return sendAdminPage(
      request,
      reply,
      title,
      <AuditLogPage
        lang={lang}
        input={input}
        entries={page.entries}
        newerHref={page.hasNewer && first ? link("after", first.id) : undefined}
        olderHref={page.hasOlder && last ? link("before", last.id) : undefined}
        newestHref={page.hasNewer ? href(filters) : undefined}
      />,
    );
  });
}
