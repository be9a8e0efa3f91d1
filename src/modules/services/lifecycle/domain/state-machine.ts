/**
 * The dossier lifecycle of SPEC §B3 (Decree 61/2018/NĐ-CP, Decree 107/2021/NĐ-CP) as an explicit state machine.
 * Pure: the transition service applies `nextState` and records the event; nothing else changes `dossiers.state`.
 */
export const DOSSIER_STATES = [
  "submitted", // nộp trực tuyến / qua bưu chính, chờ tiếp nhận
  "received", // đã tiếp nhận, chưa phân công
  "supplement_requested", // yêu cầu bổ sung: the clock is paused
  "processing", // đang xử lý (assigned to a specialist, possibly transferred between units)
  "awaiting_approval", // chờ lãnh đạo phê duyệt
  "result_ready", // có kết quả, chờ trả
  "returned", // đã trả kết quả
  "rejected", // từ chối (with a reason)
  "withdrawn", // công dân rút hồ sơ
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_ACTIONS = [
  "submit", // the citizen (or the counter) files it: → submitted (or straight to received at the counter)
  "receive",
  "request_supplement",
  "supplement", // the citizen's supplement arrives: the clock restarts
  "reject",
  "assign",
  "transfer",
  "submit_for_approval",
  "approve",
  "send_back", // the leader sends it back for rework
  "result_ready",
  "return_result",
  "withdraw",
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** States in which the processing clock runs (the dossier is with the administration, not waiting for the citizen). */
export const CLOCK_RUNNING_STATES: readonly DossierState[] = ["received", "processing", "awaiting_approval"];
export const FINAL_STATES: readonly DossierState[] = ["returned", "rejected", "withdrawn"];
