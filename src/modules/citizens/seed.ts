import { v5 as uuidv5 } from "uuid";
import type { Db } from "../../platform/db/connection.js";

const DEMO_CITIZEN_NAMESPACE = "5b0c7e2a-3f1d-4c8e-9a6b-2d4f8e1c7a90";
export const DEMO_CITIZEN_COUNT = 40;

/** Stable id of demo citizen n (1…40), for the demo dossiers. */
export function demoCitizenId(n: number): string {
  return uuidv5(`citizen:${n}`, DEMO_CITIZEN_NAMESPACE);
}

const SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Phan",
  "Trương",
  "Bùi",
  "Đặng",
  "Đỗ",
  "Ngô",
  "Hồ",
];
const MALE = [
  ["Văn", "Đức"],
  ["Minh", "Tuấn"],
  ["Quốc", "Huy"],
  ["Thanh", "Sơn"],
  ["Hữu", "Phước"],
  ["Công", "Thành"],
  ["Đình", "Khoa"],
  ["Ngọc", "Hải"],
  ["Xuân", "Trường"],
  ["Tấn", "Lộc"],
] as const;
const FEMALE = [
  ["Thị", "Hoa"],
  ["Thị Thu", "Hà"],
  ["Ngọc", "Ánh"],
  ["Thị Mỹ", "Linh"],
  ["Thanh", "Thủy"],
  ["Thị", "Nguyệt"],
  ["Kim", "Oanh"],
  ["Thị Bích", "Ngọc"],
  ["Hoài", "Thương"],
  ["Thị", "Hằng"],
] as const;
const PLACES = [
  "phường Nghĩa Chánh, thành phố Quảng Ngãi",
  "phường Trần Phú, thành phố Quảng Ngãi",
  "xã Tịnh Khê, thành phố Quảng Ngãi",
  "thị trấn Châu Ổ, huyện Bình Sơn",
  "thị trấn La Hà, huyện Tư Nghĩa",
  "xã An Vĩnh, huyện Lý Sơn",
  "thị trấn Mộ Đức, huyện Mộ Đức",
  "phường Nguyễn Nghiêm, thị xã Đức Phổ",
];
const STREETS = ["Hùng Vương", "Quang Trung", "Lê Lợi", "Phan Đình Phùng", "Nguyễn Nghiêm", "Trần Hưng Đạo"];
const BUSINESSES = [
  "Công ty TNHH Xây dựng Thiên Ấn",
  "Công ty Cổ phần Nông sản Trà Bồng",
  "Hợp tác xã Tỏi Lý Sơn",
  "Công ty TNHH Thương mại Dung Quất",
  "Doanh nghiệp tư nhân Vận tải Sa Huỳnh",
  "Công ty TNHH Du lịch Mỹ Khê",
  "Công ty Cổ phần Thủy sản Sa Kỳ",
  "Công ty TNHH Cơ khí Tịnh Phong",
];

export interface DemoCitizen {
  id: string;
  fullName: string;
  phone: string;
  email: string | null;
  idNumber: string;
  birthDate: string;
  gender: "male" | "female";
  address: string;
  businessName: string | null;
  taxCode: string | null;
}

const ASCII: Record<string, string> = { đ: "d", Đ: "D" };
function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => ASCII[c] ?? c)
    .toLowerCase();
}

/** Demo citizen n (1…40), the same on every install: every 5th is a business, every 2nd has an email address. */
export function demoCitizen(n: number): DemoCitizen {
  const gender = n % 2 === 0 ? "female" : "male";
  const surname = SURNAMES[(n * 7) % SURNAMES.length] ?? "Nguyễn";
  const [middle, given] = (gender === "male" ? MALE : FEMALE)[(n * 3) % 10] ?? ["Văn", "An"];
  const fullName = `${surname} ${middle} ${given}`;
  const year = 1960 + ((n * 11) % 45);
  const month = 1 + ((n * 5) % 12);
  const day = 1 + ((n * 13) % 28);
  const birthDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // CCCD: Quảng Ngãi (051), gender/century digit, year of birth, serial.
  const centuryDigit = (year >= 2000 ? 2 : 0) + (gender === "female" ? 1 : 0);
  const idNumber = `051${centuryDigit}${String(year % 100).padStart(2, "0")}${String(100_000 + n * 7_919).slice(-6)}`;
  const phone = `849${String(10_000_000 + n * 1_234_567).slice(-8)}`;
  const email = n % 2 === 0 ? `${ascii(given)}.${ascii(surname)}${n}@example.vn` : null;
  const business = n % 5 === 0 ? (BUSINESSES[(n / 5 - 1) % BUSINESSES.length] ?? null) : null;
  return {
    id: demoCitizenId(n),
    fullName,
    phone,
    email,
    idNumber,
    birthDate,
    gender,
    address: `Số ${n * 3 + 1} đường ${STREETS[n % STREETS.length]}, ${PLACES[n % PLACES.length]}, tỉnh Quảng Ngãi`,
    businessName: business,
    taxCode: business ? `43${String(10_000_000 + n * 98_765).slice(-8)}` : null,
  };
}

/** ~40 deterministic citizens and businesses of Quảng Ngãi; running it twice changes nothing. */
export async function seedDemoCitizens(db: Db): Promise<void> {
  const rows = Array.from({ length: DEMO_CITIZEN_COUNT }, (_, i) => demoCitizen(i + 1));
  const at = new Date("2025-01-02T01:00:00Z");
  await db
    .insertInto("citizens")
    .values(
      rows.map((c) => ({
        id: c.id,
        full_name: c.fullName,
        email: c.email,
        phone: c.phone,
        id_number: c.idNumber,
        birth_date: c.birthDate,
        gender: c.gender,
        address: c.address,
        business_name: c.businessName,
        tax_code: c.taxCode,
        email_verified_at: c.email ? at : null,
        phone_verified_at: at,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
