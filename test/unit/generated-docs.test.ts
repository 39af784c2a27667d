/** The generated reference (statuses and open data) is current: one test instead of a copied table. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { referenceMarkdown } from '../../src/lib/reference';
import { DATASETS } from '../../src/lib/export';

describe('docs/statuses-and-data.md', () => {
  it('is what `npm run docs` writes from the code now', () => {
    const file = readFileSync('docs/statuses-and-data.md', 'utf8');
    expect(file, 'docs/statuses-and-data.md устарел: запустите `npm run docs`').toBe(referenceMarkdown());
  });

  it('lists every column of every dataset', () => {
    const text = referenceMarkdown();
    for (const d of DATASETS) for (const c of d.columns) expect(text).toContain(`| \`${c.key}\` |`);
  });
});

describe('documentation by audience', () => {
  it('the README stays short (≤ 10 KB): the rest lives in docs/', () => {
    expect(readFileSync('README.md').byteLength).toBeLessThanOrEqual(10 * 1024);
  });

  it.each(['README.md', 'docs/editors.md', 'docs/deployment.md', 'docs/development.md', 'docs/statuses-and-data.md'])('every relative link in %s leads to a file that exists', (file) => {
    const text = readFileSync(file, 'utf8');
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const links = [...text.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) expect(existsSync(base + link), `${file}: ссылка на ${link}`).toBe(true);
  });
});
