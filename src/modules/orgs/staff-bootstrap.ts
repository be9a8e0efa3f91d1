import { sql } from "kysely";
import { v5 as uuidv5, v7 as uuidv7 } from "uuid";
import { actorFrom, recordAudit } from "../../platform/audit/index.js";
import { generateRandomPassword, hashPassword } from "../../platform/auth/passwords.js";
import type { Db } from "../../platform/db/connection.js";
import { inTransaction } from "../../platform/db/transaction.js";
import type { Role } from "../../platform/rbac/roles.js";
import "./tables.js";

/** The password of every demo staff account (README, "Demo accounts"); they enrol TOTP at their first sign-in. */
export const DEMO_STAFF_PASSWORD = "CongSo@2026!";

/** Namespace of demo staff ids: the same user name gives the same id on every machine. */
const DEMO_STAFF_NAMESPACE = "6b1e4c2a-0f3d-4e8a-b5c7-2d9f1a6e8c34";

interface DemoStaff {
  username: string;
  fullName: string;
  /** short_code of the unit the person belongs to. */
  unit: string;
  position: string;
  /** Each grant is scoped by the unit's short code or by a site: the unit's component site, or the main portal. */
  grants: { role: Role; scope: "unit" | "unit-site" | "main-site" }[];
}

const DEMO_STAFF: DemoStaff[] = [
  {
    username: "lanhdao.ubnd",
    fullName: "Trần Phước Hiền",
    unit: "UBND",
    position: "Phó Chủ tịch",
    grants: [{ role: "leader", scope: "unit" }],
  },
  {
    username: "vanthu.vp",
    fullName: "Nguyễn Thị Thu Hà",
    unit: "VP",
    position: "Văn thư",
    grants: [{ role: "clerk", scope: "unit" }],
  },
  {
    username: "lanhdao.vp",
    fullName: "Võ Văn Thành",
    unit: "VP",
    position: "Chánh Văn phòng",
    grants: [{ role: "leader", scope: "unit" }],
  },
  {
    username: "bientap.cong",
    fullName: "Lê Thị Mỹ Duyên",
    unit: "VP",
    position: "Biên tập viên Cổng thông tin",
    grants: [{ role: "editor", scope: "main-site" }],
  },
  {
    username: "duyet.cong",
    fullName: "Phạm Minh Quân",
    unit: "VP",
    position: "Phó Chánh Văn phòng, Phó Trưởng Ban biên tập",
    grants: [{ role: "approver", scope: "main-site" }],
  },
  {
    username: "bientap.sxd",
    fullName: "Huỳnh Thị Ngọc Ánh",
    unit: "SXD",
    position: "Chuyên viên, thành viên Ban biên tập",
    grants: [{ role: "editor", scope: "unit-site" }],
  },
  {
    username: "duyet.sxd",
    fullName: "Đặng Quốc Bảo",
    unit: "SXD",
    position: "Phó Giám đốc, Trưởng Ban biên tập",
    grants: [{ role: "approver", scope: "unit-site" }],
  },
  {
    username: "quantri.sxd",
    fullName: "Bùi Thanh Tùng",
    unit: "SXD",
    position: "Chuyên viên công nghệ thông tin",
    grants: [{ role: "site_admin", scope: "unit-site" }],
  },
  {
    username: "motcua.stp",
    fullName: "Ngô Thị Kim Oanh",
    unit: "STP",
    position: "Cán bộ tiếp nhận và trả kết quả",
    grants: [{ role: "one_stop_officer", scope: "unit" }],
  },
  {
    username: "chuyenvien.stp",
    fullName: "Trương Văn Lộc",
    unit: "STP",
    position: "Chuyên viên",
    grants: [{ role: "specialist", scope: "unit" }],
  },
  {
    username: "lanhdao.stp",
    fullName: "Đỗ Thị Hồng Nhung",
    unit: "STP",
    position: "Giám đốc",
    grants: [{ role: "leader", scope: "unit" }],
  },
  {
    username: "chuyenvien.skhdt",
    fullName: "Phan Văn Đức",
    unit: "SKHDT",
    position: "Chuyên viên",
    grants: [{ role: "specialist", scope: "unit" }],
  },
  {
    username: "lanhdao.skhdt",
    fullName: "Hồ Thị Thanh Tâm",
    unit: "SKHDT",
    position: "Giám đốc",
    grants: [{ role: "leader", scope: "unit" }],
  },
  {
    username: "thanhtra.stttt",
    fullName: "Lương Văn Khánh",
    unit: "STTTT",
    position: "Chánh Thanh tra",
    grants: [{ role: "inspector", scope: "unit" }],
  },
];

/** Stable id of a demo staff account, for other modules' seeds and tests. */
export function demoStaffId(username: string): string {
  return uuidv5(`staff:${username}`, DEMO_STAFF_NAMESPACE);
}

/**
 * Staff of every role for the demo units (deterministic user names and ids, DEMO_STAFF_PASSWORD, no TOTP yet so the
 * first sign-in enrols). A unit or site missing from the database is skipped silently; accounts already there are
 * left alone, so running it twice changes nothing.
 */
