import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { listPages } from '../../src/lib/fs/html-files';

/** The built demo site directory (built once by test/setup/build-demo.ts). */
export function distDir(): string {
  return inject('distDir');
}

/** Reads a file of the built site: `readDist('documents/prikaz-147/index.html')`. */
export function readDist(path: string): string {
  const full = join(distDir(), path);
  if (!existsSync(full)) throw new Error(`В собранном сайте нет файла ${path}`);
  return readFileSync(full, 'utf8');
}

/** Every HTML page of the built site, as paths relative to dist (`documents/index.html`). */
export function htmlPages(dir = distDir()): string[] {
  return listPages(dir);
}
