import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; html: string }> };

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page. The page's CSP forbids inline
 * scripts, so axe is injected through Playwright's isolated evaluation, not a <script> tag.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

export const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === "serious" || v.impact === "critical");

/** The widths every page is checked at: a desktop window and a 390×844 phone. */
export const VIEWPORTS = [
  { name: "desktop", width: 1200, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** Visits each path at each viewport; returns one line per serious or critical violation. */
export async function axeFailures(page: Page, paths: string[], expectStatus: (path: string, status: number | undefined) => void) {
  const failures: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const path of paths) {
      const res = await page.goto(path);
      expectStatus(path, res?.status());
      for (const v of serious(await runAxe(page)))
        failures.push(`${path} (${viewport.name}): ${v.id} (${v.impact}) ${v.help} → ${JSON.stringify(v.nodes[0]?.target)}`);
    }
  }
  return failures;
}
