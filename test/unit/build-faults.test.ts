/**
 * `npm run build` under faults that stop it before Astro runs: another build holding the lock,
 * leftovers of a killed build, a read-only output directory, an output that is its own mount.
 * Each ends with one Russian message, a non-zero exit, the previous output byte-identical and no
 * temporary directories. (A full disk, which needs a real Astro run, is in test/slow/.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../../scripts/lib/build-site';
import { canMount, mountTmpfs } from '../helpers/mount';
import { copyProject } from '../helpers/temp-project';
import { expectOneRussianFault, snapshotDir } from '../helpers/build-faults';

const project = copyProject();
const mounts: Array<() => void> = [];
afterAll(() => {
  for (const unmount of mounts.splice(0).reverse()) unmount();
  project.remove();
});

function build(out: string) {
  return spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', out], { cwd: project.dir, encoding: 'utf8' });
}

function previousSite(dir: string): void {
  mkdirSync(join(dir, 'documents'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Прежняя версия</title>');
  writeFileSync(join(dir, 'documents', 'index.html'), 'документы');
}

describe('build faults end in one Russian message and leave the previous site as it was', () => {
  it('a second build in the same checkout waits for nothing: it refuses, naming the running one', { timeout: 120_000 }, async () => {
    const out = join(project.dir, 'dist');
    previousSite(out);
    const before = snapshotDir(out);
    // A live process holds the lock (as a build in another terminal would).
    const holder = spawn('sleep', ['60']);
    writeFileSync(join(project.dir, LOCK_NAME), String(holder.pid));
    try {
      const run = build(out);
      expect(run.status).toBe(1);
      expectOneRussianFault(run, /уже идёт другая сборка.*процесс \d+/);
      expect(snapshotDir(out)).toEqual(before);
      expect(readFileSync(join(project.dir, LOCK_NAME), 'utf8')).toBe(String(holder.pid));
    } finally {
      holder.kill();
    }
  });

  it('a lock, dist.tmp-*/dist.old-*, the card plan and the staging folder left by a killed build are cleaned up by the next build', { timeout: 120_000 }, () => {
    const out = join(project.dir, 'dist');
    previousSite(out);
    writeFileSync(join(project.dir, LOCK_NAME), '999999'); // no such process
    for (const name of ['dist.tmp-4242', 'dist.tmp-999999', 'dist.old-4242', '.setka-build-4242']) {
      mkdirSync(join(project.dir, name, 'sub'), { recursive: true });
      writeFileSync(join(project.dir, name, 'sub', 'index.html'), 'half-built');
    }
    writeFileSync(join(project.dir, 'dist.cards-4242.json'), '[]');
    // Bad content: the run stops at the check, after the clean-up.
    const report = join(project.dir, 'src/content/reports/nikolskaya-sh/2021-10.yaml');
    const text = readFileSync(report, 'utf8');
    writeFileSync(report, text.replace('month: "2021-10"', 'month: "2021-13"'));
    try {
      const run = build(out);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('Сайт не будет собран');
    } finally {
      writeFileSync(report, text);
    }
    expect(readdirSync(project.dir).filter((n) => /^dist\.(tmp|old|cards)-|^\.setka-build-\d/.test(n))).toEqual([]);
    expect(existsSync(join(project.dir, LOCK_NAME))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Прежняя версия');
  });

  it.runIf(canMount())('a read-only output directory', { timeout: 120_000 }, () => {
    const disk = join(project.dir, 'ro-disk');
    const mount = mountTmpfs(disk, '2m');
    mounts.push(mount.unmount);
    const out = join(disk, 'dist');
    previousSite(out);
    mount.readOnly();
    const before = snapshotDir(out);
    const run = build(out);
    expect(run.status).toBe(1);
    expectOneRussianFault(run, /нельзя записывать.*только для чтения/);
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(disk)).toEqual(['dist']);
  });

  it.runIf(canMount())('an output directory that is a read-only mount of its own', { timeout: 120_000 }, () => {
    const out = join(project.dir, 'dist-mounted');
    const mount = mountTmpfs(out, '2m');
    mounts.push(mount.unmount);
    previousSite(out);
    mount.readOnly();
    const before = snapshotDir(out);
    const run = build(out);
    expect(run.status).toBe(1);
    expectOneRussianFault(run, /dist-mounted/);
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(project.dir).filter((n) => n.startsWith('dist-mounted.'))).toEqual([]);
  });
});
