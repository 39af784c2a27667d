import { existsSync } from 'node:fs';
import { loadContent } from './load';
import { checkSchemas } from './schema';
import { checkRules, type Checked, type CheckedContent } from './rules';
import { checkDeadlines } from './deadline-rules';
import { checkClauseNumbering } from './clause-rules';
import { nameFields } from './field-title';
import { sortProblems } from './format';
import type { Problem, RawEntry } from './types';
import { contentDir, displayPath } from '../content-dir';
import { assemblePairings } from '../programme/pairings';

export { formatProblem, formatSummary } from './format';
export type { Problem, RawEntry } from './types';

/** Extra rule sets (e.g. deadline warnings) plug in here: they get the checked content and return problems. */
export type RuleSet = (content: CheckedContent) => Problem[];
const ruleSets: RuleSet[] = [checkRules, checkDeadlines, checkClauseNumbering];

/** Adds a rule set to every later `runCheck`. */
export function addRuleSet(rules: RuleSet): void {
  if (!ruleSets.includes(rules)) ruleSets.push(rules);
}

export interface CheckResult {
  problems: Problem[];
  files: number;
  errors: number;
  warnings: number;
  content: CheckedContent;
}

/**
 * Runs every check over the content of the project at `root`: schemas first, then cross-collection
 * rules. The content root is `content` (relative to `root`), else `$SETKA_CONTENT`, else `src/content`.
 * The result's `content` is the site's own content model (`Content` of src/lib/programme) with file locations.
 */
export function runCheck(root: string, content?: string): CheckResult {
  const dir = contentDir(root, content);
  if (!existsSync(dir)) {
    const problems: Problem[] = [{ severity: 'error', code: 'content.missing', file: displayPath(root, dir), data: { dir: displayPath(root, dir) } }];
    const empty: CheckedContent = { settings: [], documents: [], schools: [], pairings: [], pairs: [], roadmaps: [], reports: [], dir: displayPath(root, dir), existing: { schools: new Set(), documents: new Set(), roadmaps: new Set(), pairings: new Set(), pairs: new Set() } };
    return { problems, files: 0, errors: 1, warnings: 0, content: empty };
  }
  const { entries, problems: loadProblems } = loadContent(root, dir);
  const { problems: schemaProblems, valid } = checkSchemas(entries);
  const existing = { schools: new Set<string>(), documents: new Set<string>(), roadmaps: new Set<string>(), pairings: new Set<string>(), pairs: new Set<string>() };
  for (const e of entries) if (e.collection in existing) existing[e.collection as keyof typeof existing].add(e.id);
  const checked: CheckedContent = { settings: [], documents: [], schools: [], pairings: [], pairs: [], roadmaps: [], reports: [], dir: displayPath(root, dir), existing };
  for (const [entry, data] of valid) (checked[entry.collection] as Checked<unknown>[]).push({ id: entry.id, data, body: entry.body, filePath: entry.file, entry: entry as RawEntry });
  // The pairing lists as the site reads them: each with its pairs as rows.
  checked.pairings = assemblePairings(checked.pairings, checked.pairs);
  const ruleProblems = ruleSets.flatMap((rules) => rules(checked));
  const problems = sortProblems([...loadProblems, ...schemaProblems, ...ruleProblems]);
  const dataOf = new Map(entries.map((e) => [e.file, e.data]));
  nameFields(problems, (file) => dataOf.get(file));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, files: entries.length, errors, warnings: problems.length - errors, content: checked };
}
