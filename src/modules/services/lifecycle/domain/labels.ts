/** Labels and refusal texts of the lifecycle, from the services-lifecycle catalogue (Vietnamese by default). */
import { servicesLifecycle } from "../../../../platform/i18n/catalogues/services-lifecycle.js";
import { type Lang, registerCatalogue, t } from "../../../../platform/i18n/index.js";
import {
  actionLabelKey,
  type DossierAction,
  type DossierState,
  type Refusal,
  stateLabelKey,
} from "./state-machine.js";

registerCatalogue(servicesLifecycle);

export function stateLabel(state: DossierState, lang: Lang = "vi"): string {
  return t(lang, stateLabelKey(state));
}

export function actionLabel(action: DossierAction, lang: Lang = "vi"): string {
  return t(lang, actionLabelKey(action));
}

/** The parameters of a refusal's message, labels already in the language. */
export function refusalParams(refusal: Refusal, lang: Lang = "vi"): Record<string, string> {
  return { action: actionLabel(refusal.action, lang), state: stateLabel(refusal.state, lang) };
}

/** "Không thể trả kết quả: hồ sơ đang ở trạng thái 'Chờ bổ sung'". */
export function refusalText(refusal: Refusal, lang: Lang = "vi"): string {
  return t(lang, refusal.key, refusalParams(refusal, lang));
}
