/**
 * scripts/publish.sh, the publishing script for a department's own server: it pulls the content
 * branch, checks, builds into a new release folder and switches `current` to it — and when the
 * content is broken it leaves `current` on the previous release. Run against a clone of a
 * temporary copy of the repository (the copy plays the git host).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/temp-project';

let origin: ReturnType<typeof copyProject>;
let work: string;
let clone: string;
let siteRoot: string;

function publish(): { status: number | null; output: string } {
  const r = spawnSync('bash', [join(clone, 'scripts/publish.sh'), siteRoot], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, SETKA_SKIP_INSTALL: '1', SETKA_SKIP_TYPECHECK: '1', SETKA_SKIP_GATES: '1', SETKA_CACHE_DIR: join(work, 'cache'), SETKA_KEEP: '2' },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const current = () => readlinkSync(join(siteRoot, 'current'));

beforeAll(() => {
  origin = copyProject({ git: true });
  work = mkdtempSync(join(tmpdir(), 'setka-publish-'));
  clone = join(work, 'repo');
  siteRoot = join(work, 'www');
  execFileSync('git', ['clone', '-q', origin.dir, clone]);
  symlinkSync(join(process.cwd(), 'node_modules'), join(clone, 'node_modules'), 'dir');
});

afterAll(() => {
  origin?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('scripts/publish.sh', () => {
  it('publishes a checked build and switches current to it', () => {
    const r = publish();
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('Опубликовано');
    expect(existsSync(join(current(), 'index.html'))).toBe(true);
    expect(readFileSync(join(current(), 'reports/index.html'), 'utf8')).toContain('/reports/nikolskaya-sh/2021-09/');
  }, 300_000);

  it('keeps the previous site when a new commit breaks the content', () => {
    const before = current();
    // The git host receives a report whose not-done row has no reason (what Decap lets through).
    writeFileSync(
      join(origin.dir, 'src/content/reports/nikolskaya-sh/2021-12.yaml'),
      'school: nikolskaya-sh\nroadmap: dorozhnaya-karta-2021\nmonth: "2021-12"\nsubmitted: "2021-12-20"\nauthor:\n  name: Торопова Елена Николаевна\n  position: заместитель директора\nrows:\n  - item: "16"\n    status: not-done\n',
    );
    execFileSync('git', ['add', '-A'], { cwd: origin.dir });
    execFileSync('git', ['commit', '-q', '-m', 'Отчёт без обоснования'], { cwd: origin.dir });

    const r = publish();
    expect(r.status).toBe(1);
    expect(r.output).toContain('src/content/reports/nikolskaya-sh/2021-12.yaml');
    expect(r.output).toContain('сайт не обновлён, работает прежняя версия');
    expect(current()).toBe(before);
    expect(existsSync(join(before, 'index.html'))).toBe(true);
    // The clone did pull the bad commit: the script refused it, not git.
    expect(existsSync(join(clone, 'src/content/reports/nikolskaya-sh/2021-12.yaml'))).toBe(true);
  }, 300_000);
});
