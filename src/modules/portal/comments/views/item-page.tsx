import { type Lang, t } from "../../../../platform/i18n/index.js";
import { CsrfField } from "../../../../platform/ui/components/forms.js";
import type { ItemCommentSummary } from "../store.js";
import { itemSwitchPath, QUEUE_PATH } from "./paths.js";

/** The link on the content edit page to the article's comment switch (comments module). */
export function CommentsAdminLink({ contentId }: { contentId: string }) {
  return <a href={itemSwitchPath(contentId)}>{t("vi", "portalComments.itemLink")}</a>;
}

/** One article's comments for its editors: whether readers may comment, why not, and the switch. */
export function ItemPage({
  lang,
  csrf,
  item,
  canModerate,
}: {
  lang: Lang;
  csrf: string;
  item: ItemCommentSummary;
  canModerate: boolean;
}) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  const open = item.siteEnabled && !item.closed;
  return (
    <>
      <p>{tr("about", { title: item.title })}</p>
      <ul class="content-meta">
        <li>{tr("itemSite", { site: item.siteName, state: item.siteEnabled ? tr("on") : tr("off") })}</li>
        <li>{tr("itemState", { state: open ? tr("itemOpen") : tr("itemClosed") })}</li>
        <li>
          {tr("itemCounts", {
            pending: item.counts.pending,
            approved: item.counts.approved,
            rejected: item.counts.rejected,
          })}
        </li>
      </ul>
      {item.siteEnabled ? null : <p class="notice">{tr("itemSiteOff")}</p>}
      <form method="post" action={itemSwitchPath(item.id)}>
        <CsrfField token={csrf} />
        <input type="hidden" name="closed" value={item.closed ? "0" : "1"} />
        <input type="hidden" name="back" value={itemSwitchPath(item.id)} />
        <button type="submit" class="button">
          {item.closed ? tr("turnOnItem") : tr("turnOffItem")}
        </button>
      </form>
      {canModerate ? (
        <p>
          <a href={`${QUEUE_PATH}?site=${item.siteId}`}>{tr("panelLink")}</a>
        </p>
      ) : null}
    </>
  );
}
