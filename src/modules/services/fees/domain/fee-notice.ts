/**
 * The itemised fee notice (thông báo phí, lệ phí) of a dossier, computed from the procedure's fee lines, the form's
 * values and the exemption the applicant claims. Pure. Stub: implemented by the fees part of issue 8.
 */

/** An exemption or reduction a procedure grants (miễn, giảm phí/lệ phí), claimed on the submission form. */
export interface FeeExemption {
  /** Stable key within the procedure ("nguoi-co-cong"). */
  key: string;
  label: string;
  /** 100 = exempt; 50 = half. */
  percent: number;
  /** The paper that proves it (a document key of the procedure), if any. */
  proofDocumentKey?: string | undefined;
}

export interface FeeNoticeLine {
  label: string;
  /** How the amount was found, in words ("3 bản × 2.000 đ"). */
  basis: string;
  quantity: number;
  unitVnd: number;
  amountVnd: number;
}

export interface FeeNotice {
  lines: FeeNoticeLine[];
  subtotalVnd: number;
  exemption: FeeExemption | null;
  exemptVnd: number;
  totalVnd: number;
}
