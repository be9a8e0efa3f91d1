/**
 * Royalties' public face for the rest of the portal: the content workflow asks it to check and record the
 * assessment an approver gives when publishing or scheduling (SPEC §A10).
 */
export {
  type PreparedRoyalty,
  prepareRoyalty,
  type RoyaltyPanelData,
  type RoyaltyRaw,
  royaltyPanel,
  royaltyRaw,
  saveRoyalty,
} from "./assessment.js";
export { RoyaltyFields } from "./views/assessment-fields.js";
