import { sql } from "kysely";
import type { Db } from "../../../platform/db/connection.js";
import { inTransaction, type Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { ENGLISH_CONTACT_EMAIL } from "../../orgs/seed/demo-data.js";
import { docTypeByName } from "../legal/domain/doc-types.js";
import { legalFieldFromText } from "../legal/domain/fields.js";
import { createLegalDocument } from "../legal/store.js";
import { ingestFile } from "../media/ingest.js";
import type { Media } from "../tables.js";
import { chunks } from "./batches.js";
import { COVER_IMAGES, renderCoverImage } from "./cover-images.js";
import { firstRevision, planDemoContent, type SiteStaff } from "./demo-plan.js";
import { planLegalDocuments } from "./legal-plan.js";
import { planPageViews } from "./page-views-plan.js";
import { samplePdf } from "./sample-pdf.js";
import { loadSeedSites } from "./seed-sites.js";

export interface DemoContentSummary {
  categories: number;
  items: number;
  legalDocuments: number;
  media: number;
  pageViews: number;
}

/** The demo editors and approvers of each site (the staff seed grants them per site). */
async function loadSiteStaff(db: Db): Promise<Map<string, SiteStaff>> {
  const grants = await db
    .selectFrom("role_grants")
    .innerJoin("staff_users", "staff_users.id", "role_grants.user_id")
    .select(["role_grants.site_id", "role_grants.role", "staff_users.id", "staff_users.username"])
    .where("role_grants.role", "in", ["editor", "approver"])
    .where("role_grants.site_id", "is not", null)
    .orderBy("staff_users.username")
    .execute();
  const out = new Map<string, SiteStaff>();
  for (const g of grants) {
    if (!g.site_id) continue;
    const entry = out.get(g.site_id) ?? { editorId: null, approverId: null };
    if (g.role === "editor") entry.editorId ??= g.id;
    else entry.approverId ??= g.id;
    out.set(g.site_id, entry);
  }
  return out;
}

/** Whether the demo content is already there (its first category), so a second run adds nothing. */
export async function hasDemoContent(db: Db): Promise<boolean> {
  const row = await db.selectFrom("categories").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Documents that come with a sample PDF: the newest few of the province and its Office. */
const DOCUMENTS_WITH_FILES = 12;

/**
 * Seeds the portal's demo content on the demo province (after the units, sites and staff): categories, articles,
 * pages, announcements, English articles, cover illustrations through the media library, legal documents with sample
 * PDFs, home sections and 30 days of page views. One transaction; deterministic except media ids and page views,
 * whose days follow the clock (the statistics page looks back from today).
 */
export async function seedDemoContent(
  services: Services,
  opts: { today?: Date } = {},
): Promise<DemoContentSummary> {
  const { db } = services;
  const sites = await loadSeedSites(db);
  const staff = await loadSiteStaff(db);
  const clerk = await db
    .selectFrom("staff_users")
    .select("id")
    .where("username", "=", "vanthu.vp")
    .executeTakeFirst();
  const plan = planDemoContent(sites, staff, ENGLISH_CONTACT_EMAIL);
  const legal = planLegalDocuments(sites, { clerkId: clerk?.id ?? null });
  const mainSiteId = sites.find((s) => s.kind === "main")?.id ?? null;
  // Encoding the illustrations is the slow part; sharp runs them on its own threads while the plan is built.
  const images = await Promise.all(COVER_IMAGES.map((spec) => renderCoverImage(spec)));

  return inTransaction(db, async (tx) => {
    const media = new Map<string, Media>();
    await Promise.all(
      COVER_IMAGES.map(async (spec, i) => {
        const row = await ingestFile(services, tx, {
          buffer: images[i] as Buffer,
          originalName: spec.fileName,
          siteId: null,
          uploadedBy: null,
          alt: spec.alt,
          caption: spec.caption,
          credit: "Cổng thông tin điện tử tỉnh Quảng Ngãi",
        });
        media.set(spec.key, row);
      }),
    );
    for (const item of plan.items) {
      const key = plan.covers.get(item.id);
      const cover = key ? media.get(key) : undefined;
      if (!cover) continue;
      item.cover_media_id = cover.id;
      item.cover_alt = cover.alt;
      item.cover_caption = cover.caption;
    }

    for (const batch of chunks(plan.categories, 500))
      await tx.insertInto("categories").values(batch).execute();
    for (const batch of chunks(plan.items, 200)) await tx.insertInto("content_items").values(batch).execute();
    const revisions = plan.items.map(firstRevision);
    for (const batch of chunks(revisions, 200))
      await tx.insertInto("content_revisions").values(batch).execute();
    await tx.insertInto("home_sections").values(plan.homeSections).execute();

    const withFiles = new Set(
      legal
        .filter((d) => d.site_id === mainSiteId)
        .sort((a, b) => (a.issued_on < b.issued_on ? 1 : -1))
        .slice(0, DOCUMENTS_WITH_FILES)
        .map((d) => d.id),
    );
    for (const doc of legal) {
      const mediaIds: string[] = [];
      if (withFiles.has(doc.id)) {
        const pdf = samplePdf({
          heading: `${doc.issuer_name} - So: ${doc.number_symbol}`,
          body: [
            `${doc.doc_type} ngay ${doc.issued_on.split("-").reverse().join("/")}`,
            doc.summary,
            "Ban mau trong du lieu demo cua Cong so; noi dung day du xem tai trang van ban.",
          ],
        });
        const file = await ingestFile(services, tx, {
          buffer: pdf,
          originalName: `${doc.number_symbol.replace(/\//g, "-")}.pdf`,
          siteId: doc.site_id ?? null,
          uploadedBy: doc.created_by ?? null,
          allowedKinds: ["pdf"],
        });
        mediaIds.push(file.id);
      }
      await createLegalDocument(tx, {
        id: doc.id,
        numberSymbol: doc.number_symbol,
        docTypeKey: docTypeByName(doc.doc_type)?.key ?? doc.doc_type,
        issuerUnitId: doc.issuer_unit_id ?? null,
        issuerName: doc.issuer_name,
        siteId: doc.site_id ?? null,
        signerName: doc.signer_name ?? null,
        signerPosition: doc.signer_position ?? null,
        issuedOn: doc.issued_on,
        effectiveOn: doc.effective_on ?? null,
        expiresOn: doc.expires_on ?? null,
        replacedById: doc.replaced_by_id ?? null,
        fieldKey: doc.field ? (legalFieldFromText(doc.field)?.key ?? null) : null,
        summary: doc.summary,
        published: true,
        createdBy: doc.created_by ?? null,
        mediaIds,
        createdAt: doc.created_at instanceof Date ? doc.created_at : undefined,
      });
    }

    const published = plan.items.flatMap((i) =>
      i.status === "published" && i.kind === "article" && i.published_at instanceof Date
        ? [{ id: i.id, site_id: i.site_id, published_at: i.published_at }]
        : [],
    );
    const views = planPageViews(sites, published, opts.today ?? new Date());
    for (const batch of chunks(views, 1000)) await tx.insertInto("page_views").values(batch).execute();
    await analyse(tx);
    return {
      categories: plan.categories.length,
      items: plan.items.length,
      legalDocuments: legal.length,
      media: media.size + withFiles.size,
      pageViews: views.length,
    };
  });
}

/** Fresh planner statistics after a bulk load, so the first pages do not plan against empty tables. */
export async function analyse(db: Db | Tx): Promise<void> {
  await sql`analyze categories, content_items, content_search, legal_documents, page_views`.execute(db);
}
