import type { ComponentChildren } from "preact";

/**
 * The pieces of a staff work list split into tabs (queues, statuses) and narrowed by a GET filter form: the tab
 * links, the form, and the link that keeps tab, filters and page together so each survives a click on the others.
 */

/** A list link: the tab, the filters that are set (in `keys` order) and the page when past the first. */
export function filteredListHref<K extends string>(
  path: string,
  tab: string,
  filters: Readonly<Partial<Record<K, string | undefined>>>,
  keys: readonly K[],
  page = 1,
): string {
  const p = new URLSearchParams({ tab });
  for (const k of keys) {
    const v = filters[k];
    if (v) p.set(k, v);
  }
  if (page > 1) p.set("page", String(page));
  return `${path}?${p.toString()}`;
}

export interface ListTabsProps<T extends string> {
  /** The nav's accessible name. */
  label: string;
  tabs: readonly T[];
  current: T;
  hrefFor: (tab: T) => string;
  /** The link text, usually with the tab's count. */
  textFor: (tab: T) => ComponentChildren;
  /** Marks each link with `data-tab` so tests can pick a tab without depending on its text. */
  tagged?: boolean | undefined;
}

export function ListTabs<T extends string>(props: ListTabsProps<T>) {
  return (
    <nav aria-label={props.label} class="workspace-tabs">
      <ul class="pagination">
        {props.tabs.map((k) => (
          <li key={k}>
            <a
              href={props.hrefFor(k)}
              aria-current={k === props.current ? "page" : undefined}
              data-tab={props.tagged ? k : undefined}
            >
              {props.textFor(k)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface ListFilterFormProps {
  action: string;
  /** The form's accessible name. */
  label: string;
  /** The tab being shown, sent along so filtering stays on it. */
  tab: string;
  submitLabel: string;
  /** A link back to the unfiltered tab, after the submit button. */
  clear?: { href: string; label: string } | undefined;
  children: ComponentChildren;
}

export function ListFilterForm(props: ListFilterFormProps) {
  return (
    <form method="get" action={props.action} class="filters" aria-label={props.label}>
      <input type="hidden" name="tab" value={props.tab} />
      {props.children}
      <div class="form-group">
        <button type="submit" class="button secondary">
          {props.submitLabel}
        </button>
        {props.clear ? (
          <>
            {" "}
            <a href={props.clear.href}>{props.clear.label}</a>
          </>
        ) : null}
      </div>
    </form>
  );
}
