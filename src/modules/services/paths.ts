/**
 * Every URL of online public services in one place, so pages, tests and slips link to the same addresses.
 * Public pages are Vietnamese slugs under /dich-vu-cong; staff pages under /admin.
 */
export const SERVICES_PATHS = {
  /** Public catalogue: search and filters (field, unit, level/online class). */
  catalogue: "/dich-vu-cong",
  procedure: (code: string) => `/dich-vu-cong/thu-tuc/${encodeURIComponent(code)}`,
  /** The online submission form of a procedure. */
  submit: (code: string) => `/dich-vu-cong/thu-tuc/${encodeURIComponent(code)}/nop-ho-so`,
  /** After submitting: the code and the receipt. */
  submitted: (dossierCode: string) => `/dich-vu-cong/ho-so/${encodeURIComponent(dossierCode)}/da-nop`,
  /** The receipt slip PDF for the applicant (signed-in owner, or the lookup token in `?k=`). */
  receiptPdf: (dossierCode: string) =>
    `/dich-vu-cong/ho-so/${encodeURIComponent(dossierCode)}/giay-tiep-nhan.pdf`,
  /** The citizen's supplement form (owner, or code + lookup token). */
  supplement: (dossierCode: string) => `/dich-vu-cong/ho-so/${encodeURIComponent(dossierCode)}/bo-sung`,
  /** Public lookup: code + phone or ID number; the receipt's QR opens it with `?ma=<code>&k=<token>`. */
  lookup: "/dich-vu-cong/tra-cuu",
  /** Procedure document templates (file store, by hash). */
  template: (sha256: string, name: string) => `/dich-vu-cong/mau/${sha256}/${encodeURIComponent(name)}`,

  /** Staff: the catalogue editor and the CSV/XLSX import. */
  adminProcedures: "/admin/thu-tuc",
  adminProcedure: (id: string) => `/admin/thu-tuc/${id}`,
  adminProcedureImport: "/admin/thu-tuc/nhap",
  /** Staff: the one-stop workspace (queues), walk-in registration, the dossier page and its slips. */
  workspace: "/admin/mot-cua",
  counterNew: "/admin/mot-cua/tiep-nhan",
  dossier: (id: string) => `/admin/mot-cua/ho-so/${id}`,
  dossierReceiptPdf: (id: string) => `/admin/mot-cua/ho-so/${id}/giay-tiep-nhan.pdf`,
  dossierControlSlipPdf: (id: string) => `/admin/mot-cua/ho-so/${id}/phieu-kiem-soat.pdf`,
  dossierApologyPdf: (id: string, apologyId: string) =>
    `/admin/mot-cua/ho-so/${id}/phieu-xin-loi/${apologyId}.pdf`,
  dossierPostal: (id: string) => `/admin/mot-cua/ho-so/${id}/buu-chinh`,
  statistics: "/admin/mot-cua/thong-ke",
  statisticsXlsx: "/admin/mot-cua/thong-ke.xlsx",
} as const;

/** Citizen accounts (modules/citizens). */
export const CITIZEN_PATHS = {
  signUp: "/tai-khoan/dang-ky",
  signIn: "/tai-khoan/dang-nhap",
  /** Where the one-time code is typed. */
  verify: "/tai-khoan/xac-thuc",
  oidcStart: "/tai-khoan/dang-nhap/dinh-danh",
  oidcCallback: "/tai-khoan/dang-nhap/dinh-danh/callback",
  signOut: "/tai-khoan/dang-xuat",
  profile: "/tai-khoan/thong-tin",
  /** The citizen's dossiers (SPEC §B8). */
  myDossiers: "/tai-khoan/ho-so",
  /** The citizen's questions and feedback (SPEC §E1, §E4; pages in modules/participation). */
  myQuestions: "/tai-khoan/cau-hoi",
} as const;
