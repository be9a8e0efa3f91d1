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
  /** The gateway sends the browser back here (signed query string). */
  paymentReturn: "/thanh-toan/ket-qua",
  /** The gateway's server-to-server callback (IPN): signed query string, JSON answer. */
  paymentCallback: "/thanh-toan/ipn",
  /** The built-in sandbox bank, served only when no PAYMENT_GATEWAY_URL is set outside production (demo). */
  sandboxBank: "/cong-thanh-toan-thu-nghiem",
  /** Public verification of an issued receipt or result: a form, and the page the QR code opens. */
  verify: "/xac-minh",
  verifyCode: (code: string) => `/xac-minh/${encodeURIComponent(code)}`,

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
  /** Staff: fee notice and payment at the counter (cash or card, with a receipt). */
  dossierFee: (id: string) => `/admin/mot-cua/ho-so/${id}/thu-phi`,
  /** Staff: sign and issue the electronic result (PDF) of a dossier. */
  dossierSignResult: (id: string) => `/admin/mot-cua/ho-so/${id}/ky-ket-qua`,
  /** Staff: a receipt or result as issued (signed PDF). */
  dossierElectronicDocument: (id: string, docId: string) => `/admin/mot-cua/ho-so/${id}/van-ban/${docId}.pdf`,
  /** Staff: the daily payment reconciliation report, its run and its export. */
  reconciliation: "/admin/thanh-toan/doi-soat",
  reconciliationRun: "/admin/thanh-toan/doi-soat/chay",
  reconciliationCsv: "/admin/thanh-toan/doi-soat.csv",
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
  /** One of the citizen's dossiers: state, fee notice and payment, receipts, results (owner only). */
  myDossier: (code: string) => `/tai-khoan/ho-so/${encodeURIComponent(code)}`,
  /** Start paying the dossier's fee notice online (POST: creates an order and redirects to the gateway). */
  payDossier: (code: string) => `/tai-khoan/ho-so/${encodeURIComponent(code)}/thanh-toan`,
  /** A receipt or result of the dossier, downloaded by its owner (signed PDF). */
  myDossierDocument: (code: string, docId: string) =>
    `/tai-khoan/ho-so/${encodeURIComponent(code)}/van-ban/${docId}.pdf`,
  /** The citizen's document store: results and papers kept for reuse, consent, access log. */
  documentStore: "/tai-khoan/kho-giay-to",
  documentStoreConsent: "/tai-khoan/kho-giay-to/dong-y",
  storedDocument: (id: string) => `/tai-khoan/kho-giay-to/${id}`,
  storedDocumentFile: (id: string) => `/tai-khoan/kho-giay-to/${id}/tep`,
  storedDocumentDelete: (id: string) => `/tai-khoan/kho-giay-to/${id}/xoa`,
  /** The citizen's questions and feedback (SPEC §E1, §E4; pages in modules/participation). */
  myQuestions: "/tai-khoan/cau-hoi",
} as const;
