/**
 * `npm run build` makes the data files (calendars, the feed, DOCX, Decap CMS's scripts) in a process
 * of its own once Astro has rendered the pages (src/lib/programme/files.ts, scripts/data-files.ts),
 * from the content as the check reads it;
 * a plain `astro build` makes them in its endpoints, from Astro's content collections. Both
 * builds of the same content must give the same site, file for file and byte for byte (a DOCX
 * apart from the time it was made): on the demo and on a generated region with every kind of
 * deadline and report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { generateRegion, writeRegion } from '../../scripts/lib/region';
import { samePage } from '../../src/lib/page-cache/same';
import { placeholderKey } from '../../src/lib/page-cache/store';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'setka-data-files-'));
// Astro moves its files into the output with a rename: the plain build's output stays on the checkout's disk.
const plainOut = join(root, '.dist-test', `data-files-plain-${process.pid}`);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(plainOut, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length))
    .sort();
}

const DAY = { SETKA_BUILD_DATE: '2021-11-20' };

async function compare(content: string, name: string): Promise<void> {
  const out = join(work, `${name}-site`);
  const ok = await buildSite({ root, outDir: out, content, warnings: false, env: { ...DAY, SETKA_CACHE_DIR: join(work, `${name}-cache`) } });
  expect(ok).toBe(true);
  rmSync(plainOut, { recursive: true, force: true });
  const plain = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', plainOut], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...DAY, ASTRO_TELEMETRY_DISABLED: '1', SETKA_CONTENT: content, SETKA_CACHE_DIR: join(work, `${name}-plain-cache`) },
  });
  expect(plain.status, plain.stdout.slice(-3000) + plain.stderr.slice(-3000)).toBe(0);

  const built = filesUnder(out);
  expect(built).toEqual(filesUnder(plainOut));
  const data = built.filter((f) => /\.(ics|csv|json|docx)$/.test(f) && !f.startsWith('/pagefind/'));
  expect(data.length).toBeGreaterThan(20);
  const differ: string[] = [];
  for (const file of built) {
    const a = readFileSync(join(out, file));
    if (placeholderKey(a)) differ.push(`${file}: заглушка кэша страниц осталась в сайте`);
    else if (!samePage(file, a, readFileSync(join(plainOut, file)))) differ.push(file);
  }
  expect(differ).toEqual([]);
}

describe('data files made beside Astro are the files its endpoints make', () => {
  it('on the demo', async () => {
    await compare(join(root, 'src/content'), 'demo');
  });

  it('on a generated region (24 schools, 12 months of reports)', async () => {
    const content = join(work, 'region');
    writeRegion(content, generateRegion({ schools: 24, items: 60, months: 12, documents: 6, seed: 7 }));
    await compare(content, 'region');
  });
});
