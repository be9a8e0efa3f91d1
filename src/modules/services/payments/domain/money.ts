// Kept for callers not yet moved to platform/i18n/money (citizen account views).
export { formatVnd } from "../../../../platform/i18n/money.js";
