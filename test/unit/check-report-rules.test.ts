/**
 * The report rules the CMS also applies before a save (src/lib/check/report-rules.ts), run by
 * `runCheck` on a copy of the demo project with the mistakes the CMS used to let through.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, runCheck, type CheckResult } from '../../src/lib/check';
import { copyProject } from '../helpers/temp-project';

let project: ReturnType<typeof copyProject>;
let result: CheckResult;
const lines = () => result.problems.map(formatProblem);

beforeAll(() => {
  project = copyProject();
  const reports = join(project.dir, 'src/content/reports');
  // A second report for the same school and month, under the name Decap gives it.
  copyFileSync(join(reports, 'nikolskaya-sh/2021-11.yaml'), join(reports, 'nikolskaya-sh/2021-11-1.yaml'));
  // A year typed wrong: the date widget used to turn 11192021 into 1901.
  const settings = join(project.dir, 'src/content/settings/site.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace('asOf: "2021-11-20"', 'asOf: "1901-12-01"'));
  const report = join(reports, 'zhuravlevskaya-sosh/2021-10.yaml');
  writeFileSync(report, readFileSync(report, 'utf8').replace('submitted: "2021-10-26"', 'submitted: "1901-10-26"'));
  result = runCheck(project.dir);
});
afterAll(() => project?.remove());

describe('report rules in npm run check', () => {
  it('makes a second report for the same school and month an error naming the first', () => {
    const line = lines().find((l) => l.includes('[report.duplicate]'));
    expect(line).toMatch(/^src\/content\/reports\/nikolskaya-sh\/2021-11-1\.yaml:\d+: error \[report\.duplicate\]/);
    expect(line).toContain('src/content/reports/nikolskaya-sh/2021-11.yaml');
  });

  it('refuses a submission date outside the roadmap period', () => {
    expect(lines()).toContainEqual(expect.stringMatching(/zhuravlevskaya-sosh\/2021-10\.yaml:\d+: error \[report\.submitted-outside-period\] поле «Дата отправки» \(submitted\): дата отправки 26\.10\.1901 вне периода/));
  });

  it('warns about an asOf implausibly far from the roadmap period', () => {
    expect(lines()).toContainEqual(expect.stringMatching(/settings\/site\.yaml:\d+: warning \[date\.far-from-period\] поле «Состояние на дату» \(asOf\): дата 01\.12\.1901 слишком далека/));
  });
});
