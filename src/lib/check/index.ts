import { loadContent } from './load';
import { checkSchemas } from './schema';
import { checkRules, type Checked, type CheckedContent } from './rules';
import { checkDeadlines } from './deadline-rules';
import { sortProblems } from './format';
import type { Problem, RawEntry } from './types';

export { formatProblem, formatSummary } from './format';
export type { Problem, RawEntry } from './types';

/** Extra rule sets (e.g. deadline warnings) plug in here: they get the checked content and return problems. */
export type RuleSet = (content: CheckedContent) => Problem[];
const ruleSets: RuleSet[] = [checkRules, checkDeadlines];

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

/** Runs every check over the content under `root/src/content`: schemas first, then cross-collection rules. */
export function runCheck(root: string): CheckResult {
  const { entries, problems: loadProblems } = loadContent(root);
  const { problems: schemaProblems, valid } = checkSchemas(entries);
  const existing = { schools: new Set<string>(), documents: new Set<string>(), roadmaps: new Set<string>(), pairings: new Set<string>() };
  for (const e of entries) if (e.collection in existing) existing[e.collection as keyof typeof existing].add(e.id);
  const content: CheckedContent = { settings: [], documents: [], schools: [], pairings: [], roadmaps: [], reports: [], existing };
  for (const [entry, data] of valid) (content[entry.collection] as Checked<unknown>[]).push({ entry: entry as RawEntry, data });
  const ruleProblems = ruleSets.flatMap((rules) => rules(content));
  const problems = sortProblems([...loadProblems, ...schemaProblems, ...ruleProblems]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, files: entries.length, errors, warnings: problems.length - errors, content };
}
