import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A and AA (SPEC A5, Circular 26/2020/TT-BTTTT). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core in the page. The source is evaluated through the DevTools protocol rather than a <script> tag, so
 * the app's Content-Security-Policy (script-src 'self') stays in force for everything else.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => "axe" in window);
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** One line per failing element: rule id, impact, CSS target, what the rule asks for. */
export function formatViolations(violations: AxeViolation[]): string {
  const lines: string[] = [];
  for (const v of violations) {
    for (const n of v.nodes) {
      lines.push(`- ${v.id} (${v.impact ?? "?"}) at ${n.target.map(String).join(" ")}: ${v.help}`);
    }
  }
  return lines.join("\n");
}

/** Fails with a readable list when the page has any WCAG 2.1 AA violation. `label` names the page in the message. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} WCAG 2.1 AA violation(s) on ${label}:\n${formatViolations(violations)}`,
    );
  }
}
