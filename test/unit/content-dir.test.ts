/**
 * The content root can live outside `src/`: `--content <dir>` / `SETKA_CONTENT` point the check
 * (and the build, see test/slow/content-dir-build.test.ts) at it, and the demo stays untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { runCheck } from '../../src/lib/check';
import { contentDir, displayPath, takeContentOption } from '../../src/lib/content-dir';

const root = resolve('.');
const outside = mkdtempSync(join(tmpdir(), 'setka-content-'));
cpSync(join(root, 'src/content'), outside, { recursive: true });
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** A fingerprint of the demo content: every file's path and bytes. */
function demoFingerprint(): string {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', 'src/content'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('content root option', () => {
  it('resolves --content, then SETKA_CONTENT, then src/content, relative to the project root', () => {
    expect(contentDir('/p', 'other/content')).toBe('/p/other/content');
    expect(contentDir('/p', '/abs/content')).toBe('/abs/content');
    expect(contentDir('/p', undefined)).toBe(process.env.SETKA_CONTENT ? resolve('/p', process.env.SETKA_CONTENT) : '/p/src/content');
    expect(contentDir('/p', '')).toBe('/p/src/content');
    expect(displayPath('/p', '/p/src/content/a.yaml')).toBe('src/content/a.yaml');
    expect(displayPath('/p', '/q/content/a.yaml')).toBe('/q/content/a.yaml');
    expect(takeContentOption(['--quiet', '--content', 'x', '--out', 'y'])).toEqual({ content: 'x', rest: ['--quiet', '--out', 'y'] });
    expect(takeContentOption(['--content=x'])).toEqual({ content: 'x', rest: [] });
    expect(() => takeContentOption(['--content'])).toThrow(/после --content укажите папку/);
  });

  it('checks a content folder outside src/ and names its files, leaving the demo untouched', { timeout: 120_000 }, () => {
    const before = demoFingerprint();
    const report = join(outside, 'reports/zhuravlevskaya-sosh/2021-09.yaml');
    const original = readFileSync(report, 'utf8');
    writeFileSync(report, original.replace(/month: "2021-09"/, 'month: "2021-13"'));
    try {
      const result = runCheck(root, outside);
      expect(result.errors).toBe(1);
      const problem = result.problems.find((p) => p.severity === 'error')!;
      expect(problem.file).toBe(`${outside.split('\\').join('/')}/reports/zhuravlevskaya-sosh/2021-09.yaml`);
      // The demo itself still checks clean: the option did not read or write it.
      expect(runCheck(root, 'src/content').errors).toBe(0);

      const viaFlag = runCli(['--content', outside, '--quiet']);
      expect(viaFlag.status).toBe(1);
      expect(viaFlag.stdout).toContain(`${outside}/reports/zhuravlevskaya-sosh/2021-09.yaml:3: error`);
      const viaEnv = runCli(['--quiet'], { SETKA_CONTENT: outside });
      expect(viaEnv.status).toBe(1);
      expect(viaEnv.stdout).toContain('такого месяца нет');
    } finally {
      writeFileSync(report, original);
    }
    expect(runCli(['--content', outside, '--quiet']).status).toBe(0);
    expect(demoFingerprint()).toBe(before);
  });

  it('reports a missing content folder in Russian instead of building an empty site', { timeout: 60_000 }, () => {
    const result = runCheck(root, join(outside, 'nope'));
    expect(result.errors).toBe(1);
    expect(result.problems[0]!.code).toBe('content.missing');
    const cli = runCli(['--content', join(outside, 'nope')]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('папка с содержимым не найдена');
  });

  it('a second check reuses parsed files but still sees every change, with line numbers', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-check-cache-'));
    const cache = mkdtempSync(join(tmpdir(), 'setka-check-cache-dir-'));
    const before = process.env.SETKA_CACHE_DIR;
    process.env.SETKA_CACHE_DIR = cache;
    try {
      cpSync(join(root, 'src/content'), dir, { recursive: true });
      const first = runCheck(root, dir);
      expect(first.errors).toBe(0);
      expect(runCheck(root, dir).problems).toEqual(first.problems);
      // A changed file is read again.
      const report = join(dir, 'reports/zhuravlevskaya-sosh/2021-09.yaml');
      const original = readFileSync(report, 'utf8');
      writeFileSync(report, original.replace(/month: "2021-09"/, 'month: "2021-13"'));
      expect(runCheck(root, dir).problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}`)).toEqual([`${dir}/reports/zhuravlevskaya-sosh/2021-09.yaml:3`]);
      writeFileSync(report, original);
      expect(runCheck(root, dir).errors).toBe(0);
      // Cached files give the same lines as parsed ones, however a top-level field is written.
      const late = (layout: (date: string) => string) => original.replace(/^submitted: .*$/m, layout('2021-10-20'));
      const layouts: Record<string, string> = {
        '2021-09.yaml': late((d) => `# пометка\nsubmitted:    ${d}   # позже срока`),
        '2021-09b.yaml': late((d) => `submitted:\n  ${d}`),
        '2021-09c.yaml': late((d) => `"submitted": ${d}`),
        '2021-09d.yaml': late((d) => `submitted: >-\n  ${d}`),
      };
      for (const [name, text] of Object.entries(layouts)) writeFileSync(join(dir, 'reports/zhuravlevskaya-sosh', name), text.replace(/month: "2021-09"/, name === '2021-09.yaml' ? 'month: "2021-09"' : `month: "2021-0${Object.keys(layouts).indexOf(name) + 5}"`));
      const parsedNow = runCheck(root, dir).problems.filter((p) => p.code === 'report.late');
      expect(parsedNow.length).toBeGreaterThanOrEqual(4);
      expect(runCheck(root, dir).problems.filter((p) => p.code === 'report.late')).toEqual(parsedNow);
      expect(parsedNow.find((p) => p.file === report)!.line).toBe(original.split('\n').findIndex((l) => l.startsWith('submitted:')) + 2);
      for (const name of Object.keys(layouts)) if (name !== '2021-09.yaml') rmSync(join(dir, 'reports/zhuravlevskaya-sosh', name));
      writeFileSync(report, original);
      // An unchanged (cached) file that now refers to a missing school still gets its line.
      rmSync(join(dir, 'schools/zhuravlevskaya-sosh.yaml'));
      const missing = runCheck(root, dir).problems.filter((p) => p.code === 'ref.unknown' && p.file.endsWith('reports/zhuravlevskaya-sosh/2021-09.yaml'));
      expect(missing.map((p) => p.line)).toEqual([1]);
    } finally {
      if (before === undefined) delete process.env.SETKA_CACHE_DIR;
      else process.env.SETKA_CACHE_DIR = before;
      rmSync(dir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
