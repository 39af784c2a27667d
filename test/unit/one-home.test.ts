/**
 * One home for each fact: URL paths are built only in src/lib/routes.ts, Latin slugs only in
 * src/lib/slug.ts, the report due day only by `reportDueDate`. A copy elsewhere fails here with
 * its file and line.
 */
import { describe, expect, it } from 'vitest';
import { withoutComments } from '../helpers/source';
import { readFileSync, globSync } from 'node:fs';

const code = (patterns: string[]) => patterns.flatMap((p) => globSync(p)).map((f) => f.split('\\').join('/')).sort();
const FILES = code(['src/**/*.{ts,astro,mjs}', 'scripts/**/*.{ts,mjs}', 'astro.config.mjs']);

/** `file:line: text` for every line of `files` that matches `pattern` outside comments. */
function find(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    withoutComments(readFileSync(file, 'utf8'))
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** A string or template literal that starts with a site path: `'/roadmap/`, `` `/schools/${id}` ``, `"/admin/…"`. */
export const URL_LITERAL = /['"`]\/(roadmap|documents|schools|reports|pairs|forms|data|search|help|import|admin|accessibility)\//;

describe('one home for each fact', () => {
  it('finds a hand-built path, and not one in a comment', () => {
    expect(find(['test/fixtures/one-home/sample.txt'], URL_LITERAL)).toEqual(['test/fixtures/one-home/sample.txt:3: const a = `/roadmap/${id}/`;']);
  });

  it('builds URL paths only in src/lib/routes.ts', () => {
    expect(find(FILES.filter((f) => f !== 'src/lib/routes.ts'), URL_LITERAL)).toEqual([]);
  });

  it('transliterates only in src/lib/slug.ts', () => {
    expect(find(FILES.filter((f) => f !== 'src/lib/slug.ts'), /from ['"]transliteration['"]/)).toEqual([]);
  });

  it('has one report due-day rule (reportDueDate)', () => {
    expect(find(FILES, /function reportDueDate\b/)).toHaveLength(1);
    // Nobody else clamps a due day to the month's length.
    expect(find(FILES.filter((f) => !f.startsWith('src/lib/status/')), /clampedDay\(/)).toEqual([]);
  });
});
