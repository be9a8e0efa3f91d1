export interface BreadcrumbItem {
  href?: string | undefined;
  label: string;
}

/**
 * Home › … › this page: the site's home first, then the items; an item without a link is the current page.
 */
export function Breadcrumbs(props: {
  label: string;
  home: { href: string; label: string };
  items: BreadcrumbItem[];
}) {
  return (
    <nav class="breadcrumbs" aria-label={props.label}>
      <ol>
        <li>
          <a href={props.home.href}>{props.home.label}</a>
        </li>
        {props.items.map((item) => (
          <li key={item.label}>
            {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
