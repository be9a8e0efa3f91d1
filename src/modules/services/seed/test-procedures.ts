import { v5 as uuidv5 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import { demoUnitId } from "../../orgs/seed/demo-province.js";
import "../tables.js";

const NAMESPACE = "5b0d6e1c-2f7a-4c3e-8d9b-1a6f4e2c7d80";

/**
 * For tests of the statistics and the demo dossiers only: a few procedures when the catalogue has seeded none (the
 * catalogue part seeds the real demo procedures). Deterministic ids; does nothing when procedures exist.
 */
export async function ensureTestProcedures(db: Db): Promise<void> {
  const any = await db.selectFrom("procedures").select("id").limit(1).executeTakeFirst();
  if (any) return;
  const rows = [
    {
      code: "1.000893.000.00.00.H48",
      name: "Đăng ký khai sinh có yếu tố nước ngoài",
      field: "Hộ tịch",
      unit: "STP",
      level: 4,
      online_class: "full" as const,
      processing_days: 15,
      leader: true,
    },
    {
      code: "2.000908.000.00.00.H48",
      name: "Cấp bản sao trích lục hộ tịch",
      field: "Hộ tịch",
      unit: "STP",
      level: 3,
      online_class: "partial" as const,
      processing_days: 1,
      leader: false,
    },
    {
      code: "1.001612.000.00.00.H48",
      name: "Đăng ký thành lập doanh nghiệp tư nhân",
      field: "Thành lập và hoạt động doanh nghiệp",
      unit: "SKHDT",
      level: 4,
      online_class: "full" as const,
      processing_days: 3,
      leader: true,
    },
    {
      code: "1.004227.000.00.00.H48",
      name: "Cấp giấy phép xây dựng nhà ở riêng lẻ",
      field: "Xây dựng",
      unit: "HBT",
      level: 2,
      online_class: "none" as const,
      processing_days: 15,
      leader: true,
    },
  ];
  await db
    .insertInto("procedures")
    .values(
      rows.map((r) => ({
        id: uuidv5(r.code, NAMESPACE),
        code: r.code,
        name: r.name,
        field: r.field,
        unit_id: demoUnitId(r.unit),
        level: r.level,
        online_class: r.online_class,
        processing_days: r.processing_days,
        postal_return: true,
        steps: JSON.stringify([
          { name: "Tiếp nhận hồ sơ", role: "one_stop_officer", days: 0.5 },
          { name: "Thẩm định hồ sơ", role: "specialist", days: r.processing_days },
          ...(r.leader ? [{ name: "Phê duyệt kết quả", role: "leader", days: 1 }] : []),
        ]),
      })),
    )
    .execute();
}