export async function seedDemoStaff(db: Db): Promise<void> {
  const units = await db.selectFrom("units").select(["id", "short_code"]).execute();
  const unitByCode = new Map(units.map((u) => [u.short_code, u.id]));
  const sites = await db.selectFrom("sites").select(["id", "unit_id", "kind", "slug"]).execute();
  const componentSiteOf = new Map(sites.filter((s) => s.kind === "component").map((s) => [s.unit_id, s.id]));
  const mainSite = sites.find((s) => s.slug === "")?.id;
  // One hash for the one documented password: seeding stays fast enough for every test database.
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);

  await inTransaction(db, async (tx) => {
    for (const person of DEMO_STAFF) {
      const unitId = unitByCode.get(person.unit);
      if (!unitId) continue;
      const grants: { role: Role; unitId: string | null; siteId: string | null }[] = [];
      for (const g of person.grants) {
        if (g.scope === "unit") grants.push({ role: g.role, unitId, siteId: null });
        const siteId =
          g.scope === "unit-site" ? componentSiteOf.get(unitId) : g.scope === "main-site" ? mainSite : null;
        if (g.scope !== "unit" && siteId) grants.push({ role: g.role, unitId: null, siteId });
      }
      if (grants.length === 0) continue;
      const id = demoStaffId(person.username);
      const inserted = await tx
        .insertInto("staff_users")
        .values({
          id,
          username: person.username,
          full_name: person.fullName,
          email: `${person.username}@quangngai.gov.vn`,
          unit_id: unitId,
          position: person.position,
          password_hash: passwordHash,
          recovery_codes: JSON.stringify([]),
        })
        .onConflict((oc) => oc.doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!inserted) continue;
      for (const g of grants) {
        await tx
          .insertInto("role_grants")
          .values({
            id: uuidv5(
              `grant:${person.username}:${g.role}:${g.unitId ?? ""}:${g.siteId ?? ""}`,
              DEMO_STAFF_NAMESPACE,
            ),
            user_id: id,
            role: g.role,
            unit_id: g.unitId,
            site_id: g.siteId,
          })
          .execute();
      }
      await recordAudit(tx, actorFrom(null), {
        action: "staff.create",
        entityType: "staff_user",
        entityId: id,
        summary: `Tạo tài khoản mẫu ${person.username}`,
        after: { username: person.username, grants },
      });
    }
  });
}

function printAdminPassword(password: string): void {
  const lines = [
    "Đã tạo tài khoản quản trị hệ thống đầu tiên.",
    "",
    "  Tên đăng nhập: admin",
    `  Mật khẩu:      ${password}`,
    "",
    "Mật khẩu này chỉ hiển thị MỘT LẦN. Hãy ghi lại ngay, đăng nhập tại /admin/dang-nhap",
    "và thiết lập xác thực hai lớp (TOTP) ở lần đăng nhập đầu tiên.",
  ];
  const width = Math.max(...lines.map((l) => [...l].length)) + 4;
  const bar = "═".repeat(width);
  const body = lines.map((l) => `║  ${l}${" ".repeat(width - 2 - [...l].length)}║`);
  console.log(["", `╔${bar}╗`, ...body, `╚${bar}╝`, ""].join("\n"));
}

/**
 * Makes sure a system administrator can sign in. When no active account holds system_admin, the `admin` account is
 * created (or, if it exists, reactivated and given the role) with ADMIN_PASSWORD, or with a random 20-character
 * password printed once. TOTP is not set up, so the first sign-in enrols it.
 */
export async function ensureSystemAdmin(
  db: Db,
  opts: { password: string | undefined; quiet: boolean },
): Promise<void> {
  const existing = await db
    .selectFrom("role_grants")
    .innerJoin("staff_users", "staff_users.id", "role_grants.user_id")
    .select("staff_users.id")
    .where("role_grants.role", "=", "system_admin")
    .where("staff_users.active", "=", true)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;

  const password = opts.password ?? generateRandomPassword(20);
  const passwordHash = await hashPassword(password);
  const province = await db
    .selectFrom("units")
    .select("id")
    .where("kind", "=", "province")
    .orderBy("sort_order")
    .limit(1)
    .executeTakeFirst();

  await inTransaction(db, async (tx) => {
    const current = await tx
      .selectFrom("staff_users")
      .select(["id", "active"])
      .where(sql<string>`lower(username)`, "=", "admin")
      .executeTakeFirst();
    let id: string;
    if (current) {
      id = current.id;
      await tx
        .updateTable("staff_users")
        .set({
          active: true,
          password_hash: passwordHash,
          failed_attempts: 0,
          locked_until: null,
          updated_at: new Date(),
        })
        .where("id", "=", id)
        .execute();
    } else {
      id = uuidv7();
      await tx
        .insertInto("staff_users")
        .values({
          id,
          username: "admin",
          full_name: "Quản trị hệ thống",
          unit_id: province?.id ?? null,
          position: "Quản trị hệ thống",
          password_hash: passwordHash,
          recovery_codes: JSON.stringify([]),
        })
        .execute();
    }
    await tx
      .insertInto("role_grants")
      .values({ id: uuidv7(), user_id: id, role: "system_admin", unit_id: null, site_id: null })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await recordAudit(tx, actorFrom(null), {
      action: current ? "staff.bootstrap_admin" : "staff.create",
      entityType: "staff_user",
      entityId: id,
      summary: current
        ? "Kích hoạt lại tài khoản admin vì không còn quản trị hệ thống nào"
        : "Tạo tài khoản quản trị hệ thống đầu tiên",
      after: { username: "admin", role: "system_admin" },
    });
  });

  if (opts.quiet) return;
  if (opts.password === undefined) printAdminPassword(password);
  else console.log("Đã tạo tài khoản quản trị hệ thống 'admin' với mật khẩu trong ADMIN_PASSWORD.");
}
