import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";

/**
 * The English site's investment page and online-services guide for foreigners (SPEC §A6). They are ordinary content
 * items of kind "page" on the English site, so the editorial board edits them like any page (revisions, workflow,
 * translation link); `/en/investment` and `/en/online-services-guide` are their short addresses. This text is what a
 * new installation starts with, and what the two addresses show until such a page exists at all.
 */
export interface DefaultPage {
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
}

const MAILBOX = "eng@quangngai.gov.vn";

export const ENGLISH_DEFAULT_PAGES: readonly DefaultPage[] = [
  {
    slug: "investment",
    title: "Investing in Quảng Ngãi",
    lead: "Where to invest in Quảng Ngãi, and who helps investors with licences and questions.",
    bodyHtml: [
      "<p>Quảng Ngãi lies on Viet Nam's central coast, on National Road 1 and the North–South railway, with Chu Lai airport just beyond its northern border. Its economy grew around the Dung Quất Economic Zone, established in 1996 and home to the Dung Quất oil refinery, Hòa Phát's steel complex and the Dung Quất deep-water port.</p>",
      "<h2>Where to invest</h2>",
      "<ul>",
      "<li>Dung Quất Economic Zone (Bình Sơn district): petrochemicals, steel, heavy industry, shipbuilding and port logistics.</li>",
      "<li>VSIP Quảng Ngãi and Tịnh Phong industrial parks: light manufacturing, food processing, electronics assembly and warehousing.</li>",
      "<li>Tourism: the beaches of Mỹ Khê and Sa Huỳnh and the island of Lý Sơn, with its volcanic landscapes and coral reefs.</li>",
      "</ul>",
      "<h2>Support for investors</h2>",
      "<p>Projects inside the economic zone and industrial parks are licensed by the Dung Quất Economic Zone and Quảng Ngãi Industrial Parks Authority; other projects by the Department of Planning and Investment. Both receive investors in person and answer questions sent to the English mailbox below.</p>",
      `<p>Write to us in English: <a href="mailto:${MAILBOX}">${MAILBOX}</a></p>`,
      '<p><a href="/en">Back to the English home page</a></p>',
    ].join("\n"),
  },
  {
    slug: "online-services-guide",
    title: "Online public services: a guide for foreigners",
    lead: "How foreigners and foreign-invested companies prepare, submit and follow an administrative procedure.",
    bodyHtml: [
      "<p>Administrative procedures in Quảng Ngãi are handled by the Provincial Public Administration Service Centre and by the departments concerned. Forms and decisions are in Vietnamese; the steps below help you prepare.</p>",
      "<h2>How it works</h2>",
      "<ol>",
      "<li>Find the procedure (for example a work permit, a temporary residence card or an investment registration) and the list of documents it needs.</li>",
      "<li>Prepare the documents. Papers issued abroad usually need consular legalisation and a certified Vietnamese translation.</li>",
      "<li>Submit the dossier online or at the Service Centre. You receive a dossier code; keep it to follow the progress.</li>",
      "<li>Receive the result at the Service Centre or by public postal service, on or before the date shown on your receipt.</li>",
      "</ol>",
      "<h2>Getting help</h2>",
      `<p>If you need help in English with a procedure, write to the portal's English mailbox with your question and, if you have one, your dossier code: <a href="mailto:${MAILBOX}">${MAILBOX}</a></p>`,
      '<p><a href="/en">Back to the English home page</a></p>',
    ].join("\n"),
  },
];

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Creates the English site's default pages as published content items (with a first revision), skipping any slug
 * already used on that site. Does nothing when there is no English site. Idempotent.
 */
export async function seedEnglishPages(db: Executor, now: Date = new Date()): Promise<number> {
  const site = await db.selectFrom("sites").select("id").where("slug", "=", "en").executeTakeFirst();
  if (!site) return 0;
  const taken = new Set(
    (
      await db
        .selectFrom("content_items")
        .select("slug")
        .where("site_id", "=", site.id)
        .where(
          "slug",
          "in",
          ENGLISH_DEFAULT_PAGES.map((p) => p.slug),
        )
        .execute()
    ).map((r) => r.slug),
  );
  let created = 0;
  for (const page of ENGLISH_DEFAULT_PAGES) {
    if (taken.has(page.slug)) continue;
    const id = uuidv7();
    await db
      .insertInto("content_items")
      .values({
        id,
        site_id: site.id,
        kind: "page",
        title: page.title,
        slug: page.slug,
        lead: page.lead,
        body_html: page.bodyHtml,
        body_text: plainText(page.bodyHtml),
        tags: [],
        status: "published",
        published_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto("content_revisions")
      .values({
        id: uuidv7(),
        content_id: id,
        number: 1,
        title: page.title,
        lead: page.lead,
        body_html: page.bodyHtml,
        fields: JSON.stringify({ kind: "page", tags: [] }),
        note: "Initial text of the English site",
        created_by: null,
        created_at: now,
      })
      .execute();
    created++;
  }
  return created;
}
