/**
 * The check's quick YAML reader (src/lib/check/load.ts, `quickData`): js-yaml with the core schema
 * for plain block YAML, the `yaml` package for everything else. The quick reader must never give
 * other data than the full one: shapes where the two differ go to the full reader, real content
 * reads the same both ways, and neither does a seeded stream of random YAML-like texts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { quickData } from '../../src/lib/check/load';
import { generateRegion } from '../../scripts/lib/region';

/** The data the full reader gives, or 'error'. */
function full(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length ? 'error' : doc.toJS();
}

/** Infinity and NaN survive the comparison. */
const same = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `number ${v}` : v));

/** YAML of a content file: the file itself, or a Markdown file's front matter. */
function yamlOf(path: string, text: string): string | null {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!path.endsWith('.md')) return source;
  return /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source)?.[1] ?? null;
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? contentFiles(path) : /\.(yaml|md)$/.test(name) ? [path] : [];
  });
}

describe('quick YAML reader of the check', () => {
  it.each([
    ['k: 0b11', 'a binary number (js-yaml: 3, yaml: text)'],
    ['k: -.5', 'a number with no digit before the point (yaml: −0.5, js-yaml: text)'],
    ['k: +0xf', 'a signed hexadecimal number'],
    ['k: 1e390', 'a number too large (yaml: Infinity, js-yaml: text)'],
    ['k: 1_000', 'a number with an underscore'],
    ['k:\n  - -\n  - x', 'an empty sequence inside a sequence item'],
    ['? a\n: b', 'an explicit key'],
    ['~: x', 'a null key'],
    ["k: ''#", 'a comment glued to a quoted string'],
    ["k: 'a\nb'", 'a string continued at the left edge'],
    ['k: [a, b]', 'a flow sequence'],
    ['k: {a: 1}', 'a flow mapping'],
    ['k: &a x\nm: *a', 'an anchor and an alias'],
    ['k: !!int 1', 'a tag'],
    ['__proto__: x', 'a prototype key'],
    ['<<: {a: 1}', 'a merge key'],
    ['%YAML 1.2\n---\nk: 1', 'a directive'],
  ])('sends %j to the full reader: %s', (text) => {
    expect(quickData(text)).toBeUndefined();
  });

  it('gives the full reader its say on a text js-yaml refuses: a duplicate key, two documents, a tab indent', () => {
    for (const text of ['k: 1\nk: 2', 'k: 1\n---\nk: 2', 'k:\n\t- a']) expect(quickData(text), text).toBeUndefined();
  });

  it('reads the demo content and a generated region exactly as the full reader does, nearly all of it the quick way', () => {
    const texts: Array<[string, string]> = [];
    for (const path of contentFiles(join(process.cwd(), 'src/content'))) {
      const yaml = yamlOf(path, readFileSync(path, 'utf8'));
      if (yaml !== null) texts.push([path, yaml]);
    }
    for (const file of generateRegion({ schools: 40, items: 60, documents: 5, seed: 3 }).files) {
      const yaml = /\.(yaml|md)$/.test(file.path) ? yamlOf(file.path, file.text) : null;
      if (yaml !== null) texts.push([file.path, yaml]);
    }
    let quick = 0;
    for (const [path, text] of texts) {
      const q = quickData(text);
      if (!q) continue;
      quick++;
      expect(same(q.data), path).toBe(same(full(text)));
    }
    expect(texts.length).toBeGreaterThan(300);
    expect(quick / texts.length).toBeGreaterThan(0.95);
  });

  it('never gives other data than the full reader on 40,000 random YAML-like texts (fixed seed)', () => {
    const pieces = ['0', '1', '9', '.', '-', '+', 'e', 'E', 'x', 'o', 'b', '_', ':', ' ', '#', '"', "'", '\\', '\n', '  ', '- ', 'a', 'я', '[', ']', '{', '}', ',', '|', '>', '?', '~', 'null', 'True', 'No', '0x', '0o', '.5', 'e3', '.inf', 'k2: ', '\n  k3: ', '\n- '];
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    let compared = 0;
    const differ: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const r = next();
      const v = word();
      const text = r < 0.4 ? `k: ${v}` : r < 0.7 ? `k:\n  - ${v}\n  - x` : `k:\n  a: ${v}\n  b:\n    - ${word()}\n    - y`;
      const q = quickData(text);
      if (!q) continue;
      const f = full(text);
      if (f === 'error') continue; // the full reader is the stricter one here: js-yaml, as in the build, reads it
      compared++;
      if (same(q.data) !== same(f)) differ.push(text);
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  });
});
