/**
 * The search index kept between builds (src/integrations/pagefind.ts): the same pages give the
 * same index, copied from the cache; a changed page is indexed anew.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind';

const page = (text: string) => `<!DOCTYPE html><html lang="ru"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>Школа провела семинар.</p></main></body></html>`;

function site(dir: string, text: string): string {
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'a', 'index.html'), page(text));
  writeFileSync(join(dir, 'search', 'records.json'), '[]');
  return dir;
}

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('search index cache', () => {
  it('reuses the kept index for the same pages and indexes a changed page anew', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'setka-search-cache-'));
    const cache = join(work, 'cache'); // not there yet: the first build makes it
    const first = await buildSearchIndex(site(join(work, 'one'), 'Никольская'), () => {}, new Map(), cache);
    expect(first.reused).toBe(false);
    const second = await buildSearchIndex(site(join(work, 'two'), 'Никольская'), () => {}, new Map(), cache);
    expect(second.reused).toBe(true);
    expect(files(join(work, 'two', 'pagefind'))).toEqual(files(join(work, 'one', 'pagefind')));
    const entry = files(join(work, 'one', 'pagefind')).find((f) => f.endsWith('pagefind-entry.json'))!;
    expect(readFileSync(join(work, 'two', 'pagefind', entry))).toEqual(readFileSync(join(work, 'one', 'pagefind', entry)));
    const third = await buildSearchIndex(site(join(work, 'three'), 'Дубовская'), () => {}, new Map(), cache);
    expect(third.reused).toBe(false);
  });
});
