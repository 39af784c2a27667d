import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Copies the project (without node_modules, dist and caches) into a temporary directory and
 * links node_modules, so a test can change content and run the real check or build on it.
 */
export function copyProject(root = process.cwd()): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'setka-'));
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.dist-test', '.cache', 'test-results']);
  cpSync(resolve(root), dir, {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(resolve(root).length + 1);
      const top = rel.split('/')[0] ?? '';
      return !skip.has(top) && !top.startsWith('.dist-');
    },
  });
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
