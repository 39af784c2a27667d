/** The README documents every open-data column exactly as the code writes it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DATASETS } from '../../src/lib/export';

const readme = readFileSync('README.md', 'utf8');

describe('README open-data columns', () => {
  it.each(DATASETS.flatMap((d) => d.columns.map((c) => [d.id, c.key, c.description] as const)))('%s: %s', (_id, key, description) => {
    expect(readme).toContain(`| \`${key}\` | ${description.replace(/\|/g, '\\|')} |`);
  });

  it.each(DATASETS.map((d) => d.id))('names the dataset %s', (id) => {
    expect(readme).toContain(`**${id}** —`);
  });
});
