import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core's minified build, injected into each page. `axe.source` (the unminified build, 1.4 MB)
 * costs a page about twice as long to parse as this one (0.65 MB); the rules are the same.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG levels the site must meet, as axe-core tags. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * axe-core rules switched off, each with the reason. Empty: every rule of the tags above runs
 * on every page. A rule may only be added here with a reason a reviewer can check.
 */
export const DISABLED_AXE_RULES: Readonly<Record<string, string>> = {};

/**
 * axe-core «best practice» rules (not tagged WCAG) switched on as well, because the project's
 * bar asks for what they check: landmarks, headings in order, one <h1>, a working skip link,
 * valid header scope and no positive tabindex.
 */
export const EXTRA_AXE_RULES: readonly string[] = [
  'region',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'heading-order',
  'page-has-heading-one',
  'empty-heading',
  'empty-table-header',
  'scope-attr-valid',
  'skip-link',
  'tabindex',
];

/** One element that breaks an axe rule. */
export interface AxeNode {
  /** CSS selector of the element. */
  target: string;
  /** Its HTML (shortened). */
  html: string;
  /** What to fix, as axe words it. */
  summary: string;
}

/** One broken axe rule on one page. */
export interface AxeViolation {
  /** Page address (path). */
  page: string;
  /** Mode the page was checked in (`обычная версия`, `версия для слабовидящих: bw` …). */
  mode: string;
  rule: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

interface RawResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/**
 * Runs axe-core in a loaded Playwright page against {@link AXE_TAGS} and {@link EXTRA_AXE_RULES}
 * and returns the violations.
 * axe is injected through the DevTools protocol, so the page's own CSP stays in force.
 */
export async function runAxe(page: Page, where: { page: string; mode: string }): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries([
    ...EXTRA_AXE_RULES.map((id) => [id, { enabled: true }]),
    ...Object.keys(DISABLED_AXE_RULES).map((id) => [id, { enabled: false }]),
  ]);
  const raw = await page.evaluate(
    async ({ tags, rules }) => {
      const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: RawResult[] }> } };
      const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    { tags: [...AXE_TAGS], rules },
  );
  return raw.map((v: RawResult) => ({
    ...where,
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
  }));
}

/** One line per violation and element, for test failure messages. */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.page} [${v.mode}] ${v.rule} (${v.impact ?? '—'}): ${v.help}\n    ${n.target}: ${n.html}\n    ${n.summary.replace(/\n/g, '\n    ')}`))
    .join('\n');
}
