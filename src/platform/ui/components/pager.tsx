import type { ComponentChildren } from "preact";

export interface PagerLink {
  href: string;
  text: ComponentChildren;
  /** `prev`/`next` for the neighbouring pages; absent for a jump ("first page", "newest"). */
  rel?: "prev" | "next" | undefined;
}

export interface PagerProps {
  /** The nav's accessible name. */
  label: string;
  class?: string | undefined;
  /** A jump link shown before the others ("first page"). */
  first?: PagerLink | null | undefined;
  prev?: PagerLink | null | undefined;
  /** "Trang 2 / 5", between the links; marked as the current page unless `statusCurrent` is false. */
  status?: ComponentChildren;
  statusCurrent?: boolean | undefined;
  next?: PagerLink | null | undefined;
}

function PagerItem({ link }: { link: PagerLink }) {
  return (
    <li>
      <a href={link.href} rel={link.rel}>
        {link.text}
      </a>
    </li>
  );
}

/**
 * The `<nav><ul class="pagination">` under every paged list. Renders nothing when there is no link to follow.
 */
export function Pager(props: PagerProps) {
  const { first, prev, next } = props;
  if (!first && !prev && !next) return null;
  return (
    <nav class={props.class} aria-label={props.label}>
      <ul class="pagination">
        {first ? <PagerItem link={first} /> : null}
        {prev ? <PagerItem link={prev} /> : null}
        {props.status === undefined ? null : (
          <li aria-current={props.statusCurrent === false ? undefined : "page"}>{props.status}</li>
        )}
        {next ? <PagerItem link={next} /> : null}
      </ul>
    </nav>
  );
}

export interface NumberedPagerProps {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; prev: string; next: string };
  class?: string | undefined;
  /** See {@link PagerProps.status}; omitted → only the previous/next links. */
  status?: ComponentChildren;
  statusCurrent?: boolean | undefined;
  /** Mark the links rel="prev"/"next" (default true). */
  rel?: boolean | undefined;
}

/** A {@link Pager} for page numbers 1…pages: nothing when everything fits on one page. */
export function NumberedPager(props: NumberedPagerProps) {
  const { page, pages, hrefFor, labels } = props;
  if (pages <= 1) return null;
  const rel = props.rel !== false;
  return (
    <Pager
      label={labels.nav}
      class={props.class}
      prev={page > 1 ? { href: hrefFor(page - 1), text: labels.prev, rel: rel ? "prev" : undefined } : null}
      status={props.status}
      statusCurrent={props.statusCurrent}
      next={
        page < pages ? { href: hrefFor(page + 1), text: labels.next, rel: rel ? "next" : undefined } : null
      }
    />
  );
}
