import { addDays, vnDay } from "../../../platform/calendar/vn-day.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { scheduleLicenceReminders } from "./reminders.js";
import { saveLicence } from "./store.js";

const ISSUER = "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi";
const HOSTS = [
  [
    "Trung tâm Tích hợp dữ liệu tỉnh Quảng Ngãi",
    "Trung tâm Tích hợp dữ liệu tỉnh, 52 Hùng Vương, thành phố Quảng Ngãi",
  ],
  ["Tổng công ty Viễn thông Viettel", "Trung tâm dữ liệu Viettel Đà Nẵng"],
  ["VNPT Quảng Ngãi", "Trung tâm dữ liệu VNPT, 70 Phan Đình Phùng, thành phố Quảng Ngãi"],
] as const;
const CONTACTS = [
  "Nguyễn Văn An",
  "Trần Thị Bích Ngọc",
  "Lê Minh Hoàng",
  "Phạm Thị Thu Trang",
  "Võ Quốc Huy",
  "Đinh Thị Hạnh",
  "Huỳnh Văn Lâm",
  "Bùi Thị Mai",
];

/**
 * Demo registry entries (SPEC §A12): a licence for every demo site, dated relative to the first start so the demo
 * always shows one expired licence (seed 002) and two that expire within the month, the rest valid for years.
 * Deterministic for a given day; the reminders are scheduled like a real entry's.
 */
export async function seedSiteRegistry(services: Services, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  const today = vnDay(now);
  const sites = await services.db
    .selectFrom("sites")
    .select(["id", "slug", "kind", "host"])
    .where("active", "=", true)
    .orderBy("kind")
    .orderBy("sort_order")
    .orderBy("slug")
    .execute();
  const components = sites.filter((s) => s.kind === "component");
  const offsets = new Map<string, number>();
  // The first component sites get the notable states; everything else expires 1–4 years from now.
  if (components[0]) offsets.set(components[0].id, -12);
  if (components[1]) offsets.set(components[1].id, 6);
  if (components[2]) offsets.set(components[2].id, 24);
  await inTransaction(services.db, async (tx) => {
    for (const [i, site] of sites.entries()) {
      const daysLeft = offsets.get(site.id) ?? 400 + ((i * 137) % 1100);
      const expiresOn = addDays(today, daysLeft);
      const issuedOn = addDays(expiresOn, -5 * 365);
      const [provider, location] = HOSTS[i % HOSTS.length] ?? HOSTS[0];
      // "so-xay-dung" → "sxd", as the province names its mailboxes and sub-domains.
      const initials = site.slug
        .split("-")
        .map((w) => w[0])
        .join("");
      const mailbox = site.slug === "" ? "cong" : site.slug.includes("-") ? initials : site.slug;
      const domain = site.host ?? (site.slug === "" ? "quangngai.gov.vn" : `${mailbox}.quangngai.gov.vn`);
      await saveLicence(
        tx,
        site.id,
        {
          licence_number: `${String(10 + i).padStart(2, "0")}/GP-STTTT`,
          issuing_body: ISSUER,
          issued_on: issuedOn,
          expires_on: expiresOn,
          domains: [domain],
          hosting_provider: provider,
          hosting_location: location,
          contact_name: CONTACTS[i % CONTACTS.length] ?? null,
          contact_phone: `0255 38${String(22100 + i * 7).slice(0, 2)} ${String(100 + i * 13).padStart(3, "0")}`,
          contact_email: `attt.${mailbox}@quangngai.gov.vn`,
          notes: null,
        },
        null,
        now,
      );
      await scheduleLicenceReminders(tx, services.jobs, site.id, expiresOn, now);
    }
  });
}
