/**
 * `npm run build -- --content <dir>` builds a content folder outside `src/` (here: a copy of the
 * demo with one school renamed) and leaves the demo content byte for byte as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'setka-content-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function demoFingerprint(): string {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', 'src/content'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

describe('build from a content folder outside src/', () => {
  it('publishes that content and does not touch the demo', () => {
    const before = demoFingerprint();
    const content = join(work, 'content');
    cpSync(join(root, 'src/content'), content, { recursive: true });
    const school = join(content, 'schools/zhuravlevskaya-sosh.yaml');
    const text = readFileSync(school, 'utf8');
    const shortName = /shortName: (.+)/.exec(text)![1]!;
    writeFileSync(school, text.replace(/shortName: .+/, 'shortName: "Журавлёвская школа-проба"'));

    const out = join(work, 'dist');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--content', content, '--out', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SETKA_CACHE_DIR: join(work, 'cache') },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const page = readFileSync(join(out, 'schools/zhuravlevskaya-sosh/index.html'), 'utf8');
    expect(page).toContain('Журавлёвская школа-проба');
    expect(page).not.toContain(shortName.replace(/^"|"$/g, '') + '<');
    expect(demoFingerprint()).toBe(before);
  });
});
