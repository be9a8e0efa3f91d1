import type { Executor } from "../../../platform/db/transaction.js";
import { formatDate } from "../../../platform/i18n/index.js";
import type { StaffPrincipal } from "../../../platform/rbac/access.js";
import type { LegalDocument } from "../tables.js";
import type { DocumentFields } from "./domain/document-input.js";
import { OTHER_ISSUER } from "./domain/document-input.js";
import { replacementLabel, replacementProblem } from "./domain/replacement.js";
import { inScope, ownerUnitFor, type RegisterScope, registerScope } from "./domain/scope.js";
import { type LegalStatus, legalStatus } from "./domain/status.js";
import {
  findDuplicate,
  findReplacementCandidates,
  type LegalDocumentPatch,
  type ListRow,
  loadOrgTree,
  type RegisterSite,
  type RegisterUnit,
  replacementChain,
} from "./store.js";
import { problemText, tl } from "./views/text.js";

/** What a register action needs to know about the person and the organisation. */
export interface RegisterContext {
  units: RegisterUnit[];
  sites: RegisterSite[];
  scope: RegisterScope;
  staff: StaffPrincipal;
}

export async function loadRegisterContext(db: Executor, staff: StaffPrincipal): Promise<RegisterContext> {
  const { units, sites } = await loadOrgTree(db);
  return { units, sites, scope: registerScope(staff.grants, units, sites), staff };
}

/** Owner units for list queries: "all", or the ids of the person's scope. */
export function scopeList(scope: RegisterScope): "all" | string[] {
  return scope === "all" ? "all" : [...scope];
}

/** The issuers a person may choose: the active units of their scope in tree order, then "another body". */
export function issuerOptions(
  ctx: RegisterContext,
  keep: string | null = null,
): { value: string; label: string }[] {
  const children = new Map<string | null, RegisterUnit[]>();
  for (const u of ctx.units) {
    const parent = u.parent_id && ctx.units.some((p) => p.id === u.parent_id) ? u.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  const out: { value: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      const allowed = (u.active && inScope(ctx.scope, u.id)) || u.id === keep;
      if (allowed) out.push({ value: u.id, label: `${"— ".repeat(depth)}${u.name_vi}` });
      walk(u.id, allowed ? depth + 1 : depth);
    }
  };
  walk(null, 0);
  out.push({ value: OTHER_ISSUER, label: tl("legal.issuer.other") });
  return out;
}

function ancestorsAndSelf(units: readonly RegisterUnit[], unitId: string | null): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Set<string>();
  let current = unitId ? byId.get(unitId) : undefined;
  while (current && !out.has(current.id)) {
    out.add(current.id);
    current = current.parent_id ? byId.get(current.parent_id) : undefined;
  }
  return out;
}

/**
 * Cache tags of every public page that may show a document of these owner units: "legal", the main portal and the
 * English site (they list everything), and the sites of the owner and its ancestors (a site lists its sub-units').
 */
export function purgeTagsFor(
  units: readonly RegisterUnit[],
  sites: readonly RegisterSite[],
  ownerIds: readonly (string | null)[],
): string[] {
  const unitIds = new Set<string>();
  for (const id of ownerIds) for (const a of ancestorsAndSelf(units, id)) unitIds.add(a);
  const tags = new Set(["legal"]);
  for (const s of sites) {
    if (s.kind === "main" || s.kind === "english" || unitIds.has(s.unit_id)) tags.add(`site:${s.id}`);
  }
  return [...tags];
}

/** The site a document is filed under: its owner unit's own site (the main portal for the province), if any. */
export function siteForOwner(sites: readonly RegisterSite[], ownerId: string | null): string | null {
  if (!ownerId) return null;
  return sites.find((s) => s.unit_id === ownerId && s.kind !== "english")?.id ?? null;
}

export interface ResolvedEntry {
  patch: LegalDocumentPatch;
  errors: Record<string, string>;
}

/**
 * The checks of a register entry that need the database, and the columns to write: the issuer is a unit the person
 * may register for (or an outside body), the replaced-by reference names exactly one document that may replace this
 * one, and no other entry has the same number/symbol, issuer and year.
 */
export async function resolveEntry(
  tx: Executor,
  ctx: RegisterContext,
  data: DocumentFields,
  current: LegalDocument | null,
): Promise<ResolvedEntry> {
  const errors: Record<string, string> = {};
  let issuerUnitId: string | null = null;
  let issuerName = "";
  if (data.issuer.kind === "unit") {
    const unitId = data.issuer.unitId;
    const unit = ctx.units.find((u) => u.id === unitId);
    const unchanged = current?.issuer_unit_id === unitId;
    if (!unit || (!inScope(ctx.scope, unit.id) && !unchanged) || (!unit.active && !unchanged)) {
      errors.issuer_unit_id = tl("legal.issuer.notAllowed");
    } else {
      issuerUnitId = unit.id;
      issuerName = unit.name_vi;
    }
  } else {
    issuerName = data.issuer.name;
  }

  let owner: string | null;
  if (issuerUnitId) owner = issuerUnitId;
  else if (current && current.issuer_unit_id === null) owner = current.owner_unit_id;
  else owner = ownerUnitFor(null, ctx.staff.unitId, ctx.scope, ctx.units);

  let replacedById: string | null = null;
  if (data.replacedBy) {
    const ref = data.replacedBy;
    const candidates = await findReplacementCandidates(tx, ref);
    const refText = ref.numberSymbol;
    if (candidates.length === 0) {
      errors.replaced_by = tl("legal.replacedBy.notFound", { ref: refText });
    } else if (candidates.length > 1) {
      errors.replaced_by = tl("legal.replacedBy.ambiguous", {
        ref: refText,
        choices: candidates.map((c) => replacementLabel(c)).join("; "),
      });
    } else {
      const candidate = candidates[0] as (typeof candidates)[0];
      const chain = await replacementChain(tx, candidate.id);
      const p = replacementProblem(
        { id: current?.id ?? null, issuedOn: data.issuedOn },
        { id: candidate.id, issued_on: candidate.issued_on, chain },
      );
      if (p) errors.replaced_by = problemText(p);
      else replacedById = candidate.id;
    }
  }

  if (issuerName !== "") {
    const dup = await findDuplicate(
      tx,
      { numberSymbol: data.numberSymbol.text, issuerName, year: Number(data.issuedOn.slice(0, 4)) },
      current?.id ?? null,
    );
    if (dup) errors.number_symbol = duplicateMessage(dup);
  }

  return {
    errors,
    patch: {
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
      replaced_by_id: replacedById,
      field: data.field?.vi ?? null,
      summary: data.summary,
      published: data.published,
    },
  };
}

export function duplicateMessage(dup: {
  number_symbol: string;
  issuer_name: string;
  issued_on: string;
}): string {
  return tl("legal.duplicate", {
    ns: dup.number_symbol,
    issuer: dup.issuer_name,
    year: dup.issued_on.slice(0, 4),
    date: formatDate(dup.issued_on),
  });
}

/** A list row's status as of `today` (its replacement's dates come with the row). */
export function statusToday(row: ListRow, today: string): LegalStatus {
  return legalStatus(
    {
      issuedOn: row.issued_on,
      effectiveOn: row.effective_on,
      expiresOn: row.expires_on,
      replacement: row.r_issued_on ? { issuedOn: row.r_issued_on, effectiveOn: row.r_effective_on } : null,
    },
    today,
  );
}
