/**
 * Schools touch only their own reports: `npm run check -- --changes <base>..<head> --author <login>`
 * on real git branches of a copy of the project (the coordinators' logins are in the demo settings).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProblems } from '../../src/lib/check/access';
import { copyProject } from '../helpers/temp-project';

const access = { methodists: ['ananyeva-uo'], schools: [{ school: 'nikolskaya-sh', logins: ['toropova-en'] }, { school: 'zhuravlevskaya-sosh', logins: ['Luchnikova-DI'] }] };

describe('accessProblems', () => {
  it.each([
    ['toropova-en', ['src/content/reports/nikolskaya-sh/2021-12.yaml'], []],
    ['@Toropova-EN', ['src/content/reports/nikolskaya-sh/2021-12.yaml'], []],
    ['toropova-en', ['src/content/documents/prikaz-147.md'], ['error access.outside-school src/content/documents/prikaz-147.md']],
    ['toropova-en', ['src/content/reports/zhuravlevskaya-sosh/2021-12.yaml'], ['error access.outside-school src/content/reports/zhuravlevskaya-sosh/2021-12.yaml']],
    ['toropova-en', ['src/content/reports/nikolskaya-sh-2/2021-12.yaml'], ['error access.outside-school src/content/reports/nikolskaya-sh-2/2021-12.yaml']],
    ['luchnikova-di', ['src/content/settings/site.yaml'], ['error access.outside-school src/content/settings/site.yaml']],
    ['ananyeva-uo', ['src/content/documents/prikaz-147.md', 'scripts/check.ts'], []],
    ['stranger', ['src/content/documents/prikaz-147.md'], ['warning access.unknown-login src/content/settings/site.yaml']],
  ])('%s changing %j → %j', (author, files, expected) => {
    expect(accessProblems(access, author, files).map((p) => `${p.severity} ${p.code} ${p.file}`)).toEqual(expected);
  });
});

describe('npm run check -- --changes … --author … on git branches', () => {
  let project: ReturnType<typeof copyProject>;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project.dir, encoding: 'utf8' });
  const check = (range: string, author: string) => {
    const r = spawnSync('npm', ['run', '--silent', 'check', '--', '--root', project.dir, '--quiet', '--changes', range, '--author', author], { encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  };

  beforeAll(() => {
    project = copyProject({ git: true });
    // A coordinator edits the Положение…
    git('checkout', '-q', '-b', 'cms/documents/polozhenie');
    appendFileSync(join(project.dir, 'src/content/documents/polozhenie-setevoe-vzaimodeystvie.md'), '\n9.9. Пункт, добавленный школой.\n');
    git('commit', '-qam', 'Изменено: documents');
    // …and files her own school's report.
    git('checkout', '-q', 'main');
    git('checkout', '-q', '-b', 'cms/reports/nikolskaya-sh/2021-12');
    mkdirSync(join(project.dir, 'src/content/reports/nikolskaya-sh'), { recursive: true });
    writeFileSync(
      join(project.dir, 'src/content/reports/nikolskaya-sh/2021-12.yaml'),
      'school: nikolskaya-sh\nroadmap: dorozhnaya-karta-2021\nmonth: "2021-12"\nsubmitted: "2021-12-20"\nauthor:\n  name: Торопова Елена Николаевна\n  position: заместитель директора\nrows:\n  - item: "16"\n    status: done\n',
    );
    git('add', '-A');
    git('commit', '-qm', 'Добавлено: reports');
  });
  afterAll(() => project?.remove());

  it('rejects a coordinator’s change to src/content/documents/ in Russian, naming the file', () => {
    const r = check('main..cms/documents/polozhenie', 'toropova-en');
    expect(r.status, r.output).toBe(1);
    expect(r.output).toContain('src/content/documents/polozhenie-setevoe-vzaimodeystvie.md: error [access.outside-school]');
    expect(r.output).toContain('может менять только отчёты своей школы');
  }, 120_000);

  it('accepts the coordinator’s own report, and a methodist’s change to the document', () => {
    const own = check('main..cms/reports/nikolskaya-sh/2021-12', 'toropova-en');
    expect(own.status, own.output).toBe(0);
    const methodist = check('main..cms/documents/polozhenie', 'ananyeva-uo');
    expect(methodist.status, methodist.output).toBe(0);
  }, 240_000);

  it('rejects another school’s coordinator filing that report', () => {
    const r = check('main..cms/reports/nikolskaya-sh/2021-12', 'luchnikova-di');
    expect(r.status).toBe(1);
    expect(r.output).toContain('src/content/reports/nikolskaya-sh/2021-12.yaml: error [access.outside-school]');
  }, 120_000);
});
