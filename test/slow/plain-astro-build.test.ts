/**
 * `npm run build` (check, Astro with the page cache, the last step in a process of its own) and a
 * plain `astro build` (everything in Astro's process, the last step in its hook) must give the
 * same site, file for file and byte for byte (a DOCX apart from the time it was made): on the demo
 * and on a generated region with every kind of deadline and report. A plain `astro build` used to
 * stop at the preview cards (resvg was imported after Vite's module runner had closed).
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
const work = mkdtempSync(join(tmpdir(), 'setka-plain-build-'));
// Astro moves its files into the output with a rename: the plain build's output stays on the checkout's disk.
const plainOut = join(root, '.dist-test', `plain-build-${process.pid}`);
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

async function compare(content: string, name: string): Promise<string> {
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
  expect(built.filter((f) => /\.(ics|csv|json|docx|png)$/.test(f) && !f.startsWith('/pagefind/')).length).toBeGreaterThan(20);
  const differ: string[] = [];
  for (const file of built) {
    const a = readFileSync(join(out, file));
    if (placeholderKey(a)) differ.push(`${file}: заглушка кэша страниц осталась в сайте`);
    else if (!samePage(file, a, readFileSync(join(plainOut, file)))) differ.push(file);
  }
  expect(differ).toEqual([]);
  return out;
}

describe('a plain astro build gives the site npm run build gives', () => {
  it('on the demo; with the last step not following the pages, the same search index', async () => {
    const out = await compare(join(root, 'src/content'), 'demo');
    // SETKA_PAGES_FOLLOWER=off: the last step waits idle while Astro renders, and begins no index;
    // Astro still tells it the pages' order (src/lib/search/order.ts), so the index is the same.
    const idle = join(work, 'demo-idle-site');
    expect(await buildSite({ root, outDir: idle, content: join(root, 'src/content'), warnings: false, env: { ...DAY, SETKA_PAGES_FOLLOWER: 'off', SETKA_CACHE_DIR: join(work, 'demo-idle-cache') } })).toBe(true);
    const index = filesUnder(join(out, 'pagefind'));
    expect(index.length).toBeGreaterThan(10);
    expect(filesUnder(join(idle, 'pagefind'))).toEqual(index);
    expect(index.filter((file) => !readFileSync(join(out, 'pagefind', file)).equals(readFileSync(join(idle, 'pagefind', file))))).toEqual([]);
  });

  it('on a generated region (24 schools, 12 months of reports)', async () => {
    const content = join(work, 'region');
    writeRegion(content, generateRegion({ schools: 24, items: 60, months: 12, documents: 6, seed: 7 }));
    await compare(content, 'region');
  });
});
