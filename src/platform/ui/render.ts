import type { JSX } from "preact";
import { render } from "preact-render-to-string";

/** Renders a full page; Preact escapes every text and attribute value, so user data cannot inject markup. */
export function renderDocument(page: JSX.Element): string {
  return `<!doctype html>${render(page)}`;
}

export function renderFragment(node: JSX.Element): string {
  return render(node);
}
