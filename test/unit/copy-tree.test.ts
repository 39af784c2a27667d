/**
 * Folders copied and linked whole (src/lib/fs/copy-tree.ts): the search index kept between builds
 * is linked, not copied, where the cache and the output share a disk, and copied where they do not.
 */
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyTree, linkTree } from '../../src/lib/fs/copy-tree';

function sample(): { dir: string; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'setka-tree-'));
  const files = { 'pagefind-entry.json': '{"version":"1"}', 'fragment/ru_1.pf_fragment': 'фрагмент', 'index/ru_2.pf_index': 'индекс', 'filter/a/b.pf_filter': 'фильтр' };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'src', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'src', name), text);
  }
  return { dir, files };
}

describe('copyTree and linkTree', () => {
  it('linkTree on one disk: every file, in its folder, is the same file as its original', () => {
    const { dir, files } = sample();
    linkTree(join(dir, 'src'), join(dir, 'linked'));
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(join(dir, 'linked', name), 'utf8')).toBe(text);
      expect(statSync(join(dir, 'linked', name)).ino).toBe(statSync(join(dir, 'src', name)).ino);
    }
  });

  it('copyTree: the same files as copies of their own', () => {
    const { dir, files } = sample();
    copyTree(join(dir, 'src'), join(dir, 'copied'));
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(join(dir, 'copied', name), 'utf8')).toBe(text);
      expect(statSync(join(dir, 'copied', name)).ino).not.toBe(statSync(join(dir, 'src', name)).ino);
    }
  });

  const other = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev ? '/dev/shm' : null;
  it.skipIf(!other)('linkTree to another disk copies each file (a link across disks is refused)', () => {
    const { dir, files } = sample();
    const target = join(mkdtempSync(join(other!, 'setka-tree-')), 'index');
    linkTree(join(dir, 'src'), target);
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(target, name), 'utf8')).toBe(text);
    expect(statSync(join(target, 'filter/a/b.pf_filter')).dev).toBe(statSync(other!).dev);
  });

  it('linkTree into a folder that exists already fails, as copyTree does', () => {
    const { dir } = sample();
    mkdirSync(join(dir, 'taken'));
    expect(() => linkTree(join(dir, 'src'), join(dir, 'taken'))).toThrow(/EEXIST/);
    expect(() => copyTree(join(dir, 'src'), join(dir, 'taken'))).toThrow(/EEXIST/);
  });
});
