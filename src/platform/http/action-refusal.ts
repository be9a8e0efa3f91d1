import { t } from "../i18n/index.js";
import { AppError } from "./errors.js";

export interface ActionRefusal {
  /** Field errors keyed `<action>-<field>`, the ids of the fields in that action's own form on the page. */
  errors: Record<string, string>;
  /** The reason when no field is to blame (a stale version, a state that moved on), in Vietnamese. */
  problem?: string;
  status: number;
}

/**
 * A staff action refused as a conflict (409) or invalid input (422) is shown again on its page with what was typed,
 * not as an error page; null for any other error, which the caller rethrows.
 */
export function actionRefusal(err: unknown, action: string): ActionRefusal | null {
  if (!(err instanceof AppError) || (err.statusCode !== 409 && err.statusCode !== 422)) return null;
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(err.fields)) errors[`${action}-${field}`] = message;
  if (Object.keys(errors).length > 0) return { errors, status: err.statusCode };
  return { errors, problem: t("vi", err.messageKey, err.params), status: err.statusCode };
}
