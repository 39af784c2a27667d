import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, isScalar, visit, type Document } from 'yaml';
import { CORE_SCHEMA, load as loadPlain } from 'js-yaml';
import { collectionFiles, ENTRY_ID as ID, type CollectionName } from '../../schemas';
import { inspectMedia, MEDIA_FOLDER } from '../safety/media';
import { describeChar, findForbiddenChar } from '../safety/text';
import { toSlug } from '../slug';
import { rawHtmlProblems } from '../markdown';
import type { Problem, RawEntry } from './types';
import { displayPath } from '../content-dir';

/** Files larger than this are refused unread: no content file is near it, and a huge one must not hang the check. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** YAML aliases allowed per file (an alias bomb expands a few lines into billions of nodes). */
const MAX_ALIASES = 100;
/** Operating-system litter that is neither content nor a risk: skipped silently. */
const LITTER = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** Keys that change an object's prototype when a parser assigns them. */
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Found {
  full: string;
  symlink: boolean;
}

/** Lists files under `dir` recursively (sorted, stable); symlinks are listed, not followed. */
function walk(dir: string): Found[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: Found[] = [];
  for (const name of names) {
    if (LITTER.has(name)) continue;
    const full = join(dir, name);
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.push({ full, symlink: true });
    else if (st.isDirectory()) out.push(...walk(full));
    else out.push({ full, symlink: false });
  }
  return out;
}

function extensionOf(pattern: string): string {
  const m = /\{([^}]+)\}$/.exec(pattern);
  return m ? m[1]!.replace(/^\*?\./, '') : pattern.split('.').pop()!;
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
 * What sends a file past the quick reader to the full one — the shapes where js-yaml and the
 * `yaml` package were seen to differ, or that the check refuses: a tag (`!`), an anchor or alias
 * (`&`, `*`), a directive (`%`), a flow collection (`[`, `{`) or an explicit key (`?`) where a value
 * may start; a merge key; a prototype key; numbers the two read differently (`0b101`, `1_000`,
 * `-.5`, `+0x1f`, `1e390`); a sequence inside a sequence item (`- -`); a comment glued to a quoted
 * string; an empty or null key; a line at the left edge that is not a `key:` (a string or list item
 * that lost its indent). Content written by the CMS is plain block YAML. Text also matches when
 * such a character only stands inside a string («важно !», «**жирный**»): that file is then read
 * the slow way, never wrongly.
 */
