import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { collectionFiles, type CollectionName } from '../../schemas';
import type { Problem, RawEntry } from './types';
import { displayPath } from '../content-dir';

/** Lists files under `dir` recursively (sorted, stable). */
function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

function extensionsOf(pattern: string): string[] {
  const m = /\{([^}]+)\}$/.exec(pattern);
  return m ? m[1]!.split(',').map((e) => e.replace(/^\*?\./, '')) : [pattern.split('.').pop()!];
}

function lineFinder(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: ReadonlyArray<string | number>) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
}

/**
 * Reads every content file of every collection from `contentRoot` (absolute; file names in
 * problems are relative to `root` when inside it), keeping the raw text
 * meaning: dates stay strings exactly as written (YAML 1.2 core schema), so `2025-13-45` is
 * reported instead of silently becoming a date in 2026.
 */
export function loadContent(root: string, contentRoot: string): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const [collection, { dir }] of Object.entries(collectionFiles) as Array<[CollectionName, { dir: string; pattern: string }]>) {
    const base = join(contentRoot, dir);
    const exts = extensionsOf(collectionFiles[collection].pattern);
    for (const full of walk(base)) {
      const file = displayPath(root, full);
      const ext = full.split('.').pop() ?? '';
      if (!exts.includes(ext)) {
        if (!/\.(md|mdx|yaml|yml|json)$/.test(full)) continue;
        problems.push({ severity: 'warning', code: 'file.ignored', file, data: { expected: exts.map((e) => `.${e}`).join(', ') } });
        continue;
      }
      const id = relative(base, full).split(sep).join('/').replace(/\.[^.]+$/, '');
      const source = readFileSync(full, 'utf8');
      let yamlText = source;
      let body: string | undefined;
      let bodyLine: number | undefined;
      let lineOffset = 0;
      if (ext === 'md' || ext === 'mdx') {
        const fm = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
        if (!fm) {
          problems.push({ severity: 'error', code: 'file.no-frontmatter', file, line: 1, data: {} });
          entries.push({ collection, id, file, data: undefined, lineOf: () => 1 });
          continue;
        }
        yamlText = fm[1]!;
        body = source.slice(fm[0].length);
        bodyLine = fm[0].split('\n').length;
        lineOffset = 1;
      }
      const counter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
      if (doc.errors.length > 0) {
        const err = doc.errors[0]!;
        const line = err.linePos?.[0]?.line ?? (err.pos ? counter.linePos(err.pos[0]).line : undefined);
        problems.push({ severity: 'error', code: 'file.yaml', file, line: line !== undefined ? line + lineOffset : undefined, data: { detail: err.message.split('\n')[0] } });
        entries.push({ collection, id, file, data: undefined, body, bodyLine, lineOf: () => line });
        continue;
      }
      entries.push({ collection, id, file, data: doc.toJS(), body, bodyLine, lineOf: lineFinder(doc, counter, lineOffset) });
    }
  }
  return { entries, problems };
}
