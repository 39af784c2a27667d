/**
 * The page cache on whole builds of a small generated region (16 schools): after each kind of
 * content change, a build with `SETKA_PAGE_CACHE=verify` renders every page and compares each one
 * whose key is unchanged with its cached copy — a key that misses something the page shows stops
 * that build. A normal build after a report change takes the other schools' pages from the cache
 * and gives the same site, file for file, as a build without the cache. A cached page changed on
 * disk is caught by the verify build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateRegion, writeRegion } from '../../scripts/lib/region';
import { samePage } from '../../src/lib/page-cache/same';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'setka-page-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const cache = join(work, 'cache');
writeRegion(content, generateRegion({ schools: 16, municipalities: 3, items: 40, documents: 4, months: 6, seed: 7 }));

interface Built {
  status: number | null;
  log: string;
  reused: number;
  rendered: number;
}

function build(out: string, mode?: 'verify' | 'off'): Built {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--quiet', '--content', content, '--out', out], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, SETKA_CACHE_DIR: cache, SETKA_BUILD_VERBOSE: '1', ...(mode ? { SETKA_PAGE_CACHE: mode } : {}) },
  });
  const log = `${run.stdout}\n${run.stderr}`;
  const m = /Кэш страниц: взято из кэша (\d+), собрано заново (\d+)/.exec(log);
  return { status: run.status, log, reused: Number(m?.[1] ?? -1), rendered: Number(m?.[2] ?? -1) };
}

/** Every file of a built site, relative path → absolute path. */
function files(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files(full, base, out);
    else out.set(relative(base, full), full);
  }
  return out;
}

function editYaml(file: string, edit: (data: Record<string, unknown>) => void): void {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, stringify(data, { lineWidth: 0 }));
}

const schools = readdirSync(join(content, 'reports')).sort();
const firstReport = (school: string) => join(content, 'reports', school, readdirSync(join(content, 'reports', school)).sort()[0]!);

describe('page cache on whole builds', () => {
  it('a first build renders every page and keeps it', () => {
    const cold = build(join(work, 'cold'));
    expect(cold.status, cold.log).toBe(0);
    expect(cold.reused).toBe(0);
    expect(cold.rendered).toBeGreaterThan(100);
  });

  const edits: Array<[string, () => void]> = [
    ['a report row changed', () => editYaml(firstReport(schools[0]!), (d) => {
      const rows = d.rows as Array<Record<string, unknown>>;
      rows[0]!.result = 'Проведено совещание, протокол № 7.';
    })],
    ['a report removed', () => rmSync(firstReport(schools[1]!))],
    ['a school renamed', () => {
      const file = join(content, 'schools', `${schools[2]}.yaml`);
      editYaml(file, (d) => (d.shortName = `${String(d.shortName)} (новое название)`));
    }],
    ['a roadmap deadline changed', () => {
      const dir = join(content, 'roadmaps');
      editYaml(join(dir, readdirSync(dir)[0]!), (d) => {
        const items = (d.sections as Array<{ items: Array<Record<string, unknown>> }>)[0]!.items;
        items[0]!.deadline = 'ежемесячно до 10 числа';
      });
    }],
    ['the date statuses are computed for', () => editYaml(join(content, 'settings', 'site.yaml'), (d) => (d.asOf = '2021-07-02'))],
  ];

  for (const [what, edit] of edits) {
    it(`after «${what}», every page whose key did not change is the page a build renders now`, () => {
      edit();
      const verify = build(join(work, 'verify'), 'verify');
      expect(verify.status, verify.log.slice(-3000)).toBe(0);
      expect(verify.rendered).toBeGreaterThan(100);
    });
  }

  it('after a report change, the other schools\' pages come from the cache and the site is the one a build without the cache makes', () => {
    editYaml(firstReport(schools[3]!), (d) => {
      const rows = d.rows as Array<Record<string, unknown>>;
      rows[0]!.result = 'Изменено после проверки методистом.';
    });
    const warm = build(join(work, 'warm'));
    expect(warm.status, warm.log.slice(-3000)).toBe(0);
    // Each other school's page, blanks page, DOCX blanks and calendar (and its report pages) come from the cache.
    expect(warm.reused).toBeGreaterThanOrEqual(4 * 15);
    const clean = build(join(work, 'clean'), 'off');
    expect(clean.status, clean.log.slice(-3000)).toBe(0);
    const a = files(join(work, 'warm'));
    const b = files(join(work, 'clean'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differ = [...a].filter(([path, file]) => !samePage(`/${path}`, readFileSync(file), readFileSync(b.get(path)!)));
    expect(differ.map(([path]) => path)).toEqual([]);
    expect(readFileSync(join(work, 'warm', 'reports', schools[3]!, readdirSync(join(content, 'reports', schools[3]!)).sort()[0]!.replace('.yaml', ''), 'index.html'), 'utf8')).toContain('Изменено после проверки методистом.');
  });

  it('a cached page changed on disk is caught by a verify build, which names it', () => {
    const pages = join(cache, 'pages');
    // A page the last build used (its file time was set then), so the verify build compares it.
    const victim = [...files(pages).values()]
      .filter((f) => !f.endsWith('.json') && readFileSync(f, 'utf8').includes('</main>'))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
    writeFileSync(victim, readFileSync(victim, 'utf8').replace('</main>', '<p>подмена</p></main>'));
    const verify = build(join(work, 'verify2'), 'verify');
    expect(verify.status).not.toBe(0);
    expect(verify.log).toMatch(/Кэш страниц: страница \/\S* собрана не так, как её копия в кэше/);
  });
});
