/**
 * `npm run build` on a full disk (a small tmpfs), in the two ways a disk fills up:
 * - the output folder is on another, small disk: the site is built in the checkout and copied
 *   beside the output (`dist.tmp-*`, same disk, so the swap is a rename) — the copy runs out;
 * - the whole checkout is on the small disk: Astro itself runs out while writing pages.
 * Each ends with one Russian message saying what happened and what to do, a non-zero exit, the
 * previous output byte-identical and no temporary folders left. A control build on a disk that
 * is big enough succeeds and replaces the output. Needs root for `mount` (CI runs as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_NAME, STAGE_PREFIX } from '../../scripts/lib/build-site';
import { expectOneRussianFault, snapshotDir } from '../helpers/build-faults';
import { canMount, mountTmpfs } from '../helpers/mount';
import { copyProject } from '../../scripts/lib/project-copy';

const root = resolve('.');
const mountable = canMount();
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

/** Preview images drawn by earlier builds (the site tests' cache, else the default one): the runs here need not draw them again. */
const OG_CACHE = existsSync(resolve('.dist-test/cache/og')) ? { SETKA_OG_CACHE: resolve('.dist-test/cache/og') } : {};

function build(project: string, out: string, cache: string) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', out], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SETKA_CACHE_DIR: cache, ...OG_CACHE },
  });
}

/** A small tmpfs of `size` outside the checkout, unmounted and removed after the tests. */
function smallDisk(size: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'setka-disk-'));
  const mount = mountTmpfs(dir, size);
  cleanups.push(() => {
    mount.unmount();
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/**
 * A disk that holds a copy of the project (the files `copyProject` copies, each in whole 4 KB
 * pages, as tmpfs stores them) and `spare` megabytes more: the project grows with its fixtures,
 * and a fixed size would one day be too small for the copy itself rather than for the site.
 */
function diskForProject(spare: number): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += Math.ceil(statSync(join(root, file)).size / 4096) * 4096 + 4096;
    } catch {
      // listed by git but deleted in the working tree
    }
  }
  return smallDisk(`${Math.ceil(bytes / 2 ** 20) + spare}m`);
}

function previousSite(dir: string): void {
  mkdirSync(join(dir, 'documents'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Прежняя версия</title>');
  writeFileSync(join(dir, 'documents', 'index.html'), 'документы');
}

/** Temporary folders a build may leave: `dist.tmp-*`, `dist.old-*`, the staging folder, the lock. */
function leftovers(...dirs: string[]): string[] {
  return dirs.flatMap((d) => readdirSync(d).filter((n) => /\.(tmp|old)-\d+$/.test(n) || n.startsWith(STAGE_PREFIX) || n === LOCK_NAME).map((n) => join(d, n)));
}

describe(`a build on a full disk${mountable ? '' : ' — пропущено: нужен root, чтобы подключить tmpfs (mount -t tmpfs)'}`, () => {
  it.runIf(mountable)('the output on a small disk of its own: the copy beside it runs out of space', { timeout: 600_000 }, () => {
    const project = copyProject();
    cleanups.push(project.remove);
    const disk = smallDisk('4m');
    const out = join(disk, 'dist');
    previousSite(out);
    const before = snapshotDir(out);

    const run = build(project.dir, out, join(project.dir, '.scratch-cache'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Собираю сайт'); // it failed during the build, not before
    expectOneRussianFault(run, /на диске не хватает места \(папка .*setka-disk-[^)/]*\)\. Освободите место .*npm run build -- --out/);
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(disk)).toEqual(['dist']);
    expect(leftovers(project.dir)).toEqual([]);
  });

  it.runIf(mountable)('control: the same output on a disk big enough is built and replaced', { timeout: 600_000 }, () => {
    const project = copyProject();
    cleanups.push(project.remove);
    const disk = smallDisk('64m');
    const out = join(disk, 'dist');
    previousSite(out);

    const run = build(project.dir, out, join(project.dir, '.scratch-cache'));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(existsSync(join(out, 'documents/prikaz-147/index.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(readdirSync(disk)).toEqual(['dist']);
    expect(leftovers(project.dir)).toEqual([]);
  });

  it.runIf(mountable)('the whole checkout on a small disk: Astro runs out of space while writing the site', { timeout: 600_000 }, () => {
    // The demo site is about 13 MB: with 4 MB to spare Astro runs out while writing it.
    const disk = diskForProject(4);
    const project = copyProject({ into: disk });
    const out = join(project.dir, 'dist');
    previousSite(out);
    const before = snapshotDir(out);

    const run = build(project.dir, out, join(project.dir, '.cache'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Собираю сайт');
    expectOneRussianFault(run, /на диске не хватает места \(папка .*setka-project-[^)]*\)\. Освободите место/);
    expect(snapshotDir(out)).toEqual(before);
    expect(leftovers(project.dir)).toEqual([]);
  });
});