export const NEEDS_FULL_READER = /(?:^|[\s,[{])[!&*%[{?]|<<\s*:|(?:^|[\s{,])["']?(?:__proto__|constructor|prototype)["']?\s*:|\d_\d|\b0[bB][01]|[-+]\.\d|[-+]0[xXoObB]|[\d.][eE][-+]?\d|-[ \t]+-(?:\s|$)|["']#|(?:^|[\s-])(?:~|null|Null|NULL)?:(?:\s|$)|^(?![ \t]|#|$)(?![^\n:#]*:(?:[ \t]|$))/m;

/**
 * The data of plain YAML, read by js-yaml with the YAML 1.2 core schema — the same values as the
 * `yaml` package gives (dates stay strings), about five times faster on a region's 3,600 files
 * on a first run. `undefined` when the text needs the full reader (`NEEDS_FULL_READER`) or js-yaml
 * refuses it (a syntax error, a duplicate key, several documents): the full reader then gives the
 * check's message with its line. Lines of problems found later are looked up only when needed.
 */
export function quickData(text: string): { data: unknown } | undefined {
  if (NEEDS_FULL_READER.test(text)) return undefined;
  try {
    return { data: loadPlain(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/** Explicit tags (`!!js/function`, `!custom`, `!!binary`) and prototype keys, with their lines. */
function yamlTraps(doc: Document, counter: LineCounter, lineOffset: number): Array<{ code: string; line: number | undefined; detail: string }> {
  const out: Array<{ code: string; line: number | undefined; detail: string }> = [];
  const lineOf = (range: readonly number[] | null | undefined) => (range ? counter.linePos(range[0]!).line + lineOffset : undefined);
  visit(doc, {
    Node(_key, node) {
      if (isNode(node) && node.tag && node.tag !== 'tag:yaml.org,2002:str') out.push({ code: 'file.yaml-tag', line: lineOf(node.range), detail: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && PROTO_KEYS.has(String(pair.key.value))) out.push({ code: 'file.yaml-proto', line: lineOf(pair.key.range), detail: String(pair.key.value) });
    },
  });
  return out;
}

/** Forbidden characters in every string of the parsed data, with the field path. */
function forbiddenInData(value: unknown, path: Array<string | number>, out: Array<{ path: Array<string | number>; char: string }>): void {
  if (typeof value === 'string') {
    const hit = findForbiddenChar(value);
    if (hit) out.push({ path, char: hit.char });
  } else if (Array.isArray(value)) value.forEach((v, i) => forbiddenInData(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) forbiddenInData(v, [...path, k], out);
}

/**
 * Parse cache: files that passed every file-level check are remembered by size and modification
 * time (with their data and body), so a second check reads only what changed — at region size
 * (3,400 files) parsing YAML is most of the check. Line numbers of a cached file are found by
 * parsing it again, only when a problem needs one. The cache is thrown away when the code that
 * reads files changes; it lives in `$SETKA_CACHE_DIR/check/`, else `node_modules/.cache/setka-check/`.
 */
interface CachedFile {
  key: string;
  data: unknown;
  body?: string | undefined;
  bodyLine?: number | undefined;
}

function cacheFile(root: string, contentDir: string): string {
  const dir = process.env.SETKA_CACHE_DIR ? join(process.env.SETKA_CACHE_DIR, 'check') : join(root, 'node_modules/.cache/setka-check');
  return join(dir, `${createHash('sha1').update(contentDir).digest('hex').slice(0, 16)}.json`);
}

/** Changes whenever the code that reads and vets files changes. */
function codeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return ['load.ts', '../safety/text.ts', '../safety/media.ts', '../markdown.ts', '../../schemas/index.ts']
    .map((f) => {
      try {
        const st = statSync(join(here, f));
        return `${st.size}:${st.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

function readCache(path: string, version: string): Map<string, CachedFile> {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { version: string; files: Record<string, CachedFile> };
    return json.version === version ? new Map(Object.entries(json.files)) : new Map();
  } catch {
    return new Map();
  }
}

function writeCache(path: string, version: string, files: Map<string, CachedFile>): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version, files: Object.fromEntries(files) }));
    renameSync(tmp, path);
  } catch {
    // A read-only project still checks, only without the cache.
  }
}

/** `key: value` at the top level, the value starting on the key's line (not a comment). */
const TOP_LEVEL_PAIR = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+(?![#&!])\S/;

/**
 * Line finder for a cached file, or one read by the quick reader (`yamlText` given). A top-level
 * field whose value starts on its key's line (most messages: `submitted`, `date`, `asOf`) is found
 * by reading the lines; anything else parses the file when first asked. Both give the line the parsed document gives (the value's first line).
 */
function lazyLineOf(full: string, isMarkdown: boolean, yamlText?: string): RawEntry['lineOf'] {
  let find: RawEntry['lineOf'] | undefined;
  let text: string | undefined = yamlText;
  const yamlOf = () => {
    if (text === undefined) {
      const source = readFileSync(full, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
      text = isMarkdown ? (/^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source)?.[1] ?? '') : source;
    }
    return text;
  };
  return (path) => {
    if (path.length === 1 && typeof path[0] === 'string') {
      const lines = yamlOf().split('\n');
      const at = lines.findIndex((l) => TOP_LEVEL_PAIR.exec(l)?.[1] === path[0]);
      if (at >= 0) return at + 1 + (isMarkdown ? 1 : 0);
    }
    if (!find) {
      const counter = new LineCounter();
      find = lineFinder(parseDocument(yamlOf(), { lineCounter: counter, prettyErrors: false, uniqueKeys: true }), counter, isMarkdown ? 1 : 0);
    }
    return find(path);
  };
}

export interface ContentRoots {
  /** Folder laid out like `src/content/` (one sub-folder per collection). */
  content: string;
  /** Project root: messages name files relative to it, the media folder is under it. */
  root: string;
}

/**
 * Reads every content file of every collection from `contentRoot` (absolute; file names in
 * problems are relative to `root` when inside it), keeping the raw text
 * meaning: dates stay strings exactly as written (YAML 1.2 core schema), so `2025-13-45` is
 * reported instead of silently becoming a date in 2026. Refuses, before any schema: files of a
 * type the collection does not declare (`.mdx` — code —, `.yml`, `.YAML`, anything else), files
 * outside a collection folder, symlinks, huge files, YAML tags, prototype keys and alias bombs,
 * and control characters in any text. A UTF-8 byte-order mark and CRLF line ends are normal.
 * Also checks the media folder (only declared, recognisable file types).
 */
export function loadContent(root: string, contentDir: string): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const rel = (full: string) => displayPath(root, full);
  const dirs = new Map(Object.entries(collectionFiles).map(([name, { dir }]) => [dir, name as CollectionName]));
  const cachePath = cacheFile(root, contentDir);
  const version = codeVersion();
  const cached = readCache(cachePath, version);
  const fresh = new Map<string, CachedFile>();
  /** Files read and parsed (not taken from the cache). */
  let parsed = 0;
  for (const { full, symlink } of walk(contentDir)) {
    const file = rel(full);
    const inside = relative(contentDir, full).split(sep);
    const collection = inside.length > 1 ? dirs.get(inside[0]!) : undefined;
    // A file refused before parsing still exists: files that refer to it are not told it is missing.
    const placeholder = () => {
      if (!collection) return;
      const id = inside.slice(1).join('/').replace(/\.[^.]+$/, '');
      entries.push({ collection, id, file, data: undefined, lineOf: () => undefined });
    };
    if (symlink) {
      problems.push({ severity: 'error', code: 'file.symlink', file, data: {} });
      placeholder();
      continue;
    }
    if (!collection) {
      problems.push({ severity: 'error', code: 'file.outside', file, data: { folders: [...dirs.keys()].join(', ') } });
      continue;
    }
    const expected = extensionOf(collectionFiles[collection].pattern);
    const name = inside[inside.length - 1]!;
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
    if (ext !== expected || name.startsWith('.')) {
      const code = name.startsWith('.') ? 'file.hidden' : ext.toLowerCase() === 'mdx' ? 'file.mdx' : ext.toLowerCase() === expected || (expected === 'yaml' && ext.toLowerCase() === 'yml') ? 'file.extension' : 'file.type';
      problems.push({ severity: 'error', code, file, data: { expected: `.${expected}`, ext: ext ? `.${ext}` : '' } });
      placeholder();
      continue;
    }
    const base = join(contentDir, collectionFiles[collection].dir);
    const id = relative(base, full).split(sep).join('/').replace(/\.[^.]+$/, '');
    if (!ID.test(id)) {
      const suggested = id.split('/').map((s) => toSlug(s) || 'zapis').join('/');
      problems.push({ severity: 'error', code: 'file.name', file, data: { suggested: `${suggested}.${expected}` } });
      placeholder();
      continue;
    }
    const stat = statSync(full);
    const key = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    const hit = cached.get(file);
    if (hit && hit.key === key) {
      fresh.set(file, hit);
      entries.push({ collection, id, file, data: hit.data, body: hit.body, bodyLine: hit.bodyLine, lineOf: lazyLineOf(full, ext === 'md') });
      continue;
    }
    parsed++;
    const problemsBefore = problems.length;
    const bytes = readFileSync(full);
    if (bytes.length > MAX_FILE_BYTES) {
      problems.push({ severity: 'error', code: 'file.too-big', file, data: { size: Math.round(bytes.length / 1024), limit: MAX_FILE_BYTES / 1024 } });
      entries.push({ collection, id, file, data: undefined, lineOf: () => undefined });
      continue;
    }
    // A BOM (Windows Notepad) is not part of the text; CRLF line ends are read as LF.
    const source = bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    let yamlText = source;
    let body: string | undefined;
    let bodyLine: number | undefined;
    let lineOffset = 0;
    if (ext === 'md') {
      const fm = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source) ?? /^---[ \t]*\n()---[ \t]*(?:\n|$)/.exec(source);
      if (!fm) {
        problems.push({ severity: 'error', code: 'file.no-frontmatter', file, line: 1, data: {} });
        entries.push({ collection, id, file, data: undefined, lineOf: () => 1 });
        continue;
      }
      yamlText = fm[1]!;
      body = source.slice(fm[0].length);
      lineOffset = 1;
      const bodyStart = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0);
      bodyLine = bodyStart + 1;
      if (collection === 'documents') {
        for (const h of rawHtmlProblems(body)) problems.push({ severity: 'error', code: 'body.raw-html', file, line: bodyStart + h.line, field: 'body', collection, data: { what: h.what } });
      }
      body.split('\n').forEach((text, i) => {
        const hit = findForbiddenChar(text);
        if (hit) problems.push({ severity: 'error', code: 'text.forbidden-char', file, line: bodyStart + i + 1, field: 'body', collection, data: { char: describeChar(hit.char), column: hit.index + 1 } });
      });
    }
    /** The file's data, read by either reader: an empty file is refused; otherwise its strings are vetted, and a file with no problem is remembered for the next check. */
    const keep = (data: unknown, lineOf: RawEntry['lineOf']) => {
      if (data === null || data === undefined) {
        problems.push({ severity: 'error', code: 'file.empty', file, line: 1, data: {} });
        entries.push({ collection, id, file, data: undefined, body, bodyLine, lineOf: () => 1 });
        return;
      }
      const bad: Array<{ path: Array<string | number>; char: string }> = [];
      forbiddenInData(data, [], bad);
      for (const b of bad) problems.push({ severity: 'error', code: 'text.forbidden-char', file, line: lineOf(b.path), field: b.path.join('.'), collection, data: { char: describeChar(b.char) } });
      entries.push({ collection, id, file, data, body, bodyLine, lineOf });
      if (problems.length === problemsBefore) fresh.set(file, { key, data, body, bodyLine });
    };
    const quick = quickData(yamlText);
    if (quick) {
      keep(quick.data, lazyLineOf(full, ext === 'md', yamlText));
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const lineAt = (pos: readonly number[] | undefined) => (pos ? counter.linePos(pos[0]!).line + lineOffset : undefined);
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const line = err.linePos?.[0]?.line !== undefined ? err.linePos[0].line + lineOffset : lineAt(err.pos);
      const code = err.code === 'DUPLICATE_KEY' ? 'file.yaml-duplicate-key' : 'file.yaml';
      problems.push({ severity: 'error', code, file, line, data: { detail: err.message.split('\n')[0] } });
      entries.push({ collection, id, file, data: undefined, body, bodyLine, lineOf: () => line });
      continue;
    }
    const traps = yamlTraps(doc, counter, lineOffset);
    if (traps.length > 0) {
      for (const t of traps) problems.push({ severity: 'error', code: t.code, file, line: t.line, data: { detail: t.detail } });
      entries.push({ collection, id, file, data: undefined, body, bodyLine, lineOf: () => traps[0]!.line });
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      problems.push({ severity: 'error', code: 'file.yaml-aliases', file, data: { limit: MAX_ALIASES } });
      entries.push({ collection, id, file, data: undefined, body, bodyLine, lineOf: () => undefined });
      continue;
    }
    keep(data, lineFinder(doc, counter, lineOffset));
  }
  // Nothing new to keep: the cache already holds exactly these files.
  if (parsed > 0 || fresh.size !== cached.size) writeCache(cachePath, version, fresh);

  for (const { full, symlink } of walk(join(root, MEDIA_FOLDER))) {
    const file = rel(full);
    if (symlink) {
      problems.push({ severity: 'error', code: 'file.symlink', file, data: {} });
      continue;
    }
    const verdict = inspectMedia(full.split(sep).pop()!, readFileSync(full).subarray(0, 16));
    if (!verdict.ok) problems.push({ severity: 'error', code: verdict.code, file, data: { ext: verdict.ext ? `.${verdict.ext}` : '', what: verdict.what } });
  }
  return { entries, problems };
}
