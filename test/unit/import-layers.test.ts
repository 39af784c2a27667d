/**
 * The layers of src/ (see src/lib/README.md), lowest first:
 *
 *   core      pure building blocks: dates, deadline parser, statuses, slug, routes, UI strings
 *   schemas   the Zod content schemas (src/schemas/)
 *   services  what the site computes from content: programme, check, CMS config, exports, …
 *   astro     Astro and the browser: src/data (the getCollection adapter), pages, components,
 *             layouts, integrations, content.config.ts, src/client
 *
 * A file may import its own layer and the layers below it, never one above: the core never
 * reaches for a schema or a service, nothing under src/lib imports `astro:*` or src/data.
 * Like Starlight's import-rule test, this parses every import and fails naming the arrow.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS = ['core', 'schemas', 'services', 'astro'] as const;
type Layer = (typeof LAYERS)[number];

/** Which layer a file under src/ belongs to (first match wins). */
const RULES: ReadonlyArray<readonly [RegExp, Layer]> = [
  [/^src\/i18n\//, 'core'],
  [/^src\/lib\/(dates|slug|routes|index-by-id|a11y|csp|clauses|html)\.ts$/, 'core'],
  [/^src\/lib\/(deadline|status)\//, 'core'],
  [/^src\/schemas\//, 'schemas'],
  [/^src\/lib\//, 'services'],
  [/^src\/(data|pages|components|layouts|integrations|client)\//, 'astro'],
  [/^src\/(content\.config\.ts|env\.d\.ts)$/, 'astro'],
];

function layerOf(file: string): Layer | undefined {
  return RULES.find(([re]) => re.test(file))?.[1];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Module specifiers of every static import, re-export and dynamic import in a source text. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [/\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s+['"]([^'"]+)['"]/gm];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]!);
  return out;
}

const root = process.cwd();
const files = walk(join(root, 'src'))
  .filter((f) => /\.(ts|mts|astro)$/.test(f))
  .map((f) => relative(root, f).split(sep).join('/'));

/** Every arrow that points to a higher layer: `from → to (why)`. */
function violations(): string[] {
  const bad: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const spec of importsOf(readFileSync(join(root, file), 'utf8'))) {
      let to: Layer | undefined;
      let target = spec;
      if (spec.startsWith('astro:')) to = 'astro';
      else if (spec.startsWith('.')) {
        target = relative(root, resolve(dirname(join(root, file)), spec)).split(sep).join('/');
        target = [target, `${target}.ts`, `${target}/index.ts`].find((t) => existsSync(join(root, t)) && statSync(join(root, t)).isFile()) ?? target;
        to = target.endsWith('.astro') ? 'astro' : layerOf(target);
      }
      if (to && LAYERS.indexOf(to) > LAYERS.indexOf(from)) bad.push(`${file} (${from}) → ${target} (${to})`);
    }
  }
  return bad;
}

describe('import layers: core ← schemas ← services ← astro', () => {
  it('classifies every file under src/lib, src/schemas and src/i18n', () => {
    const unknown = files.filter((f) => /^src\/(lib|schemas|i18n)\//.test(f) && !layerOf(f));
    expect(unknown).toEqual([]);
  });

  it('finds imports of every form (sanity of the parser)', () => {
    expect(importsOf(`import a from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nimport './d';\nconst e = await import('./e');`)).toEqual(['./a', '../b', './c', './e', './d']);
  });

  it('has no arrow from a lower layer to a higher one', () => {
    expect(violations()).toEqual([]);
  });
});
