/** `npm run build` refuses bad content before writing anything: the published output stays as it was. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject } from '../helpers/temp-project';

const project = copyProject();
afterAll(() => project.remove());

describe('build with bad content', () => {
  it('exits 1, lists the problem, and leaves the previous dist/ untouched with no half-built output', { timeout: 120_000 }, () => {
    const dist = join(project.dir, 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const report = join(project.dir, 'src/content/reports/nikolskaya-sh/2021-10.yaml');
    writeFileSync(report, readFileSync(report, 'utf8').replace('month: "2021-10"', 'month: "2021-13"'));

    const run = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], { cwd: project.dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('src/content/reports/nikolskaya-sh/2021-10.yaml:3: error');
    expect(run.stdout).toContain('такого месяца нет');
    expect(run.stdout).toContain('Сайт не будет собран');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(project.dir).filter((n) => n.startsWith('dist.'))).toEqual([]);
    expect(existsSync(join(project.dir, '.astro', 'data-store.json'))).toBe(false);
  });
});

describe('build with a page that fails', () => {
  it('Astro, writing only errors in a build without SETKA_BUILD_VERBOSE, still names the page\'s error in the Russian message', { timeout: 240_000 }, () => {
    // A copy of its own: the content is good, only the page fails.
    const own = copyProject();
    try {
      const dist = join(own.dir, 'dist');
      mkdirSync(dist, { recursive: true });
      writeFileSync(join(dist, 'index.html'), 'previous site');
      writeFileSync(join(own.dir, 'src/pages/slomannaya.astro'), "---\nthrow new Error('страница «slomannaya» не собрана: проверочная ошибка');\n---\n<p>x</p>\n");
      const env: NodeJS.ProcessEnv = { ...process.env, SETKA_CACHE_DIR: join(own.dir, '.cache-fail') };
      delete env.SETKA_BUILD_VERBOSE;
      const run = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--quiet'], { cwd: own.dir, encoding: 'utf8', env });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^Сборка не удалась: ошибка при построении страниц \(Astro, код 1\)\. Опубликованная версия сайта не изменена\./m);
      expect(run.stderr).toContain('страница «slomannaya» не собрана: проверочная ошибка');
      // No line per page: Astro wrote only its error.
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/├─|└─|generating static routes/);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    } finally {
      own.remove();
    }
  });
});
