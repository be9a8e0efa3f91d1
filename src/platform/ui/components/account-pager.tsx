import { NumberedPager } from "./pager.js";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The pager under a citizen's own lists (their dossiers, their stored papers): page 1 is the bare path so each page
 * has one address; the texts come from the list's catalogue under the keys pagination/prev/next/page.
 */
export function AccountListPager(props: { path: string; page: number; pages: number; tr: Translate }) {
  const { path, page, pages, tr } = props;
  return (
    <NumberedPager
      page={page}
      pages={pages}
      hrefFor={(n) => (n === 1 ? path : `${path}?trang=${n}`)}
      labels={{ nav: tr("pagination"), prev: tr("prev"), next: tr("next") }}
      status={tr("page", { page, pages })}
      statusCurrent={false}
      rel={false}
    />
  );
}
