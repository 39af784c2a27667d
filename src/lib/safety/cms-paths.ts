/**
 * Where the local CMS server may read and write: the folders and extensions of the CMS
 * collections, the settings file, and the media folder — all taken from the generated Decap
 * configuration (src/lib/cms), so the server, the form and the check agree by construction.
 * Pure string rules; the server adds the file-system checks (no symlinks on the way).
 */
import type { CmsConfig } from '../cms/types';
import { extensionOf, MEDIA_TYPES } from './media';

export interface CmsPathRules {
  /** Folder collections: files `<folder>/<a>[/<b>…].<extension>` exactly `depth` segments below the folder. */
  folders: Array<{ collection: string; folder: string; extension: string; depth: number }>;
  /** Single-file collections (settings). */
  files: Array<{ collection: string; file: string }>;
  /** The media folder (flat: uploads go straight into it). */
  mediaFolder: string;
  /** Every collection name (branch names in the editorial workflow are built from them). */
  collections: string[];
}

/** The rules for a generated CMS configuration. */
export function cmsPathRules(config: CmsConfig): CmsPathRules {
  const folders: CmsPathRules['folders'] = [];
  const files: CmsPathRules['files'] = [];
  for (const c of config.collections) {
    if ('folder' in c) folders.push({ collection: c.name, folder: c.folder, extension: c.extension, depth: c.path ? c.path.split('/').length : 1 });
    else for (const f of c.files) files.push({ collection: c.name, file: f.file });
  }
  return { folders, files, mediaFolder: config.media_folder, collections: config.collections.map((c) => c.name) };
}

/** One path segment a CMS-made name can have: Latin letters, digits, `_`, `-`, `.`, not starting with a dot. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Splits a repository-relative path into plain segments, or null for anything unusual (absolute, `..`, `\`, `%`, control characters, non-Latin). */
export function plainSegments(path: unknown): string[] | null {
  if (typeof path !== 'string' || path.length === 0 || path.length > 400) return null;
  const segments = path.split('/');
  return segments.every((s) => SEGMENT.test(s)) ? segments : null;
}

export type PathVerdict = { ok: true; kind: 'entry' | 'media'; collection?: string } | { ok: false };

/** Whether `path` is a content file of a collection or a file in the media folder of an accepted type. */
export function classifyPath(rules: CmsPathRules, path: unknown): PathVerdict {
  const segments = plainSegments(path);
  if (!segments) return { ok: false };
  const joined = segments.join('/');
  for (const f of rules.files) if (joined === f.file) return { ok: true, kind: 'entry', collection: f.collection };
  for (const f of rules.folders) {
    const base = f.folder.split('/');
    if (segments.length !== base.length + f.depth || !base.every((b, i) => segments[i] === b)) continue;
    const name = segments[segments.length - 1]!;
    if (extensionOf(name) === f.extension) return { ok: true, kind: 'entry', collection: f.collection };
  }
  const media = rules.mediaFolder.split('/');
  if (segments.length === media.length + 1 && media.every((b, i) => segments[i] === b) && Object.hasOwn(MEDIA_TYPES, extensionOf(segments[segments.length - 1]!))) {
    return { ok: true, kind: 'media' };
  }
  return { ok: false };
}

/** A content key or slug of the editorial workflow (`reports/<school>/<yyyy-mm>`): plain segments only. */
export function isPlainSlug(slug: unknown): boolean {
  return plainSegments(slug) !== null;
}
