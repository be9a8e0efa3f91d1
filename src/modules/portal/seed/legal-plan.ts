import type { Insertable } from "kysely";
import { createRng } from "../../../platform/random/prng.js";
import type { LegalDocumentTable } from "../tables.js";
import { DAY_MS, SEED_REFERENCE_DATE, seedId } from "./ids.js";
import type { SeedSite } from "./seed-sites.js";

/**
 * About sixty documents of the register (SPEC §A4): decisions, directives, plans and official letters of the
 * Provincial People's Committee, resolutions of the People's Council, reports and notices of its Office, and the
 * documents of eight departments. Numbers grow through the year as a real register's do (roughly the day of the year
 * times the issuer's pace), so "1234/QĐ-UBND" style symbols look right next to their dates.
 */
interface Subject {
  summary: string;
  field: string;
  /** Drafting unit code of a Công văn: "1520/UBND-KTN". */
  office?: string;
}

interface IssuerPlan {
  /** Unit short code, or null for the People's Council (not a unit of the platform). */
  unit: string | null;
  name: string;
  code: string;
  signerFallback?: { name: string; position: string };
  documents: { type: DocKind; subjects: Subject[] }[];
}

type DocKind = "Quyết định" | "Chỉ thị" | "Kế hoạch" | "Công văn" | "Báo cáo" | "Thông báo" | "Nghị quyết";

const ABBREVIATION: Record<DocKind, string | null> = {
  "Quyết định": "QĐ",
  "Chỉ thị": "CT",
  "Kế hoạch": "KH",
  "Công văn": null,
  "Báo cáo": "BC",
  "Thông báo": "TB",
  "Nghị quyết": "NQ",
};

/** Documents a day, to turn a date into a plausible number. */
const PACE: Record<DocKind, { province: number; other: number }> = {
  "Quyết định": { province: 5.5, other: 0.9 },
  "Chỉ thị": { province: 0.05, other: 0.03 },
  "Kế hoạch": { province: 0.7, other: 0.4 },
  "Công văn": { province: 16, other: 5 },
  "Báo cáo": { province: 1, other: 0.8 },
  "Thông báo": { province: 1.3, other: 0.5 },
  "Nghị quyết": { province: 0.2, other: 0.2 },
};

