/**
 * The commands people type (`npm run build`, `check`, `start`, `region`, `bench`) stop on an
 * argument they do not take, with a Russian message and their usage: a mistyped `--out` must not
 * build into `dist/` and replace the published site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentProblem } from '../../scripts/lib/content-option';

const root = process.cwd();
// Run from an empty folder: a command that did not stop would find no project there, never build this one.
const empty = mkdtempSync(join(tmpdir(), 'setka-args-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts', script), ...args], { cwd: empty, encoding: 'utf8', timeout: 60_000 });

describe('argumentProblem', () => {
  const build = { '--out': 'value', '--quiet': 'flag' } as const;

  it.each([
    [[], undefined],
    [['--out', 'site'], undefined],
    [['--quiet', '--out', 'site'], undefined],
    [['--out', 'site', '--quiet'], undefined],
  ])('takes %j', (args, problem) => {
    expect(argumentProblem(args, build)).toBe(problem);
  });

  it.each([
    [['--ouy', 'site'], 'неизвестный параметр «--ouy»'],
    [['-q'], 'неизвестный параметр «-q»'],
    [['site'], 'лишнее значение «site»: оно не относится ни к одному параметру'],
    [['--out'], 'после --out укажите значение'],
    [['--out', '--quiet'], 'после --out укажите значение'],
    [['--out=site'], 'значение параметра пишется через пробел: «--out site», а не «--out=site»'],
    [['--quiet', 'yes'], 'лишнее значение «yes»: оно не относится ни к одному параметру'],
  ])('refuses %j', (args, problem) => {
    expect(argumentProblem(args, build)).toBe(problem);
  });
});

describe('commands stop on an argument they do not take', () => {
  it.each([
    ['build.ts', ['--ouy', 'site'], 'неизвестный параметр «--ouy»', 'npm run build'],
    ['build.ts', ['--out=site'], 'значение параметра пишется через пробел', 'npm run build'],
    ['check.ts', ['--root'], 'после --root укажите значение', 'npm run check'],
    ['start.ts', ['--prot', '8080'], 'неизвестный параметр «--prot»', 'npm start'],
    ['generate-region.ts', ['--out', join(empty, 'region'), '--school', '40'], 'неизвестный параметр «--school»', 'npm run region'],
    ['bench.ts', ['--schools'], 'после --schools укажите значение', 'npm run bench'],
  ])('%s %j', (script, args, problem, usage) => {
    const r = run(script, args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`Ошибка: ${problem}`);
    expect(r.stderr).toContain(`Использование: ${usage}`);
    expect(r.stderr).not.toMatch(/at .*\(node:|TypeError|ERR_PARSE_ARGS/);
    // Nothing was made: no site, no content, no lock.
    expect(readdirSync(empty)).toEqual([]);
  }, 60_000);

  it.each([['2'], ['0'], ['x']])('bench --pairs %s: an odd count from 1 to 9, or it stops before copying anything', (pairs) => {
    const r = run('bench.ts', ['--pairs', pairs]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`Ошибка: --pairs ${pairs}: укажите нечётное число от 1 до 9`);
    expect(r.stderr).not.toContain('[bench');
  }, 60_000);

  it('prints the usage for --help and exits 0', () => {
    const r = run('build.ts', ['--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Использование: npm run build .*--out <папка>/);
    expect(readdirSync(empty)).toEqual([]);
  }, 60_000);
});
