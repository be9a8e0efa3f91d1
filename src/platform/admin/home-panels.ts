import type { FastifyRequest } from "fastify";
import type { JSX } from "preact";

/**
 * Sections of the admin home contributed by modules (e.g. orgs: "the sites you may work on"), so the platform's
 * home page needs no knowledge of module tables. A panel returns null when it has nothing for this person.
 */
export interface AdminHomePanel {
  id: string;
  order: number;
  render(request: FastifyRequest): Promise<JSX.Element | null>;
}

const panels = new Map<string, AdminHomePanel>();

export function registerAdminHomePanel(panel: AdminHomePanel): void {
  panels.set(panel.id, panel);
}

export async function renderAdminHomePanels(request: FastifyRequest): Promise<JSX.Element[]> {
  const ordered = [...panels.values()].sort((a, b) => a.order - b.order);
  const out: JSX.Element[] = [];
  for (const panel of ordered) {
    const el = await panel.render(request);
    if (el) out.push(el);
  }
  return out;
}
