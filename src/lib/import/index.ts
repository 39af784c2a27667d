/**
 * The importer: a department's documents (text from Word or PDF, or DOCX) → Setka content.
 * Pure: takes texts and what the content root already holds, returns files to write and a report.
 * `scripts/import.ts` is the CLI; the browser converter at /import/ calls the same functions.
 */
import { toBlocks } from './blocks';
import { buildEntries, newContext } from './build';
import { readPart, splitParts } from './parse';
import type { ImportKind, ImportResult, KnownSchool } from './types';

export type { FileReport, ImportKind, ImportResult, KnownSchool, OutputFile, PartReport, Unplaced, DeadlineReport } from './types';
export { docxToText } from './docx';

export const IMPORT_KINDS = ['auto', 'order', 'regulation', 'pairing', 'roadmap', 'form'] as const;

export interface ImportInput {
  /** File name, for the report. */
  name: string;
  /** Text in the importer's dialect (plain text; DOCX goes through `docxToText` first). */
  text: string;
}

export interface ImportOptions {
  /** `auto` (default) recognises each part; another kind forces a single-part file to that kind. */
  kind?: (typeof IMPORT_KINDS)[number];
  /** Schools already in the content root (matched by name). */
  schools?: KnownSchool[];
  /** The content root already has `settings/site.yaml`. */
  hasSettings?: boolean;
}

/** Imports texts into content files. */
export function importTexts(inputs: ImportInput[], options: ImportOptions = {}): ImportResult {
  const ctx = newContext(options.schools ?? [], options.hasSettings ?? false);
  const result: ImportResult = { files: [], reports: [] };
  for (const input of inputs) {
    const blocks = toBlocks(input.text);
    const forced = options.kind && options.kind !== 'auto' ? (options.kind as ImportKind) : undefined;
    const groups = forced ? [blocks] : splitParts(blocks);
    const parts = groups.map((g) => readPart(g, forced));
    const { files, report } = buildEntries(input.name, parts, ctx);
    result.files.push(...files);
    result.reports.push(report);
  }
  return result;
}
