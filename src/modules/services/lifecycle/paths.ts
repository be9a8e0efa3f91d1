import { SERVICES_PATHS } from "../paths.js";

/** The dossier page's own routes, all under `SERVICES_PATHS.dossier(id)`. */
export const LIFECYCLE_PATHS = {
  /** One lifecycle action (posted by its form on the dossier page). */
  action: (id: string, action: string) => `${SERVICES_PATHS.dossier(id)}/thao-tac/${action}`,
  /** Issue an apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả). */
  apology: (id: string) => `${SERVICES_PATHS.dossier(id)}/phieu-xin-loi`,
  /** Upload the result file (kind 'result'). */
  resultFile: (id: string) => `${SERVICES_PATHS.dossier(id)}/ket-qua`,
  /** Download one of the dossier's files (staff). */
  file: (id: string, fileId: string) => `${SERVICES_PATHS.dossier(id)}/tep/${fileId}`,
} as const;
