import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

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
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name === 'admin' || name === 'pagefind' || name === '_astro') continue;
        walk(full);
      } else if (name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