const ISSUERS: IssuerPlan[] = [
  {
    unit: "UBND",
    name: "Ủy ban nhân dân tỉnh Quảng Ngãi",
    code: "UBND",
    documents: [
      {
        type: "Quyết định",
        subjects: [
          {
            summary: "Về việc phê duyệt Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm {nam}",
            field: "Công nghệ thông tin",
          },
          {
            summary:
              "Về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung thuộc thẩm quyền giải quyết của Sở Tư pháp",
            field: "Tư pháp",
          },
          {
            summary: "Ban hành Quy định về quản lý trật tự xây dựng trên địa bàn tỉnh Quảng Ngãi",
            field: "Xây dựng",
          },
          {
            summary: "Về việc phê duyệt điều chỉnh dự án đường ven biển Dung Quất – Sa Huỳnh, giai đoạn II",
            field: "Giao thông",
          },
          {
            summary:
              "Về việc giao chỉ tiêu kế hoạch phát triển kinh tế – xã hội và dự toán ngân sách nhà nước năm {nam}",
            field: "Tài chính",
          },
          {
            summary:
              "Về việc phê duyệt giá đất cụ thể để tính tiền bồi thường khi Nhà nước thu hồi đất thực hiện dự án Khu dân cư phía Nam sông Trà Khúc",
            field: "Đất đai",
          },
          {
            summary: "Ban hành Quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa liên thông",
            field: "Nội vụ",
          },
          {
            summary: "Về việc phê duyệt Đề án phát triển du lịch huyện đảo Lý Sơn đến năm 2030",
            field: "Văn hóa, thể thao và du lịch",
          },
          { summary: "Về việc công nhận xã đạt chuẩn nông thôn mới năm {nam}", field: "Nông nghiệp" },
          {
            summary:
              "Về việc thành lập Tổ công tác tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và dự án đầu tư",
            field: "Kế hoạch và đầu tư",
          },
        ],
      },
      {
        type: "Chỉ thị",
        subjects: [
          {
            summary: "Về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {nam}",
            field: "Nông nghiệp",
          },
          { summary: "Về tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước", field: "Nội vụ" },
          { summary: "Về đẩy mạnh giải ngân vốn đầu tư công năm {nam}", field: "Tài chính" },
          {
            summary: "Về bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước",
            field: "Công nghệ thông tin",
          },
        ],
      },
      {
        type: "Kế hoạch",
        subjects: [
          {
            summary: "Thực hiện chuyển đổi số, phát triển chính quyền số năm {nam}",
            field: "Công nghệ thông tin",
          },
          { summary: "Cải cách hành chính nhà nước tỉnh Quảng Ngãi năm {nam}", field: "Nội vụ" },
          {
            summary: "Tổ chức Lễ Khao lề thế lính Hoàng Sa năm {nam}",
            field: "Văn hóa, thể thao và du lịch",
          },
          { summary: "Phòng, chống dịch bệnh truyền nhiễm năm {nam}", field: "Y tế" },
          { summary: "Xúc tiến đầu tư tỉnh Quảng Ngãi năm {nam}", field: "Kế hoạch và đầu tư" },
          { summary: "Tuyển sinh vào lớp 10 trung học phổ thông năm học {nam}–{nam_sau}", field: "Giáo dục" },
        ],
      },
      {
        type: "Công văn",
        subjects: [
          {
            summary: "V/v đẩy nhanh tiến độ bồi thường, giải phóng mặt bằng dự án đường Hoàng Sa – Dốc Sỏi",
            field: "Giao thông",
            office: "KTN",
          },
          {
            summary:
              "V/v triển khai thực hiện Nghị định số 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông",
            field: "Nội vụ",
            office: "NC",
          },
          {
            summary: "V/v tăng cường quản lý giá các mặt hàng thiết yếu dịp cuối năm",
            field: "Tài chính",
            office: "KT",
          },
          {
            summary: "V/v chuẩn bị các điều kiện tổ chức kỳ thi tốt nghiệp trung học phổ thông năm {nam}",
            field: "Giáo dục",
            office: "KGVX",
          },
        ],
      },
    ],
  },
  {
    unit: null,
    name: "Hội đồng nhân dân tỉnh Quảng Ngãi",
    code: "HĐND",
    signerFallback: { name: "Đặng Ngọc Hải", position: "Chủ tịch Hội đồng nhân dân tỉnh" },
    documents: [
      {
        type: "Nghị quyết",
        subjects: [
          {
            summary: "Quy định mức chi hỗ trợ các hoạt động chuyển đổi số trên địa bàn tỉnh Quảng Ngãi",
            field: "Công nghệ thông tin",
          },
          { summary: "Về kế hoạch đầu tư công trung hạn giai đoạn 2026–2030", field: "Kế hoạch và đầu tư" },
          { summary: "Quy định chính sách hỗ trợ phát triển sản phẩm OCOP", field: "Nông nghiệp" },
          {
            summary: "Về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh năm {nam_sau}",
            field: "Tài chính",
          },
        ],
      },
    ],
  },
  {
    unit: "VP",
    name: "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi",
    code: "VP",
    documents: [
      {
        type: "Báo cáo",
        subjects: [
          {
            summary: "Tình hình, kết quả giải quyết thủ tục hành chính quý {quy} năm {nam}",
            field: "Nội vụ",
          },
          {
            summary: "Kết quả hoạt động của Cổng thông tin điện tử tỉnh năm {nam}",
            field: "Công nghệ thông tin",
          },
          { summary: "Kết quả thực hiện nhiệm vụ công tác tháng {thang} năm {nam}", field: "Khác" },
          { summary: "Tình hình kinh tế – xã hội tháng {thang} năm {nam}", field: "Kế hoạch và đầu tư" },
        ],
      },
      {
        type: "Thông báo",
        subjects: [
          {
            summary:
              "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp nghe báo cáo tiến độ dự án đường ven biển Dung Quất – Sa Huỳnh",
            field: "Giao thông",
          },
          {
            summary: "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Y tế",
            field: "Y tế",
          },
          { summary: "Lịch công tác tuần của Thường trực Ủy ban nhân dân tỉnh", field: "Khác" },
          {
            summary:
              "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi đối thoại với doanh nghiệp quý {quy}",
            field: "Kế hoạch và đầu tư",
          },
        ],
      },
    ],
  },
  dept("SXD", "Sở Xây dựng", [
    ["Quyết định", "Ban hành Quy chế làm việc của Sở Xây dựng", "Xây dựng"],
    ["Kế hoạch", "Kiểm tra công tác quản lý chất lượng công trình xây dựng năm {nam}", "Xây dựng"],
    ["Công văn", "V/v hướng dẫn cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "QLXD"],
  ]),
  dept("SGTVT", "Sở Giao thông vận tải", [
    ["Kế hoạch", "Bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán năm {nam_sau}", "Giao thông"],
    ["Công văn", "V/v phân luồng giao thông phục vụ thi công cầu Trà Khúc 3", "Giao thông", "QLGT"],
    ["Báo cáo", "Kết quả công tác bảo đảm trật tự, an toàn giao thông quý {quy} năm {nam}", "Giao thông"],
  ]),
  dept("SKHDT", "Sở Kế hoạch và Đầu tư", [
    ["Báo cáo", "Tình hình thu hút đầu tư {so_thang} tháng đầu năm {nam}", "Kế hoạch và đầu tư"],
    ["Kế hoạch", "Hỗ trợ doanh nghiệp nhỏ và vừa năm {nam}", "Kế hoạch và đầu tư"],
    ["Công văn", "V/v hướng dẫn lập kế hoạch đầu tư công năm {nam_sau}", "Kế hoạch và đầu tư", "TH"],
  ]),
  dept("STTTT", "Sở Thông tin và Truyền thông", [
    ["Kế hoạch", "Bảo đảm an toàn thông tin mạng năm {nam}", "Công nghệ thông tin"],
    [
      "Quyết định",
      "Ban hành danh mục dịch vụ công trực tuyến toàn trình thuộc lĩnh vực thông tin và truyền thông",
      "Công nghệ thông tin",
    ],
    [
      "Báo cáo",
      "Kết quả đánh giá mức độ chuyển đổi số của các sở, ngành, địa phương năm {nam}",
      "Công nghệ thông tin",
    ],
  ]),
  dept("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", [
    ["Kế hoạch", "Phòng, chống dịch bệnh động vật trên cạn năm {nam}", "Nông nghiệp"],
    ["Công văn", "V/v khung lịch thời vụ sản xuất vụ Đông Xuân {nam}–{nam_sau}", "Nông nghiệp", "TTBVTV"],
    [
      "Báo cáo",
      "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {nam}",
      "Nông nghiệp",
    ],
  ]),
  dept("SYT", "Sở Y tế", [
    ["Kế hoạch", "Tiêm chủng mở rộng năm {nam}", "Y tế"],
    ["Công văn", "V/v tăng cường phòng, chống sốt xuất huyết", "Y tế", "NVY"],
    ["Báo cáo", "Tình hình hoạt động khám bệnh, chữa bệnh {so_thang} tháng đầu năm {nam}", "Y tế"],
  ]),
  dept("STP", "Sở Tư pháp", [
    ["Kế hoạch", "Phổ biến, giáo dục pháp luật năm {nam}", "Tư pháp"],
    ["Báo cáo", "Kết quả theo dõi tình hình thi hành pháp luật năm {nam}", "Tư pháp"],
    ["Công văn", "V/v cấp phiếu lý lịch tư pháp trực tuyến", "Tư pháp", "HCTP"],
  ]),
  dept("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", [
    [
      "Kế hoạch",
      "Tổ chức Tuần lễ Văn hóa – Du lịch biển đảo Lý Sơn năm {nam}",
      "Văn hóa, thể thao và du lịch",
    ],
    [
      "Quyết định",
      "Về việc công nhận điểm du lịch cộng đồng tại huyện Trà Bồng",
      "Văn hóa, thể thao và du lịch",
    ],
    ["Báo cáo", "Kết quả hoạt động du lịch {so_thang} tháng đầu năm {nam}", "Văn hóa, thể thao và du lịch"],
  ]),
];

function dept(code: string, name: string, docs: [DocKind, string, string, string?][]): IssuerPlan {
  return {
    unit: code,
    name,
    code,
    documents: docs.map(([type, summary, field, office]) => ({
      type,
      subjects: [office ? { summary, field, office } : { summary, field }],
    })),
  };
}

/** Symbols a test or a journey types by hand ("Quyết định 1234/QĐ-UBND", "69/BC-VP"): the seed leaves them free. */
const RESERVED_NUMBERS = new Set([1234, 69]);

function isoDate(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return local.toISOString().slice(0, 10);
}

function dayOfYear(iso: string): number {
  const start = Date.UTC(Number(iso.slice(0, 4)), 0, 1);
  return Math.floor((Date.parse(`${iso}T00:00:00Z`) - start) / DAY_MS) + 1;
}

export interface LegalPlanStaff {
  /** The clerk who registers the province's documents. */
  clerkId: string | null;
}

/** The register's rows, ordered so that a document comes after the one it replaces is inserted. */
export function planLegalDocuments(
  sites: readonly SeedSite[],
  staff: LegalPlanStaff,
): Insertable<LegalDocumentTable>[] {
  const rng = createRng("legal-documents");
  const byCode = new Map(sites.filter((s) => s.kind !== "english").map((s) => [s.unit.shortCode, s]));
  const main = sites.find((s) => s.kind === "main");
  const province = main?.unit;

  interface Draft {
    key: string;
    issuer: IssuerPlan;
    type: DocKind;
    subject: Subject;
    issued: Date;
  }
  const drafts: Draft[] = [];
  for (const issuer of ISSUERS) {
    if (issuer.unit !== null && !byCode.has(issuer.unit) && !(issuer.unit === "UBND" && province)) continue;
    for (const group of issuer.documents) {
      group.subjects.forEach((subject, i) => {
        const daysAgo = rng.int(2, 540);
        drafts.push({
          key: `${issuer.code}/${group.type}/${i}`,
          issuer,
          type: group.type,
          subject,
          issued: new Date(SEED_REFERENCE_DATE.getTime() - daysAgo * DAY_MS),
        });
      });
    }
  }
  // A decision replaced by a newer one on the same matter: the register shows the chain (replaced-by, expiry).
  const replaced = drafts.find((d) => d.key === "UBND/Quyết định/2");
  if (replaced) {
    drafts.push({
      key: "UBND/Quyết định/2-old",
      issuer: replaced.issuer,
      type: replaced.type,
      subject: replaced.subject,
      issued: new Date(
        Math.min(replaced.issued.getTime(), SEED_REFERENCE_DATE.getTime() - 200 * DAY_MS) - 420 * DAY_MS,
      ),
    });
  }
  drafts.sort((a, b) => a.issued.getTime() - b.issued.getTime() || (a.key < b.key ? -1 : 1));

  const lastNumber = new Map<string, number>();
  const rows: Insertable<LegalDocumentTable>[] = [];
  for (const d of drafts) {
    const issuedOn = isoDate(d.issued);
    const year = Number(issuedOn.slice(0, 4));
    const counterKey = `${d.issuer.code}|${d.type}|${year}`;
    const pace = PACE[d.type][d.issuer.unit === "UBND" ? "province" : "other"];
    let number = Math.max(
      (lastNumber.get(counterKey) ?? 0) + 1,
      Math.round(dayOfYear(issuedOn) * pace) + rng.int(0, 3),
    );
    while (RESERVED_NUMBERS.has(number)) number++;
    lastNumber.set(counterKey, number);
    const abbreviation = ABBREVIATION[d.type];
    const symbol =
      d.type === "Nghị quyết"
        ? `${number}/${year}/NQ-${d.issuer.code}`
        : abbreviation === null
          ? `${number}/${d.issuer.code}-${d.subject.office ?? "VP"}`
          : `${number}/${abbreviation}-${d.issuer.code}`;
    const site = d.issuer.unit === null || d.issuer.unit === "UBND" ? main : byCode.get(d.issuer.unit);
    const unit =
      d.issuer.unit === "UBND" ? province : d.issuer.unit ? byCode.get(d.issuer.unit)?.unit : undefined;
    const leaders = unit?.leaders ?? [];
    const signer = leaders.length > 0 ? leaders[rng.int(0, leaders.length - 1)] : undefined;
    const signerPosition = signer
      ? d.issuer.unit === "UBND"
        ? `${signer.position} Ủy ban nhân dân tỉnh`
        : signer.position
      : (d.issuer.signerFallback?.position ?? null);
    const normative =
      d.type === "Quyết định" || d.type === "Chỉ thị" || d.type === "Kế hoạch" || d.type === "Nghị quyết";
    const effective =
      d.type === "Nghị quyết" ? isoDate(new Date(d.issued.getTime() + 10 * DAY_MS)) : issuedOn;
    const { month } = { month: Number(issuedOn.slice(5, 7)) };
    const slots: Record<string, string> = {
      nam: String(year),
      nam_sau: String(year + 1),
      thang: String(month === 1 ? 12 : month - 1),
      quy: ["I", "II", "III", "IV"][Math.floor((month - 1) / 3)] ?? "I",
      so_thang: String(Math.max(2, month - 1)),
    };
    const summary = d.subject.summary.replace(/\{([a-z_]+)\}/g, (_m, k: string) => slots[k] ?? "");
    const createdAt = new Date(d.issued.getTime() + 9 * 3600_000);
    rows.push({
      id: seedId("legal", d.key),
      number_symbol: symbol.normalize("NFC"),
      doc_type: d.type,
      issuer_unit_id: unit?.id ?? null,
      issuer_name: d.issuer.name,
      signer_name: signer?.name ?? d.issuer.signerFallback?.name ?? null,
      signer_position: signerPosition,
      issued_on: issuedOn,
      effective_on: normative ? effective : null,
      expires_on: null,
      replaced_by_id: null,
      field: d.subject.field,
      summary: summary.normalize("NFC"),
      site_id: site?.id ?? null,
      published: true,
      created_by:
        d.issuer.unit === null || d.issuer.unit === "UBND" || d.issuer.unit === "VP" ? staff.clerkId : null,
      created_at: createdAt,
      updated_at: createdAt,
    });
  }
  const newer = rows.find((r) => r.id === seedId("legal", "UBND/Quyết định/2"));
  const older = rows.find((r) => r.id === seedId("legal", "UBND/Quyết định/2-old"));
  if (newer && older) {
    older.replaced_by_id = newer.id;
    older.expires_on = newer.effective_on ?? newer.issued_on;
    // The replacing document must exist before the row that points at it.
    rows.splice(rows.indexOf(older), 1);
    rows.push(older);
  }
  return rows;
}
